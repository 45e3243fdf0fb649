import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { sourceAdditions } from '../../src/lib/anchors/additions.ts';
import { atomFeed, escapeXml, feedEntries } from '../../src/lib/views/feed.ts';
import { placeEntries } from '../../src/lib/views/placement.ts';
import { updatesView } from '../../src/lib/views/updates.ts';
import { briefing, cite, day, event, SOURCES } from './fixtures.ts';

const absolute = (path: string) => `https://example.org${path}`;
const POST = '2025-03-10-harbour-post-boats';
const WIRE = '2025-03-12-coastal-wire-talks';

const model = briefing({ events: [event('talks-held', day('2025-03-09'), { citations: [cite(POST, 2, 'talks'), cite(WIRE, 1, 'talks')] })] });
const updates = updatesView(model, sourceAdditions(SOURCES, {}), placeEntries(model)).updates;

describe('feedEntries', () => {
  it('gives each update, newest first, its permanent link as id, the day it was added and links to its entries', () => {
    const entries = feedEntries(updates, absolute);
    expect(entries.map((entry) => entry.id)).toEqual([
      'https://example.org/updates/2025-04/#2025-04-02-unknown-ferry',
      'https://example.org/updates/2025-03/#2025-03-12-coastal-wire-talks',
      'https://example.org/updates/2025-03/#2025-03-10-harbour-post-boats',
    ]);
    const post = entries[2]!;
    expect(post).toMatchObject({
      title: 'Headline of 2025-03-10-harbour-post-boats (Harbour Post)',
      updated: '2025-03-10T00:00:00Z',
      published: '2025-03-10T00:00:00Z',
      source: 'https://example.org/sources/2025-03-10-harbour-post-boats/',
      summary: '1 new entry.',
    });
    expect(post.content).toContain('<h3>New</h3><ul><li><a href="https://example.org/chronology/#talks-held">Event: 9 Mar 2025: Summary of talks-held.</a></li></ul>');
    expect(entries[1]!.content).toContain('<h3>Confirmed</h3>');
    expect(entries[0]!.summary).toBe('No entries drawn from it.');
  });
});

describe('atomFeed', () => {
  it('is an Atom document whose entries link to the updates and whose date is the newest entry’s', () => {
    const xml = atomFeed(
      { title: 'Harbour dispute: updates', subtitle: 'What each source brought.', home: absolute('/updates/'), self: absolute('/feed.xml'), author: 'Harbour dispute' },
      feedEntries(updates, absolute),
    );
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    const feed = parse(xml, { voidTag: { tags: [] } });
    expect(feed.querySelector('feed > updated')?.text).toBe('2025-04-02T00:00:00Z');
    expect(feed.querySelectorAll('entry')).toHaveLength(3);
    expect(feed.querySelector('entry link[rel="alternate"]')?.getAttribute('href')).toBe('https://example.org/updates/2025-04/#2025-04-02-unknown-ferry');
    // The entry's HTML is escaped once, as Atom's type="html" content is.
    expect(feed.querySelectorAll('entry content')[2]?.innerHTML).toContain('&lt;a href=&quot;https://example.org/chronology/#talks-held&quot;&gt;');
  });

  it('escapes text for XML', () => {
    expect(escapeXml('Smith & Sons <Daily> "quoted"')).toBe('Smith &amp; Sons &lt;Daily&gt; &quot;quoted&quot;');
  });
});
