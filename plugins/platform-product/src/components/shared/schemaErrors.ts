import { z } from 'zod';

/** The kind of a zod issue: `too_small`, `too_big`, `invalid_type`, `invalid_format`, `custom`, … */
type IssueCode = z.core.$ZodIssue['code'];

/**
 * How a form words the problems of one field: one message key for any problem, or a key per
 * issue code, with `missing` for a field sent empty (`''` or left out) whatever the issue and
 * `other` for the codes not named.
 */
export type FieldMessages<K extends string> =
  | K
  | Partial<Record<IssueCode | 'missing' | 'other', K>>;

/** A field's path with the row numbers in place of `*`: `criteria.0.metric`. */
export type FieldPath<F extends string> =
  F extends `${infer Head}*${infer Tail}`
    ? `${Head}${number}${FieldPath<Tail>}`
    : F;

/**
 * A form's field errors by the shared schema of its request: parses `body` (what the form would
 * send) with `schema` and words each issue with the message key `messages` gives its field.
 * Fields are paths, `*` standing for any row (`criteria.*.metric`); an issue belongs to the
 * longest field its path starts with (`frictionPoints.3` to `frictionPoints`), and the errors are
 * keyed by that field's path with its row numbers. A field's first worded issue wins. Issues of
 * fields the form has no words for are left to the server, whose 400 names them.
 */
export function schemaErrors<F extends string, K extends string>(
  schema: z.ZodType,
  body: unknown,
  messages: Record<F, FieldMessages<K>>,
): Partial<Record<FieldPath<F>, K>> {
  const errors: Partial<Record<string, K>> = {};
  for (const issue of schema.safeParse(body).error?.issues ?? []) {
    const field = fieldOf(issue.path, messages);
    if (!field || errors[field.path]) continue;
    const words: FieldMessages<K> = messages[field.pattern];
    const value = valueAt(body, issue.path.slice(0, field.length));
    const key =
      typeof words === 'string'
        ? words
        : ((value === undefined || value === '') && words.missing) ||
          (words[issue.code] ?? words.other);
    if (key) errors[field.path] = key;
  }
  return errors as Partial<Record<FieldPath<F>, K>>;
}

/** The field of `messages` an issue's path belongs to: the longest one it starts with. */
function fieldOf<F extends string>(
  path: PropertyKey[],
  messages: Record<F, unknown>,
): { pattern: F; path: string; length: number } | undefined {
  for (let length = path.length; length > 0; length--) {
    const head = path.slice(0, length);
    const pattern = head
      .map(part => (typeof part === 'number' ? '*' : String(part)))
      .join('.');
    if (pattern in messages) {
      return {
        pattern: pattern as F,
        path: head.map(String).join('.'),
        length,
      };
    }
  }
  return undefined;
}

/** What `body` holds at `path`; undefined when it holds nothing there. */
function valueAt(body: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, part) =>
      value && typeof value === 'object'
        ? (value as Record<PropertyKey, unknown>)[part]
        : undefined,
    body,
  );
}
