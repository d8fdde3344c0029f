import { TestDatabases } from '@backstage/backend-test-utils';
import { roadmapItemFields } from '../__testUtils__/roadmapItemFields';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { TeamRecord } from '../catalog/CatalogDirectory';
import { EvidenceStore } from '../database/EvidenceStore';
import { FeedbackStore } from '../database/FeedbackStore';
import { RatingsStore } from '../database/RatingsStore';
import { SurveysStore } from '../database/SurveysStore';
import { migrationsDir } from '../database/migrations';
import { ResearchNoteFields, ResearchStore } from '../database/ResearchStore';
import { RoadmapStore } from '../database/RoadmapStore';
import { UsageStore } from '../database/UsageStore';
import { EvidenceService } from './EvidenceService';
import { RatingsService } from './RatingsService';
import { SurveysService } from './SurveysService';

jest.setTimeout(60_000);

const now = new Date('2026-12-14T10:00:00Z');
const CI = 'component:default/ci-pipelines';
const user = (name: string) => `user:default/${name}`;
const team = (name: string, members: string[]): TeamRecord => ({
  ref: `group:default/${name}`,
  name,
  title: name[0].toUpperCase() + name.slice(1),
  memberCount: members.length,
  memberRefs: members.map(user),
});
const TEAMS = [
  team('checkout', ['ana', 'ben', 'cem']),
  team('search', ['dia', 'eli']),
  team('payments', ['fay']),
  team('mobile', ['gus']),
];
const feedback = (sourceId: number) =>
  ({ sourceKind: 'feedback', sourceId } as const);

describe('EvidenceService', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  async function setUp(databaseId: any, minGroupSize = 3) {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: migrationsDir });
    const roadmap = new RoadmapStore(knex);
    const feedbackStore = new FeedbackStore(knex);
    const usage = new UsageStore(knex);
    const ratingsStore = new RatingsStore(knex);
    const surveysStore = new SurveysStore(knex);
    const research = new ResearchStore(knex);
    // Only their stores are needed to read comments as evidence.
    const service = new EvidenceService({
      store: new EvidenceStore(knex),
      feedback: feedbackStore,
      comments: {
        'rating-comment': new RatingsService({
          store: ratingsStore,
        } as ConstructorParameters<typeof RatingsService>[0]),
        'survey-comment': new SurveysService({
          store: surveysStore,
        } as ConstructorParameters<typeof SurveysService>[0]),
      },
      research,
      usage: {
        teamsUsing: (tools, teams) =>
          usage.teamsUsing(tools, teams, '2026-11-14'),
      },
      minGroupSize,
      activeDays: 30,
      now: () => now,
    });
    const item = await roadmap.create(
      { ...roadmapItemFields(), lane: 'now' },
      user('sven'),
      now,
    );
    const send = async (
      title: string,
      author: string | undefined,
      voters: string[] = [],
    ) => {
      const id = await feedbackStore.create(
        {
          toolRef: CI,
          kind: 'idea',
          title,
          body: '',
          authorKey: `key-${title}`,
          authorSalt: `salt-${title}`,
          authorRef: author && user(author),
        },
        now,
      );
      for (const voter of voters)
        await feedbackStore.vote(id, user(voter), now);
      return id;
    };
    const demand = async (voterRefs: string[] = [], readResearch = true) =>
      service.demand({
        item: { toolRefs: [CI], requestingTeamRefs: [TEAMS[3].ref] },
        behind: (await service.behind([item]))!.get(item)!,
        teams: TEAMS,
        voterRefs,
        reach: 42,
        readResearch,
      });
    const rate = async (rater: string, comment: string, signed: boolean) => {
      await ratingsStore.set(
        {
          toolRef: CI,
          raterKey: `rater-${rater}`,
          userRef: signed ? user(rater) : undefined,
          teamRef: TEAMS.find(t => t.memberRefs.includes(user(rater)))?.ref,
          stars: 2,
          comment,
        },
        now,
      );
      const page = await ratingsStore.listComments(CI, {
        limit: 100,
        offset: 0,
      });
      return page.items.find(c => c.comment === comment)!.commentId;
    };
    const survey = await surveysStore.create(
      {
        title: 'Q4 NPS',
        question: 'Would you recommend CI?',
        toolRef: CI,
        teamRefs: [],
        opensAt: now,
        closesAt: new Date('2026-12-31T00:00:00Z'),
      },
      user('sven'),
      now,
    );
    const answer = async (respondent: string, reason: string) => {
      await surveysStore.answer(
        {
          surveyId: survey,
          respondentKey: `respondent-${respondent}`,
          score: 3,
          reason,
          teamRef: TEAMS.find(t => t.memberRefs.includes(user(respondent)))!
            .ref,
        },
        now,
      );
      const page = await surveysStore.listComments(survey, {
        limit: 100,
        offset: 0,
      });
      return page.items.find(c => c.reason === reason)!.commentId!;
    };
    const note = async (fields: Partial<ResearchNoteFields>) => {
      const id = await research.create(
        {
          kind: 'interview',
          title: 'Interview',
          date: now,
          teamRefs: [],
          toolRefs: [],
          agreedToBeNamed: false,
          frictionPoints: [],
          toolsUsed: [],
          quotes: [{ text: 'I wish builds were cached' }],
          painPoints: [],
          surprises: [],
          assumptions: [],
          actions: [],
          body: '',
          ...fields,
        },
        user('sven'),
        now,
      );
      return (await research.get(id))!;
    };
    return { knex, service, item, send, demand, rate, answer, note };
  }

  const ratingComment = (sourceId: number) =>
    ({ sourceKind: 'rating-comment', sourceId } as const);
  const surveyComment = (sourceId: number) =>
    ({ sourceKind: 'survey-comment', sourceId } as const);

  it.each(databases.eachSupportedId())(
    'refuses rating and survey comments that do not exist (404, naming the kind), on %p',
    async databaseId => {
      const { service, item } = await setUp(databaseId);
      await expect(
        service.link(item, ratingComment(12345), user('sven')),
      ).rejects.toThrow('No rating comment with id 12345');
      await expect(
        service.link(item, surveyComment(12345), user('sven')),
      ).rejects.toThrow('No survey comment with id 12345');
    },
  );

  it.each(databases.eachSupportedId())(
    'shows linked rating and survey comments by kind: a signed rating counts its rater, an anonymous rating and every survey comment one anonymous contribution, on %p',
    async databaseId => {
      const { service, item, send, demand, rate, answer } = await setUp(
        databaseId,
      );
      const feedbackId = await send('Cache misses', 'ana');
      const signed = await rate('ben', 'Builds are slow', true);
      const unsigned = await rate('dia', 'Flaky runners', false);
      const why = await answer('fay', 'Caching would help');
      await service.link(item, feedback(feedbackId), user('sven'));
      for (const source of [
        ratingComment(signed),
        ratingComment(unsigned),
        surveyComment(why),
      ]) {
        expect((await service.link(item, source, user('sven'))).created).toBe(
          true,
        );
      }

      const result = await demand();
      expect(result.kinds).toEqual([
        'feedback',
        'rating-comment',
        'survey-comment',
      ]);
      expect(result.comments.map(c => [c.sourceKind, c.comment])).toEqual([
        [
          'rating-comment',
          { text: 'Builds are slow', score: 2, toolRef: CI, anonymous: false },
        ],
        [
          'rating-comment',
          { text: 'Flaky runners', score: 2, toolRef: CI, anonymous: true },
        ],
        [
          'survey-comment',
          {
            text: 'Caching would help',
            score: 3,
            toolRef: CI,
            surveyTitle: 'Q4 NPS',
            anonymous: true,
          },
        ],
      ]);
      // ana (feedback) and ben (signed rating) named; dia's rating and fay's answer anonymous.
      expect(result.people).toEqual({ total: 4, anonymous: 2 });
      expect(result.evidenceTeams.map(t => t.teamRef)).toEqual([
        'group:default/checkout',
      ]);
      const text = JSON.stringify(result);
      for (const secret of ['dia', 'fay', 'respondent-', 'rater-']) {
        expect(text).not.toContain(secret);
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'gives a survey comment no team: linking one changes no team list or count, only the anonymous contributions, so nothing can be learnt by subtraction, on %p',
    async databaseId => {
      const { service, item, send, demand, answer } = await setUp(databaseId);
      const a = await send('Cache misses', 'ana', ['ben']);
      await service.link(item, feedback(a), user('sven'));
      const before = await demand([user('eli')]);
      const priorBehind = (await service.behind([item])).get(item)!;
      // Gus is the only person of Mobile: a team derived from his answer would single him out.
      const gus = await answer('gus', 'I wish builds were faster');
      await service.link(item, surveyComment(gus), user('sven'));

      const after = await demand([user('eli')]);
      expect(after.evidenceTeams).toEqual(before.evidenceTeams);
      expect(after.voterTeams).toEqual(before.voterTeams);
      expect(after.people.total - before.people.total).toBe(1);
      expect(after.people.anonymous - before.people.anonymous).toBe(1);
      const afterBehind = (await service.behind([item])).get(item)!;
      expect(afterBehind.named).toEqual(priorBehind.named);
      const priorities = (b: typeof afterBehind) =>
        service.priorities(
          [
            {
              id: item,
              title: 't',
              lane: 'now',
              riceScore: 1,
              voteCount: 0,
              reach: 1,
              confidence: 1,
            },
          ],
          new Map([[item, b]]),
          TEAMS,
        )[0].evidence;
      expect(priorities(afterBehind).teams).toBe(priorities(priorBehind).teams);
      expect(JSON.stringify(after.evidenceTeams)).not.toContain('mobile');
    },
  );

  it.each(databases.eachSupportedId())(
    'drops a comment changed since it was linked (the link names that version), on %p',
    async databaseId => {
      const { service, item, demand, rate } = await setUp(databaseId);
      const first = await rate('ben', 'Builds are slow', true);
      await service.link(item, ratingComment(first), user('sven'));
      await rate('ben', 'Builds are fine now', true);
      const result = await demand();
      expect(result.comments).toEqual([]);
      expect(result.people).toEqual({ total: 0, anonymous: 0 });
      expect(result.kinds).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses a feedback item that does not exist (404), on %p',
    async databaseId => {
      const { service, item } = await setUp(databaseId);
      await expect(
        service.link(item, feedback(999), user('sven')),
      ).rejects.toMatchObject({ name: 'NotFoundError' });
    },
  );

  it.each(databases.eachSupportedId())(
    'links at most 200 sources to an item (409 then), and linking one of them again still answers with its link, on %p',
    async databaseId => {
      const { knex, service, item, send } = await setUp(databaseId);
      const first = await send('First', 'ana');
      const { link } = await service.link(item, feedback(first), user('sven'));
      await knex.batchInsert(
        'platform_product_roadmap_evidence',
        Array.from({ length: 199 }, (_, i) => ({
          roadmap_item_id: item,
          source_kind: 'feedback',
          source_id: String(1000 + i),
          linked_by: user('sven'),
          linked_at: now,
        })),
        50,
      );
      const next = await send('One too many', 'ben');
      await expect(
        service.link(item, feedback(next), user('sven')),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      await expect(
        service.link(item, feedback(first), user('sven')),
      ).resolves.toEqual({ link, created: false });
    },
  );

  it.each(databases.eachSupportedId())(
    'counts each person once across linked feedback (authors and +1ers), anonymous items as contributions, on %p',
    async databaseId => {
      const { service, item, send, demand } = await setUp(databaseId);
      const a = await send('Cache misses', 'ana', ['ben', 'cem', 'dia']);
      const b = await send('Slow cache', 'ben', ['ana']);
      const c = await send('Cache please', undefined, ['eli']);
      for (const id of [a, b, c]) {
        await service.link(item, feedback(id), user('sven'));
      }
      await service.link(item, feedback(a), user('sven'));

      const result = await demand();
      expect(result.feedback.map(f => f.feedback.id)).toEqual([a, b, c]);
      expect(result.feedback[2].feedback).toEqual({
        id: c,
        title: 'Cache please',
        status: 'new',
        voteCount: 1,
        toolRef: CI,
        anonymous: true,
      });
      expect(JSON.stringify(result)).not.toContain('key-Cache please');
      // ana, ben, cem, dia, eli named; one anonymous author.
      expect(result.people).toEqual({ total: 6, anonymous: 1 });
      expect(result.kinds).toEqual(['feedback']);
      expect(result.requestingTeams).toEqual([
        { teamRef: 'group:default/mobile', title: 'Mobile' },
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'names the teams behind the evidence but shows their numbers only from the minimum group size, and never gives an anonymous author a team, on %p',
    async databaseId => {
      const { service, item, send, demand } = await setUp(databaseId);
      const a = await send('Cache misses', 'ana', ['ben', 'cem', 'dia']);
      const anonymous = await send('From payments', undefined);
      await service.link(item, feedback(a), user('sven'));
      await service.link(item, feedback(anonymous), user('sven'));

      const result = await demand([user('fay'), user('gus')]);
      expect(result.evidenceTeams).toEqual([
        { teamRef: 'group:default/checkout', title: 'Checkout', people: 3 },
        { teamRef: 'group:default/search', title: 'Search', people: null },
      ]);
      expect(result.voterTeams).toEqual([
        { teamRef: 'group:default/mobile', title: 'Mobile', people: null },
        { teamRef: 'group:default/payments', title: 'Payments', people: null },
      ]);
      expect(result.kinds).toEqual(['feedback', 'votes']);
    },
  );

  it.each(databases.eachSupportedId())(
    'suggests 50 % with little evidence, 80 % with two kinds from three teams, 100 % when those teams use the tools, on %p',
    async databaseId => {
      const { knex, service, item, send, demand } = await setUp(databaseId);
      const a = await send('Cache misses', 'ana', ['dia']);
      await service.link(item, feedback(a), user('sven'));
      expect((await demand()).suggestion).toEqual({
        reach: 42,
        confidence: 0.5,
        confidenceRule: 'little-evidence',
      });

      expect((await demand([user('fay')])).suggestion).toMatchObject({
        confidence: 0.8,
        confidenceRule: 'two-kinds-three-teams',
      });

      await knex('platform_product_usage_daily').insert({
        tool_ref: CI,
        team_ref: 'group:default/payments',
        person_key: 'k',
        day: '2026-12-01',
        action: 'build',
        events: 1,
        count: 1,
      });
      expect((await demand([user('fay')])).suggestion).toMatchObject({
        confidence: 1,
        confidenceRule: 'usage',
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'counts a named interviewee as a person and an unnamed one by their note’s teams, shows research text to its readers only, and 100 % on a validated assumption, on %p',
    async databaseId => {
      const { service, item, send, demand, note } = await setUp(databaseId);
      const anonymous = await note({
        teamRefs: ['group:default/search', 'group:default/payments'],
        quotes: [{ text: 'I wish builds were cached' }, { text: 'Slow' }],
      });
      const named = await note({
        title: 'Named',
        agreedToBeNamed: true,
        intervieweeRef: user('gus'),
        assumptions: [{ text: 'Caches help', result: 'validated' }],
      });
      const quote = {
        sourceKind: 'research-quote',
        sourceId: anonymous.id,
        sourcePart: anonymous.quotes[0].id,
      } as const;
      await service.link(item, quote, user('sven'));
      await expect(
        service.link(
          item,
          { ...quote, sourcePart: named.quotes[0].id },
          user('sven'),
        ),
      ).rejects.toMatchObject({ name: 'NotFoundError' });
      await expect(
        service.link(
          item,
          { sourceKind: 'research-note', sourceId: 999 },
          user('sven'),
        ),
      ).rejects.toMatchObject({ name: 'NotFoundError' });

      const quoted = await demand();
      expect(quoted.people).toEqual({ total: 0, anonymous: 0 });
      expect(quoted.evidenceTeams).toEqual([
        { teamRef: 'group:default/payments', title: 'Payments', people: null },
        { teamRef: 'group:default/search', title: 'Search', people: null },
      ]);
      expect(quoted.kinds).toEqual(['research-note']);
      expect(quoted.research).toEqual([
        expect.objectContaining({
          sourcePart: anonymous.quotes[0].id,
          research: {
            noteId: anonymous.id,
            kind: 'interview',
            title: 'Interview',
            quote: 'I wish builds were cached',
            teamRefs: ['group:default/payments', 'group:default/search'],
          },
        }),
      ]);
      expect((await demand([], false)).research).toEqual([
        expect.not.objectContaining({ research: expect.anything() }),
      ]);

      const feedbackId = await send('Cache', 'ana');
      await service.link(item, feedback(feedbackId), user('sven'));
      await service.link(
        item,
        { sourceKind: 'research-note', sourceId: named.id },
        user('sven'),
      );
      const all = await demand();
      expect(all.people).toEqual({ total: 2, anonymous: 0 });
      expect(all.evidenceTeams.map(t => t.title)).toEqual([
        'Checkout',
        'Mobile',
        'Payments',
        'Search',
      ]);
      expect(all.suggestion).toMatchObject({
        confidence: 1,
        confidenceRule: 'validated-assumption',
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'links every kind to one item and shows each source once under its own kind, whatever ids the kinds share, on %p',
    async databaseId => {
      const { service, item, send, demand, rate, answer, note } = await setUp(
        databaseId,
      );
      const feedbackId = await send('Cache misses', 'ana');
      const research = await note({ teamRefs: ['group:default/search'] });
      // A research note with the feedback item's id: each link reads its own kind's source.
      expect(research.id).toBe(feedbackId);
      const rating = await rate('ben', 'Builds are slow', true);
      const why = await answer('fay', 'Caching would help');
      for (const source of [
        feedback(feedbackId),
        { sourceKind: 'research-note', sourceId: research.id } as const,
        {
          sourceKind: 'research-quote',
          sourceId: research.id,
          sourcePart: research.quotes[0].id,
        } as const,
        ratingComment(rating),
        surveyComment(why),
      ]) {
        expect((await service.link(item, source, user('sven'))).created).toBe(
          true,
        );
      }
      await expect(
        service.link(item, ratingComment(research.id), user('sven')),
      ).rejects.toThrow(`No rating comment with id ${research.id}`);

      const result = await demand();
      expect(result.kinds).toEqual([
        'feedback',
        'research-note',
        'rating-comment',
        'survey-comment',
      ]);
      expect(result.feedback.map(f => f.feedback.id)).toEqual([feedbackId]);
      expect(result.research.map(r => r.sourceKind)).toEqual([
        'research-note',
        'research-quote',
      ]);
      expect(result.comments.map(c => c.sourceKind)).toEqual([
        'rating-comment',
        'survey-comment',
      ]);
      // ana (feedback) and ben (signed rating) named; fay's answer anonymous; the unnamed
      // interviewee counts no person, only the note's team.
      expect(result.people).toEqual({ total: 3, anonymous: 1 });
      expect(result.evidenceTeams.map(t => t.teamRef)).toContain(
        'group:default/search',
      );
    },
  );

  it('ranks items by RICE and by votes, and says how far apart the ranks are', () => {
    const service = new EvidenceService({
      store: {} as EvidenceStore,
      feedback: { asEvidence: async () => new Map() },
      comments: {} as never,
      research: { asEvidence: async () => new Map() },
      usage: { teamsUsing: async () => [] },
      minGroupSize: 3,
      activeDays: 30,
    });
    const row = (id: number, riceScore: number, voteCount: number) => ({
      id,
      title: `#${id}`,
      lane: 'now' as const,
      riceScore,
      voteCount,
      reach: 1,
      confidence: 1,
    });
    const empty = {
      links: [],
      feedback: new Map(),
      comments: new Map(),
      research: new Map(),
      named: new Set<string>(),
      anonymous: 0,
      teamRefs: new Set<string>(),
      kinds: new Set<never>(),
      validated: false,
    };
    const behind = new Map([
      [1, empty],
      [2, { ...empty, named: new Set([user('ana'), user('dia')]) }],
      [3, { ...empty, anonymous: 2 }],
    ]);
    const rows = service.priorities(
      [row(1, 300, 1), row(2, 200, 0), row(3, 100, 9)],
      behind,
      TEAMS,
    );
    expect(
      rows.map(r => [r.item.id, r.riceRank, r.voteRank, r.rankGap]),
    ).toEqual([
      [1, 1, 2, -1],
      [2, 2, 3, -1],
      [3, 3, 1, 2],
    ]);
    expect(rows.map(r => r.evidence)).toEqual([
      { people: 0, teams: 0, kinds: 1, links: 0 },
      { people: 2, teams: 2, kinds: 0, links: 0 },
      { people: 2, teams: 0, kinds: 1, links: 0 },
    ]);
  });
});
