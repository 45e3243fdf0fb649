import { FILTER_KEYS, SORT_KEY, type FilterKey } from './fields.ts';

/** How results are ordered: Pagefind's ranking, or by date. */
export type SortOrder = 'relevance' | 'newest' | 'oldest';

/** What the search page searches for, as its URL records it (`?q=…&type=event&sort=newest`). */
export interface SearchState {
  /** The words typed, trimmed; empty when nothing is searched. */
  q: string;
  /** The checked values of each filter; several values of one filter mean any of them. */
  filters: Record<FilterKey, string[]>;
  sort: SortOrder;
}

/** The options of Pagefind's `search(q, options)` for a state. */
export interface PagefindSearchOptions {
  filters: Partial<Record<FilterKey, { any: string[] }>>;
  sort?: Record<string, 'asc' | 'desc'>;
}

const SORTS: readonly SortOrder[] = ['relevance', 'newest', 'oldest'];

/**
 * Reads the search from a URL's query: `q`, each filter key (repeatable) and
 * `sort`. Unknown parameters and values are ignored, so an old or hand-edited
 * link still opens a search.
 */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, distinct(params.getAll(key))])) as Record<FilterKey, string[]>;
  const sort = params.get('sort') ?? '';
  return {
    q: (params.get('q') ?? '').replace(/\s+/g, ' ').trim(),
    filters,
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as SortOrder) : 'relevance',
  };
}

/**
 * The query string of a state, the inverse of `readSearchState`: `q` first, then the
 * filters in `FILTER_KEYS` order, then `sort` unless it is the default. Empty parts
 * are left out, so a plain search reads `?q=word`.
 */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q !== '') params.set('q', state.q);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** Pagefind's search options: every filter with a checked value (any of them), and the date sort. */
export function pagefindSearchOptions(state: SearchState): PagefindSearchOptions {
  const filters: PagefindSearchOptions['filters'] = {};
  for (const key of FILTER_KEYS) if (state.filters[key].length > 0) filters[key] = { any: state.filters[key] };
  if (state.sort === 'relevance') return { filters };
  return { filters, sort: { [SORT_KEY]: state.sort === 'newest' ? 'desc' : 'asc' } };
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter((value) => value !== ''))];
}
