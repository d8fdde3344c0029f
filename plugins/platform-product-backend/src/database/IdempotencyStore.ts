import { ConflictError } from '@backstage/errors';
import { createHmac } from 'node:crypto';
import { Knex } from 'knex';

const KEYS = 'platform_product_idempotency_keys';

/** A caller's `Idempotency-Key` for one kind of create, hashed: it names nobody. */
export interface IdempotencyClaim {
  /** What is created, e.g. `feedback`. */
  scope: string;
  keyHash: string;
  requestHash: string;
}

/**
 * How a service runs its insert: `insert` gets the transaction to write in (undefined: its own)
 * and returns the new row's id.
 */
export type CreateOnce = (
  insert: (tx?: Knex.Transaction) => Promise<number>,
) => Promise<number>;

/** A create without an idempotency key: the insert runs as it is. */
export const plainly: CreateOnce = insert => insert();

/**
 * The idempotency keys of creates. A key is recorded in the create's own transaction, so it
 * exists exactly when the resource does, whatever crashes in between.
 */
export class IdempotencyStore {
  constructor(private readonly db: Knex, private readonly secret: string) {}

  /**
   * The stored form of a caller's key: keyed hashes of scope, caller and key, and of the body,
   * so that no user ref is stored beside the resource (an anonymous item stays anonymous).
   */
  claim(
    scope: string,
    userRef: string,
    key: string,
    body: unknown,
  ): IdempotencyClaim {
    const hash = (value: string) =>
      createHmac('sha256', this.secret).update(value).digest('hex');
    return {
      scope,
      keyHash: hash(`idempotency-key\n${scope}\n${userRef}\n${key}`),
      requestHash: hash(`idempotency-request\n${JSON.stringify(body)}`),
    };
  }

  /**
   * The id of the resource created earlier under this key, if any. A ConflictError when the
   * key was used for a different request body.
   */
  async find(claim: IdempotencyClaim): Promise<number | undefined> {
    const row = await this.db(KEYS)
      .where({ scope: claim.scope, key_hash: claim.keyHash })
      .first();
    return row ? resourceOf(row, claim) : undefined;
  }

  /**
   * Runs `insert` and records its id under the key, in one transaction. If the key is
   * recorded already, nothing is inserted and the earlier resource's id is returned
   * (`created: false`). Two requests with one key at once create once: on PostgreSQL the second
   * insert of the key waits for the first transaction and then finds its row; SQLite runs one
   * write transaction at a time.
   */
  async once(
    claim: IdempotencyClaim,
    insert: (tx: Knex.Transaction) => Promise<number>,
    now: Date,
  ): Promise<{ id: number; created: boolean }> {
    return this.db.transaction(async tx => {
      const recorded = await tx(KEYS)
        .insert({
          scope: claim.scope,
          key_hash: claim.keyHash,
          request_hash: claim.requestHash,
          created_at: now,
        })
        .onConflict(['scope', 'key_hash'])
        .ignore()
        .returning('key_hash');
      if (!recorded.length) {
        const row = await tx(KEYS)
          .where({ scope: claim.scope, key_hash: claim.keyHash })
          .first();
        return { id: resourceOf(row, claim), created: false };
      }
      const id = await insert(tx);
      await tx(KEYS)
        .where({ scope: claim.scope, key_hash: claim.keyHash })
        .update({ resource_id: id });
      return { id, created: true };
    });
  }

  /** Forgets keys recorded before `before`; returns how many. */
  async deleteOlderThan(before: Date): Promise<number> {
    return this.db(KEYS).where('created_at', '<', before).delete();
  }
}

function resourceOf(
  row: { request_hash: string; resource_id: unknown },
  claim: IdempotencyClaim,
): number {
  if (row.request_hash !== claim.requestHash) {
    throw new ConflictError(
      'Idempotency-Key was used before for a different request; send a new key with a new request',
    );
  }
  return Number(row.resource_id);
}
