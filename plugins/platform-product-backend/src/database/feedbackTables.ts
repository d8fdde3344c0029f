import { NotFoundError } from '@backstage/errors';
import { Knex } from 'knex';
import type { StoredFeedbackItem } from './FeedbackStore';
import { forUpdate } from './dialect';

/*
 * Feedback's tables: FeedbackStore owns them, its SQL split by concern over feedbackItems.ts,
 * feedbackReads.ts, feedbackCounts.ts, feedbackVotes.ts, feedbackThread.ts and
 * feedbackTriage.ts. Here too: the row mapping and the row lock that an item's writes take first.
 */
export const ITEMS = 'platform_product_feedback_items';
export const VOTES = 'platform_product_feedback_votes';
export const ACTIVITY = 'platform_product_feedback_activity';
export const COUNTS = 'platform_product_feedback_counts';
export const TAGS = 'platform_product_feedback_tags';

/** The statuses an item ends in. */
export const FINAL = ['shipped', 'declined'];

/** Reads an item's row and locks it until the transaction ends (SQLite locks the database). */
export async function lockItem(tx: Knex.Transaction, id: number) {
  const query = tx(ITEMS).where({ id });
  const row = await forUpdate(tx, query).first();
  if (!row) {
    throw new NotFoundError(`No feedback with id ${id}`);
  }
  return row;
}

export function optionalNumber(value: unknown): number | undefined {
  return value === null || value === undefined ? undefined : Number(value);
}

export function toItem(row: any, tags: string[]): StoredFeedbackItem {
  return {
    id: Number(row.id),
    toolRef: row.tool_ref,
    kind: row.kind,
    title: row.title,
    body: row.body,
    status: row.status,
    authorKey: row.author_key,
    authorSalt: row.author_salt,
    authorRef: row.author_ref ?? undefined,
    voteCount: Number(row.vote_count),
    roadmapItemId: optionalNumber(row.roadmap_item_id),
    changelogEntryId: optionalNumber(row.changelog_entry_id),
    declineReason: row.decline_reason ?? undefined,
    mergedIntoId: optionalNumber(row.merged_into_id),
    assigneeRef: row.assignee_ref ?? undefined,
    tags,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
