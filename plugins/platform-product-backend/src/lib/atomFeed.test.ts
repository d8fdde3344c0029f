import { StoredChangelogEntry } from '../database/ChangelogStore';
import { atomFeed } from './atomFeed';
import { AppLinks } from './appLinks';

/** Whether XML 1.0 allows the code point in a document (its `Char` production). */
function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

function entry(
  fields: Partial<StoredChangelogEntry> = {},
): StoredChangelogEntry {
  return {
    id: 7,
    title: 'Faster builds',
    body: '',
    category: 'improved',
    toolRefs: [],
    roadmapItemIds: [],
    earlyAccess: false,
    status: 'published',
    publishedAt: '2026-11-20T10:00:00.000Z',
    authorRef: 'user:default/sven.eriksen',
    helpfulCount: 0,
    version: 1,
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...fields,
  };
}

describe('atomFeed', () => {
  it('leaves out characters XML 1.0 does not allow, from entries stored before they were refused', () => {
    const feed = atomFeed(
      [
        entry({
          title: 'Faster\u0001 builds\u0000',
          body: 'Line one\nLine\ttwo\r\n\u000b\u001f\u007f: 😀 \ud800 \udfff \ufffe\uffff',
          toolRefs: ['component:default/ci\u0008'],
          authorRef: 'user:default/sven\u001b',
        }),
      ],
      {
        appLinks: new AppLinks({
          appBaseUrl: 'https://portal.example.com',
          mountPath: '/platform-product',
        }),
        toolRef: 'x\u0002',
      },
    );

    const invalid = [...feed].filter(char => !isXmlChar(char.codePointAt(0)!));
    expect(invalid).toEqual([]);
    expect(feed).toContain('<title>Faster builds</title>');
    expect(feed).toContain(
      '<content type="text">Line one\nLine\ttwo\r\n\u007f: 😀   </content>',
    );
    expect(feed).toContain(
      '<category term="component:default/ci" label="tool"/>',
    );
    expect(feed).toContain('<author><name>user:default/sven</name></author>');
  });
});
