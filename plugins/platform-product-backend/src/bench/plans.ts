import { Knex } from 'knex';
import { BufferCount } from './stats';

/** The tables the benchmark fills with a row per size step: none may be read whole. */
export const BIG_TABLES = [
  'platform_product_ratings',
  'platform_product_feedback_items',
  'platform_product_feedback_activity',
  'platform_product_survey_answers',
  'platform_product_survey_answer_teams',
  'platform_product_roadmap_items',
  'platform_product_roadmap_item_tools',
];

/** A node of a plan as `EXPLAIN (FORMAT JSON)` gives it (the fields the benchmark reads). */
export interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Loops'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

const INDEX_SCANS = ['Index Scan', 'Index Only Scan', 'Bitmap Index Scan'];

/** Every node of a plan, the root first. */
function nodesOf(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodesOf)];
}

/**
 * The shared buffers a plan's execution touched (hit in PostgreSQL's cache or read into it: the
 * root counts everything below it, subplans included) and how often it went down an index (each
 * loop of an index scan descends its B-tree once).
 */
export function bufferCount(plan: PlanNode): BufferCount {
  const descents = nodesOf(plan)
    .filter(node => INDEX_SCANS.includes(node['Node Type']))
    .reduce((sum, node) => sum + (node['Actual Loops'] ?? 0), 0);
  return {
    buffers:
      (plan['Shared Hit Blocks'] ?? 0) + (plan['Shared Read Blocks'] ?? 0),
    descents,
  };
}

/** The big tables a plan reads with a sequential scan. */
export function seqScannedIn(plan: PlanNode): string[] {
  return nodesOf(plan)
    .filter(node => node['Node Type'] === 'Seq Scan')
    .map(node => node['Relation Name']!)
    .filter(table => BIG_TABLES.includes(table));
}

/**
 * Runs `run` once, recording every SELECT it sends (the store queries, or all that an HTTP
 * request sends: the plugin shares the benchmark's knex), then has PostgreSQL plan each one:
 * with `analyze`, by running it again (`EXPLAIN (ANALYZE, BUFFERS)`).
 */
export async function plansOf(
  db: Knex,
  run: () => Promise<unknown>,
  options: { analyze: boolean },
): Promise<PlanNode[]> {
  const statements: { sql: string; bindings: readonly unknown[] }[] = [];
  const record = (q: { sql: string; bindings?: readonly unknown[] }) => {
    if (/^\s*select/i.test(q.sql)) {
      statements.push({ sql: q.sql, bindings: q.bindings ?? [] });
    }
  };
  db.on('query', record);
  try {
    await run();
  } finally {
    db.off('query', record);
  }
  const explain = options.analyze
    ? 'explain (analyze, buffers, format json)'
    : 'explain (format json)';
  const plans: PlanNode[] = [];
  for (const { sql, bindings } of statements) {
    // knex reports PostgreSQL's positional parameters; raw() takes question marks.
    const result = await db.raw(`${explain} ${sql.replace(/\$\d+/g, '?')}`, [
      ...bindings,
    ] as Knex.RawBinding[]);
    plans.push(result.rows[0]['QUERY PLAN'][0].Plan);
  }
  return plans;
}

/** The big tables any query of `run` reads with a sequential scan (`EXPLAIN`). */
export async function seqScannedTables(
  db: Knex,
  run: () => Promise<unknown>,
): Promise<string[]> {
  const plans = await plansOf(db, run, { analyze: false });
  return [...new Set(plans.flatMap(seqScannedIn))];
}

/** The buffers and index descents of all the queries of `run`, summed. */
export async function buffersTouched(
  db: Knex,
  run: () => Promise<unknown>,
): Promise<BufferCount> {
  const plans = await plansOf(db, run, { analyze: true });
  return plans.map(bufferCount).reduce(
    (sum, count) => ({
      buffers: sum.buffers + count.buffers,
      descents: sum.descents + count.descents,
    }),
    { buffers: 0, descents: 0 },
  );
}
