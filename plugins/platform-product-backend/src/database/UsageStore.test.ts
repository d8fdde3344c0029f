import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { migrationsDir } from './migrations';
import { StoredUsageEvent, UsageStore } from './UsageStore';

jest.setTimeout(120_000);

const CI = 'component:default/ci-pipelines';
const DEPLOY = 'system:default/deploy';
const CHECKOUT = 'group:default/checkout';
const SEARCH = 'group:default/search';
const now = new Date('2026-12-11T12:00:00Z');
const HOUR = 60 * 60 * 1000;

/** An event `hoursAgo` before `now`; the rest varies with `n` so that keys repeat. */
function event(
  n: number,
  overrides: Partial<StoredUsageEvent> = {},
): StoredUsageEvent {
  return {
    toolRef: n % 3 ? CI : DEPLOY,
    eventId: `run-${n}`,
    teamRef: n % 2 ? CHECKOUT : SEARCH,
    personKey: n % 4 ? `key-${n % 5}` : '',
    action: n % 2 ? 'pipeline-run' : 'deploy',
    occurredAt: new Date(now.getTime() - (n % 50) * HOUR),
    count: (n % 3) + 1,
    ...overrides,
  };
}

/** The rollup table as stored, and as a recount of the raw events, in one comparable form. */
async function rollupAndRecount(knex: Knex) {
  const keys = ['tool_ref', 'team_ref', 'person_key', 'day', 'action'];
  const shape = (rows: any[]) =>
    rows
      .map(r => [...keys.map(k => r[k]), Number(r.events), Number(r.count)])
      .map(r => JSON.stringify(r))
      .sort();
  const stored = await knex('platform_product_usage_daily');
  const recount = await knex('platform_product_usage_events')
    .groupBy(keys)
    .select(
      ...keys,
      knex.raw('count(*) as events'),
      knex.raw('sum(count) as count'),
    );
  return { stored: shape(stored), recount: shape(recount) };
}

/** Each person's use of each tool as stored, and as a recount of the raw events. */
async function peopleAndRecount(knex: Knex) {
  const shape = (rows: any[]) =>
    rows
      .map(r =>
        JSON.stringify([
          r.person_key,
          r.tool_ref,
          r.first_day,
          r.last_day,
          Number(r.uses),
        ]),
      )
      .sort();
  const stored = await knex('platform_product_usage_people');
  const recount = await knex('platform_product_usage_events')
    .whereNot('person_key', '')
    .groupBy('person_key', 'tool_ref')
    .select(
      'person_key',
      'tool_ref',
      knex.raw('min(day) as first_day'),
      knex.raw('max(day) as last_day'),
      knex.raw('sum(count) as uses'),
    );
  return { stored: shape(stored), recount: shape(recount) };
}

/** Each team's use of each tool as stored, and as a recount of the raw events. */
async function teamsAndRecount(knex: Knex) {
  const columns = ['tool_ref', 'team_ref', 'first_day', 'last_day'];
  const shape = (rows: any[]) =>
    rows
      .map(r =>
        JSON.stringify([...columns.map(c => r[c]), r.first_deploy_day ?? null]),
      )
      .sort();
  const stored = await knex('platform_product_usage_teams');
  const recount = await knex('platform_product_usage_events')
    .whereNot('team_ref', '')
    .groupBy('tool_ref', 'team_ref')
    .select(
      'tool_ref',
      'team_ref',
      knex.raw('min(day) as first_day'),
      knex.raw('max(day) as last_day'),
      knex.raw(
        "min(case when action = 'deploy' then day end) as first_deploy_day",
      ),
    );
  return { stored: shape(stored), recount: shape(recount) };
}

describe('UsageStore', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  async function createStore(databaseId: any) {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: migrationsDir });
    return { knex, store: new UsageStore(knex) };
  }

  describe('insert and rollUp', () => {
    it.each(databases.eachSupportedId())(
      'records events, and the job folds them into rollups equal to a recount, on %p',
      async databaseId => {
        const { knex, store } = await createStore(databaseId);
        const events = Array.from({ length: 120 }, (_, n) => event(n));
        expect(await store.insert(events.slice(0, 70), now)).toBe(70);
        // Recorded, not yet rolled up: the rollups are the job's.
        expect(await knex('platform_product_usage_daily')).toEqual([]);
        expect(await store.rollUp()).toBe(70);
        expect(await store.insert(events.slice(70), now)).toBe(50);
        expect(await store.rollUp()).toBe(50);
        expect(await store.rollUp()).toBe(0);

        const { stored, recount } = await rollupAndRecount(knex);
        expect(stored).toEqual(recount);
        const [{ total }] = await knex('platform_product_usage_daily').sum({
          total: 'count',
        });
        expect(Number(total)).toBe(events.reduce((s, e) => s + e.count, 0));
        // One row per (tool, team, person key, day, action), not per event.
        expect(stored.length).toBeLessThan(events.length);
        const people = await peopleAndRecount(knex);
        expect(people.stored).toEqual(people.recount);
        const teams = await teamsAndRecount(knex);
        expect(teams.stored).toEqual(teams.recount);
        expect(await store.usageOf('key-1')).toEqual([
          expect.objectContaining({
            toolRef: CI,
            firstDay: '2026-12-09',
            lastDay: '2026-12-11',
          }),
          expect.objectContaining({ toolRef: DEPLOY }),
        ]);
      },
    );

    it.each(databases.eachSupportedId())(
      'records a full batch of 1,000 events, each new row of every table once, on %p',
      async databaseId => {
        const { knex, store } = await createStore(databaseId);
        // Distinct people, so that the rollup and the people rows outnumber one statement.
        const events = Array.from({ length: 1000 }, (_, n) =>
          event(n, { personKey: `key-${n}` }),
        );
        expect(await store.insert(events, now)).toBe(1000);
        expect(await store.insert(events, now)).toBe(0);
        expect(await store.rollUp()).toBe(1000);

        const { stored, recount } = await rollupAndRecount(knex);
        expect(stored).toEqual(recount);
        expect(stored).toHaveLength(1000);
        const people = await peopleAndRecount(knex);
        expect(people.stored).toEqual(people.recount);
      },
    );

    it.each(databases.eachSupportedId())(
      'records an event once per tool and id: a batch sent again changes nothing, on %p',
      async databaseId => {
        const { knex, store } = await createStore(databaseId);
        const events = Array.from({ length: 30 }, (_, n) => event(n));
        expect(await store.insert(events, now)).toBe(30);
        await store.rollUp();
        const before = await rollupAndRecount(knex);

        // Again, with other counts: the first recording stands.
        const again = events.map(e => ({ ...e, count: 99 }));
        expect(await store.insert(again, now)).toBe(0);
        // The same id in one batch counts once; the same id for another tool is another event.
        expect(
          await store.insert(
            [
              event(1000),
              event(1000, { count: 7 }),
              event(1000, { toolRef: 'api:default/secrets-api' }),
            ],
            now,
          ),
        ).toBe(2);
        expect(await store.rollUp()).toBe(2);

        const after = await rollupAndRecount(knex);
        expect(after.stored).toEqual(after.recount);
        expect(after.stored.length).toBeGreaterThanOrEqual(
          before.stored.length,
        );
        const [{ total }] = await knex('platform_product_usage_daily').sum({
          total: 'count',
        });
        expect(Number(total)).toBe(
          events.reduce((s, e) => s + e.count, 0) + event(1000).count * 2,
        );
      },
    );

    it.each(databases.eachSupportedId())(
      'counts each event once when replicas send the same batches at once, on %p',
      async databaseId => {
        const { knex, store } = await createStore(databaseId);
        const events = Array.from({ length: 400 }, (_, n) => event(n));
        const batches = [
          events.slice(0, 250),
          events.slice(150),
          [...events].reverse(),
        ];
        // Each insert runs in its own transaction on its own connection, as on two replicas.
        const accepted = await Promise.all(
          [...batches, ...batches].map(batch => store.insert(batch, now)),
        );

        expect(accepted.reduce((sum, n) => sum + n, 0)).toBe(events.length);
        const [{ rows }] = await knex('platform_product_usage_events').count({
          rows: '*',
        });
        expect(Number(rows)).toBe(events.length);
        expect(await store.rollUp()).toBe(events.length);
        const { stored, recount } = await rollupAndRecount(knex);
        expect(stored).toEqual(recount);
        const people = await peopleAndRecount(knex);
        expect(people.stored).toEqual(people.recount);
        const teams = await teamsAndRecount(knex);
        expect(teams.stored).toEqual(teams.recount);
      },
    );
  });

  describe('rollUp', () => {
    /** The three rollups equal a recount of the raw events. */
    async function expectRecounted(knex: Knex) {
      for (const { stored, recount } of [
        await rollupAndRecount(knex),
        await peopleAndRecount(knex),
        await teamsAndRecount(knex),
      ]) {
        expect(stored).toEqual(recount);
        expect(stored.length).toBeGreaterThan(0);
      }
    }

    it.each(databases.eachSupportedId())(
      'folds each event once when two runs go at once (two replicas), on %p',
      async databaseId => {
        const { knex, store } = await createStore(databaseId);
        const events = Array.from({ length: 600 }, (_, n) => event(n));
        await store.insert(events.slice(0, 300), now);
        await store.insert(events.slice(300), now);

        // Two stores, as on two replicas; each run in its own transactions.
        const folded = await Promise.all([
          store.rollUp(),
          new UsageStore(knex).rollUp(),
        ]);

        expect(folded.reduce((sum, n) => sum + n, 0)).toBe(events.length);
        await expectRecounted(knex);
      },
    );

    it.each(databases.eachSupportedId())(
      'misses no event recorded while it runs, however the recordings commit, on %p',
      async databaseId => {
        const { knex, store } = await createStore(databaseId);
        const batches = Array.from({ length: 12 }, (_b, b) =>
          Array.from({ length: 50 }, (_n, n) => event(b * 50 + n)),
        );
        // Recordings and runs interleaved: on PostgreSQL a later id may commit first.
        const folded = await Promise.all([
          ...batches.map(batch => store.insert(batch, now).then(() => 0)),
          ...batches.map(() => new UsageStore(knex).rollUp()),
        ]);
        const last = await store.rollUp();

        expect(folded.reduce((sum, n) => sum + n, last)).toBe(600);
        await expectRecounted(knex);
      },
    );
  });

  describe('teamActivity', () => {
    const at = (day: string) => new Date(`${day}T10:00:00Z`);

    it.each(databases.eachSupportedId())(
      'reads active teams and new teams with their first deploy, whatever the order events came in, on %p',
      async databaseId => {
        const { knex, store } = await createStore(databaseId);
        await store.insert(
          [
            event(1, { teamRef: CHECKOUT, occurredAt: at('2026-12-05') }),
            event(2, { teamRef: SEARCH, occurredAt: at('2026-10-01') }),
            event(3, { teamRef: '', occurredAt: at('2026-12-10') }),
          ].map(e => ({ ...e, toolRef: CI, action: 'pipeline-run' })),
          now,
        );
        await store.rollUp();
        // Later batches: Checkout's deploy on the 9th, then an earlier one sent late, then
        // a run that is no deploy (it must not clear the first deploy).
        for (const [n, day, action] of [
          [4, '2026-12-09', 'deploy'],
          [5, '2026-12-07', 'deploy'],
          [6, '2026-12-11', 'pipeline-run'],
        ] as const) {
          await store.insert(
            [
              event(n, {
                toolRef: CI,
                teamRef: CHECKOUT,
                action,
                occurredAt: at(day),
              }),
            ],
            now,
          );
          await store.rollUp();
        }

        const activity = await store.teamActivity({
          activeSince: '2026-11-13',
          newSince: '2026-11-01',
        });
        expect(activity.activeTeamRefs).toEqual([CHECKOUT]);
        expect(activity.newTeams).toEqual([
          { firstDay: '2026-12-05', firstDeployDay: '2026-12-07' },
        ]);
        const older = await store.teamActivity({
          activeSince: '2026-09-01',
          newSince: '2026-09-01',
        });
        expect([...older.activeTeamRefs].sort()).toEqual([CHECKOUT, SEARCH]);
        expect(older.newTeams).toContainEqual({
          firstDay: '2026-10-01',
          firstDeployDay: null,
        });
        const teams = await teamsAndRecount(knex);
        expect(teams.stored).toEqual(teams.recount);
      },
    );

    it.each(databases.eachSupportedId())(
      'is filled from the daily rollup when the migration runs, on %p',
      async databaseId => {
        const { knex, store } = await createStore(databaseId);
        await store.insert(
          Array.from({ length: 60 }, (_, n) => event(n)),
          now,
        );
        await store.rollUp();
        const before = await teamsAndRecount(knex);
        await knex.migrate.down({
          directory: migrationsDir,
          name: '20261214000002_scorecard.js',
        });
        expect(await knex.schema.hasTable('platform_product_usage_teams')).toBe(
          false,
        );
        await knex.migrate.latest({ directory: migrationsDir });
        const after = await teamsAndRecount(knex);
        expect(after.stored).toEqual(before.recount);
        expect(after.stored.length).toBeGreaterThan(0);
      },
    );
  });

  describe('teamsActiveSince', () => {
    it.each(databases.eachSupportedId())(
      'lists the teams with use of each tool from a day on, once each, never the no-team row, on %p',
      async databaseId => {
        const { store } = await createStore(databaseId);
        const daysAgo = (days: number) =>
          new Date(now.getTime() - days * 24 * HOUR);
        await store.insert(
          [
            event(1, { toolRef: CI, teamRef: SEARCH, occurredAt: daysAgo(0) }),
            event(2, { toolRef: CI, teamRef: SEARCH, occurredAt: daysAgo(1) }),
            event(3, {
              toolRef: CI,
              teamRef: CHECKOUT,
              occurredAt: daysAgo(2),
            }),
            // Before the window: Checkout is not active on Deploy.
            event(4, {
              toolRef: DEPLOY,
              teamRef: CHECKOUT,
              occurredAt: daysAgo(3),
            }),
            // A person in no eligible team is no team.
            event(5, { toolRef: DEPLOY, teamRef: '', occurredAt: daysAgo(0) }),
          ],
          now,
        );

        await store.rollUp();
        const since = daysAgo(2).toISOString().slice(0, 10);
        expect(await store.teamsActiveSince(since)).toEqual(
          new Map([[CI, [CHECKOUT, SEARCH]]]),
        );
        const earlier = daysAgo(3).toISOString().slice(0, 10);
        expect(await store.teamsActiveSince(earlier)).toEqual(
          new Map([
            [CI, [CHECKOUT, SEARCH]],
            [DEPLOY, [CHECKOUT]],
          ]),
        );
      },
    );
  });

  describe('deleteOccurredBefore', () => {
    it.each(databases.eachSupportedId())(
      'deletes old raw events in bounded batches and keeps the rollup, on %p',
      async databaseId => {
        const { knex, store } = await createStore(databaseId);
        // Events 0–49 hours old; the cutoff is 20 hours ago.
        const events = Array.from({ length: 100 }, (_, n) => event(n));
        await store.insert(events, now);
        await store.rollUp();
        const rollup = await knex('platform_product_usage_daily');
        const cutoff = new Date(now.getTime() - 20 * HOUR);
        const old = events.filter(e => e.occurredAt < cutoff).length;

        expect(await store.deleteOccurredBefore(cutoff, 7)).toBe(old);

        const left = await knex('platform_product_usage_events');
        expect(left).toHaveLength(events.length - old);
        expect(left.every(row => new Date(row.occurred_at) >= cutoff)).toBe(
          true,
        );
        expect(await knex('platform_product_usage_daily')).toEqual(rollup);
        expect(await store.deleteOccurredBefore(cutoff, 7)).toBe(0);
      },
    );

    it.each(databases.eachSupportedId())(
      'keeps old raw events until the job has rolled them up, on %p',
      async databaseId => {
        const { knex, store } = await createStore(databaseId);
        const cutoff = new Date(now.getTime() - 20 * HOUR);
        const old = [event(30), event(31)];
        await store.insert([old[0]], now);
        await store.rollUp();
        await store.insert([old[1]], now);

        expect(await store.deleteOccurredBefore(cutoff)).toBe(1);
        await store.rollUp();
        const [{ count }] = await knex('platform_product_usage_daily').sum({
          count: 'count',
        });
        expect(Number(count)).toBe(old[0].count + old[1].count);
        expect(await store.deleteOccurredBefore(cutoff)).toBe(1);
        expect(await knex('platform_product_usage_events')).toEqual([]);
      },
    );
  });

  it.each(databases.eachSupportedId())(
    'starts the rollup job after the events already rolled up, and folds the pending ones when migrated down, on %p',
    async databaseId => {
      const { knex, store } = await createStore(databaseId);
      await store.insert([event(1), event(2)], now);
      await store.rollUp();
      await store.insert([event(3)], now);
      const migration = '20261215000010_usage_rollup_job.js';

      // Down: the code before the job expects every event in the rollups.
      await knex.migrate.down({ directory: migrationsDir, name: migration });
      expect(
        await knex.schema.hasTable('platform_product_usage_watermark'),
      ).toBe(false);
      for (const { stored, recount } of [
        await rollupAndRecount(knex),
        await peopleAndRecount(knex),
        await teamsAndRecount(knex),
      ]) {
        expect(stored).toEqual(recount);
      }

      // Up: the events there are rolled up already; the job folds only later ones.
      await knex.migrate.latest({ directory: migrationsDir });
      expect(await store.rollUp()).toBe(0);
      await store.insert([event(4)], now);
      expect(await store.rollUp()).toBe(1);
      const { stored, recount } = await rollupAndRecount(knex);
      expect(stored).toEqual(recount);
    },
  );

  it.each(databases.eachSupportedId())(
    'migrates down and up again, on %p',
    async databaseId => {
      const { knex } = await createStore(databaseId);
      const hasEvents = () =>
        knex.schema.hasTable('platform_product_usage_events');
      // Down past the migration that made the usage tables (and any after it).
      for (let steps = 0; (await hasEvents()) && steps < 10; steps++) {
        await knex.migrate.down({ directory: migrationsDir });
      }
      expect(await hasEvents()).toBe(false);
      expect(await knex.schema.hasTable('platform_product_usage_people')).toBe(
        false,
      );
      await knex.migrate.latest({ directory: migrationsDir });
      expect(await knex.schema.hasTable('platform_product_usage_daily')).toBe(
        true,
      );
    },
  );
});
