import {
  contributionKey,
  isPublishable,
  publishedCount,
  raterKey,
  sliceTeamOf,
  visibleSlices,
  visibleSlicesAndRollUps,
} from './anonymity';

const anonymous = (n: number) => ({ total: n, anonymous: n });

describe('anonymity', () => {
  it('publishes a group from the minimum size on, unless its anonymous part is smaller', () => {
    expect(isPublishable(anonymous(4), 5)).toBe(false);
    expect(isPublishable(anonymous(5), 5)).toBe(true);
    expect(isPublishable({ total: 6, anonymous: 0 }, 5)).toBe(true);
    // Four signed answers and one anonymous: subtracting the signed ones reveals the last.
    expect(isPublishable({ total: 5, anonymous: 1 }, 5)).toBe(false);
    expect(publishedCount(4, 5)).toBeNull();
    expect(publishedCount(5, 5)).toBe(5);
  });

  it('shows disjoint slices whose sum leaves nothing or enough hidden', () => {
    const slices = new Map([
      ['payments', anonymous(7)],
      ['search', anonymous(5)],
    ]);
    expect(visibleSlices(slices, anonymous(12), 5)).toEqual(
      new Set(['payments', 'search']),
    );
  });

  it('withholds the smallest slices until the hidden rest cannot be recovered by subtraction', () => {
    const slices = new Map([
      ['payments', anonymous(7)],
      ['search', anonymous(5)],
      ['mobile', anonymous(1)],
    ]);
    // Showing both would reveal mobile's one answer as whole − payments − search.
    expect(visibleSlices(slices, anonymous(13), 5)).toEqual(
      new Set(['payments']),
    );
    // Two small hidden slices together reach the minimum: the big ones may show.
    slices.set('ios', anonymous(4));
    expect(visibleSlices(slices, anonymous(17), 5)).toEqual(
      new Set(['payments', 'search']),
    );
  });

  it('withholds one of two equal slices by key, whatever order they come in', () => {
    // Either 5 may go to protect mobile's 1; were it chosen by input (database row) order, one
    // request could show payments and the next search, and together they give mobile away.
    const sizes: [string | undefined, number][] = [
      ['search', 5],
      ['payments', 5],
      ['mobile', 1],
      [undefined, 5],
    ];
    const orders = [
      sizes,
      [...sizes].reverse(),
      [sizes[1], sizes[3], sizes[0], sizes[2]],
      [sizes[2], sizes[0], sizes[3], sizes[1]],
    ];
    const shown = orders.map(order =>
      visibleSlices(
        new Map(order.map(([key, n]) => [key, anonymous(n)])),
        anonymous(16),
        5,
      ),
    );
    // Withheld: the undefined key (people in no team), then the first ref in code unit order.
    for (const result of shown) {
      expect([...result].sort()).toEqual(['payments', 'search']);
    }
    const twoEqual = (order: string[]) =>
      visibleSlices(
        new Map(order.map(key => [key, anonymous(key === 'mobile' ? 1 : 5)])),
        anonymous(11),
        5,
      );
    expect(twoEqual(['search', 'payments', 'mobile'])).toEqual(
      new Set(['search']),
    );
    expect(twoEqual(['payments', 'search', 'mobile'])).toEqual(
      new Set(['search']),
    );
    expect(twoEqual(['mobile', 'search', 'payments'])).toEqual(
      new Set(['search']),
    );
  });

  it('shows no slice of a whole that is itself too small', () => {
    expect(
      visibleSlices(
        new Map([['a', { total: 3, anonymous: 0 }]]),
        anonymous(4),
        5,
      ),
    ).toEqual(new Set());
  });

  describe('roll-ups per department', () => {
    const departmentOf = (team: string) =>
      ({
        checkout: 'commerce',
        storefront: 'commerce',
        search: 'commerce',
        fraud: 'payments',
        billing: 'payments',
      }[team]);
    const rollUp = (sizes: Record<string, number>) => {
      const slices = new Map(
        Object.entries(sizes).map(([k, n]) => [k, anonymous(n)] as const),
      );
      const total = Object.values(sizes).reduce((a, b) => a + b, 0);
      return visibleSlicesAndRollUps(slices, departmentOf, anonymous(total), 5);
    };

    it('combines the small teams of a department once they reach the minimum', () => {
      expect(
        rollUp({ checkout: 6, storefront: 3, search: 2, fraud: 5 }),
      ).toEqual({
        slices: new Set(['checkout', 'fraud']),
        rollUps: new Map([['commerce', ['storefront', 'search']]]),
      });
    });

    it('never shows a roll-up of one hidden team: the department minus its shown teams', () => {
      // Storefront's 2 would be "Commerce − Checkout" and "whole − Checkout": Checkout joins the
      // roll-up instead of being shown.
      expect(rollUp({ checkout: 6, storefront: 2 })).toEqual({
        slices: new Set(),
        rollUps: new Map([['commerce', ['storefront', 'checkout']]]),
      });
      // Fraud's 2 would be the whole minus Checkout and the Commerce roll-up: the roll-up is
      // withheld, and the hidden rest (Storefront, Search and Fraud) holds 7.
      expect(
        rollUp({ checkout: 6, storefront: 3, search: 2, fraud: 2 }),
      ).toEqual({ slices: new Set(['checkout']), rollUps: new Map() });
    });

    it('picks the same teams and roll-ups whatever order the teams come in', () => {
      // Fraud's 2 must stay hidden with enough others: one of the equal teams is withheld.
      const sizes: [string, number][] = [
        ['checkout', 5],
        ['storefront', 5],
        ['billing', 5],
        ['fraud', 2],
      ];
      const results = [
        sizes,
        [sizes[1], sizes[3], sizes[2], sizes[0]],
        [sizes[2], sizes[0], sizes[3], sizes[1]],
      ].map(order => {
        const { slices, rollUps } = rollUp(Object.fromEntries(order));
        return {
          slices: [...slices].sort(),
          rollUps: [...rollUps].map(([p, teams]) => [p, [...teams].sort()]),
        };
      });
      expect(results[0]).toEqual({
        slices: ['checkout', 'storefront'],
        rollUps: [['payments', ['billing', 'fraud']]],
      });
      expect(results[1]).toEqual(results[0]);
      expect(results[2]).toEqual(results[0]);
    });

    it('keeps a team without a department hidden, and shows nothing of a small whole', () => {
      expect(rollUp({ checkout: 5, orphan: 5 })).toEqual({
        slices: new Set(['checkout', 'orphan']),
        rollUps: new Map(),
      });
      expect(rollUp({ storefront: 2, search: 2 })).toEqual({
        slices: new Set(),
        rollUps: new Map(),
      });
    });
  });

  it('gives every contribution its own key, and each person one team', () => {
    const alex = 'user:default/alex';
    expect(contributionKey('s', 'salt1', alex)).not.toEqual(
      contributionKey('s', 'salt2', alex),
    );
    expect(contributionKey('s', 'salt1', alex)).not.toEqual(
      raterKey('s', 'tool:component:default/ci', alex),
    );
    expect(
      sliceTeamOf(['group:default/search', 'group:default/payments']),
    ).toBe('group:default/payments');
    expect(sliceTeamOf([])).toBeUndefined();
  });
});
