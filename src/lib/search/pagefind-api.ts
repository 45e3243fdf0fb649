import type { PagefindResultData } from './result-view.ts';
import type { PagefindSearchOptions } from './search-state.ts';

/** Counts of results per filter value: `{ type: { event: 3 } }`. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

/** What `pagefind.search()` resolves to (the part the search page uses). */
export interface PagefindSearchResponse {
  /** Each record found: its id, the locations of its matched words, and its data (loaded when asked for). */
  results: { id: string; words: number[]; data: () => Promise<PagefindResultData> }[];
  /** Results for the words alone, without the filters. */
  unfilteredResultCount: number;
  /** Results per filter value for the words alone. */
  totalFilters: PagefindFilterCounts;
}

/**
 * The module `pagefind.js` that the build writes beside the index (Pagefind's JS
 * API), as the search page uses it. Its own types are not published as a package.
 */
export interface PagefindApi {
  options: (options: { baseUrl?: string; excerptLength?: number }) => Promise<void>;
  /** Every filter value with its number of records; loads the filter data. */
  filters: () => Promise<PagefindFilterCounts>;
  /** Resolves to null when a newer search superseded this one. */
  search: (query: string, options: PagefindSearchOptions) => Promise<PagefindSearchResponse | null>;
}
