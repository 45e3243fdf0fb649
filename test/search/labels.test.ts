import { describe, expect, test } from 'vitest';
import { indexLanguage, pagesGlob } from '../../src/lib/search/indexed-pages.ts';
import { sourceSearchAttributes } from '../../src/lib/search/source-attributes.ts';
import { statusText } from '../../src/lib/search/status-text.ts';

describe('statusText', () => {
  test('counts results in words a screen reader can announce', () => {
    expect(statusText({ q: 'ferry', count: 3, unfiltered: 3, filtered: false })).toBe('3 results for “ferry”.');
    expect(statusText({ q: 'ferry', count: 1, unfiltered: 1, filtered: false })).toBe('1 result for “ferry”.');
    expect(statusText({ q: 'ferry', count: 0, unfiltered: 0, filtered: false })).toBe('No results for “ferry”.');
  });

  test('with filters, says how many the filters hide', () => {
    expect(statusText({ q: 'ferry', count: 2, unfiltered: 5, filtered: true })).toBe('2 results for “ferry” with the chosen filters (5 without them).');
    expect(statusText({ q: 'ferry', count: 0, unfiltered: 5, filtered: true })).toBe('No results for “ferry” with the chosen filters (5 without them).');
  });

  test('when entries share search records, it counts the results listed once all are, and otherwise says what a match is', () => {
    const shared = { q: 'ferry', unfiltered: 40, sharedEntries: 12 };
    expect(statusText({ ...shared, count: 3, filtered: false, listed: 17 })).toBe('17 results for “ferry”.');
    expect(statusText({ ...shared, count: 3, filtered: false, listed: 0 })).toBe('No results for “ferry”.');
    expect(statusText({ ...shared, count: 40, filtered: false, listed: null })).toBe(
      '40 matches for “ferry”. A match is a source article, a page, or up to 12 entries that share a search record; each entry is listed on its own.',
    );
    expect(statusText({ ...shared, count: 3, filtered: true, listed: 5 })).toBe(
      '3 matches for “ferry” with the chosen filters (40 without them). A match is a source article, a page, or up to 12 entries that share a search record; each entry is listed on its own.',
    );
  });
});

describe('indexed pages', () => {
  test('the source articles and the about page, as one glob of built files', () => {
    expect(pagesGlob()).toBe('{sources/*/index.html,about/index.html}');
    expect(pagesGlob(['/about/'])).toBe('about/index.html');
  });

  test('the index language is the primary subtag of the site language', () => {
    expect([indexLanguage('en'), indexLanguage('en-GB'), indexLanguage('PT-br'), indexLanguage('')]).toEqual(['en', 'en', 'pt', 'en']);
  });
});

describe('sourceSearchAttributes', () => {
  test('filters, date label and sort key of a source page; the publisher in its own attribute', () => {
    expect(sourceSearchAttributes({ publisher: null, wire: ['Coastal Wire, Ltd'], published: '2025-03-12' })).toEqual({
      'data-pagefind-filter': 'publisher[data-publisher], type:source',
      'data-publisher': 'Coastal Wire, Ltd',
      'data-pagefind-meta': 'date:12 Mar 2025',
      'data-pagefind-sort': 'date:2025-03-12',
    });
  });
});
