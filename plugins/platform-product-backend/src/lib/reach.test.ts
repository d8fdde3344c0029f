import { teamReach } from './reach';

const people = (team: string, n: number) =>
  Array.from({ length: n }, (_, i) => `user:default/${team}-${i}`);
const team = (name: string, memberRefs: string[]) => ({
  ref: `group:default/${name}`,
  title: name,
  memberRefs,
});
/** The audience: everyone listed, the first `readers` of each list having read. */
const audienceOf = (...groups: [string[], number][]) =>
  groups.flatMap(([refs, readers]) =>
    refs.map((userRef, i) => ({ userRef, read: i < readers })),
  );

describe('teamReach', () => {
  const checkout = people('checkout', 7);
  const billing = people('billing', 6);
  const tiny = people('tiny', 2);

  it('shows each team of at least the minimum as "5/7 read", and the overall figure', () => {
    const result = teamReach(
      audienceOf([checkout, 5], [billing, 1]),
      [team('checkout', checkout), team('billing', billing)],
      5,
    );
    expect(result).toEqual({
      overall: { audience: 13, readers: 6 },
      teams: [
        {
          teamRef: 'group:default/checkout',
          title: 'checkout',
          reach: { audience: 7, readers: 5 },
        },
        {
          teamRef: 'group:default/billing',
          title: 'billing',
          reach: { audience: 6, readers: 1 },
        },
      ],
    });
  });

  it('hides a small team and the next smallest, so overall minus the shown teams never isolates it', () => {
    const audience = audienceOf([checkout, 5], [billing, 3], [tiny, 2]);
    const result = teamReach(
      audience,
      [
        team('checkout', checkout),
        team('billing', billing),
        team('tiny', tiny),
      ],
      5,
    );
    expect(result.teams.map(t => [t.title, t.reach, t.hidden])).toEqual([
      ['checkout', { audience: 7, readers: 5 }, undefined],
      ['billing', null, 'complement'],
      ['tiny', null, 'small'],
    ]);
    // The subtraction attack: what is left once the shown teams are taken from the overall
    // figure covers at least the minimum number of people, not just the two of "tiny".
    const shown = result.teams.flatMap(t => (t.reach ? [t.reach] : []));
    const restAudience =
      result.overall!.audience - shown.reduce((n, r) => n + r.audience, 0);
    expect(restAudience).toBeGreaterThanOrEqual(5);
  });

  it('counts people outside every team in the rest, and hides everything below the minimum', () => {
    const loners = people('loner', 3);
    // Three people in no team: with checkout shown, the rest (3) would single them out.
    const withLoners = teamReach(
      audienceOf([checkout, 7], [loners, 3]),
      [team('checkout', checkout)],
      5,
    );
    expect(withLoners.overall).toEqual({ audience: 10, readers: 10 });
    expect(withLoners.teams).toEqual([
      expect.objectContaining({ reach: null, hidden: 'complement' }),
    ]);

    expect(teamReach(audienceOf([tiny, 1]), [team('tiny', tiny)], 5)).toEqual({
      overall: null,
      teams: [expect.objectContaining({ reach: null, hidden: 'small' })],
    });
  });

  describe('with a person in two teams', () => {
    // The reviewer's attack: A has 6 people including u, B has 5 including u; the audience is
    // these 10 people. u has read it, and 3 others of A and 3 others of B.
    const u = 'user:default/u';
    const a = [u, ...people('a', 5)];
    const b = [u, ...people('b', 4)];
    const audience = audienceOf([a, 4], [b.slice(1), 3]);
    const teams = [team('a', a), team('b', b)];
    const sum = (figures: ({ audience: number; readers: number } | null)[]) =>
      figures.reduce<{ audience: number; readers: number }>(
        (n, f) => ({
          audience: n.audience + (f?.audience ?? 0),
          readers: n.readers + (f?.readers ?? 0),
        }),
        { audience: 0, readers: 0 },
      );

    it('counts them for one team only, so team A + team B − overall is never them', () => {
      const result = teamReach(audience, teams, 5);
      expect(result.overall).toEqual({ audience: 10, readers: 7 });
      const shown = sum(result.teams.map(t => t.reach));
      // Shown teams are disjoint slices of the overall figure: their sum never exceeds it, and
      // what is left is nobody or at least the minimum.
      expect(shown.audience).toBeLessThanOrEqual(result.overall!.audience);
      expect(shown.readers).toBeLessThanOrEqual(result.overall!.readers);
      const rest = result.overall!.audience - shown.audience;
      expect(rest === 0 || rest >= 5).toBe(true);
      // u counts for A (the first by ref): B keeps 4 people, below the minimum, and A goes
      // with it, or overall − A would be B's 4.
      expect(result.teams.map(t => [t.title, t.reach, t.hidden])).toEqual([
        ['a', null, 'complement'],
        ['b', null, 'small'],
      ]);
    });

    it('shows slices that add up to the overall figure when both are large enough', () => {
      const result = teamReach(audience, teams, 4);
      expect(result.teams.map(t => [t.title, t.reach])).toEqual([
        ['a', { audience: 6, readers: 4 }],
        ['b', { audience: 4, readers: 3 }],
      ]);
      expect(sum(result.teams.map(t => t.reach))).toEqual(result.overall);
    });

    it('slices the same way whichever teams the caller may see', () => {
      const all = teamReach(audience, teams, 4);
      const onlyB = teamReach(audience, teams, 4, new Set([team('b', b).ref]));
      expect(onlyB.overall).toEqual(all.overall);
      // B's figure does not take u back when A is not listed: both callers see slices of one
      // partition, so their views cannot be subtracted from each other either.
      expect(onlyB.teams).toEqual([all.teams[1]]);
    });
  });

  it('leaves out teams with nobody in the audience', () => {
    expect(
      teamReach(audienceOf([checkout, 0]), [team('billing', billing)], 5).teams,
    ).toEqual([]);
  });
});
