import { createHmac, randomBytes } from 'node:crypto';
import { SettingsStore } from '../database/SettingsStore';

const SETTING = 'anonymity-secret';

/**
 * The key of the rater hash: the configured one, or one generated on first start and kept in the
 * database, so that every replica (and every restart) derives the same hash for the same person.
 */
export async function loadAnonymitySecret(
  settings: SettingsStore,
  configured: string | undefined,
): Promise<string> {
  if (configured) {
    return configured;
  }
  return settings.keep(SETTING, randomBytes(32).toString('hex'));
}

/**
 * Stands for a person in one scope (a tool, a campaign) without naming them. Scoped, so that
 * one person's anonymous answers in different scopes cannot be linked to each other.
 */
export function raterKey(secret: string, scope: string, userRef: string) {
  return createHmac('sha256', secret)
    .update(`${scope}\n${userRef}`)
    .digest('hex');
}

/**
 * A key for one contribution (e.g. a feedback item): the same person gets a different key for
 * every salt, so keys never link two contributions; only someone holding the secret and
 * guessing the person can recompute one.
 */
export function contributionKey(secret: string, salt: string, userRef: string) {
  return raterKey(secret, `contribution:${salt}`, userRef);
}

/** A fresh random salt for `contributionKey`. */
export function newSalt() {
  return randomBytes(16).toString('hex');
}

/** How many contributions a group holds, and how many of them are anonymous. */
export interface GroupSize {
  total: number;
  anonymous: number;
}

/**
 * Whether a group's aggregate may be shown: it holds at least `minGroupSize` contributions,
 * and its anonymous ones are none (everyone signed) or at least `minGroupSize` (so that
 * subtracting the signed ones, which some may read, leaves a large enough group).
 */
export function isPublishable(group: GroupSize, minGroupSize: number) {
  return (
    group.total >= minGroupSize &&
    (group.anonymous === 0 || group.anonymous >= minGroupSize)
  );
}

/** A set of ratings (`count` of them, `anonymous` without a name) as a group. */
export function ratingGroup(ratings: {
  count: number;
  anonymous: number;
}): GroupSize {
  return { total: ratings.count, anonymous: ratings.anonymous };
}

/** A count as others may see it: null ("fewer than the minimum group size") when small. */
export function publishedCount(count: number, minGroupSize: number) {
  return count >= minGroupSize ? count : null;
}

/**
 * Which disjoint slices (e.g. teams) of a published whole may be shown. A slice is shown only
 * when publishable itself, and slices are withheld until what stays hidden, the whole minus
 * the shown slices, holds no anonymous contribution or is publishable too: otherwise subtracting the shown slices from
 * the whole would reveal a small group. Slices must not overlap (count each person once).
 *
 * Slices are withheld smallest first and, among equal sizes, by key (e.g. team ref): never in
 * the order they were given (a database's row order), which could hold back one slice in one
 * request and its equal in the next, and the two answers together would reveal the hidden rest.
 */
export function visibleSlices<K>(
  slices: Map<K, GroupSize>,
  whole: GroupSize,
  minGroupSize: number,
): Set<K> {
  if (!isPublishable(whole, minGroupSize)) {
    return new Set();
  }
  const shown = [...slices]
    .filter(([, size]) => isPublishable(size, minGroupSize))
    .sort(([keyA, a], [keyB, b]) => a.total - b.total || byKey(keyA, keyB));
  const hidden = () => ({
    total: whole.total - shown.reduce((sum, [, s]) => sum + s.total, 0),
    anonymous:
      whole.anonymous - shown.reduce((sum, [, s]) => sum + s.anonymous, 0),
  });
  while (
    shown.length &&
    hidden().anonymous > 0 &&
    !isPublishable(hidden(), minGroupSize)
  ) {
    shown.shift();
  }
  return new Set(shown.map(([key]) => key));
}

/**
 * A fixed order of slice keys, whatever order they came in: by their text in code unit order
 * (not the locale's), an undefined key (e.g. people in no team) first.
 */
function byKey(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  const [textA, textB] = [String(a), String(b)];
  if (textA === textB) return 0;
  return textA < textB ? -1 : 1;
}

/** The slices and the roll-ups of the rest that may be shown (see `visibleSlicesAndRollUps`). */
export interface VisibleRollUp {
  slices: Set<string>;
  /** Per parent (e.g. a department), the slices combined into its one shown figure. */
  rollUps: Map<string, string[]>;
}

/**
 * Like `visibleSlices`, but slices that may not be shown on their own are combined per parent
 * (a team's department) into one "other teams of X" figure, shown when large enough. The shown
 * slices and roll-ups are disjoint and checked together by `visibleSlices`, so no subtraction
 * of shown figures isolates a hidden slice (a department total is never shown: it minus its
 * shown teams would be its one hidden team). A slice withheld to protect the rest joins its
 * parent's roll-up, and the check runs again.
 */
export function visibleSlicesAndRollUps(
  slices: Map<string, GroupSize>,
  parentOf: (key: string) => string | undefined,
  whole: GroupSize,
  minGroupSize: number,
): VisibleRollUp {
  const rolled = new Set(
    [...slices.keys()].filter(
      key => !isPublishable(slices.get(key)!, minGroupSize),
    ),
  );
  for (;;) {
    const rollUps = groupByParent([...rolled], parentOf);
    const cells = new Map<string, GroupSize>([
      ...[...slices].filter(([key]) => !rolled.has(key)),
      ...[...rollUps].map(
        ([parent, keys]) =>
          [rollUpKey(parent), sumOf(keys.map(k => slices.get(k)!))] as const,
      ),
    ]);
    const shown = visibleSlices(cells, whole, minGroupSize);
    const withheld = [...cells.keys()].filter(
      key => !shown.has(key) && slices.has(key) && parentOf(key),
    );
    if (!withheld.length) {
      return {
        slices: new Set([...shown].filter(key => slices.has(key))),
        rollUps: new Map(
          [...rollUps].filter(([parent]) => shown.has(rollUpKey(parent))),
        ),
      };
    }
    withheld.forEach(key => rolled.add(key));
  }
}

function rollUpKey(parent: string) {
  return `roll-up\n${parent}`;
}

function groupByParent(
  keys: string[],
  parentOf: (key: string) => string | undefined,
) {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const parent = parentOf(key);
    if (parent) {
      groups.set(parent, [...(groups.get(parent) ?? []), key]);
    }
  }
  return groups;
}

function sumOf(sizes: GroupSize[]): GroupSize {
  return {
    total: sizes.reduce((sum, s) => sum + s.total, 0),
    anonymous: sizes.reduce((sum, s) => sum + s.anonymous, 0),
  };
}

/**
 * The one team a person's contribution counts for, so that team slices never overlap: the
 * first of their (eligible, asked) teams by ref. Undefined for people in no such team.
 */
export function sliceTeamOf(teamRefs: string[]): string | undefined {
  return [...teamRefs].sort()[0];
}
