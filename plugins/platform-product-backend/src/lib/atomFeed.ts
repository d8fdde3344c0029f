import { StoredChangelogEntry } from '../database/ChangelogStore';
import { AppLinks } from './appLinks';

/**
 * Everything XML 1.0 does not allow in a document: control characters but tab and line breaks,
 * unpaired surrogates, U+FFFE and U+FFFF. Input is refused at the API, but rows stored before
 * that must not make the whole feed unreadable.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

const escape = (text: string) =>
  text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/**
 * An Atom 1.0 feed of changelog entries. Bodies are sent as plain text (markdown source), so no
 * HTML from an entry is ever rendered by a feed reader.
 */
export function atomFeed(
  entries: StoredChangelogEntry[],
  options: { appLinks: AppLinks; toolRef?: string },
): string {
  const page = options.appLinks.url('changelog');
  const updated = entries[0]?.publishedAt ?? new Date(0).toISOString();
  const items = entries.map(entry =>
    [
      '  <entry>',
      `    <id>${escape(`${page}/${entry.id}`)}</id>`,
      `    <title>${escape(entry.title)}</title>`,
      `    <link href="${escape(`${page}/${entry.id}`)}"/>`,
      `    <updated>${entry.updatedAt}</updated>`,
      `    <published>${entry.publishedAt}</published>`,
      `    <author><name>${escape(entry.authorRef)}</name></author>`,
      `    <category term="${escape(entry.category)}"/>`,
      ...entry.toolRefs.map(
        ref => `    <category term="${escape(ref)}" label="tool"/>`,
      ),
      `    <content type="text">${escape(entry.body)}</content>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escape(page)}${
      options.toolRef ? `?toolRef=${escape(options.toolRef)}` : ''
    }</id>`,
    `  <title>Platform changelog${
      options.toolRef ? ` — ${escape(options.toolRef)}` : ''
    }</title>`,
    `  <link href="${escape(page)}"/>`,
    `  <updated>${updated}</updated>`,
    ...items,
    '</feed>',
    '',
  ].join('\n');
}
