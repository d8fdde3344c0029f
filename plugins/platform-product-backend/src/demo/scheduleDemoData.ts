import {
  AuthService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { CatalogDirectory } from '../catalog/CatalogDirectory';
import { seedDemoChampions } from './demoChampions';
import { seedDemoChangelog } from './demoChangelog';
import { DemoContext } from './DemoContext';
import { seedDemoFeedback } from './demoFeedback';
import { seedDemoInsights } from './demoInsights';
import { seedDemoRatings } from './demoRatings';
import { seedDemoRoadmap } from './demoRoadmap';
import { seedDemoSurveys } from './demoSurveys';

/** Each area's seeder, with the settings key that marks it done. */
const SEEDERS: {
  key: string;
  what: string;
  seed: (context: DemoContext) => Promise<number>;
}[] = [
  { key: 'demo-ratings-seeded', what: 'ratings', seed: seedDemoRatings },
  { key: 'demo-roadmap-seeded', what: 'roadmap items', seed: seedDemoRoadmap },
  {
    key: 'demo-feedback-seeded',
    what: 'feedback items',
    seed: seedDemoFeedback,
  },
  { key: 'demo-surveys-seeded', what: 'survey answers', seed: seedDemoSurveys },
  { key: 'demo-champions-seeded', what: 'champions', seed: seedDemoChampions },
  {
    key: 'demo-changelog-seeded',
    what: 'changelog entries',
    seed: seedDemoChangelog,
  },
  {
    key: 'demo-insights-seeded',
    what: 'tool snapshots',
    seed: seedDemoInsights,
  },
];

/**
 * Example portal only (`platformProduct.demoData: true`): once the catalog holds the example
 * company, fills every area with realistic data for it, once per area. Runs as a scheduled
 * task, so with several replicas only one seeds.
 */
export async function scheduleDemoData(options: {
  db: Knex;
  scheduler: SchedulerService;
  auth: AuthService;
  logger: LoggerService;
  directory: CatalogDirectory;
  secret: string;
}) {
  const { db, scheduler, auth, logger, directory, secret } = options;
  await scheduler.scheduleTask({
    id: 'platform-product-demo-data',
    frequency: { seconds: 30 },
    timeout: { minutes: 2 },
    initialDelay: { seconds: 5 },
    fn: async () => {
      const done = new Set(
        await db('platform_product_settings')
          .whereIn(
            'key',
            SEEDERS.map(s => s.key),
          )
          .pluck('key'),
      );
      const pending = SEEDERS.filter(s => !done.has(s.key));
      if (!pending.length) {
        return;
      }
      const credentials = await auth.getOwnServiceCredentials();
      const [teams, tools, adoption] = await Promise.all([
        directory.listTeams(credentials),
        directory.listTools(credentials),
        directory.getAdoption(credentials),
      ]);
      if (!teams.length || !tools.length) {
        logger.info(
          'Demo data: waiting for the example company in the catalog',
        );
        return;
      }
      const context = { db, secret, teams, tools, adoption, now: new Date() };
      for (const seeder of pending) {
        // All or nothing, so that an interrupted run seeds again from scratch.
        const count = await db.transaction(async tx => {
          const written = await seeder.seed({ ...context, db: tx });
          await tx('platform_product_settings').insert({
            key: seeder.key,
            value: new Date().toISOString(),
          });
          return written;
        });
        logger.info(`Demo data: seeded ${count} ${seeder.what}`);
      }
    },
  });
}
