import { LAZY_BARRELS, lazyBarrel } from './lazyBarrel';

describe('lazyBarrel', () => {
  it.each(LAZY_BARRELS)('exports what %s exports, the same objects', name => {
    const lazy = lazyBarrel(name);
    const actual = jest.requireActual(name);

    expect(Object.keys(lazy).sort()).toEqual(Object.keys(actual).sort());
    for (const key of Object.keys(actual)) {
      expect([key, lazy[key]]).toEqual([key, actual[key]]);
      expect(lazy[key] === actual[key]).toBe(true);
    }
  });
});
