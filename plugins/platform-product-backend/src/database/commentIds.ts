import { randomInt } from 'node:crypto';

/** The largest comment id (exclusive): 2^48, inside JavaScript's safe integers. */
const MAX_COMMENT_ID = 2 ** 48;

/**
 * A fresh id for a rating's or a survey answer's comment, which names it as roadmap evidence.
 * Random rather than incrementing, so that ids say nothing about who wrote when; drawn anew on
 * every write, so that a link names the version of the comment that was linked.
 */
export function newCommentId(): number {
  return randomInt(1, MAX_COMMENT_ID);
}
