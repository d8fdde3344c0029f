import { TestDatabases } from '@backstage/backend-test-utils';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { migrationsDir } from './migrations';
import { SurveyFields, SurveysStore } from './SurveysStore';

jest.setTimeout(60_000);

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2026-11-20T10:00:00Z');
const at = (days: number) => new Date(now.getTime() + days * DAY);
const CHECKOUT = 'group:default/checkout';
const SEARCH = 'group:default/search';

function fields(overrides: Partial<SurveyFields> = {}): SurveyFields {
  return {
    title: 'Q4 platform NPS',
    question: 'How likely are you to recommend the platform?',
    teamRefs: [],
    opensAt: at(-7),
    closesAt: at(7),
    ...overrides,
  };
}

describe('SurveysStore', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  async function createStore(databaseId: any) {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: migrationsDir });
    const store = new SurveysStore(knex);
    const answer = (
      surveyId: number,
      respondentKey: string,
      score: number,
      teamRef: string = CHECKOUT,
      reason?: string,
    ) => store.answer({ surveyId, respondentKey, score, teamRef, reason }, now);
    return { knex, store, answer };
  }

  it.each(databases.eachSupportedId())(
    'lists surveys with their response counts and finds the open ones, on %p',
    async databaseId => {
      const { store, answer } = await createStore(databaseId);
      const past = await store.create(
        fields({ title: 'Q3', opensAt: at(-100), closesAt: at(-80) }),
        'user:default/sven',
        now,
      );
      const open = await store.create(fields(), 'user:default/sven', now);
      const tool = await store.create(
        fields({ title: 'CI', toolRef: 'component:default/ci-pipelines' }),
        'user:default/sven',
        now,
      );
      const later = await store.create(
        fields({ title: 'Q1', opensAt: at(30), closesAt: at(40) }),
        'user:default/sven',
        now,
      );
      await answer(open, 'a', 9);
      await answer(open, 'b', 3);

      const page = await store.list({ limit: 2, offset: 0 });
      expect(page.totalCount).toBe(4);
      expect(page.items.map(s => s.id)).toEqual([later, tool]);
      expect((await store.get(open))?.responseCount).toBe(2);
      const openIds = async (filter: object = {}) =>
        (
          await store.listOpen(now, { limit: 25, offset: 0, ...filter })
        ).rows.map(s => s.id);
      expect((await openIds()).sort()).toEqual([open, tool].sort());
      expect(
        await openIds({ toolRef: 'component:default/ci-pipelines' }),
      ).toEqual([tool]);
      const [soonest] = await openIds({ limit: 1 });
      const after = await store.listOpen(now, { limit: 1, offset: 0 });
      expect(
        (
          await store.listOpen(now, {
            limit: 1,
            offset: 0,
            cursor: after.nextCursor,
          })
        ).rows.map(s => s.id),
      ).toEqual([open, tool].filter(id => id !== soonest));

      await store.close(open, now);
      await store.close(past, now);
      expect((await store.get(open))?.closesAt).toEqual(now);
      expect((await store.get(past))?.closesAt).toEqual(at(-80));
      expect(await openIds()).toEqual([tool]);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps one answer per respondent, even when sent twice at once, on %p',
    async databaseId => {
      const { store, answer } = await createStore(databaseId);
      const id = await store.create(fields(), 'user:default/sven', now);
      await Promise.all(
        [4, 8, 10, 6, 9].map(score => answer(id, 'ravi', score, CHECKOUT)),
      );
      await answer(id, 'ravi', 7, SEARCH, 'Docs improved');

      const overall = await store.countOverall(id);
      expect(overall).toEqual({
        responses: 1,
        promoters: 0,
        passives: 1,
        detractors: 0,
        anonymous: 1,
      });
      // The answer counts for one team only: the latest it was given for.
      expect([...(await store.countByTeam(id)).keys()]).toEqual([SEARCH]);

      const mine = await store.getAnswers([
        { surveyId: id, respondentKey: 'ravi' },
        { surveyId: id, respondentKey: 'nobody' },
      ]);
      expect(mine.get(id)).toMatchObject({ score: 7, userRef: undefined });
    },
  );

  it.each(databases.eachSupportedId())(
    'aggregates NPS overall, per team and per survey in SQL, on %p',
    async databaseId => {
      const { store, answer } = await createStore(databaseId);
      const q3 = await store.create(
        fields({ title: 'Q3', opensAt: at(-100), closesAt: at(-80) }),
        'user:default/sven',
        now,
      );
      const q4 = await store.create(fields({ title: 'Q4' }), 'x', now);
      await store.create(
        fields({ title: 'Q1', opensAt: at(30), closesAt: at(40) }),
        'x',
        now,
      );
      await answer(q3, 'a', 2);
      const scores = [10, 9, 9, 8, 7, 6, 0];
      for (const [i, score] of scores.entries()) {
        await answer(q4, `p${i}`, score, i < 2 ? SEARCH : CHECKOUT, `why ${i}`);
      }

      expect(await store.countOverall(q4)).toEqual({
        responses: 7,
        promoters: 3,
        passives: 2,
        detractors: 2,
        anonymous: 7,
      });
      expect(Object.fromEntries(await store.countByTeam(q4))).toEqual({
        [SEARCH]: {
          responses: 2,
          promoters: 2,
          passives: 0,
          detractors: 0,
          anonymous: 2,
        },
        [CHECKOUT]: {
          responses: 5,
          promoters: 1,
          passives: 2,
          detractors: 2,
          anonymous: 5,
        },
      });
      const trend = await store.countPerSurvey(now, 12);
      expect(
        trend.map(t => [t.survey.title, t.responses, t.promoters]),
      ).toEqual([
        ['Q3', 1, 0],
        ['Q4', 7, 3],
      ]);

      const comments = await store.listComments(q4, { limit: 3, offset: 1 });
      expect(comments.totalCount).toBe(7);
      expect(comments.items.map(c => c.score)).toEqual([9, 9, 8]);
      // By cursor: the same order, a page at a time, without skipping rows.
      const byCursor = [];
      let cursor: string | undefined;
      do {
        const page = await store.listComments(q4, {
          limit: 3,
          offset: 0,
          cursor,
        });
        byCursor.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      expect(byCursor).toEqual(
        (await store.listComments(q4, { limit: 25, offset: 0 })).items,
      );
      expect(byCursor).toHaveLength(7);
      expect((await store.listAnswers(q4)).map(a => a.score)).toEqual(scores);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps the tallies equal to a recount while people answer and change answers at once, and repairs drift, on %p',
    async databaseId => {
      const { knex, store, answer } = await createStore(databaseId);
      const id = await store.create(fields(), 'user:default/sven', now);
      const writes = Array.from(
        { length: 90 },
        (_, i) => () =>
          store.answer(
            {
              surveyId: id,
              respondentKey: `p${i % 12}`,
              userRef: i % 4 ? undefined : `user:default/p${i % 12}`,
              score: i % 11,
              reason: i % 5 ? `Because ${i}` : undefined,
              teamRef: i % 3 ? CHECKOUT : SEARCH,
            },
            now,
          ),
      );
      await Promise.all(
        [0, 1, 2].map(async lane => {
          for (let i = lane; i < writes.length; i += 3) await writes[i]();
        }),
      );
      const answers = await store.listAnswers(id);
      expect(answers).toHaveLength(12);
      const overall = await store.countOverall(id);
      expect(overall).toEqual({
        responses: 12,
        promoters: answers.filter(a => a.score >= 9).length,
        passives: answers.filter(a => a.score === 7 || a.score === 8).length,
        detractors: answers.filter(a => a.score <= 6).length,
        anonymous: answers.filter(a => !a.userRef).length,
      });
      const byTeam = [...(await store.countByTeam(id)).values()];
      expect(byTeam.reduce((sum, t) => sum + t.responses, 0)).toBe(12);
      expect((await store.get(id))?.responseCount).toBe(12);
      const withReason = answers.filter(a => a.reason).length;
      expect(withReason).toBeGreaterThan(0);
      expect(withReason).toBeLessThan(12);
      expect(
        (await store.listComments(id, { limit: 1, offset: 0 })).totalCount,
      ).toBe(withReason);
      expect(await store.repairTallies()).toBe(0);

      await answer(id, 'p0', 10);
      const drifted = await store.countOverall(id);
      await knex('platform_product_survey_tallies')
        .where({ survey_id: id, team_ref: CHECKOUT })
        .update({ responses: 99 });
      expect(await store.repairTallies()).toBe(1);
      expect(await store.countOverall(id)).toEqual(drifted);
    },
  );
});
