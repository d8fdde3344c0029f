import { Knex } from 'knex';

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

/**
 * Runs `query` once, recording every SELECT it sends, and asks PostgreSQL for each one's plan
 * (`EXPLAIN`): returns the big tables any of them reads with a sequential scan.
 */
export async function seqScannedTables(
  db: Knex,
  query: () => Promise<unknown>,
): Promise<string[]> {
  const statements: { sql: string; bindings: readonly unknown[] }[] = [];
  const record = (q: { sql: string; bindings?: readonly unknown[] }) => {
    if (/^\s*select/i.test(q.sql)) {
      statements.push({ sql: q.sql, bindings: q.bindings ?? [] });
    }
  };
  db.on('query', record);
  try {
    await query();
  } finally {
    db.off('query', record);
  }
  const scanned = new Set<string>();
  for (const { sql, bindings } of statements) {
    // knex reports PostgreSQL's positional parameters; raw() takes question marks.
    const plan = await db.raw(`explain ${sql.replace(/\$\d+/g, '?')}`, [
      ...bindings,
    ] as Knex.RawBinding[]);
    for (const row of plan.rows as Record<string, string>[]) {
      const table = /Seq Scan on (\w+)/.exec(row['QUERY PLAN'])?.[1];
      if (table && BIG_TABLES.includes(table)) scanned.add(table);
    }
  }
  return [...scanned];
}
