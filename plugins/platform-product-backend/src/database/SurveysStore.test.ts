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
    'exports answers without a reason by author and then the anonymous ones, never in the order they were written, on %p',
    async databaseId => {
      const { store } = await createStore(databaseId);
      const id = await store.create(fields(), 'user:default/sven', now);
      const write = (key: string, signed: boolean) =>
        store.answer(
          {
            surveyId: id,
            respondentKey: key,
            userRef: signed ? `user:default/${key}` : undefined,
            score: 7,
            teamRef: CHECKOUT,
          },
          now,
        );
      await write('zoe', true);
      await write('quiet', false);
      await write('amy', true);
      const authors = async () =>
        (await store.listAnswers(id)).map(a => a.userRef);
      expect(await authors()).toEqual([
        'user:default/amy',
        'user:default/zoe',
        undefined,
      ]);
      // Zoe goes anonymous: her row joins the identical anonymous rows, wherever it was.
      await write('zoe', false);
      expect(await authors()).toEqual([
        'user:default/amy',
        undefined,
        undefined,
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'orders comments and the export by the random comment id: a signed answer changed to anonymous cannot be found again by cursor or position, on %p',
    async databaseId => {
      const { knex, store } = await createStore(databaseId);
      const id = await store.create(fields(), 'user:default/sven', now);
      const X = 'user:default/xavier';
      const write = (key: string, signed: boolean, reason?: string) =>
        store.answer(
          {
            surveyId: id,
            respondentKey: key,
            userRef: signed ? `user:default/${key}` : undefined,
            score: 3,
            reason,
            teamRef: CHECKOUT,
          },
          now,
        );
      for (let i = 0; i < 8; i++) await write(`p${i}`, i % 2 === 0, `why ${i}`);
      await write('quiet1', false);
      await write('quiet2', true);
      await store.answer(
        {
          surveyId: id,
          respondentKey: 'x',
          userRef: X,
          score: 3,
          reason: 'Slow builds',
          teamRef: CHECKOUT,
        },
        now,
      );
      const keys: string[] = await knex('platform_product_survey_answers')
        .where({ survey_id: id })
        .pluck('respondent_key');
      expect(keys).toHaveLength(11);

      /** Every comment a page of one at a time, with the decoded cursor after it. */
      const pageByPage = async () => {
        const seen: { userRef?: string; commentId?: number; key: unknown[] }[] =
          [];
        let cursor: string | undefined;
        do {
          const page = await store.listComments(id, {
            limit: 1,
            offset: 0,
            cursor,
          });
          cursor = page.nextCursor;
          if (cursor) {
            const [item] = page.items;
            const key = JSON.parse(
              Buffer.from(cursor, 'base64url').toString('utf8'),
            );
            seen.push({ ...item, key });
          }
        } while (cursor);
        return seen;
      };
      const signed = await pageByPage();
      expect(signed).toHaveLength(9);
      for (const { commentId, key } of signed) {
        // The cursor is the row's score and random comment id: no respondent key in it.
        expect(key).toEqual([3, commentId]);
        expect(keys.some(k => JSON.stringify(key).includes(k))).toBe(false);
      }
      const xCursor = signed.find(row => row.userRef === X)!.key;

      // X goes anonymous: the same key, a new comment id, and no cursor leads back to it.
      await write('x', false, 'Slow builds');
      const anonymous = await pageByPage();
      expect(anonymous.map(row => row.key)).not.toContainEqual(xCursor);
      expect(anonymous.some(row => row.userRef === X)).toBe(false);
      for (const { key } of anonymous) {
        expect(keys.some(k => JSON.stringify(key).includes(k))).toBe(false);
      }

      // The order is by score and comment id (answers without a reason last), and X's place
      // among equal scores is drawn anew on every write, whether signed or anonymous.
      const positions = new Set<number>();
      for (let i = 0; i < 20; i++) {
        await write('x', i % 2 === 0, 'Slow builds');
        const [mine] = (
          await store.getAnswers([{ surveyId: id, respondentKey: 'x' }])
        ).values();
        const answers = await store.listAnswers(id);
        const ids = answers.map(a => a.commentId);
        expect(ids.slice(0, 9)).toEqual(
          ids.slice(0, 9).sort((a, b) => b! - a!),
        );
        expect(ids.slice(9)).toEqual([undefined, undefined]);
        positions.add(ids.indexOf(mine.commentId));
        const comments = await store.listComments(id, { limit: 25, offset: 0 });
        expect(comments.items.map(c => c.commentId)).toEqual(ids.slice(0, 9));
      }
      expect(positions.size).toBeGreaterThan(1);
    },
  );

  it.each(databases.eachSupportedId())(
    'indexes the comments by score and comment id, and migrates back, on %p',
    async databaseId => {
      const { knex } = await createStore(databaseId);
      const definition = async () => {
        const sqlite = String(knex.client.config.client).includes('sqlite');
        const [row] = sqlite
          ? await knex('sqlite_master')
              .where({ type: 'index', name: 'pp_survey_comments_idx' })
              .select('sql as definition')
          : await knex('pg_indexes')
              .where({ indexname: 'pp_survey_comments_idx' })
              .select('indexdef as definition');
        return String(row?.definition).replace(/\s+/g, ' ');
      };
      expect(await definition()).toMatch(
        /\(survey_id, score, comment_id\) WHERE \(?reason IS NOT NULL\)?/i,
      );
      await knex.migrate.down({
        directory: migrationsDir,
        name: '20261215000060_survey_comment_order.js',
      });
      expect(await definition()).toMatch(
        /\(survey_id, score, respondent_key\) WHERE \(?reason IS NOT NULL\)?/i,
      );
      await knex.migrate.latest({ directory: migrationsDir });
      expect(await definition()).toMatch(/comment_id/);
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
