import {
  EvidenceLink,
  EvidenceSourceKind,
} from 'backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import { insertedId, isSqlite, isUniqueViolation } from './dialect';

const EVIDENCE = 'platform_product_roadmap_evidence';
const ITEMS = 'platform_product_roadmap_items';
const LOOP = 'platform_product_roadmap_loop';
/** Read only, to hold a shipment's notices until its changelog entry is published. */
const CHANGELOG_ENTRIES = 'platform_product_changelog_entries';
const INSERT_BATCH = 500;

/** The transitions of a roadmap item that the people behind its evidence are told about. */
export type LoopTransition = 'now' | 'shipped' | 'killed';

/** A queued "close the loop" notice for one person. */
export interface LoopNotice {
  roadmapItemId: number;
  transition: LoopTransition;
  userRef: string;
  changelogEntryId?: number;
}

/**
 * A source of evidence: a feedback item or a research note (by id), or one quote of a research
 * note (`sourcePart`).
 */
export interface EvidenceSource {
  sourceKind: EvidenceSourceKind;
  sourceId: number;
  sourcePart?: number;
}

/** The research kinds: a note's links and its quotes' are found together. */
const RESEARCH_KINDS: EvidenceSourceKind[] = [
  'research-note',
  'research-quote',
];

/**
 * Links between roadmap items and the evidence behind them, one per (item, source). Links go
 * with their item (the foreign key cascades).
 */
export class EvidenceStore {
  constructor(private readonly db: Knex) {}

  /**
   * Links `source` to the item; a link that exists already is returned as it is (`created`
   * false), so linking twice is harmless.
   */
  async link(
    itemId: number,
    source: EvidenceSource,
    actorRef: string,
    now: Date,
  ): Promise<{ link: EvidenceLink; created: boolean }> {
    try {
      const rows = await this.db(EVIDENCE)
        .insert({
          roadmap_item_id: itemId,
          source_kind: source.sourceKind,
          source_id: String(source.sourceId),
          source_part: source.sourcePart ?? 0,
          linked_by: actorRef,
          linked_at: now,
        })
        .returning('id');
      return { link: (await this.byId(insertedId(rows)))!, created: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return { link: (await this.find(itemId, source))!, created: false };
    }
  }

  /** The item's link to `source`, if there is one. */
  async find(
    itemId: number,
    source: EvidenceSource,
  ): Promise<EvidenceLink | undefined> {
    const row = await this.db(EVIDENCE)
      .where({
        roadmap_item_id: itemId,
        source_kind: source.sourceKind,
        source_id: String(source.sourceId),
        source_part: source.sourcePart ?? 0,
      })
      .first();
    return row && toLink(row);
  }

  /** How many links the item has. */
  async count(itemId: number): Promise<number> {
    const row = await this.db(EVIDENCE)
      .where({ roadmap_item_id: itemId })
      .count({ count: '*' })
      .first();
    return Number(row?.count ?? 0);
  }

  /** Removes one link of the item; false when the item has no such link. */
  async unlink(itemId: number, evidenceId: number): Promise<boolean> {
    const deleted = await this.db(EVIDENCE)
      .where({ id: evidenceId, roadmap_item_id: itemId })
      .delete();
    return deleted > 0;
  }

  /** The links of the items, oldest first. */
  async linksOf(itemIds: number[]): Promise<EvidenceLink[]> {
    if (!itemIds.length) return [];
    const rows = await this.db(EVIDENCE)
      .whereIn('roadmap_item_id', itemIds)
      .orderBy('id');
    return rows.map(toLink);
  }

  /**
   * The links of one source, with their items' titles, oldest first; a research note's include
   * the links of its quotes.
   */
  async itemsOf(
    source: Omit<EvidenceSource, 'sourcePart'>,
  ): Promise<(EvidenceLink & { roadmapItemTitle: string })[]> {
    const kinds = RESEARCH_KINDS.includes(source.sourceKind)
      ? RESEARCH_KINDS
      : [source.sourceKind];
    const rows = await this.db(EVIDENCE)
      .join(ITEMS, `${ITEMS}.id`, `${EVIDENCE}.roadmap_item_id`)
      .whereIn('source_kind', kinds)
      .where({ source_id: String(source.sourceId) })
      .orderBy(`${EVIDENCE}.id`)
      .select(`${EVIDENCE}.*`, `${ITEMS}.title`);
    return rows.map(row => ({ ...toLink(row), roadmapItemTitle: row.title }));
  }

  /** The item's links, read in `tx` (the transition that closes the loop). */
  async linksIn(tx: Knex.Transaction, itemId: number): Promise<EvidenceLink[]> {
    const rows = await tx(EVIDENCE)
      .where({ roadmap_item_id: itemId })
      .orderBy('id');
    return rows.map(toLink);
  }

  /**
   * Queues, in `tx`, one notice per person for the item's transition. A person queued for the
   * same item and transition already is left alone (the primary key), so a retry, another
   * replica or a second move to Now queues nobody twice. Returns how many were queued.
   */
  async queueLoop(
    tx: Knex.Transaction,
    notice: Omit<LoopNotice, 'userRef'>,
    userRefs: string[],
  ): Promise<number> {
    const rows = [...new Set(userRefs)].map(user_ref => ({
      roadmap_item_id: notice.roadmapItemId,
      transition: notice.transition,
      user_ref,
      changelog_entry_id: notice.changelogEntryId ?? null,
    }));
    let queued = 0;
    for (let i = 0; i < rows.length; i += INSERT_BATCH) {
      const inserted = await tx(LOOP)
        .insert(rows.slice(i, i + INSERT_BATCH))
        .onConflict(['roadmap_item_id', 'transition', 'user_ref'])
        .ignore()
        .returning('user_ref');
      queued += inserted.length;
    }
    return queued;
  }

  /**
   * Claims up to `limit` unsent notices (or ones claimed before `staleBefore`, whose sender
   * died). A shipment's notice waits until its changelog entry is published: nobody hears of a
   * draft. On PostgreSQL, rows another replica is claiming are skipped, never shared.
   */
  async claimLoop(
    now: Date,
    staleBefore: Date,
    limit: number,
  ): Promise<LoopNotice[]> {
    return this.db.transaction(async tx => {
      const pending = tx(LOOP)
        .whereNull('sent_at')
        .andWhere(q =>
          q.whereNull('claimed_at').orWhere('claimed_at', '<', staleBefore),
        )
        .andWhere(q =>
          q
            .whereNull('changelog_entry_id')
            .orWhereExists(
              tx(CHANGELOG_ENTRIES)
                .whereRaw('??.id = ??.changelog_entry_id', [
                  CHANGELOG_ENTRIES,
                  LOOP,
                ])
                .where('status', 'published'),
            ),
        )
        .orderBy(['roadmap_item_id', 'transition', 'user_ref'])
        .limit(limit)
        .select('*');
      const rows = await (isSqlite(tx)
        ? pending
        : pending.forUpdate().skipLocked());
      const notices = rows.map(toNotice);
      await this.settleLoop(tx, notices, { claimed_at: now });
      return notices;
    });
  }

  async markLoopSent(notices: LoopNotice[], now: Date): Promise<void> {
    await this.settleLoop(this.db, notices, { sent_at: now, failed_at: null });
  }

  /** Gives claimed notices back after a failed send, for the next run to retry. */
  async releaseLoop(notices: LoopNotice[], now: Date): Promise<void> {
    await this.settleLoop(this.db, notices, {
      claimed_at: null,
      failed_at: now,
    });
  }

  private async settleLoop(
    db: Knex | Knex.Transaction,
    notices: LoopNotice[],
    changes: Record<string, unknown>,
  ) {
    if (notices.length) {
      await db(LOOP)
        .whereIn(
          ['roadmap_item_id', 'transition', 'user_ref'],
          notices.map(n => [n.roadmapItemId, n.transition, n.userRef]),
        )
        .update(changes);
    }
  }

  private async byId(id: number) {
    const row = await this.db(EVIDENCE).where({ id }).first();
    return row && toLink(row);
  }
}

function toLink(row: any): EvidenceLink {
  return {
    id: Number(row.id),
    roadmapItemId: Number(row.roadmap_item_id),
    sourceKind: row.source_kind,
    sourceId: Number(row.source_id),
    ...(Number(row.source_part) && { sourcePart: Number(row.source_part) }),
    linkedBy: row.linked_by,
    linkedAt: new Date(row.linked_at).toISOString(),
  };
}

function toNotice(row: any): LoopNotice {
  return {
    roadmapItemId: Number(row.roadmap_item_id),
    transition: row.transition,
    userRef: row.user_ref,
    ...(row.changelog_entry_id !== null && {
      changelogEntryId: Number(row.changelog_entry_id),
    }),
  };
}
