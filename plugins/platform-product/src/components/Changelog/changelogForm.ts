import {
  ChangelogCategory,
  ChangelogEntry,
  ChangelogEntryInput,
  changelogEntryInputSchema,
} from 'backstage-plugin-platform-product-common';
import { FieldMessages, schemaErrors } from '../shared/schemaErrors';

/** Save as a draft, schedule, or publish now. */
export type PublishChoice = 'draft' | 'scheduled' | 'published';

/** The editor's fields, as typed. */
export interface EntryForm {
  title: string;
  category: ChangelogCategory;
  /** Markdown. */
  body: string;
  before: string;
  after: string;
  toolRefs: string[];
  roadmapItemIds: number[];
  status: PublishChoice;
  /** `datetime-local` values: local time, `YYYY-MM-DDTHH:mm`; '' when unset. */
  publishAt: string;
  earlyAccess: boolean;
  earlyAccessUntil: string;
}

/** What is wrong with a field; the editor shows `changelog.editor.errors.<error>`. */
export type FormError =
  | 'titleRequired'
  | 'titleTooLong'
  | 'controlCharacters'
  | 'publishAtRequired'
  | 'publishAtPast'
  | 'dateOutOfRange'
  | 'dateInvalid';

export type FormErrors = Partial<
  Record<'title' | 'publishAt' | 'earlyAccessUntil', FormError>
>;

/** `YYYY-MM-DDTHH:mm` in local time, the value format of `datetime-local` inputs. */
function toLocalInput(iso?: string): string {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(
    date.getDate(),
  )}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** An entry's values, or a new draft's. */
export function initialForm(entry?: ChangelogEntry): EntryForm {
  return {
    title: entry?.title ?? '',
    category: entry?.category ?? 'improved',
    body: entry?.body ?? '',
    before: entry?.before ?? '',
    after: entry?.after ?? '',
    toolRefs: entry?.toolRefs ?? [],
    roadmapItemIds: entry?.roadmapItemIds ?? [],
    status: entry?.status ?? 'draft',
    publishAt: toLocalInput(entry?.publishAt),
    earlyAccess: entry?.earlyAccess ?? false,
    earlyAccessUntil: toLocalInput(entry?.earlyAccessUntil),
  };
}

/** A `datetime-local` value as an ISO timestamp; undefined when empty or invalid. */
function toIso(local: string): string | undefined {
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The words for the schema's issues, by field of the request. */
const messages = {
  title: {
    missing: 'titleRequired',
    too_big: 'titleTooLong',
    invalid_format: 'controlCharacters',
  },
  publishAt: {
    missing: 'publishAtRequired',
    custom: 'dateOutOfRange',
    too_small: 'publishAtPast',
  },
  earlyAccessUntil: { missing: 'dateInvalid', custom: 'dateOutOfRange' },
} satisfies Record<string, FieldMessages<FormError>>;

/** What is missing or wrong by the entry's schema; empty when the form can be sent. */
export function validate(form: EntryForm): FormErrors {
  return schemaErrors(changelogEntryInputSchema, toInput(form), messages);
}

/**
 * The request body: trimmed text, optional fields left out when empty, ISO dates ('' for a date
 * typed that is no date, which the schema refuses).
 */
export function toInput(form: EntryForm): ChangelogEntryInput {
  const before = form.before.trim();
  const after = form.after.trim();
  return {
    title: form.title.trim(),
    body: form.body.trim(),
    category: form.category,
    ...(before && { before }),
    ...(after && { after }),
    toolRefs: form.toolRefs,
    roadmapItemIds: form.roadmapItemIds,
    status: form.status,
    ...(form.status === 'scheduled' && {
      publishAt: toIso(form.publishAt) ?? '',
    }),
    earlyAccess: form.earlyAccess,
    ...(form.earlyAccess &&
      form.earlyAccessUntil && {
        earlyAccessUntil: toIso(form.earlyAccessUntil) ?? '',
      }),
  };
}

/** The entry as readers will see it once published, for the editor's preview. */
export function previewEntry(
  form: EntryForm,
  untitled: string,
  entry?: ChangelogEntry,
): ChangelogEntry {
  const now = new Date().toISOString();
  const scheduledFor =
    form.status === 'scheduled' ? toIso(form.publishAt) : undefined;
  return {
    id: entry?.id ?? 0,
    title: form.title.trim() || untitled,
    body: form.body.trim(),
    category: form.category,
    before: form.before.trim() || undefined,
    after: form.after.trim() || undefined,
    toolRefs: form.toolRefs,
    roadmapItemIds: form.roadmapItemIds,
    status: 'published',
    publishedAt: entry?.publishedAt ?? scheduledFor ?? now,
    earlyAccess: form.earlyAccess,
    earlyAccessUntil: form.earlyAccess
      ? toIso(form.earlyAccessUntil)
      : undefined,
    authorRef: entry?.authorRef ?? '',
    helpfulCount: entry?.helpfulCount ?? 0,
    helpful: false,
    // Readers see it as new right after it is published.
    isNew: true,
    version: entry?.version ?? 0,
    createdAt: entry?.createdAt ?? now,
    updatedAt: now,
  };
}
