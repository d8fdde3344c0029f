import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { FeedbackStore } from '../database/FeedbackStore';
import { migrationsDir } from '../database/migrations';
import {
  exampleDirectory,
  loadExampleCatalog,
} from '../__testUtils__/exampleCatalog';
import { eventsSpy } from '../__testUtils__/eventsSpy';
import { signalsSpy } from '../__testUtils__/signalsSpy';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { FeedbackService } from './FeedbackService';
import { AppLinks } from '../lib/appLinks';

jest.setTimeout(60_000);

const CI = 'component:default/ci-pipelines';
const ALEX = 'user:default/alex.morgan';
const SVEN = 'user:default/sven.eriksen';
const MAYA = 'user:default/maya.levi';

const accessOf = (userEntityRef: string) => ({
  credentials: {
    $$type: '@backstage/BackstageCredentials' as const,
    principal: { type: 'user' as const, userEntityRef },
  },
  readIdentities: true,
  triage: true,
});

/** Links that exist whatever their id, titled "`what` id". */
const titledAs = (what: string) => ({
  titles: async (ids: number[]) =>
    new Map(ids.map(id => [id, `${what} ${id}`])),
  existing: async (ids: number[]) => new Set(ids),
});

describe('FeedbackService', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  /** Two backend replicas on one database, sharing what they send. */
  async function replicas(databaseId: any) {
    const db = await databases.init(databaseId);
    await db.migrate.latest({ directory: migrationsDir });
    const sent: NotificationSendOptions[] = [];
    const entities = await loadExampleCatalog();
    const replica = () =>
      new FeedbackService({
        store: new FeedbackStore(db),
        directory: exampleDirectory(entities),
        notifications: { send: async n => void sent.push(n) },
        logger: mockServices.logger.mock(),
        secret: 'a-test-secret-of-16-characters',
        events: eventsSpy().domainEvents,
        live: signalsSpy().liveUpdates,
        appLinks: new AppLinks({
          appBaseUrl: '',
          mountPath: '/platform-product',
        }),
        links: {
          roadmapItems: titledAs('Item'),
          changelogEntries: titledAs('Entry'),
        },
        earlyAccess: { mayAccess: async () => false },
      });
    return { first: replica(), second: replica(), sent };
  }

  it.each(databases.eachSupportedId())(
    'lets exactly one of two maintainers who saw "new" triage the item; the author hears once, on %p',
    async databaseId => {
      const { first, second, sent } = await replicas(databaseId);
      const item = await first.create(
        {
          toolRef: CI,
          kind: 'idea',
          title: 'Cache',
          body: '',
          anonymous: false,
        },
        accessOf(ALEX),
      );

      const results = await Promise.allSettled([
        first.changeStatus(
          item.id,
          { status: 'acknowledged', expectedStatus: 'new' },
          accessOf(SVEN),
        ),
        second.changeStatus(
          item.id,
          { status: 'declined', expectedStatus: 'new', reason: 'Not now' },
          accessOf(MAYA),
        ),
      ]);

      const won = results.filter(r => r.status === 'fulfilled');
      const lost = results.flatMap(r => (r.status === 'rejected' ? [r] : []));
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0].reason).toBeInstanceOf(ConflictError);
      const winner = (won[0] as PromiseFulfilledResult<{ status: string }>)
        .value.status;
      expect(lost[0].reason.message).toBe(
        `Feedback ${item.id} is ${winner} now, not new: someone else changed it meanwhile`,
      );
      expect((await first.get(item.id, accessOf(ALEX))).status).toBe(winner);
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({
        recipients: { type: 'entity', entityRef: [ALEX] },
        payload: { topic: `feedback-${winner}` },
      });
      const thread = await first.activity(
        item.id,
        { limit: 10, offset: 0 },
        accessOf(SVEN),
      );
      expect(thread.items.map(a => a.status)).toEqual([winner]);
    },
  );
  it.each(databases.eachSupportedId())(
    'applies two concurrent bulk changes item by item: each item moves once, the other change gets a conflict for it, on %p',
    async databaseId => {
      const { first, second, sent } = await replicas(databaseId);
      const ids: number[] = [];
      for (const title of ['a', 'b', 'c', 'd']) {
        const item = await first.create(
          { toolRef: CI, kind: 'idea', title, body: '', anonymous: false },
          accessOf(ALEX),
        );
        ids.push(item.id);
      }
      const items = ids.map(id => ({ id, expectedStatus: 'new' as const }));
      const [acknowledged, declined] = await Promise.all([
        first.changeStatuses(items, { status: 'acknowledged' }, accessOf(SVEN)),
        second.changeStatuses(
          [...items].reverse(),
          { status: 'declined', reason: 'out of scope' },
          accessOf(MAYA),
        ),
      ]);
      for (const id of ids) {
        const outcomes = [acknowledged, declined].map(
          results => results.find(r => r.id === id)!,
        );
        expect(outcomes.filter(o => o.ok)).toHaveLength(1);
        const winner = outcomes.find(o => o.ok)!;
        expect(outcomes.find(o => !o.ok)).toEqual({
          id,
          ok: false,
          error: 'conflict',
          status: winner.status,
        });
        expect((await first.get(id, accessOf(SVEN))).status).toBe(
          winner.status,
        );
      }
      // The author hears once per item: about the change that won.
      expect(sent).toHaveLength(ids.length);

      const missing = await first.changeStatuses(
        [{ id: 9999, expectedStatus: 'new' }],
        { status: 'acknowledged' },
        accessOf(SVEN),
      );
      expect(missing).toEqual([{ id: 9999, ok: false, error: 'not-found' }]);
    },
  );
});
