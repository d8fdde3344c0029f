import { createServiceFactory } from '@backstage/backend-plugin-api';
import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { auditorSpy } from '../__testUtils__/auditorSpy';
import { rollUpUsage, startBackend } from '../__testUtils__/startBackend';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { migrationsDir } from '../database/migrations';
import { UsageStore } from '../database/UsageStore';
import { UsageService } from '../services/UsageService';
import {
  scheduleUsageRetention,
  scheduleUsageRollup,
  USAGE_ROLLUP_TASK,
  USAGE_TOPIC,
} from './usageIngestion';

jest.setTimeout(60_000);

const CI = 'component:default/ci-pipelines';

function usage(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    toolRef: CI,
    user: 'alex.morgan@northwind.example.com',
    action: 'deploy',
    occurredAt: new Date(Date.now() - 60_000).toISOString(),
    ...overrides,
  };
}

describe('the platform-product.usage topic', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

  /** The plugin with an events service the test publishes to. */
  async function start() {
    const knex = await databases.init('SQLITE_3');
    const events = mockServices.events();
    const logger = mockServices.logger.mock();
    const audit = auditorSpy();
    const server = await startBackend({
      features: [
        mockServices.database.factory({ knex }),
        createServiceFactory({
          service: eventsServiceRef,
          deps: {},
          factory: () => events,
        }),
        logger.factory,
        audit.factory,
      ],
    });
    const publish = (eventPayload: unknown) =>
      events.publish({ topic: USAGE_TOPIC, eventPayload });
    const counts = async () => {
      await rollUpUsage(server);
      return (await knex('platform_product_usage_daily')).map(row => [
        row.action,
        Number(row.count),
      ]);
    };
    return { publish, counts, logger, audited: audit.events };
  }

  it('records batches and single events like the HTTP route, once per id', async () => {
    const { publish, counts, audited } = await start();
    await publish({ events: [usage('e1'), usage('e2', { count: 4 })] });
    await publish(usage('e3'));
    await publish({ events: [usage('e1'), usage('e3')] });

    expect(await counts()).toEqual([['deploy', 6]]);
    expect(
      audited.map(e => [e.options.eventId, e.options.meta, e.outcome]),
    ).toEqual([
      ['usage-ingest', { via: 'events', events: 2 }, 'success'],
      ['usage-ingest', { via: 'events', events: 1 }, 'success'],
      ['usage-ingest', { via: 'events', events: 2 }, 'success'],
    ]);
  });

  it('logs what it rejects by position and field only, never the person', async () => {
    const { publish, counts, logger } = await start();
    await publish({
      events: [usage('e1'), usage('e2', { user: 'nobody@example.com' })],
    });
    await publish('not an event');
    await publish({ events: [] });

    expect(await counts()).toEqual([['deploy', 1]]);
    const warnings = logger.warn.mock.calls
      .map(([message]) => message)
      .filter(message => message.includes(USAGE_TOPIC));
    expect(warnings).toEqual([
      'Rejected 1 of 2 usage events from platform-product.usage: #1 user',
      'Rejected 1 of 1 usage events from platform-product.usage: #0 event',
      expect.stringMatching(/^Ignored a .* event: events: Too small/),
    ]);
    expect(JSON.stringify(warnings)).not.toMatch(/@|alex|nobody/);
  });
});

describe('scheduled usage tasks', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  /** A usage service on a migrated database of `databaseId`, at `now`. */
  async function createUsage(databaseId: any, now: Date) {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: migrationsDir });
    const store = new UsageStore(knex);
    const service = new UsageService({
      store,
      directory: {} as any,
      secret: 'secret',
      retentionDays: 10,
      activeDays: 7,
      now: () => now,
    });
    return { knex, store, service };
  }

  it.each(databases.eachSupportedId())(
    'schedules the rollup every configured seconds; a run folds what was recorded since the last, on %p',
    async databaseId => {
      const now = new Date();
      const { knex, store, service } = await createUsage(databaseId, now);
      const scheduler = mockServices.scheduler.mock();
      await scheduleUsageRollup({ scheduler, usage: service, seconds: 7 });

      expect(scheduler.scheduleTask).toHaveBeenCalledTimes(1);
      const [task] = scheduler.scheduleTask.mock.calls[0];
      expect([task.id, task.frequency]).toEqual([
        USAGE_ROLLUP_TASK,
        { seconds: 7 },
      ]);
      const recorded = (id: string) => ({
        toolRef: CI,
        eventId: id,
        teamRef: 'group:default/checkout',
        personKey: 'k',
        action: 'deploy',
        occurredAt: now,
        count: 2,
      });
      const sum = async () =>
        Number(
          (await knex('platform_product_usage_daily').sum({ n: 'count' }))[0]
            .n ?? 0,
        );
      await store.insert([recorded('e1'), recorded('e2')], now);
      expect(await sum()).toBe(0);
      await task.fn(new AbortController().signal);
      expect(await sum()).toBe(4);
      await store.insert([recorded('e3')], now);
      await task.fn(new AbortController().signal);
      await task.fn(new AbortController().signal);
      expect(await sum()).toBe(6);
    },
  );

  it.each(databases.eachSupportedId())(
    'schedules one task that deletes the raw events older than the retention, on %p',
    async databaseId => {
      const now = new Date('2026-12-11T12:00:00Z');
      const { knex, store, service } = await createUsage(databaseId, now);
      const daysAgo = (days: number) =>
        new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
      await store.insert(
        [1, 9, 11, 40].map(days => ({
          toolRef: CI,
          eventId: `e${days}`,
          teamRef: '',
          personKey: 'k',
          action: 'deploy',
          occurredAt: daysAgo(days),
          count: 1,
        })),
        now,
      );
      await store.rollUp();
      const scheduler = mockServices.scheduler.mock();
      await scheduleUsageRetention({
        scheduler,
        logger: mockServices.logger.mock(),
        usage: service,
      });

      expect(scheduler.scheduleTask).toHaveBeenCalledTimes(1);
      const [task] = scheduler.scheduleTask.mock.calls[0];
      expect(task.id).toBe('platform-product-usage-retention');
      await task.fn(new AbortController().signal);
      expect(
        await knex('platform_product_usage_events')
          .orderBy('event_id')
          .pluck('event_id'),
      ).toEqual(['e1', 'e9']);
      expect(await knex('platform_product_usage_daily')).toHaveLength(4);
    },
  );
});
