import { describe, expect, test } from 'vitest';
import { entryMatch, paragraphMatch, resultHref, resultView, type PagefindResultData } from '../../src/lib/search/result-view.ts';

/** A source page as Pagefind reports it: a title, then paragraphs p1 and p2 (word indexes as Pagefind counts them). */
const P1 = 'The ministry said the ferry sailed on Monday.';
const P2 = 'Port Alba reopened to ferries, the harbour council said.';
const CONTENT = `Headline of the ferry story. ${P1} ${P2}`;

function sourcePage(locations: number[], overrides: Partial<PagefindResultData> = {}): PagefindResultData {
  return {
    url: '/briefing/sources/2025-04-02-unknown-ferry/',
    content: CONTENT,
    excerpt: 'the <mark>ferry</mark> sailed',
    meta: { title: 'Headline of the ferry story', date: '2 Apr 2025' },
    filters: { type: ['source'], publisher: ['Publisher not stated'] },
    locations,
    anchors: [
      { element: 'p', id: 'p1', text: P1, location: 5 },
      { element: 'p', id: 'p2', text: P2, location: 13 },
    ],
    sub_results: [{ url: '/briefing/sources/2025-04-02-unknown-ferry/', locations }],
    ...overrides,
  };
}

describe('paragraphMatch', () => {
  test('the first paragraph holding a matched word, with a directive for each distinct matched word in it', () => {
    // CONTENT words: 3 = "ferry" (title), 9 = "ferry" (p1), 10 = "sailed", 17 = "ferries," (p2).
    expect([CONTENT.split(/\s+/)[9], CONTENT.split(/\s+/)[17]]).toEqual(['ferry', 'ferries,']);
    expect(paragraphMatch(sourcePage([3, 9, 10, 17]))).toEqual({
      id: 'p1',
      directives: ['text=ministry%20said%20the-,ferry,-sailed%20on%20Monday.', 'text=said%20the%20ferry-,sailed,-on%20Monday.'],
    });
  });

  test('a match only in a later paragraph links there', () => {
    expect(paragraphMatch(sourcePage([17]))).toEqual({ id: 'p2', directives: ['text=Alba%20reopened%20to-,ferries,-%2C%20the%20harbour%20council'] });
  });

  test('the same word twice in a paragraph gets one directive', () => {
    const text = 'Ferry after ferry left the port.';
    expect(paragraphMatch({ anchors: [{ element: 'p', id: 'p3', text, location: 0 }], locations: [0, 2] })).toEqual({
      id: 'p3',
      directives: ['text=Ferry,-after%20ferry%20left'],
    });
  });
});

describe('paragraphMatch: no paragraph to land on', () => {
  test('matches only outside paragraphs (the title), elements whose id is not a paragraph id, or no anchors', () => {
    expect(paragraphMatch(sourcePage([3]))).toBe(null);
    expect(paragraphMatch({ anchors: [{ element: 'h2', id: 'limits', text: 'What can go wrong', location: 0 }], locations: [1] })).toBe(null);
    expect(paragraphMatch({ anchors: [], locations: [1] })).toBe(null);
  });
});

describe('resultHref', () => {
  test('a source page links to the paragraph with text fragments', () => {
    expect(resultHref(sourcePage([17]))).toBe(
      '/briefing/sources/2025-04-02-unknown-ferry/#p2:~:text=Alba%20reopened%20to-,ferries,-%2C%20the%20harbour%20council',
    );
  });

  test('an entry record without landing marks keeps its own link', () => {
    expect(resultHref({ ...sourcePage([2]), url: '/briefing/chronology/#2025-03-09-boats-seized', anchors: [], sub_results: [{ url: '/briefing/chronology/#2025-03-09-boats-seized', locations: [2] }] }))
      .toBe('/briefing/chronology/#2025-03-09-boats-seized');
  });

  test('an entry record links to its entry with a text fragment for each landable matched word', () => {
    expect(resultHref(entryRecord([6, 8], '+++-+++++-++++++'))).toBe(
      '/briefing/chronology/#2025-03-09-boats-seized:~:text=Coast%20guard-,seized,-two%20boats&text=guard%20seized%20two-,boats',
    );
  });

  test('for a browser without text fragments, links keep their ids only', () => {
    expect(resultHref(sourcePage([17]), false)).toBe('/briefing/sources/2025-04-02-unknown-ferry/#p2');
    expect(resultHref(entryRecord([6, 8], '+++-+++++-++++++'), false)).toBe('/briefing/chronology/#2025-03-09-boats-seized');
  });

  test('another page links to its section with the most matches', () => {
    const about: PagefindResultData = {
      ...sourcePage([]),
      url: '/about/',
      anchors: [],
      sub_results: [
        { url: '/about/', locations: [1] },
        { url: '/about/#limits', locations: [20], anchor: { element: 'h2', id: 'limits', location: 18 } },
        { url: '/about/#cite', locations: [40, 42], anchor: { element: 'h2', id: 'cite', location: 38 } },
      ],
    };
    expect(resultHref(about)).toBe('/about/#cite');
  });
});

describe('resultView', () => {
  test('a source: its type, publication day, publisher and excerpt', () => {
    expect(resultView(sourcePage([17]))).toEqual({
      href: '/briefing/sources/2025-04-02-unknown-ferry/#p2:~:text=Alba%20reopened%20to-,ferries,-%2C%20the%20harbour%20council',
      title: 'Headline of the ferry story',
      type: 'Source article',
      date: '2 Apr 2025',
      who: 'Publisher not stated',
      excerpt: [{ text: 'the ', marked: false }, { text: 'ferry', marked: true }, { text: ' sailed', marked: false }],
    });
  });

  test('an entry: its type and governments from the record', () => {
    const view = resultView({
      url: '/positions/#anna-berg-talks-resume',
      content: 'Anna Berg · We expect the talks to resume',
      excerpt: 'We expect the <mark>talks</mark> to resume',
      meta: { title: 'Anna Berg: “We expect the talks to resume”', type: 'statement', government: 'Freedonia' },
      filters: { type: ['statement'], government: ['Freedonia'], publisher: ['Coastal Wire'] },
      locations: [3],
      anchors: [],
      sub_results: [],
    });
    expect([view.type, view.date, view.who, view.href]).toEqual(['Statement', null, 'Freedonia', '/positions/#anna-berg-talks-resume']);
  });

  test('a page without a type (the about page) is a "Page"', () => {
    expect(resultView({ ...sourcePage([]), filters: {}, meta: { title: 'About' } }).type).toBe('Page');
  });
});

/** An entry record: a date, then the source's sentence, then an evidence that repeats it (pieces split by " · "). */
const ENTRY_CONTENT = '9 Mar 2025 · Coast guard seized two boats · The coast guard seized two boats.';

function entryRecord(locations: number[], marks: string): PagefindResultData {
  return {
    url: '/briefing/chronology/#2025-03-09-boats-seized',
    content: ENTRY_CONTENT,
    excerpt: '',
    meta: { title: '9 Mar 2025: Coast guard seized two boats', type: 'event', landing: marks },
    filters: { type: ['event'] },
    locations,
    anchors: [],
    sub_results: [],
  };
}

describe('entryMatch', () => {
  // ENTRY_CONTENT words: 0-2 the date, 3 "·", 4-8 the sentence ("seized" is 6), 9 "·", 10-15 the evidence ("seized" is 13).
  const ALL = '+++-+++++-++++++';

  test('a directive per distinct matched word the marks allow, with context from its own piece only', () => {
    expect(entryMatch(entryRecord([6, 13], ALL))).toEqual(['text=Coast%20guard-,seized,-two%20boats']);
    expect(entryMatch(entryRecord([1, 6], ALL))).toEqual(['text=9-,Mar,-2025', 'text=Coast%20guard-,seized,-two%20boats']);
  });

  test('a word the marks forbid gets no directive; the next allowed occurrence does', () => {
    const sentenceFound = '+++-+++++-------';
    expect(entryMatch(entryRecord([6, 13], '+++-++-++-++++++'))).toEqual(['text=The%20coast%20guard-,seized,-two%20boats.']);
    expect(entryMatch(entryRecord([13], sentenceFound))).toEqual([]);
  });

  test('marks that do not fit the words (an index from another build) give a plain link', () => {
    expect(entryMatch(entryRecord([6], '+++'))).toEqual([]);
    expect(resultHref(entryRecord([6], '+++'))).toBe('/briefing/chronology/#2025-03-09-boats-seized');
  });

  test('a result without marks is not an entry record', () => {
    expect(entryMatch(sourcePage([9]))).toBeNull();
  });
});
