import { createHmac, randomBytes } from 'node:crypto';
import { Knex } from 'knex';

const SETTING = 'anonymity-secret';

/**
 * The key of the rater hash: the configured one, or one generated on first start and kept in the
 * database, so that every replica (and every restart) derives the same hash for the same person.
 */
export async function loadAnonymitySecret(
  db: Knex,
  configured: string | undefined,
): Promise<string> {
  if (configured) {
    return configured;
  }
  await db('platform_product_settings')
    .insert({ key: SETTING, value: randomBytes(32).toString('hex') })
    .onConflict('key')
    .ignore();
  const row = await db('platform_product_settings')
    .where({ key: SETTING })
    .first();
  return row.value;
}

/**
 * Stands for a person in one scope (a tool, a campaign) without naming them. Scoped, so that
 * one person's anonymous answers in different scopes cannot be linked to each other.
 */
export function raterKey(secret: string, scope: string, userRef: string) {
  return createHmac('sha256', secret)
    .update(`${scope}\n${userRef}`)
    .digest('hex');
}
