import { KeysetPages } from './useKeysetPages';

describe('KeysetPages', () => {
  it('starts each page after the cursor of the page before it', () => {
    const pages = new KeysetPages(25);
    expect(pages.start(0)).toEqual({ offset: 0 });
    pages.loaded(0, 'after-0');
    expect(pages.start(1)).toEqual({ cursor: 'after-0', offset: 0 });
    pages.loaded(1, 'after-1');
    expect(pages.start(2)).toEqual({ cursor: 'after-1', offset: 0 });
    // Back to an earlier page: its own cursor, not an offset from the start.
    expect(pages.start(1)).toEqual({ cursor: 'after-0', offset: 0 });
  });

  it('reaches a page without its predecessor from the nearest cursor before it', () => {
    const pages = new KeysetPages(10);
    expect(pages.start(3)).toEqual({ offset: 30 });
    pages.loaded(0, 'after-0');
    expect(pages.start(3)).toEqual({ cursor: 'after-0', offset: 20 });
  });

  it('remembers nothing after the last page', () => {
    const pages = new KeysetPages(10);
    pages.loaded(0, undefined);
    expect(pages.start(1)).toEqual({ offset: 10 });
  });
});
