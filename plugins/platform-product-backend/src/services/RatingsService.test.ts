import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { CatalogDirectory } from '../catalog/CatalogDirectory';
import { migrationsDir } from '../database/migrations';
import { RatingsStore } from '../database/RatingsStore';
import { PersonToolUsage } from '../database/UsageStore';
import { RatingsService } from './RatingsService';

jest.setTimeout(60_000);

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2026-12-11T12:00:00Z');
const ago = (days: number) => new Date(now.getTime() - days * DAY);
const day = (days: number) => ago(days).toISOString().slice(0, 10);
const ALEX = mockCredentials.user('user:default/alex.morgan');
const CI = 'component:default/ci-pipelines';
const DEPLOY = 'system:default/deploy';
const DOCS = 'component:default/docs';

/** Used `uses` times, from `first` days ago to `last` days ago. */
const used = (toolRef: string, uses: number, first: number, last: number) => ({
  toolRef,
  uses,
  firstDay: day(first),
  lastDay: day(last),
});

describe('RatingsService prompts', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  async function service(databaseId: any, usage: PersonToolUsage[]) {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: migrationsDir });
    let clock = now;
    const ratings = new RatingsService({
      store: new RatingsStore(knex),
      directory: {
        pluginCredentials: async () => mockCredentials.service(),
        getTool: async (ref: string) => ({ ref, title: `Title of ${ref}` }),
        getTeamsOf: async () => [],
      } as unknown as CatalogDirectory,
      secret: 'a-test-anonymity-secret',
      minGroupSize: 1,
      usage: { usageOf: async () => usage },
      activeDays: 28,
      cadence: {
        afterUses: 3,
        afterDays: 7,
        reaskAfterDays: 90,
        dismissBackoffDays: 14,
      },
      now: () => clock,
    });
    const at = async (when: Date, action: () => Promise<unknown>) => {
      clock = when;
      await action();
      clock = now;
    };
    const asked = async (toolRef?: string) =>
      (await ratings.prompt(ALEX, toolRef))?.toolRef ?? null;
    return { ratings, at, asked };
  }

  it.each(databases.eachSupportedId())(
    'asks about the most recently used tool, after enough uses or days, on %p',
    async databaseId => {
      const { asked, ratings } = await service(databaseId, [
        used(CI, 2, 3, 0), // 2 uses in 3 days: not yet
        used(DEPLOY, 1, 10, 1), // first used 10 days ago: asked
        used(DOCS, 40, 60, 30), // not used in the last 28 days
      ]);
      expect(await asked()).toBe(DEPLOY);
      expect(await asked(CI)).toBeNull();
      expect(await asked(DOCS)).toBeNull();
      expect(await ratings.prompt(ALEX)).toEqual({
        toolRef: DEPLOY,
        title: `Title of ${DEPLOY}`,
        uses: 1,
        lastUsedOn: day(1),
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'asks again 90 days after a rating, and prefers recent use then more uses, on %p',
    async databaseId => {
      const { asked, ratings, at } = await service(databaseId, [
        used(CI, 5, 20, 2),
        used(DEPLOY, 9, 20, 2),
      ]);
      expect(await asked()).toBe(DEPLOY);
      await at(ago(30), () =>
        ratings.rate({ toolRef: DEPLOY, stars: 4, anonymous: true }, ALEX),
      );
      expect(await asked()).toBe(CI);
      await at(ago(91), () =>
        ratings.rate({ toolRef: CI, stars: 4, anonymous: false }, ALEX),
      );
      expect(await asked()).toBe(CI);
    },
  );

  it.each(databases.eachSupportedId())(
    'backs off every invitation for 14 days after a dismissal, that tool for 90, on %p',
    async databaseId => {
      const { asked, ratings, at } = await service(databaseId, [
        used(CI, 5, 20, 0),
        used(DEPLOY, 9, 20, 2),
      ]);
      await at(ago(10), () => ratings.dismissPrompt(CI, ALEX));
      expect(await asked()).toBeNull();
      expect(await asked(DEPLOY)).toBeNull();
      await at(ago(20), () => ratings.dismissPrompt(CI, ALEX));
      expect(await asked()).toBe(DEPLOY);
      await at(ago(100), () => ratings.dismissPrompt(CI, ALEX));
      expect(await asked()).toBe(CI);
    },
  );
});
