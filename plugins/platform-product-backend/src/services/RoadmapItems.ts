import { Knex } from 'knex';
import {
  RoadmapStore,
  StoredRoadmapItem,
  VotedChange,
} from '../database/RoadmapStore';

export type { StoredRoadmapItem, VotedChange };

/**
 * What other areas may read of roadmap items and do to them: feedback links to items; the
 * changelog checks the items an entry links to, reaches their voters and ships them when the
 * entry is published; the digest reads the changes of items people voted for. The roadmap keeps owning its tables: nobody else
 * holds a `RoadmapStore`. Built from the store alone, so that the changelog can use it while
 * `RoadmapService` (which uses the changelog) is built after it.
 */
export class RoadmapItems {
  constructor(private readonly store: RoadmapStore) {}

  /** An item as stored (no access check: for events and notices the caller sends). */
  get(id: number): Promise<StoredRoadmapItem | undefined> {
    return this.store.get(id);
  }

  /**
   * Of `ids`, those that exist; in `tx` (a write linking to them), kept from being deleted until
   * it ends.
   */
  existing(ids: number[], tx?: Knex.Transaction): Promise<Set<number>> {
    return this.store.existing(ids, tx);
  }

  /** The titles of the items among `ids` that a reader may see, in one read. */
  titles(
    ids: number[],
    reader: { includeEarlyAccess: boolean },
  ): Promise<Map<number, string>> {
    return this.store.titles(ids, reader);
  }

  /** Everyone who voted for any of the items, each once. */
  votersOf(ids: number[]): Promise<string[]> {
    return this.store.votersOf(ids);
  }

  /** Moves, shipments and kills in [from, to) of items that `userRefs` voted for. */
  votedChanges(
    userRefs: string[],
    from: Date,
    to: Date,
  ): Promise<VotedChange[]> {
    return this.store.votedChanges(userRefs, from, to);
  }

  /** Of `ids`, the items that shipped with changelog entry `entryId` (read in `tx`). */
  shippedWith(
    ids: number[],
    entryId: number,
    tx: Knex.Transaction,
  ): Promise<number[]> {
    return this.store.shippedWith(ids, entryId, tx);
  }

  /**
   * Ships the items with the published changelog entry `entryId`, in `tx`, the publish
   * transaction (a failure here undoes the publish). Returns the items it shipped (active before).
   */
  shipFromChangelog(
    tx: Knex.Transaction,
    shipment: { ids: number[]; entryId: number; actorRef: string; now: Date },
  ): Promise<number[]> {
    const { ids, entryId, actorRef, now } = shipment;
    return this.store.shipByChangelog(ids, entryId, actorRef, now, tx);
  }
}
