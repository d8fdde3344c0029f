import {
  EvidenceLink,
  EvidenceSourceKind,
} from 'backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import { insertedId, isUniqueViolation } from './dialect';

const EVIDENCE = 'platform_product_roadmap_evidence';
const ITEMS = 'platform_product_roadmap_items';

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
