/*
 * Benchmark of the list and aggregate queries at a million rows, on PostgreSQL.
 * Not part of the test suite: run it with `yarn workspace backstage-plugin-platform-product-backend bench`
 * (scripts/bench starts a throwaway PostgreSQL). It prints the median time of each query.
 */
import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { FeedbackStore } from './FeedbackStore';
import { InsightsStore } from './InsightsStore';
import { migrationsDir } from './migrations';
import { RatingsStore } from './RatingsStore';
import { RoadmapStore } from './RoadmapStore';
import { SurveysStore } from './SurveysStore';

jest.setTimeout(30 * 60_000);

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const RUNS = 15;
/** Budget per query: the benchmark fails when a query's median exceeds it. */
const BUDGET_MS = 1000;
const now = new Date();

/** Fills the tables with ROWS rows each, in SQL, spread over 50 tools, 12 statuses/lanes, 200 surveys. */
async function fill(db: Knex) {
  const n = ROWS;
  await db.raw(`
    insert into platform_product_ratings (tool_ref, rater_key, user_ref, stars, history_id, updated_at)
    select 'component:default/tool-' || (i % 50), md5(i::text), null, 1 + i % 5, i, now()
    from generate_series(1, ${n}) i`);
  await db.raw(`
    insert into platform_product_feedback_items
      (tool_ref, kind, title, body, status, author_key, vote_count, created_at, updated_at)
    select 'component:default/tool-' || (i % 50), 'idea', 'Item ' || i, '',
      (array['new','acknowledged','planned','shipped','declined','merged'])[1 + i % 6],
      md5(i::text), i % 97, now() - (i % 365) * interval '1 day', now()
    from generate_series(1, ${n}) i`);
  await db.raw(`
    insert into platform_product_surveys (title, question, team_refs, opens_at, closes_at, created_by, created_at, updated_at)
    select 'Survey ' || s, 'Q?', '[]', now() - (400 - s) * interval '1 day', now() - (390 - s) * interval '1 day', 'user:default/x', now(), now()
    from generate_series(1, 200) s`);
  await db.raw(`
    insert into platform_product_survey_answers (survey_id, respondent_key, score, reason, updated_at)
    select 1 + i % 200, md5(i::text), i % 11, case when i % 3 = 0 then 'because' end, now()
    from generate_series(1, ${n}) i`);
  await db.raw(`
    insert into platform_product_survey_answer_teams (survey_id, respondent_key, team_ref)
    select 1 + i % 200, md5(i::text), 'group:default/team-' || (i % 40)
    from generate_series(1, ${n}) i`);
  await db.raw(`
    insert into platform_product_roadmap_items
      (title, description, lane, status, owner_ref, reach, reach_source, impact, confidence, effort,
       rice_score, early_access, vote_count, voter_team_count, changelog_entry_ids, version,
       created_by, created_at, updated_at)
    select 'Item ' || i, '', (array['now','next','later','exploring'])[1 + i % 4],
      (array['active','active','shipped','killed'])[1 + i % 4], 'group:default/platform',
      i % 1000, 'manual', 1, 0.8, 1 + i % 5, (i % 1000) * 0.8 / (1 + i % 5), false, i % 50, i % 7,
      '[]', 1, 'user:default/x', now(), now()
    from generate_series(1, ${n}) i`);
  await db.raw(`
    insert into platform_product_roadmap_item_tools
      (item_id, tool_ref, owner_ref, status, lane, early_access, rice_score, vote_count, updated_at)
    select id, 'component:default/tool-' || (id % 50), owner_ref, status, lane, early_access,
      rice_score, vote_count, updated_at
    from platform_product_roadmap_items`);
  await db.raw('analyze');
}

async function median(run: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

describe('queries at a million rows', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15'] });

  it('stay fast', async () => {
    const db = await databases.init('POSTGRES_15');
    await db.migrate.latest({ directory: migrationsDir });
    await fill(db);
    const ratings = new RatingsStore(db);
    const feedback = new FeedbackStore(db);
    const surveys = new SurveysStore(db);
    const roadmap = new RoadmapStore(db);
    const insights = new InsightsStore(db);
    // The rows were inserted in bulk: let the repair jobs build the maintained aggregates.
    await ratings.repairTallies();
    await surveys.repairTallies();
    await feedback.repairCounts();
    await roadmap.repairLaneCounts();
    await db.raw('analyze');
    const page = { limit: 25, offset: 0 };
    const cases: [string, () => Promise<unknown>][] = [
      [
        'rating summary of a tool',
        () => ratings.summarize('component:default/tool-7'),
      ],
      [
        'inbox, open, by +1s',
        () =>
          feedback.list(
            {
              ...page,
              status: ['new', 'acknowledged', 'planned'],
              sort: 'votes',
            },
            now,
          ),
      ],
      [
        'inbox, one tool, newest',
        () =>
          feedback.list(
            { ...page, toolRef: 'component:default/tool-7', sort: 'newest' },
            now,
          ),
      ],
      [
        'inbox, page 100',
        () =>
          feedback.list(
            { limit: 25, offset: 2500, status: ['new'], sort: 'votes' },
            now,
          ),
      ],
      ['insights: ratings per tool', () => insights.ratingsByTool()],
      ['insights: open feedback/tool', () => insights.openFeedbackByTool()],
      ['survey NPS overall', () => surveys.countOverall(17)],
      ['survey NPS per team', () => surveys.countByTeam(17)],
      ['survey comments page', () => surveys.listComments(17, page)],
      ['NPS trend (12 surveys)', () => surveys.countPerSurvey(now, 12)],
      ['roadmap board', () => roadmap.board(50, false)],
      ['insights: roadmap Now/tool', () => insights.roadmapNowByTool()],
      [
        'roadmap list by score',
        () =>
          roadmap.list({
            ...page,
            status: 'active',
            sort: 'rice',
            includeEarlyAccess: false,
          }),
      ],
      [
        'roadmap list, one tool',
        () =>
          roadmap.list({
            ...page,
            status: 'active',
            toolRef: 'component:default/tool-7',
            sort: 'rice',
            includeEarlyAccess: false,
          }),
      ],
    ];
    const results: string[] = [];
    const overBudget: string[] = [];
    for (const [name, run] of cases) {
      const ms = await median(run);
      results.push(`${name.padEnd(28)} ${ms.toFixed(1).padStart(8)} ms`);
      if (ms > BUDGET_MS) overBudget.push(name);
    }
    // The report is the benchmark's output, not a log line: straight to stdout.
    process.stdout.write(
      `Median of ${RUNS} runs, ${ROWS} rows per table:\n${results.join(
        '\n',
      )}\n`,
    );
    expect(overBudget).toEqual([]);
  });
});
