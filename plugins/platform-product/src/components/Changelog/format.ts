import {
  ChangelogCategory,
  ChangelogEntry,
} from 'backstage-plugin-platform-product-common';
import { formatDate, formatDateTime } from '../Surveys/format';

export const categoryLabels: Record<ChangelogCategory, string> = {
  new: 'New',
  improved: 'Improved',
  fixed: 'Fixed',
  deprecated: 'Deprecated',
  breaking: 'Breaking',
};

/** Monday 00:00, local time, of the week `date` falls in. */
export function startOfWeek(date: Date): Date {
  const monday = new Date(date);
  monday.setHours(0, 0, 0, 0);
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
  return monday;
}

export interface ChangelogWeek {
  /** "Week of 16 Nov 2026", in the reader's locale. */
  title: string;
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
    .map(([monday, inWeek]) => ({
      title: `Week of ${formatDate(new Date(monday).toISOString())}`,
      entries: inWeek,
    }));
}

/** What happened to a saved entry: "Published “…”", "Scheduled “…” for …", "Saved draft “…”". */
export function savedMessage(entry: ChangelogEntry): string {
  if (entry.status === 'published') return `Published “${entry.title}”`;
  if (entry.status === 'scheduled' && entry.publishAt) {
    return `Scheduled “${entry.title}” for ${formatDateTime(entry.publishAt)}`;
  }
  return `Saved draft “${entry.title}”`;
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
