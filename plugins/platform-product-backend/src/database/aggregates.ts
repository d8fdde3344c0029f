import { Knex } from 'knex';
import { isSqlite } from './dialect';

/**
 * Makes a maintained aggregate table equal to a recount of the rows it summarises, with its
 * writers blocked meanwhile (they would otherwise change what is being compared): each row
 * whose `values` differ from the recount's is overwritten, a key missing on one side counting
 * as all zeros. Returns how many rows were corrected — any at all means a bug or a hand edit.
 */
export async function repairAggregate(
  db: Knex,
  options: {
    table: string;
    keys: string[];
    values: string[];
    recount: (tx: Knex.Transaction) => Promise<Record<string, unknown>[]>;
  },
): Promise<number> {
  const { table, keys, values, recount } = options;
  return db.transaction(async tx => {
    if (!isSqlite(tx)) {
      await tx.raw('lock table ?? in exclusive mode', [table]);
    }
    const byKey = (rows: Record<string, unknown>[]) =>
      new Map(rows.map(r => [JSON.stringify(keys.map(k => String(r[k]))), r]));
    const truth = byKey(await recount(tx));
    const stored = byKey(await tx(table).select('*'));
    const numbers = (row?: Record<string, unknown>) =>
      values.map(v => Number(row?.[v] ?? 0));
    let fixed = 0;
    for (const [key, row] of new Map([...stored, ...truth])) {
      const want = numbers(truth.get(key));
      if (want.join() === numbers(stored.get(key)).join()) continue;
      await tx(table)
        .insert({
          ...Object.fromEntries(keys.map(k => [k, row[k]])),
          ...Object.fromEntries(values.map((v, i) => [v, want[i]])),
        })
        .onConflict(keys)
        .merge();
      fixed++;
    }
    return fixed;
  });
}
