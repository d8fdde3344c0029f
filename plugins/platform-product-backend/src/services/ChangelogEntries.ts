import { Knex } from 'knex';
import { ChangelogStore } from '../database/ChangelogStore';

/**
 * What other areas read of changelog entries: feedback links to them, and the roadmap's "close
 * the loop" notices name the public ones. Built from the store alone, because those areas'
 * services are built before `ChangelogService` (which uses them); the changelog keeps owning its
 * tables.
 */
export class ChangelogEntries {
  constructor(private readonly store: ChangelogStore) {}

  /** The titles of the entries among `ids` that a reader may see, in one read. */
  titles(
    ids: number[],
    reader: { includeEarlyAccess: boolean; now: Date },
  ): Promise<Map<number, string>> {
    return this.store.titles(ids, reader);
  }

  /**
   * Of `ids`, the entries that exist (not deleted); in `tx` (a write linking to them), kept from
   * being deleted until it ends.
   */
  existing(ids: number[], tx?: Knex.Transaction): Promise<Set<number>> {
    return this.store.existing(ids, tx);
  }
}
