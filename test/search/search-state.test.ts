import { describe, expect, test } from 'vitest';
import { pagefindSearchOptions, readSearchState, searchQueryString, type SearchState } from '../../src/lib/search/search-state.ts';

const empty = { type: [], government: [], publisher: [] };

describe('readSearchState', () => {
  test('reads the words, every filter value and the order', () => {
    const state = readSearchState(new URLSearchParams('q=port+alba&type=event&type=figure&government=Sylvania&publisher=Harbour+Post&sort=newest'));
    expect(state).toEqual({
      q: 'port alba',
      filters: { type: ['event', 'figure'], government: ['Sylvania'], publisher: ['Harbour Post'] },
      sort: 'newest',
    });
  });

  test('an empty query is an empty search in relevance order', () => {
    expect(readSearchState(new URLSearchParams(''))).toEqual({ q: '', filters: empty, sort: 'relevance' });
  });

  test('trims and collapses spaces; drops empty and repeated filter values', () => {
    expect(readSearchState(new URLSearchParams('q=%20%20two%20%20%20boats%20&type=&type=event&type=event'))).toEqual({
      q: 'two boats',
      filters: { ...empty, type: ['event'] },
      sort: 'relevance',
    });
  });

  test('ignores unknown parameters and an unknown order', () => {
    expect(readSearchState(new URLSearchParams('q=boats&page=2&sort=random&colour=red'))).toEqual({ q: 'boats', filters: empty, sort: 'relevance' });
  });
});

describe('searchQueryString', () => {
  test('writes the words, the filters in their order, then a non-default sort', () => {
    const state: SearchState = { q: 'Port Alba', filters: { type: ['event'], government: ['Sylvania'], publisher: [] }, sort: 'oldest' };
    expect(searchQueryString(state)).toBe('?q=Port+Alba&type=event&government=Sylvania&sort=oldest');
  });

  test('a plain search is just ?q=, and nothing gives an empty string', () => {
    expect(searchQueryString({ q: 'boats', filters: empty, sort: 'relevance' })).toBe('?q=boats');
    expect(searchQueryString({ q: '', filters: empty, sort: 'relevance' })).toBe('');
  });

  test('reading what it wrote gives the same state', () => {
    const state: SearchState = { q: 'fishing & boats', filters: { type: ['statement'], government: [], publisher: ['Coastal Wire, Ltd'] }, sort: 'newest' };
    expect(readSearchState(new URLSearchParams(searchQueryString(state)))).toEqual(state);
  });
});

describe('pagefindSearchOptions', () => {
  test('each chosen filter matches any of its values; unchosen filters are left out', () => {
    expect(pagefindSearchOptions({ q: 'x', filters: { type: ['event', 'figure'], government: [], publisher: ['Harbour Post'] }, sort: 'relevance' })).toEqual({
      filters: { type: { any: ['event', 'figure'] }, publisher: { any: ['Harbour Post'] } },
    });
  });

  test('newest first sorts by date descending, oldest first ascending', () => {
    expect(pagefindSearchOptions({ q: 'x', filters: empty, sort: 'newest' })).toEqual({ filters: {}, sort: { date: 'desc' } });
    expect(pagefindSearchOptions({ q: 'x', filters: empty, sort: 'oldest' })).toEqual({ filters: {}, sort: { date: 'asc' } });
  });
});
