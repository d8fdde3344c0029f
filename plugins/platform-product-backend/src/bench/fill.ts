import { Knex } from 'knex';

/** The surveys the answers spread over. */
export const SURVEYS = 200;

/** Rows every size shares: the survey campaigns. */
export async function seedSurveys(db: Knex) {
  await db.raw(`
    insert into platform_product_surveys (title, question, team_refs, opens_at, closes_at, created_by, created_at, updated_at)
    select 'Survey ' || s, 'Q?', '[]', now() - (400 - s) * interval '1 day', now() - (390 - s) * interval '1 day', 'user:default/x', now(), now()
    from generate_series(1, ${SURVEYS}) s`);
}

/**
 * Adds rows `from + 1` to `to` to every table a page reads, in SQL, spread over the given tools,
 * 6 feedback statuses, 4 lanes and 40 teams: ratings, feedback items (each triaged one with its
 * maintainer's status change), survey answers and their teams, roadmap items and their tools.
 * The maintained aggregates are left to the repair jobs, as after a bulk import.
 */
export async function fill(
  db: Knex,
  range: { from: number; to: number },
  toolRefs: string[],
) {
  const rows = `generate_series(${range.from + 1}, ${range.to}) i`;
  const tool = (i: string) => `(?::text[])[1 + ${i} % ${toolRefs.length}]`;
  await db.raw(
    `insert into platform_product_ratings (tool_ref, rater_key, user_ref, stars, history_id, updated_at)
    select ${tool('i')}, md5(i::text), null, 1 + i % 5, i, now()
    from ${rows}`,
    [toolRefs],
  );
  const lastItem = await maxId(db, 'platform_product_feedback_items');
  await db.raw(
    `insert into platform_product_feedback_items
      (tool_ref, kind, title, body, status, author_key, author_salt, author_ref, vote_count, created_at, updated_at)
    select ${tool('i')}, 'idea', 'Item ' || i, '',
      (array['new','acknowledged','planned','shipped','declined','merged'])[1 + i % 6],
      md5(i::text), '', 'user:default/person-' || (i % 10000), i % 97,
      now() - (i % 365) * interval '1 day', now()
    from ${rows}`,
    [toolRefs],
  );
  await db.raw(
    `insert into platform_product_feedback_activity (item_id, kind, actor_ref, actor_role, status, created_at)
    select id, 'status', 'user:default/maintainer', 'maintainer', status,
      created_at + (id % 100) * interval '1 hour'
    from platform_product_feedback_items where id > ? and status not in ('new', 'merged')`,
    [lastItem],
  );
  await db.raw(`
    insert into platform_product_survey_answers (survey_id, respondent_key, score, reason, comment_id, updated_at)
    select 1 + i % ${SURVEYS}, md5(i::text), i % 11, case when i % 3 = 0 then 'because' end,
      -- Each reason has a comment id, distinct and scattered like the random ones (the comments' order).
      case when i % 3 = 0 then (i::bigint * 2147483647) % 281474976710656 end, now()
    from ${rows}`);
  await db.raw(`
    insert into platform_product_survey_answer_teams (survey_id, respondent_key, team_ref)
    select 1 + i % ${SURVEYS}, md5(i::text), 'group:default/team-' || (i % 40)
    from ${rows}`);
  const lastRoadmapItem = await maxId(db, 'platform_product_roadmap_items');
  await db.raw(`
    insert into platform_product_roadmap_items
      (title, description, lane, status, owner_ref, reach, reach_source, impact, confidence, effort,
       rice_score, early_access, vote_count, voter_team_count, changelog_entry_ids, version,
       created_by, created_at, updated_at, shipped_at, killed_at)
    select 'Item ' || i, '', (array['now','next','later','exploring'])[1 + i % 4],
      (array['active','active','shipped','killed'])[1 + i % 4], 'group:default/platform',
      i % 1000, 'manual', 1, 0.8, 1 + i % 5, (i % 1000) * 0.8 / (1 + i % 5), false, i % 50, i % 7,
      '[]', 1, 'user:default/x', now(), now(),
      case when i % 4 = 2 then now() - (i % 700) * interval '1 day' end,
      case when i % 4 = 3 then now() - (i % 700) * interval '1 day' end
    from ${rows}`);
  await db.raw(
    `insert into platform_product_roadmap_item_tools
      (item_id, tool_ref, owner_ref, status, lane, early_access, rice_score, vote_count, updated_at)
    select id, ${tool('id')}, owner_ref, status, lane, early_access,
      rice_score, vote_count, updated_at
    from platform_product_roadmap_items where id > ?`,
    [toolRefs, lastRoadmapItem],
  );
  await db.raw('analyze');
}

async function maxId(db: Knex, table: string): Promise<number> {
  const [{ max }] = await db(table).max({ max: 'id' });
  return Number(max ?? 0);
}
