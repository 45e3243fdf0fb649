import { countLabel } from '../views/format/count-label.ts';

/** What a finished search found, for the status line that screen readers announce. */
export interface SearchOutcome {
  /** The words searched for. */
  q: string;
  /** Results with the chosen filters: Pagefind's records. */
  count: number;
  /** Results for the words alone, without the filters. */
  unfiltered: number;
  /** Whether any filter is chosen. */
  filtered: boolean;
  /**
   * On a big briefing, how many entries at most share a search record (entry-groups.ts): Pagefind
   * then counts a run of entries as one record. Absent (or null) when each entry is a record.
   */
  sharedEntries?: number | null;
  /** The results the page lists, entry by entry, once it has listed all of them; null before. */
  listed?: number | null;
}

/**
 * The status line after a search: "3 results for “troops”", "No results for
 * “troops”", and with filters "2 results for “troops” with the chosen filters
 * (5 without them)", so a reader knows the filters hide something. When entries share
 * search records, Pagefind's counts are of records, not entries: the line then counts
 * the results it lists once it has listed them all (without filters), and otherwise
 * calls Pagefind's counts matches and says what a match is.
 */
export function statusText({ q, count, unfiltered, filtered, sharedEntries = null, listed = null }: SearchOutcome): string {
  if (sharedEntries !== null && listed !== null && !filtered) return `${listed === 0 ? 'No results' : countLabel(listed, 'result')} for “${q}”.`;
  const noun = sharedEntries === null ? 'result' : 'match';
  const plural = sharedEntries === null ? 'results' : 'matches';
  const found = count === 0 ? `No results for “${q}”` : `${countLabel(count, noun, plural)} for “${q}”`;
  const scope = filtered ? ` with the chosen filters (${unfiltered} without them)` : '';
  if (sharedEntries === null) return `${found}${scope}.`;
  return `${found}${scope}. A match is a source article, a page, or up to ${sharedEntries} entries that share a search record; each entry is listed on its own.`;
}
