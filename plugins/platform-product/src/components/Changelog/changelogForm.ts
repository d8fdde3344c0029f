import {
  isoDateSchema,
  ChangelogCategory,
  ChangelogEntry,
  ChangelogEntryInput,
} from 'backstage-plugin-platform-product-common';

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

const isDate = (value: string) => !Number.isNaN(new Date(value).getTime());

/** A `datetime-local` value as an ISO timestamp; undefined when empty or invalid. */
const toIso = (local: string) =>
  local && isDate(local) ? new Date(local).toISOString() : undefined;

/** Whether a `datetime-local` value is a date the server takes (1970 to 9999). */
const isValidDate = (local: string) =>
  isoDateSchema.safeParse(toIso(local)).success;

/** What is missing or wrong (mirroring the server's schema); empty when the form can be sent. */
export function validate(form: EntryForm, now = new Date()): FormErrors {
  const errors: FormErrors = {};
  if (!form.title.trim()) errors.title = 'titleRequired';
  if (form.status === 'scheduled') {
    if (!form.publishAt || !isDate(form.publishAt)) {
      errors.publishAt = 'publishAtRequired';
    } else if (!isValidDate(form.publishAt)) {
      errors.publishAt = 'dateOutOfRange';
    } else if (new Date(form.publishAt) <= now) {
      errors.publishAt = 'publishAtPast';
    }
  }
  if (
    form.earlyAccess &&
    form.earlyAccessUntil &&
    !isValidDate(form.earlyAccessUntil)
  ) {
    errors.earlyAccessUntil = isDate(form.earlyAccessUntil)
      ? 'dateOutOfRange'
      : 'dateInvalid';
  }
  return errors;
}

/** The request body: trimmed text, optional fields left out when empty, ISO dates. */
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
    ...(form.status === 'scheduled' && { publishAt: toIso(form.publishAt) }),
    earlyAccess: form.earlyAccess,
    ...(form.earlyAccess &&
      form.earlyAccessUntil && {
        earlyAccessUntil: toIso(form.earlyAccessUntil),
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
