import {
  AuthService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { CatalogDirectory } from '../catalog/CatalogDirectory';
import { SettingsStore } from '../database/SettingsStore';
import {
  contributionKey,
  newSalt,
  raterKey,
  sliceTeamOf,
} from '../lib/anonymity';
import { PlatformProductSeeder } from './extensionPoint';
import { createStores } from './stores';

/**
 * Runs the seeders added through the seed extension point, once each: as a scheduled task (so with
 * several replicas only one runs it at a time), waiting until the catalog holds teams and tools.
 * Each seeder writes in one transaction together with its `<id>-seeded` marker, whose primary
 * key keeps a second writer from seeding twice.
 */
export async function scheduleSeeders(options: {
  seeders: PlatformProductSeeder[];
  db: Knex;
  scheduler: SchedulerService;
  auth: AuthService;
  logger: LoggerService;
  directory: CatalogDirectory;
  secret: string;
}) {
  const { seeders, db, scheduler, auth, logger, directory, secret } = options;
  if (!seeders.length) {
    return;
  }
  const anonymity = {
    raterKey: (scope: string, userRef: string) =>
      raterKey(secret, scope, userRef),
    authorKey: (userRef: string) => {
      const authorSalt = newSalt();
      return {
        authorKey: contributionKey(secret, authorSalt, userRef),
        authorSalt,
      };
    },
    sliceTeamOf,
  };
  await scheduler.scheduleTask({
    id: 'platform-product-seed',
    frequency: { seconds: 30 },
    timeout: { minutes: 2 },
    initialDelay: { seconds: 5 },
    fn: async () => {
      const done = await new SettingsStore(db).present(
        seeders.map(s => `${s.id}-seeded`),
      );
      const pending = seeders.filter(s => !done.has(`${s.id}-seeded`));
      if (!pending.length) {
        return;
      }
      // The plugin's own credentials: seeding is no person's action.
      const credentials = await auth.getOwnServiceCredentials();
      const [teams, tools, adoption] = await Promise.all([
        directory.listTeams(credentials),
        directory.listTools(credentials),
        directory.getAdoption(credentials),
      ]);
      const now = new Date();
      const company = { teams, tools, adoption, now, anonymity };
      const waiting = pending.filter(s =>
        s.ready ? !s.ready(company) : !teams.length || !tools.length,
      );
      if (waiting.length) {
        logger.info(
          `Seed data: waiting for the catalog (${waiting
            .map(s => s.id)
            .join(', ')})`,
        );
        return;
      }
      for (const seeder of pending) {
        // All or nothing, so that an interrupted run seeds again from scratch.
        const count = await db.transaction(async tx => {
          const written = await seeder.seed({
            ...company,
            stores: createStores(tx),
          });
          await new SettingsStore(tx).add(
            `${seeder.id}-seeded`,
            new Date().toISOString(),
          );
          return written;
        });
        logger.info(`Seed data: seeded ${count} ${seeder.what} (${seeder.id})`);
      }
    },
  });
}
