import { Knex } from 'knex';

/** How many of the longest words of a search count: enough to narrow, few enough to stay cheap. */
const WORDS = 3;

/**
 * The longest distinct words of `text`, lower-cased, at most three: the ones that say most about
 * a title. Words shorter than `minLength` are left out (for similarity: "a", "the", "is").
 */
export function searchWords(text: string, minLength = 1): string[] {
  const words = new Set(
    text
      .toLocaleLowerCase('en-US')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(word => word.length >= minLength),
  );
  return [...words].sort((a, b) => b.length - a.length).slice(0, WORDS);
}

/** `lower(column) LIKE '%word%'`, with LIKE's wildcards in the word taken literally. */
function contains(column: string, word: string): [string, string[]] {
  const pattern = `%${word.replace(/[\\%_]/g, c => `\\${c}`)}%`;
  return [`lower(??) like ? escape '\\'`, [column, pattern]];
}

/**
 * Keeps the rows whose `column` contains every search word of `q` (see `searchWords`): the
 * search of the pickers. Plain LIKE, so it runs the same on SQLite and PostgreSQL; callers
 * narrow the rows first by an indexed filter (status, tool) and read a bounded page.
 */
export function whereTitleHasWords(
  query: Knex.QueryBuilder,
  column: string,
  q: string | undefined,
): Knex.QueryBuilder {
  for (const word of q ? searchWords(q) : []) {
    const [sql, bindings] = contains(column, word);
    query.whereRaw(sql, bindings);
  }
  return query;
}

/**
 * Keeps the rows whose `column` shares at least one of `words`, and returns an expression that
 * counts how many it shares, to rank by: the similarity of duplicate suggestions.
 */
export function whereTitleSharesWords(
  db: Knex,
  query: Knex.QueryBuilder,
  column: string,
  words: string[],
): Knex.Raw {
  const matches = words.map(word => contains(column, word));
  query.where(builder => {
    for (const [sql, bindings] of matches) builder.orWhereRaw(sql, bindings);
  });
  return db.raw(
    matches.map(([sql]) => `(case when ${sql} then 1 else 0 end)`).join(' + '),
    matches.flatMap(([, bindings]) => bindings),
  );
}
