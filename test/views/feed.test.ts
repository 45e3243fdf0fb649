import { describe, expect, it } from 'vitest';
import { escapeXml, feedItems } from '../../src/lib/views/feed.ts';
import { SOURCES } from './fixtures.ts';

const absolute = (path: string) => `https://example.org${path}`;

describe('feedItems', () => {
  it('lists sources newest first with title, link, day, label and publisher', () => {
    expect(feedItems({ sources: SOURCES }, absolute)).toEqual([
      {
        title: 'Headline of 2025-04-02-unknown-ferry',
        link: 'https://example.org/sources/2025-04-02-unknown-ferry/',
        pubDate: new Date('2025-04-02T00:00:00Z'),
        description: 'Publisher not stated, 2 Apr 2025',
        customData: '<dc:publisher>Publisher not stated</dc:publisher>',
      },
      {
        title: 'Headline of 2025-03-12-coastal-wire-talks',
        link: 'https://example.org/sources/2025-03-12-coastal-wire-talks/',
        pubDate: new Date('2025-03-12T00:00:00Z'),
        description: 'Coastal Wire, 12 Mar 2025',
        customData: '<dc:publisher>Coastal Wire</dc:publisher>',
      },
      {
        title: 'Headline of 2025-03-10-harbour-post-boats',
        link: 'https://example.org/sources/2025-03-10-harbour-post-boats/',
        pubDate: new Date('2025-03-10T00:00:00Z'),
        description: 'Harbour Post, 10 Mar 2025',
        customData: '<dc:publisher>Harbour Post</dc:publisher>',
      },
    ]);
  });

  it('orders sources of the same day by id, so the feed does not reshuffle', () => {
    const [a, b] = SOURCES;
    const sameDay = [{ ...a!, id: 'b-second', published: '2025-03-10' }, { ...b!, id: 'a-first', published: '2025-03-10' }];
    expect(feedItems({ sources: sameDay }, absolute).map((item) => item.link)).toEqual([
      'https://example.org/sources/a-first/',
      'https://example.org/sources/b-second/',
    ]);
  });

  it('escapes a publisher name for XML', () => {
    expect(escapeXml('Smith & Sons <Daily>')).toBe('Smith &amp; Sons &lt;Daily&gt;');
  });
});
