import {
  AuthService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { CatalogDirectory } from '../catalog/CatalogDirectory';
import { RatingsStore } from '../database/RatingsStore';
import { raterKey } from '../services/anonymity';

const SEEDED = 'demo-ratings-seeded';
const DAY = 24 * 60 * 60 * 1000;

/** How the example company feels about each tool: mean stars, by tool name. */
const MOOD: Record<string, number> = {
  'ci-pipelines': 4.2,
  deploy: 3.3,
  observability: 3.8,
  'secrets-api': 2.3,
  'db-provisioner': 3.1,
  'developer-portal': 4.4,
  'service-templates': 4.0,
  'feature-flags-api': 4.5,
  'event-streaming': 2.9,
};
const COMMENTS = [
  'Does the job, docs could be better.',
  'Saves us hours every week.',
  'Onboarding was painful, now it is fine.',
  'Too many manual steps.',
  'Great support from the platform team.',
  undefined,
  undefined,
];

/** Deterministic pseudo-random numbers, so every fresh portal shows the same demo data. */
function random(seed: string) {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return () => {
    h =
      Math.imul(h ^ (h >>> 15), 2246822507) ^
      Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h >>>= 0) % 10000) / 10000;
  };
}

/**
 * Example portal only (`platformProduct.demoData: true`): once the catalog holds the example
 * company, members of adopting teams rate the tools, with ratings spread over 90 days.
 * Runs as a scheduled task, so with several replicas only one seeds.
 */
export async function scheduleDemoRatings(options: {
  db: Knex;
  scheduler: SchedulerService;
  auth: AuthService;
  logger: LoggerService;
  directory: CatalogDirectory;
  secret: string;
}) {
  const { db, scheduler, auth, logger, directory, secret } = options;
  await scheduler.scheduleTask({
    id: 'platform-product-demo-ratings',
    frequency: { seconds: 30 },
    timeout: { minutes: 2 },
    initialDelay: { seconds: 5 },
    fn: async () => {
      if (
        await db('platform_product_settings').where({ key: SEEDED }).first()
      ) {
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
          'Demo ratings: waiting for the example company in the catalog',
        );
        return;
      }
      const store = new RatingsStore(db);
      let count = 0;
      for (const tool of tools) {
        const rand = random(tool.ref);
        const adopters = new Set(
          adoption.find(a => a.toolRef === tool.ref)?.teamRefs,
        );
        const people = teams
          .filter(team => adopters.has(team.ref))
          .flatMap(team => team.memberRefs);
        for (const userRef of [...new Set(people)]) {
          if (rand() > 0.6) continue;
          const mood = MOOD[tool.name] ?? 3.5;
          const stars = Math.min(
            5,
            Math.max(1, Math.round(mood + (rand() - 0.5) * 2.6)),
          );
          const anonymous = rand() < 0.2;
          await store.set(
            {
              toolRef: tool.ref,
              raterKey: raterKey(secret, `tool:${tool.ref}`, userRef),
              userRef: anonymous ? undefined : userRef,
              stars,
              comment: COMMENTS[Math.floor(rand() * COMMENTS.length)],
            },
            new Date(Date.now() - Math.floor(rand() * 90) * DAY),
          );
          count++;
        }
      }
      await db('platform_product_settings')
        .insert({ key: SEEDED, value: new Date().toISOString() })
        .onConflict('key')
        .ignore();
      logger.info(
        `Demo ratings: seeded ${count} ratings of ${tools.length} tools`,
      );
    },
  });
}
