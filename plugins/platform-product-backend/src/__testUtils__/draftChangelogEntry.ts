import { ChangelogStore } from '../database/ChangelogStore';

/** Creates a draft changelog entry titled `title`, with no tools nor roadmap items, by Sven. */
export function draftChangelogEntry(
  store: ChangelogStore,
  title: string,
  now: Date,
): Promise<number> {
  return store.create(
    {
      title,
      body: '',
      category: 'new',
      toolRefs: [],
      roadmapItemIds: [],
      earlyAccess: false,
    },
    'draft',
    'user:default/sven.eriksen',
    now,
  );
}
