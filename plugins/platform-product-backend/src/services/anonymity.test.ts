import {
  contributionKey,
  isPublishable,
  publishedCount,
  raterKey,
  sliceTeamOf,
  visibleSlices,
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

  it('shows no slice of a whole that is itself too small', () => {
    expect(
      visibleSlices(
        new Map([['a', { total: 3, anonymous: 0 }]]),
        anonymous(4),
        5,
      ),
    ).toEqual(new Set());
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
