import {
  ReachFigure,
  TeamReach,
} from 'backstage-plugin-platform-product-common';
import { sliceTeamOf } from './anonymity';

/** A team as the reach sees it: who is in it. */
export interface ReachTeam {
  ref: string;
  title: string;
  memberRefs: string[];
}

function figureOf(
  people: Iterable<string>,
  read: Map<string, boolean>,
): ReachFigure {
  let audience = 0;
  let readers = 0;
  for (const person of people) {
    audience += 1;
    readers += read.get(person) ? 1 : 0;
  }
  return { audience, readers };
}

/**
 * Whether the reach of a whole audience of `audience` people may be shown. The one rule for an
 * entry's overall figure and for the entries a week's figure adds up, so that the week is a
 * sum of shown figures and never "week minus the shown entries" = a hidden entry.
 */
export function isReachShown(audience: number, minGroupSize: number): boolean {
  return audience >= minGroupSize;
}

/**
 * Read receipts per team and overall, under the minimum group size.
 *
 * `teams` are every team of the company (read as the plugin, whoever asks): each person of the
 * audience counts for exactly one of their teams, by the rule of every other slice
 * (`sliceTeamOf`), so the team figures never overlap and "team A + team B − overall" is never
 * one person. A team with fewer people in the audience than `minGroupSize` is hidden
 * ('small'). The people of the audience outside every shown team form the rest, which a reader
 * could work out as "overall minus the shown teams": while the rest has between 1 and
 * `minGroupSize - 1` people, the smallest shown team is hidden too ('complement'), so no
 * subtraction isolates fewer than the minimum. The overall figure is hidden when the whole
 * audience is below the minimum.
 *
 * Only the teams in `visibleRefs` (those the caller may see; all when omitted) are listed. The
 * suppression is decided over all teams first, so every caller's figures are slices of one
 * and the same safe partition: combining the views of callers who see different teams
 * isolates no one either.
 */
export function teamReach(
  audience: { userRef: string; read: boolean }[],
  teams: ReachTeam[],
  minGroupSize: number,
  visibleRefs?: ReadonlySet<string>,
): { overall: ReachFigure | null; teams: TeamReach[] } {
  const read = new Map(audience.map(a => [a.userRef, a.read]));
  const teamsOf = new Map<string, string[]>();
  for (const team of teams) {
    for (const ref of team.memberRefs) {
      if (read.has(ref)) {
        teamsOf.set(ref, [...(teamsOf.get(ref) ?? []), team.ref]);
      }
    }
  }
  const membersOf = new Map<string, string[]>();
  for (const [person, refs] of teamsOf) {
    const slice = sliceTeamOf(refs)!;
    membersOf.set(slice, [...(membersOf.get(slice) ?? []), person]);
  }
  const reached = teams
    .map(team => ({ team, members: membersOf.get(team.ref) ?? [] }))
    .filter(t => t.members.length > 0)
    .sort(
      (a, b) =>
        b.members.length - a.members.length ||
        (a.team.ref < b.team.ref ? -1 : 1),
    );
  const shown = reached.filter(t => t.members.length >= minGroupSize);
  const rest = () =>
    read.size - shown.reduce((n, t) => n + t.members.length, 0);
  while (shown.length && rest() > 0 && rest() < minGroupSize) {
    shown.pop();
  }
  const overall = isReachShown(read.size, minGroupSize)
    ? figureOf(read.keys(), read)
    : null;
  return {
    overall,
    teams: reached
      .filter(({ team }) => !visibleRefs || visibleRefs.has(team.ref))
      .map(({ team, members }): TeamReach => {
        const base = { teamRef: team.ref, title: team.title };
        if (shown.some(s => s.team === team)) {
          return { ...base, reach: figureOf(members, read) };
        }
        const hidden = members.length < minGroupSize ? 'small' : 'complement';
        return { ...base, reach: null, hidden };
      }),
  };
}
