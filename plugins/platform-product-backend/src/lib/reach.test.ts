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

  it('leaves out teams with nobody in the audience', () => {
    expect(
      teamReach(audienceOf([checkout, 0]), [team('billing', billing)], 5).teams,
    ).toEqual([]);
  });
});
