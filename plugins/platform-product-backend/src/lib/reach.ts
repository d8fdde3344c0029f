import {
  ReachFigure,
  TeamReach,
} from 'backstage-plugin-platform-product-common';

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
 * Read receipts per team and overall, under the minimum group size. A team with fewer people
 * in the audience than `minGroupSize` is hidden ('small'). The people of the audience outside
 * every shown team form the rest, which a reader could work out as "overall minus the shown
 * teams": while the rest has between 1 and `minGroupSize - 1` people, the smallest shown team
 * is hidden too ('complement'), so no subtraction isolates fewer than the minimum. The overall
 * figure is hidden when the whole audience is below the minimum.
 */
export function teamReach(
  audience: { userRef: string; read: boolean }[],
  teams: ReachTeam[],
  minGroupSize: number,
): { overall: ReachFigure | null; teams: TeamReach[] } {
  const read = new Map(audience.map(a => [a.userRef, a.read]));
  const reached = teams
    .map(team => ({
      team,
      members: team.memberRefs.filter(ref => read.has(ref)),
    }))
    .filter(t => t.members.length > 0)
    .sort((a, b) => b.members.length - a.members.length);
  const shown = reached.filter(t => t.members.length >= minGroupSize);
  const rest = () => {
    const covered = new Set(shown.flatMap(t => t.members));
    return [...read.keys()].filter(ref => !covered.has(ref)).length;
  };
  while (shown.length && rest() > 0 && rest() < minGroupSize) {
    shown.pop();
  }
  const overall =
    read.size >= minGroupSize ? figureOf(read.keys(), read) : null;
  return {
    overall,
    teams: reached.map(({ team, members }): TeamReach => {
      const base = { teamRef: team.ref, title: team.title };
      if (shown.some(s => s.team === team)) {
        return { ...base, reach: figureOf(members, read) };
      }
      const hidden = members.length < minGroupSize ? 'small' : 'complement';
      return { ...base, reach: null, hidden };
    }),
  };
}
