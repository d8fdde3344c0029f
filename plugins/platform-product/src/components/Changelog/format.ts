import { useCallback } from 'react';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { ChangelogEntry } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { formatDateTime } from '../shared/format';

/** Monday 00:00, local time, of the week `date` falls in. */
export function startOfWeek(date: Date): Date {
  const monday = new Date(date);
  monday.setHours(0, 0, 0, 0);
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
  return monday;
}

export interface ChangelogWeek {
  /** Monday 00:00, local time. */
  monday: Date;
  entries: ChangelogEntry[];
}

/** Published entries (newest first) by the week they were published in, newest week first. */
export function groupByWeek(entries: ChangelogEntry[]): ChangelogWeek[] {
  const weeks = new Map<number, ChangelogEntry[]>();
  for (const entry of entries) {
    const monday = startOfWeek(new Date(entry.publishedAt ?? entry.createdAt));
    weeks.set(monday.getTime(), [
      ...(weeks.get(monday.getTime()) ?? []),
      entry,
    ]);
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => b - a)
    .map(([monday, inWeek]) => ({ monday: new Date(monday), entries: inWeek }));
}

/** What happened to a saved entry: "Published “…”", "Scheduled “…” for …", "Saved draft “…”". */
export function useSavedMessage(): (entry: ChangelogEntry) => string {
  const { t } = useTranslationRef(platformProductTranslationRef);
  return useCallback(
    ({ status, title, publishAt }) => {
      if (status === 'published') {
        return t('changelog.saved.published', { title });
      }
      if (status === 'scheduled' && publishAt) {
        return t('changelog.saved.scheduled', {
          title,
          date: formatDateTime(publishAt),
        });
      }
      return t('changelog.saved.draft', { title });
    },
    [t],
  );
}

/**
 * The entry, marked new if it was published after the reader's previous visit: the server's
 * `isNew` turns false once this visit is marked seen, and the visit should still show it.
 */
export function newSince(
  entry: ChangelogEntry,
  lastSeenAt: string | undefined,
): ChangelogEntry {
  const isNew =
    !!lastSeenAt &&
    !!entry.publishedAt &&
    new Date(entry.publishedAt) > new Date(lastSeenAt);
  return isNew && !entry.isNew ? { ...entry, isNew } : entry;
}
