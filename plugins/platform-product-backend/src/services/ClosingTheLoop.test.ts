import { AppLinks } from '../lib/appLinks';
import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { ChangelogStore } from '../database/ChangelogStore';
import { EvidenceSource, EvidenceStore } from '../database/EvidenceStore';
import { FeedbackStore } from '../database/FeedbackStore';
import { migrationsDir } from '../database/migrations';
import { RatingsStore } from '../database/RatingsStore';
import { ResearchStore } from '../database/ResearchStore';
import { RoadmapStore } from '../database/RoadmapStore';
import { roadmapItemFields } from '../__testUtils__/roadmapItemFields';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { draftChangelogEntry } from '../__testUtils__/draftChangelogEntry';
import { ClosingTheLoop, LoopTransitionOf } from './ClosingTheLoop';
import { FeedbackService } from './FeedbackService';
import { RatingsService } from './RatingsService';
import { ResearchService } from './ResearchService';

jest.setTimeout(60_000);

const now = new Date('2026-12-14T10:00:00Z');
const user = (name: string) => `user:default/${name}`;
const SVEN = user('sven.eriksen');
const ALEX = user('alex.morgan');
const CHLOE = user('chloe.dubois');
const RAFAEL = user('rafael.costa');
const DANA = user('dana.kim');
const EMMA = user('emma.stone');
const TOOL = 'api:default/secrets-api';

describe('ClosingTheLoop', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  /**
   * The loop on a real database, with a roadmap item behind which are feedback by Alex
   * (+1 Chloe), anonymous feedback (+1 Chloe) and a vote by Rafael; `replica()` is one
   * more backend replica on the same database.
   */
  async function create(databaseId: any) {
    const db = await databases.init(databaseId);
    await db.migrate.latest({ directory: migrationsDir });
    const roadmap = new RoadmapStore(db);
    const feedbackStore = new FeedbackStore(db);
    const changelog = new ChangelogStore(db);
    const evidence = new EvidenceStore(db);
    const sent: NotificationSendOptions[] = [];
    const appLinks = new AppLinks({
      appBaseUrl: '',
      mountPath: '/platform-product',
    });
    const feedback = new FeedbackService({
      appLinks,
      store: feedbackStore,
      directory: {} as any,
      notifications: { send: async () => {} },
      logger: mockServices.logger.mock(),
      secret: 'a-test-secret-of-16-characters',
      events: { publish: async () => {} } as any,
      live: { changed: async () => {} } as any,
      links: { roadmapItems: roadmap, changelogEntries: changelog },
      earlyAccess: { mayAccess: async () => false },
    });
    const researchStore = new ResearchStore(db);
    const ratingsStore = new RatingsStore(db);
    // Only their stores are needed to find the people behind their evidence.
    const research = new ResearchService({
      store: researchStore,
      champions: { isActiveChampion: async () => false },
    });
    const ratings = new RatingsService({
      store: ratingsStore,
    } as ConstructorParameters<typeof RatingsService>[0]);
    const replica = () =>
      new ClosingTheLoop({
        appLinks,
        store: new EvidenceStore(db),
        kinds: {
          feedback: feedback.evidenceLoop,
          'research-note': research.evidenceLoop,
          'research-quote': research.evidenceLoop,
          'rating-comment': ratings.evidenceLoop,
        },
        voters: (tx, itemId) => roadmap.voterRefs(itemId, tx),
        item: itemId => roadmap.get(itemId),
        publicEntryTitles: ids =>
          changelog.titles(ids, { includeEarlyAccess: false, now }),
        notifications: {
          send: async options => {
            sent.push(options);
          },
        },
        logger: mockServices.logger.mock(),
        now: () => now,
      });
    const itemId = await roadmap.create(
      { ...roadmapItemFields({ title: 'Rotate secrets' }), lane: 'next' },
      SVEN,
      now,
    );
    const newFeedback = (authorRef?: string) =>
      feedbackStore.create(
        {
          toolRef: TOOL,
          kind: 'idea',
          title: 'Rotate without restarts',
          body: '',
          authorKey: 'key',
          authorSalt: 'salt',
          authorRef,
        },
        now,
      );
    const named = await newFeedback(ALEX);
    const anonymous = await newFeedback(undefined);
    for (const id of [named, anonymous]) {
      await feedbackStore.vote(id, CHLOE, now);
      await evidence.link(
        itemId,
        { sourceKind: 'feedback', sourceId: id },
        SVEN,
        now,
      );
    }
    await roadmap.vote(itemId, RAFAEL, [], now);
    const linkEvidence = (source: EvidenceSource) =>
      evidence.link(itemId, source, SVEN, now);
    /** An interview note whose interviewee is `intervieweeRef`, named when they agreed. */
    const interview = async (intervieweeRef: string, agreed: boolean) => {
      const id = await researchStore.create(
        {
          kind: 'interview',
          title: 'Secrets by hand',
          date: now,
          teamRefs: [],
          toolRefs: [TOOL],
          agreedToBeNamed: agreed,
          intervieweeRef,
          frictionPoints: [],
          toolsUsed: [],
          quotes: [{ text: 'I wish rotation were automatic' }],
          painPoints: [],
          surprises: [],
          assumptions: [],
          actions: [],
          body: '',
        },
        SVEN,
        now,
      );
      return (await researchStore.get(id))!;
    };
    /** The id of the comment of a rating by `raterRef`, signed or not. */
    const rate = async (raterRef: string, signed: boolean) => {
      await ratingsStore.set(
        {
          toolRef: TOOL,
          raterKey: `key-${raterRef}`,
          userRef: signed ? raterRef : undefined,
          stars: 2,
          comment: `Manual (${raterRef})`,
        },
        now,
      );
      const page = await ratingsStore.listComments(TOOL, {
        limit: 100,
        offset: 0,
      });
      return page.items.find(c => c.comment === `Manual (${raterRef})`)!
        .commentId;
    };
    const close = (
      loop: ClosingTheLoop,
      transition: Partial<LoopTransitionOf> = {},
    ) =>
      db.transaction(tx =>
        loop.close(tx, {
          itemId,
          transition: 'now',
          actorRef: SVEN,
          now,
          ...transition,
        }),
      );
    /** Each person told, with the topics they were told under. */
    const toldPeople = () =>
      sent.flatMap(n =>
        (n.recipients as { entityRef: string[] }).entityRef.map(
          ref => `${ref} ${n.payload.topic}`,
        ),
      );
    return {
      db,
      itemId,
      named,
      anonymous,
      feedbackStore,
      changelog,
      replica,
      close,
      sent,
      toldPeople,
      linkEvidence,
      interview,
      rate,
    };
  }

  describe('close', () => {
    it.each(databases.eachSupportedId())(
      'queues everyone behind the item once per transition, never an anonymous author, on %p',
      async databaseId => {
        const { replica, close, toldPeople } = await create(databaseId);
        const loop = replica();

        const first = await close(loop);
        // Moved to Now again (after Now → Next): nobody is queued twice.
        const again = await close(loop);
        await loop.deliver();

        expect(first).toEqual({ queued: 3, settled: {} });
        expect(again).toEqual({ queued: 0, settled: {} });
        expect(toldPeople().sort()).toEqual([
          `${ALEX} roadmap-now`,
          `${CHLOE} roadmap-now`,
          `${RAFAEL} roadmap-now`,
        ]);
      },
    );

    it.each(databases.eachSupportedId())(
      'tells named interviewees and signed raters once per transition, whatever else they are behind, never an anonymous rater, on %p',
      async databaseId => {
        const { replica, close, toldPeople, linkEvidence, interview, rate } =
          await create(databaseId);
        // Alex wrote the feedback and agreed to be named in an interview (linked by a quote and
        // as a note); Dana's interview did not name her; Rafael voted and signed his rating;
        // Emma signed hers; Dana rated anonymously.
        const alexNote = await interview(ALEX, true);
        await linkEvidence({
          sourceKind: 'research-quote',
          sourceId: alexNote.id,
          sourcePart: alexNote.quotes[0].id,
        });
        await linkEvidence({
          sourceKind: 'research-note',
          sourceId: alexNote.id,
        });
        const danaNote = await interview(DANA, false);
        await linkEvidence({
          sourceKind: 'research-note',
          sourceId: danaNote.id,
        });
        for (const [rater, signed] of [
          [RAFAEL, true],
          [EMMA, true],
          [DANA, false],
        ] as const) {
          await linkEvidence({
            sourceKind: 'rating-comment',
            sourceId: await rate(rater, signed),
          });
        }
        const loop = replica();

        await close(loop);
        const shipped = await close(loop, { transition: 'shipped' });
        const again = await close(loop, { transition: 'shipped' });
        await loop.deliver();

        expect(shipped.queued).toBe(4);
        expect(again.queued).toBe(0);
        expect(toldPeople().sort()).toEqual([
          `${ALEX} roadmap-now`,
          `${ALEX} roadmap-shipped`,
          `${CHLOE} roadmap-now`,
          `${CHLOE} roadmap-shipped`,
          `${EMMA} roadmap-now`,
          `${EMMA} roadmap-shipped`,
          `${RAFAEL} roadmap-now`,
          `${RAFAEL} roadmap-shipped`,
        ]);
      },
    );

    it.each(databases.eachSupportedId())(
      'moves the linked feedback to shipped in the transition’s transaction, and undoes it with it, on %p',
      async databaseId => {
        const { db, itemId, named, anonymous, feedbackStore, replica } =
          await create(databaseId);
        const loop = replica();
        const ship = (tx: any) =>
          loop.close(tx, {
            itemId,
            transition: 'shipped',
            actorRef: SVEN,
            now,
          });

        await expect(
          db.transaction(async tx => {
            await ship(tx);
            throw new Error('the shipment failed later');
          }),
        ).rejects.toThrow('the shipment failed later');
        expect((await feedbackStore.get(named))?.status).toBe('new');

        const outcome = await db.transaction(ship);
        expect(outcome).toEqual({
          queued: 3,
          settled: { feedback: [named, anonymous] },
        });
        for (const id of [named, anonymous]) {
          expect(await feedbackStore.get(id)).toMatchObject({
            status: 'shipped',
            roadmapItemId: itemId,
          });
        }
      },
    );
  });

  describe('deliver', () => {
    it.each(databases.eachSupportedId())(
      'holds a shipment’s notices until its changelog entry is published, then names it, on %p',
      async databaseId => {
        const { changelog, replica, close, sent } = await create(databaseId);
        const entryId = await draftChangelogEntry(
          changelog,
          'Secrets rotate',
          now,
        );
        const loop = replica();
        await close(loop, { transition: 'shipped', changelogEntryId: entryId });

        await loop.deliver();
        expect(sent).toEqual([]);

        await changelog.publish(entryId, [], SVEN, now);
        await loop.deliver();
        expect(sent.map(n => n.payload.description)).toEqual([
          'See "Secrets rotate".',
        ]);
      },
    );

    it.each(databases.eachSupportedId())(
      'tells each person once when two replicas make and deliver the same transition at the same time, on %p',
      async databaseId => {
        const { replica, close, toldPeople } = await create(databaseId);
        const [one, two] = [replica(), replica()];

        const outcomes = await Promise.all([close(one), close(two)]);
        await Promise.all([one.deliver(), two.deliver()]);

        expect(outcomes.map(o => o.queued).sort()).toEqual([0, 3]);
        expect(toldPeople().sort()).toEqual([
          `${ALEX} roadmap-now`,
          `${CHLOE} roadmap-now`,
          `${RAFAEL} roadmap-now`,
        ]);
      },
    );
  });
});
