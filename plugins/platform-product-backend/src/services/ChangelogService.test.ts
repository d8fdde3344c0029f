import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import {
  NotificationSendOptions,
  NotificationService,
} from '@backstage/plugin-notifications-node';
import { ChampionsStore } from '../database/ChampionsStore';
import { ChangelogStore } from '../database/ChangelogStore';
import { ChangelogOutboxStore } from '../database/ChangelogOutboxStore';
import { FeedbackStore } from '../database/FeedbackStore';
import { migrationsDir } from '../database/migrations';
import { RoadmapStore } from '../database/RoadmapStore';
import {
  exampleDirectory,
  loadExampleCatalog,
} from '../__testUtils__/exampleCatalog';
import { roadmapItemFields } from '../__testUtils__/roadmapItemFields';
import { eventsSpy } from '../__testUtils__/eventsSpy';
import { signalsSpy } from '../__testUtils__/signalsSpy';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { ChangelogService } from './ChangelogService';
import { ClosingTheLoop } from './ClosingTheLoop';
import { RoadmapItems } from './RoadmapItems';
import { EvidenceStore } from '../database/EvidenceStore';
import { EarlyAccess } from './EarlyAccess';
import { FeedbackService } from './FeedbackService';
import { AppLinks } from '../lib/appLinks';

jest.setTimeout(60_000);

const SVEN = 'user:default/sven.eriksen';
const SECRETS = 'api:default/secrets-api';
const entry = {
  title: 'Rotation without restarts',
  body: 'Secrets now rotate with a rolling restart.',
  category: 'improved' as const,
  toolRefs: [SECRETS],
  roadmapItemIds: [],
  earlyAccess: false,
};

describe('ChangelogService', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  async function create(databaseId: any, options: { failSends?: number } = {}) {
    const db = await databases.init(databaseId);
    await db.migrate.latest({ directory: migrationsDir });
    const sent: NotificationSendOptions[] = [];
    const events = eventsSpy();
    let failures = options.failSends ?? 0;
    let clock = new Date('2026-11-20T10:00:00Z');
    const champions = new ChampionsStore(db);
    const roadmap = new RoadmapStore(db);
    const feedbackStore = new FeedbackStore(db);
    const entities = await loadExampleCatalog();
    const directory = () => exampleDirectory(entities);
    /** One backend replica on the database, with its own store and notifications if given. */
    const replica = (
      parts: {
        outbox?: ChangelogOutboxStore;
        notifications?: NotificationService;
      } = {},
    ) =>
      new ChangelogService({
        store: new ChangelogStore(db),
        outbox: parts.outbox ?? new ChangelogOutboxStore(db),
        roadmap: new RoadmapItems(roadmap),
        champions,
        feedback: new FeedbackService({
          store: feedbackStore,
          directory: directory(),
          notifications: { send: async () => {} },
          logger: mockServices.logger.mock(),
          secret: 'a-test-secret-of-16-characters',
          events: eventsSpy().domainEvents,
          live: signalsSpy().liveUpdates,
          appLinks: new AppLinks({
            appBaseUrl: '',
            mountPath: '/platform-product',
          }),
          links: {
            roadmapItems: roadmap,
            changelogEntries: {
              titles: async ids => new Map(ids.map(id => [id, `Entry ${id}`])),
              existing: async ids => new Set(ids),
            },
          },
          earlyAccess: { mayAccess: async () => false },
        }),
        directory: directory(),
        earlyAccess: new EarlyAccess({
          store: champions,
          permissions: mockServices.permissions.mock(),
        }),
        notifications: parts.notifications ?? {
          send: async notification => {
            if (failures-- > 0)
              throw new Error('notifications backend is down');
            sent.push(notification);
          },
        },
        logger: mockServices.logger.mock(),
        auth: mockServices.auth(),
        events: events.domainEvents,
        live: signalsSpy().liveUpdates,
        loop: new ClosingTheLoop({
          appLinks: new AppLinks({
            appBaseUrl: '',
            mountPath: '/platform-product',
          }),
          store: new EvidenceStore(db),
          kinds: {},
          voters: (tx, itemId) => roadmap.voterRefs(itemId, tx),
          item: itemId => roadmap.get(itemId),
          publicEntryTitles: async () => new Map(),
          notifications: { send: async () => {} },
          logger: mockServices.logger.mock(),
        }),
        minGroupSize: 5,
        appLinks: new AppLinks({
          appBaseUrl: '',
          mountPath: '/platform-product',
        }),
        now: () => clock,
      });
    const service = replica();
    const setClock = (date: Date) => (clock = date);
    const recipients = () =>
      sent.flatMap(n =>
        n.recipients.type === 'entity' ? [n.recipients.entityRef].flat() : [],
      );
    return {
      db,
      service,
      replica,
      sent,
      recipients,
      setClock,
      champions,
      roadmap,
      feedbackStore,
      events,
    };
  }

  const credentials = {
    $$type: '@backstage/BackstageCredentials' as const,
    principal: { type: 'user' as const, userEntityRef: SVEN },
  };

  it.each(databases.eachSupportedId())(
    'computes the audience on the example company: adopters, voters and champions, on %p',
    async databaseId => {
      const { service, champions, roadmap } = await create(databaseId);
      const serviceCredentials = await mockServices
        .auth()
        .getOwnServiceCredentials();
      // Billing 4 + Checkout 7 + Fraud Detection 5 + Payments Core 7 + Security 4 people.
      const adopters = await service.audienceOf(
        { toolRefs: [SECRETS], roadmapItemIds: [], earlyAccess: false },
        serviceCredentials,
      );
      expect(adopters).toHaveLength(27);
      expect(adopters).toContain('user:default/liam.walsh');
      expect(adopters).not.toContain('user:default/alex.morgan');

      const item = await roadmap.create(
        {
          ...roadmapItemFields({
            title: 'Self-service secrets',
            toolRefs: [SECRETS],
          }),
          lane: 'now',
        },
        SVEN,
        new Date(),
      );
      await roadmap.vote(item, 'user:default/rafael.costa', [], new Date());
      const nomination = await champions.nominate(
        {
          nomineeRef: 'user:default/alex.morgan',
          teamRef: 'group:default/storefront',
          nominatorRef: 'user:default/alex.morgan',
          reason: 'x',
          focusAreas: [],
        },
        new Date(),
      );
      await champions.approve(nomination, SVEN, undefined, new Date());
      const everyone = await service.audienceOf(
        { toolRefs: [SECRETS], roadmapItemIds: [item], earlyAccess: false },
        serviceCredentials,
      );
      expect(everyone).toHaveLength(27 + 2);
      expect(everyone).toEqual(
        expect.arrayContaining([
          'user:default/rafael.costa',
          'user:default/alex.morgan',
        ]),
      );
      // Early-access entries reach the champions only.
      expect(
        await service.audienceOf(
          { toolRefs: [SECRETS], roadmapItemIds: [item], earlyAccess: true },
          serviceCredentials,
        ),
      ).toEqual(['user:default/alex.morgan']);
    },
  );

  it.each(databases.eachSupportedId())(
    'publishes a scheduled entry once, even when two replicas run the task, on %p',
    async databaseId => {
      const { service, recipients, setClock, events } = await create(
        databaseId,
      );
      const scheduled = await service.create(
        {
          ...entry,
          status: 'scheduled',
          publishAt: new Date('2026-11-20T11:00:00Z'),
        },
        credentials,
      );
      await service.runScheduled();
      expect(recipients()).toEqual([]);
      expect(events.published).toEqual([]);

      setClock(new Date('2026-11-20T11:00:30Z'));
      await Promise.all([service.runScheduled(), service.runScheduled()]);
      await service.runScheduled();
      expect(recipients()).toHaveLength(27);
      expect(new Set(recipients()).size).toBe(27);
      // One event, by the replica whose publish committed, on the topic other plugins read.
      expect(events.published).toEqual([
        {
          topic: 'platform-product',
          metadata: { eventType: 'changelog.entry-published.v1' },
          eventPayload: {
            eventId: expect.stringMatching(/^[0-9a-f-]{36}$/),
            eventType: 'changelog.entry-published.v1',
            occurredAt: expect.any(String),
            actorRef: SVEN,
            entryId: scheduled.id,
            title: entry.title,
            category: 'improved',
            toolRefs: [SECRETS],
            roadmapItemIds: [],
            earlyAccess: false,
            link: `/platform-product/changelog/${scheduled.id}`,
          },
        },
      ]);
      const published = await service.get(scheduled.id, {
        credentials,
        write: true,
      });
      expect(published).toMatchObject({
        status: 'published',
        publishedAt: '2026-11-20T11:00:30.000Z',
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps the entry and retries the notifications when sending fails, on %p',
    async databaseId => {
      const { service, sent, recipients } = await create(databaseId, {
        failSends: 1,
      });
      const published = await service.create(
        { ...entry, category: 'breaking', status: 'published' },
        credentials,
      );
      expect(published.status).toBe('published');
      expect(sent).toEqual([]);
      await service.runScheduled();
      expect(recipients()).toHaveLength(27);
      expect(sent[0].payload).toMatchObject({
        title: 'Breaking change: Rotation without restarts',
        topic: 'changelog-breaking',
        severity: 'high',
        link: `/platform-product/changelog/${published.id}`,
      });
      await service.runScheduled();
      expect(recipients()).toHaveLength(27);
    },
  );

  it.each(databases.eachSupportedId())(
    'notifies each person once when a sender dies between sending and marking sent, on %p',
    async databaseId => {
      const { db, replica, setClock } = await create(databaseId);
      const backend = notificationsBackend();
      // Replica A sends the first batch, then is killed before it can mark it sent.
      const killed = new Error('replica A was killed');
      const dying = new ChangelogOutboxStore(db);
      jest.spyOn(dying, 'markDelivered').mockRejectedValue(killed);
      jest.spyOn(dying, 'releaseDeliveries').mockRejectedValue(killed);
      await expect(
        replica({ outbox: dying, notifications: backend }).create(
          { ...entry, status: 'published' },
          credentials,
        ),
      ).rejects.toThrow(killed);
      const { id } = await db('platform_product_changelog_entries').first('id');
      const sentByA = backend.calls.length;
      expect(sentByA).toBe(1);

      // After the claim timeout, replica B takes over A's claim and sends the rest.
      setClock(new Date('2026-11-20T10:06:00Z'));
      const b = replica({ notifications: backend });
      await b.runScheduled();
      await b.runScheduled();

      // Everyone of the 27 people is notified, and has one notification of the entry.
      expect(backend.inbox).toHaveLength(27);
      expect(new Set(backend.inbox.map(n => n.userRef)).size).toBe(27);
      // What A sent is sent again (at most one batch), with the same scope.
      const repeated = backend.inbox.filter(n => n.sends === 2);
      expect(repeated.length).toBeGreaterThan(0);
      expect(repeated.length).toBeLessThanOrEqual(25);
      expect(backend.inbox.every(n => n.sends <= 2)).toBe(true);
      expect(new Set(backend.calls.map(call => call.payload.scope))).toEqual(
        new Set([`platform-product:changelog:${id}`]),
      );
      expect(
        await db('platform_product_changelog_deliveries').whereNull('sent_at'),
      ).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'leaves the entry unpublished when shipping its roadmap items fails, and ships them with the next publish, on %p',
    async databaseId => {
      const { db, service, roadmap, recipients } = await create(databaseId);
      const items = [
        await roadmap.create(
          { ...roadmapItemFields({ title: 'Rotation' }), lane: 'now' },
          SVEN,
          new Date(),
        ),
        await roadmap.create(
          { ...roadmapItemFields({ title: 'Audit log' }), lane: 'next' },
          SVEN,
          new Date(),
        ),
      ];
      const draft = await service.create(
        { ...entry, roadmapItemIds: items, status: 'draft' },
        credentials,
      );
      const ship = roadmap.shipByChangelog.bind(roadmap);
      const shipping = jest
        .spyOn(roadmap, 'shipByChangelog')
        .mockImplementation(async (...args) => {
          await ship(...args);
          throw new Error('connection lost while shipping');
        });
      await expect(service.publishNow(draft.id, credentials)).rejects.toThrow(
        'connection lost while shipping',
      );
      // A new entry created as published is not created at all.
      await expect(
        service.create(
          { ...entry, roadmapItemIds: items, status: 'published' },
          credentials,
        ),
      ).rejects.toThrow('connection lost while shipping');
      expect(
        await db('platform_product_changelog_entries').pluck('status'),
      ).toEqual(['draft']);
      expect(await db('platform_product_changelog_deliveries')).toEqual([]);
      for (const id of items) {
        expect(await roadmap.get(id)).toMatchObject({
          status: 'active',
          changelogEntryIds: [],
          version: 1,
        });
      }
      expect(recipients()).toEqual([]);

      shipping.mockRestore();
      await service.publishNow(draft.id, credentials);
      expect(
        (await service.get(draft.id, { credentials, write: true })).status,
      ).toBe('published');
      for (const id of items) {
        expect(await roadmap.get(id)).toMatchObject({
          status: 'shipped',
          changelogEntryIds: [draft.id],
        });
      }
      expect(recipients()).toHaveLength(27);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps a scheduled entry scheduled when shipping fails, and publishes it on the next run, on %p',
    async databaseId => {
      const { service, roadmap, recipients, setClock } = await create(
        databaseId,
      );
      const item = await roadmap.create(
        { ...roadmapItemFields({ title: 'Rotation' }), lane: 'now' },
        SVEN,
        new Date(),
      );
      const scheduled = await service.create(
        {
          ...entry,
          roadmapItemIds: [item],
          status: 'scheduled',
          publishAt: new Date('2026-11-20T11:00:00Z'),
        },
        credentials,
      );
      jest
        .spyOn(roadmap, 'shipByChangelog')
        .mockRejectedValueOnce(new Error('connection lost while shipping'));
      setClock(new Date('2026-11-20T11:00:30Z'));
      await service.runScheduled();
      expect(
        (await service.get(scheduled.id, { credentials, write: true })).status,
      ).toBe('scheduled');
      expect((await roadmap.get(item))?.status).toBe('active');
      expect(recipients()).toEqual([]);

      setClock(new Date('2026-11-20T11:01:30Z'));
      await service.runScheduled();
      expect(
        (await service.get(scheduled.id, { credentials, write: true })).status,
      ).toBe('published');
      expect(await roadmap.get(item)).toMatchObject({
        status: 'shipped',
        changelogEntryIds: [scheduled.id],
      });
      expect(recipients()).toHaveLength(27);
    },
  );

  it.each(databases.eachSupportedId())(
    'ships every linked item exactly once when two replicas publish at once, on %p',
    async databaseId => {
      const { service, replica, roadmap, recipients, events } = await create(
        databaseId,
      );
      const now = new Date();
      const items = await Promise.all(
        ['Rotation', 'Audit log', 'Leases'].map(title =>
          roadmap.create(
            { ...roadmapItemFields({ title }), lane: 'now' },
            SVEN,
            now,
          ),
        ),
      );
      await roadmap.kill(items[2], 1, 'Not needed', SVEN, now);
      const draft = await service.create(
        { ...entry, roadmapItemIds: items, status: 'draft' },
        credentials,
      );
      const published = await Promise.all([
        service.publishNow(draft.id, credentials),
        replica().publishNow(draft.id, credentials),
      ]);
      expect(published.map(e => e.status)).toEqual(['published', 'published']);

      for (const id of items.slice(0, 2)) {
        expect(await roadmap.get(id)).toMatchObject({
          status: 'shipped',
          changelogEntryIds: [draft.id],
          version: 2,
        });
        const shipped = (await roadmap.history(id)).filter(
          h => h.kind === 'shipped',
        );
        expect(shipped).toHaveLength(1);
      }
      // A killed item stays killed, and lists the entry once.
      expect(await roadmap.get(items[2])).toMatchObject({
        status: 'killed',
        changelogEntryIds: [draft.id],
      });
      expect(recipients()).toHaveLength(27);
      expect(new Set(recipients()).size).toBe(27);
      // The entry once, and the two items it shipped (not the killed one), once each.
      expect(
        events.payloads().map(e => [e.eventType, e.entryId ?? e.itemId]),
      ).toEqual([
        ['changelog.entry-published.v1', draft.id],
        ['roadmap.item-shipped.v1', items[0]],
        ['roadmap.item-shipped.v1', items[1]],
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'ships the feedback planned against its roadmap items and tells their people once, even when two replicas publish, on %p',
    async databaseId => {
      const { service, replica, roadmap, feedbackStore, sent, recipients } =
        await create(databaseId);
      const ALEX = 'user:default/alex.morgan';
      const LIAM = 'user:default/liam.walsh';
      const item = await roadmap.create(
        { ...roadmapItemFields({ title: 'Rotation' }), lane: 'now' },
        SVEN,
        new Date(),
      );
      const feedback = await feedbackStore.create(
        {
          toolRef: SECRETS,
          kind: 'idea',
          title: 'Rotate without restarts',
          body: '',
          authorKey: 'key',
          authorSalt: 'salt',
          authorRef: ALEX,
        },
        new Date(),
      );
      await feedbackStore.changeStatus(
        feedback,
        'new',
        { status: 'planned', roadmapItemId: item },
        SVEN,
        new Date(),
      );
      // Liam adopts Secrets Manager (in the entry's audience) and +1'd; Sven publishes.
      for (const voter of [LIAM, SVEN]) {
        await feedbackStore.vote(feedback, voter, new Date());
      }
      const draft = await service.create(
        { ...entry, roadmapItemIds: [item], status: 'draft' },
        credentials,
      );

      await Promise.all([
        service.publishNow(draft.id, credentials),
        replica().publishNow(draft.id, credentials),
      ]);
      await service.runScheduled();
      await replica().runScheduled();

      expect(await feedbackStore.get(feedback)).toMatchObject({
        status: 'shipped',
        roadmapItemId: item,
        changelogEntryId: draft.id,
      });
      expect(await feedbackStore.repairCounts()).toBe(0);
      // The 27 adopters and Alex, each once; Alex and Liam hear about their feedback.
      expect(recipients()).toHaveLength(28);
      expect(new Set(recipients()).size).toBe(28);
      const aboutFeedback = sent.filter(
        n => n.payload.topic === 'feedback-shipped',
      );
      expect(
        aboutFeedback.flatMap(n =>
          n.recipients.type === 'entity' ? n.recipients.entityRef : [],
        ),
      ).toEqual([ALEX, LIAM]);
      for (const notification of aboutFeedback) {
        expect(notification.payload).toMatchObject({
          title: 'Feedback "Rotate without restarts" has shipped',
          description: 'It shipped with "Rotation without restarts".',
          link: `/platform-product/feedback/${feedback}`,
          scope: `platform-product:changelog:${draft.id}`,
        });
      }
    },
  );
});

/**
 * The notifications backend, as far as a re-send goes (`sendUserNotification`): a notification
 * with a scope replaces the person's notification of that scope; without one, each send adds one.
 */
function notificationsBackend() {
  const calls: NotificationSendOptions[] = [];
  const inbox: { userRef: string; scope?: string; sends: number }[] = [];
  return {
    calls,
    inbox,
    send: async (options: NotificationSendOptions) => {
      calls.push(options);
      const { recipients, payload } = options;
      const userRefs =
        recipients.type === 'entity' ? [recipients.entityRef].flat() : [];
      for (const userRef of new Set(userRefs)) {
        const earlier =
          payload.scope &&
          inbox.find(n => n.userRef === userRef && n.scope === payload.scope);
        if (earlier) earlier.sends++;
        else inbox.push({ userRef, scope: payload.scope, sends: 1 });
      }
    },
  };
}
