import { describe, expect, it } from 'vitest';
import { citationView, publisherLabel } from '../../src/lib/views/citation-label.ts';
import { sourceLookup } from '../../src/lib/views/source-lookup.ts';
import { SOURCES, cite } from './fixtures.ts';

describe('citationView', () => {
  const sources = sourceLookup({ sources: SOURCES });

  it('credits the publisher with the day it published, and numbers the paragraph', () => {
    expect(citationView(cite('2025-03-10-harbour-post-boats', 4, 'Boats were seen.'), sources)).toEqual({
      source: '2025-03-10-harbour-post-boats',
      href: '/sources/2025-03-10-harbour-post-boats/#p4',
      label: 'Harbour Post, 10 Mar 2025',
      by: 'Harbour Post',
      day: '10 Mar 2025',
      title: 'Headline of 2025-03-10-harbour-post-boats',
      paragraph: '¶4',
      evidence: 'Boats were seen.',
    });
  });

  it('falls back to the first wire agency, then to "Publisher not stated"', () => {
    expect(citationView(cite('2025-03-12-coastal-wire-talks', 1, 'x'), sources).label).toBe('Coastal Wire, 12 Mar 2025');
    expect(citationView(cite('2025-04-02-unknown-ferry', 1, 'x'), sources).label).toBe('Publisher not stated, 2 Apr 2025');
    expect(publisherLabel({ publisher: null, wire: [] })).toBe('Publisher not stated');
  });

  it('labels a citation of a source missing from the briefing with its id instead of dropping it', () => {
    expect(citationView(cite('not-a-source', 2, 'x'), sources)).toEqual({
      source: 'not-a-source',
      href: '/sources/not-a-source/#p2',
      label: 'not-a-source',
      by: 'not-a-source',
      day: null,
      title: null,
      paragraph: '¶2',
      evidence: 'x',
    });
  });
});
