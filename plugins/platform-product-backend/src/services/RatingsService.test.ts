import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { CatalogDirectory } from '../catalog/CatalogDirectory';
import { migrationsDir } from '../database/migrations';
import { RatingsStore } from '../database/RatingsStore';
import { PersonToolUsage } from '../database/UsageStore';
import { RatingsService } from './RatingsService';

const CADENCE = {
  afterUses: 3,
  afterDays: 7,
  reaskAfterDays: 90,
  dismissBackoffDays: 14,
};

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
      cadence: CADENCE,
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

describe('RatingsService figures', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });
  const person = (name: string) => `user:default/${name}`;

  /** Figures from 5 ratings on; `activeRaters` used the tool yesterday. */
  async function service(databaseId: any, activeRaters: string[] = []) {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: migrationsDir });
    const ratings = new RatingsService({
      store: new RatingsStore(knex),
      directory: {
        pluginCredentials: async () => mockCredentials.service(),
        getTool: async (ref: string) => ({ ref, title: ref }),
        getTeamsOf: async () => [{ ref: 'group:default/a' }],
      } as unknown as CatalogDirectory,
      secret: 'a-test-anonymity-secret',
      minGroupSize: 5,
      usage: {
        usageOf: async (userRef: string) =>
          activeRaters.includes(userRef) ? [used(CI, 5, 20, 1)] : [],
      },
      activeDays: 28,
      cadence: CADENCE,
      now: () => now,
    });
    const rate = (name: string, stars: number, anonymous: boolean) =>
      ratings.rate(
        { toolRef: CI, stars, anonymous, comment: `from ${name}` },
        mockCredentials.user(person(name)),
      );
    const card = () => ratings.summarize(CI, ALEX);
    return { ratings, rate, card };
  }

  it.each(databases.eachSupportedId())(
    'hides the card while the anonymous ratings are between none and the minimum group size, on %p',
    async databaseId => {
      const { ratings, rate, card } = await service(databaseId);
      // a1–a4 rate under their names, with comments that show their stars; a5 anonymously.
      for (const [i, stars] of [5, 5, 4, 4].entries()) {
        await rate(`a${i + 1}`, stars, false);
      }
      await rate('a5', 1, true);
      const comments = () =>
        ratings.comments(CI, { limit: 10, offset: 0 }, true);
      // 5 ratings of average 3.8 would give the anonymous one away: 19 − 18 = 1 star; and the
      // comments, four of them named with their stars, open only with the figures.
      await expect(comments()).rejects.toMatchObject({ name: 'ConflictError' });
      expect(await card()).toMatchObject({
        count: null,
        average: null,
        distribution: null,
        activeUsers: null,
      });

      // Four more anonymous ratings: five anonymous ones, no longer one person's.
      for (const name of ['b1', 'b2', 'b3', 'b4']) {
        await rate(name, 3, true);
      }
      expect(await card()).toMatchObject({
        count: 9,
        average: 31 / 9,
        distribution: { 1: 1, 2: 0, 3: 4, 4: 2, 5: 2 },
      });
      const shown = await comments();
      expect(shown.items).toHaveLength(9);
      expect(shown.items.filter(c => c.raterRef)).toHaveLength(4);
    },
  );

  it.each(databases.eachSupportedId())(
    'shows everyone signing, and splits off the active raters only when both sides hold none or enough anonymous ratings, on %p',
    async databaseId => {
      const active = ['a1', 'a2', 'a3', 'a4', 'a5'];
      const { rate, card } = await service(databaseId, active.map(person));
      for (const name of active) {
        await rate(name, 4, false);
      }
      // Everyone signed: nothing anonymous to give away.
      expect(await card()).toMatchObject({
        count: 5,
        average: 4,
        activeUsers: { count: 5, average: 4 },
      });
      for (const name of ['o1', 'o2', 'o3', 'o4', 'o5']) {
        await rate(name, 2, true);
      }
      expect(await card()).toMatchObject({
        count: 10,
        activeUsers: { count: 5, average: 4 },
      });
      // One active rater goes anonymous: the card (6 anonymous) stays, but the active side
      // would hold one anonymous rating among four signed ones.
      await rate('a5', 1, true);
      expect(await card()).toMatchObject({
        count: 10,
        average: 27 / 10,
        activeUsers: null,
      });
    },
  );
});
