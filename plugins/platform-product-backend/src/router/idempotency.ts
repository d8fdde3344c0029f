import { InputError } from '@backstage/errors';
import { Request } from 'express';
import {
  CreateOnce,
  IdempotencyStore,
  plainly,
} from '../database/IdempotencyStore';
import { UserCredentials } from '../lib/credentials';

const HEADER = 'Idempotency-Key';
const MAX_LENGTH = 200;
/** Printable ASCII, as in the IETF draft's examples (UUIDs, random tokens). */
const PRINTABLE = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

/** One create request, run at most once per `Idempotency-Key`. */
export interface IdempotentCreate {
  /**
   * Runs `create` (a service's create, which hands its insert to `once`) and returns what it
   * returns; when the key created a resource already, returns `get(id)` of that one instead
   * and the service's create stops before any side effect.
   */
  run<T>(
    create: (once: CreateOnce) => Promise<T>,
    get: (id: number) => Promise<T>,
  ): Promise<T>;
}

/** A create without a key: it just runs. */
export const withoutKey: IdempotentCreate = { run: create => create(plainly) };

/**
 * Creates that clients may retry. With an `Idempotency-Key` header, the first request creates,
 * and a retry by the same person with the same key and body answers with that resource (same
 * status, nothing created), even when both arrive at once on two replicas; the same key with
 * another body is a 409. Without the header, the create just runs.
 */
export class IdempotentCreates {
  constructor(private readonly store: IdempotencyStore) {}

  /** Reads the request's key now: a malformed one is a 400, before anything is done. */
  of(
    req: Request,
    scope: string,
    credentials: UserCredentials,
    body: unknown,
  ): IdempotentCreate {
    const key = keyOf(req);
    if (key === undefined) {
      return withoutKey;
    }
    const { store } = this;
    const claim = store.claim(
      scope,
      credentials.principal.userEntityRef,
      key,
      body,
    );
    return {
      async run(create, get) {
        const earlier = await store.find(claim);
        if (earlier !== undefined) {
          return get(earlier);
        }
        let concurrent: number | undefined;
        try {
          return await create(async insert => {
            const { id, created } = await store.once(claim, insert, new Date());
            if (!created) {
              // Another request with this key got there first: stop this create here.
              concurrent = id;
              throw new Error(`${HEADER} already used`);
            }
            return id;
          });
        } catch (error) {
          if (concurrent === undefined) throw error;
          return get(concurrent);
        }
      },
    };
  }
}

function keyOf(req: Request): string | undefined {
  const value = req.header(HEADER);
  if (value === undefined) {
    return undefined;
  }
  if (value.length > MAX_LENGTH || !PRINTABLE.test(value)) {
    throw new InputError(
      `Invalid header: ${HEADER}: must be 1 to ${MAX_LENGTH} printable characters`,
    );
  }
  return value;
}
