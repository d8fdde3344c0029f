import { ConflictError } from '@backstage/errors';

const NAMES = {
  feedbackIds: 'feedback',
  roadmapItemIds: 'roadmap items',
  changelogEntryIds: 'changelog entries',
} as const;

/**
 * Refuses to delete `what` while other things link to it (a 409 naming them), so that no link is
 * ever left pointing at nothing.
 */
export function refuseDanglingLinks(
  what: string,
  links: Partial<Record<keyof typeof NAMES, number[]>>,
): void {
  const named = (Object.keys(NAMES) as (keyof typeof NAMES)[])
    .filter(key => links[key]?.length)
    .map(key => `${NAMES[key]} ${links[key]!.map(id => `#${id}`).join(', ')}`);
  if (named.length) {
    throw new ConflictError(
      `${what} is still linked from ${named.join('; ')}: unlink them first`,
    );
  }
}
