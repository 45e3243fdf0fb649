import { UPDATES } from './paths.ts';
import type { AbsoluteUrl } from './structured-data.ts';
import type { SourceUpdate } from './updates.ts';

/*
 * The Atom feed (RFC 4287) of updates: one entry per source added to the briefing, newest first,
 * saying what it brought and linking to each entry. An entry's id and link are the update's
 * permanent place on its month page, so a feed reader never sees one update twice.
 */

/** Entries in the feed: the latest updates. */
export const FEED_ENTRIES = 50;

/** The Atom namespace. */
export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

/** One update as an Atom entry. */
export interface FeedEntry {
  /** Absolute URL of the update on its month page; also the entry's id. */
  id: string;
  title: string;
  /** `YYYY-MM-DDT00:00:00Z`: the day the source joined. */
  updated: string;
  /** `YYYY-MM-DDT00:00:00Z`: the day the source was published. */
  published: string;
  /** Absolute URL of the source page. */
  source: string;
  /** "2 new entries, 1 confirmed". */
  summary: string;
  /** The lists of entries as HTML, with absolute links. */
  content: string;
}

/** The feed's channel. */
export interface FeedChannel {
  title: string;
  subtitle: string;
  /** Absolute URL of `/updates/`: the feed's id and its alternate link. */
  home: string;
  /** Absolute URL of the feed itself. */
  self: string;
  /** Who publishes the briefing, for `<author>`. */
  author: string;
}

const day = (iso: string) => `${iso}T00:00:00Z`;

/** The latest updates (`updates` come newest first) as feed entries. */
export function feedEntries(updates: readonly SourceUpdate[], absolute: AbsoluteUrl): FeedEntry[] {
  return updates.slice(0, FEED_ENTRIES).map((update) => {
    const lists = [
      ['New', update.new, update.more.new],
      ['Changed', update.changed, update.more.changed],
      ['Confirmed', update.confirmed, update.more.confirmed],
    ] as const;
    const content = lists
      .filter(([, entries]) => entries.length > 0)
      .map(([title, entries, more]) => {
        const items = entries.map((entry) => `<li><a href="${escapeXml(absolute(entry.href))}">${escapeXml(entry.label)}</a></li>`);
        if (more > 0) items.push(`<li>and ${more} more</li>`);
        return `<h3>${title}</h3><ul>${items.join('')}</ul>`;
      })
      .join('');
    return {
      id: absolute(`${update.page}#${update.id}`),
      title: `${update.title} (${update.publisher})`,
      updated: day(update.added),
      published: day(update.published),
      source: absolute(update.sourceHref),
      summary: `${update.summary}.`,
      content: `<p>${escapeXml(update.summary)}, from <a href="${escapeXml(absolute(update.sourceHref))}">${escapeXml(update.title)}</a>.</p>${content}`,
    };
  });
}

/** The feed document. Its `updated` is that of the newest entry, so the same content gives the same feed. */
export function atomFeed(channel: FeedChannel, entries: readonly FeedEntry[]): string {
  const updated = entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), '1970-01-01T00:00:00Z');
  const text = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="${ATOM_NAMESPACE}">`,
    text('id', channel.home),
    text('title', channel.title),
    text('subtitle', channel.subtitle),
    text('updated', updated),
    `<link rel="alternate" type="text/html" href="${escapeXml(channel.home)}"/>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(channel.self)}"/>`,
    `<author>${text('name', channel.author)}</author>`,
    ...entries.map((entry) =>
      [
        '<entry>',
        text('id', entry.id),
        text('title', entry.title),
        text('updated', entry.updated),
        text('published', entry.published),
        `<link rel="alternate" type="text/html" href="${escapeXml(entry.id)}"/>`,
        `<link rel="related" type="text/html" href="${escapeXml(entry.source)}"/>`,
        text('summary', entry.summary),
        `<content type="html">${escapeXml(entry.content)}</content>`,
        '</entry>',
      ].join(''),
    ),
    '</feed>',
    '',
  ].join('\n');
}

/** The path of the updates page, the feed's home. */
export const FEED_HOME = UPDATES;

/** Text safe inside an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
