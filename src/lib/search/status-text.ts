import { countLabel } from '../views/format/count-label.ts';

/** What a finished search found, for the status line that screen readers announce. */
export interface SearchOutcome {
  /** The words searched for. */
  q: string;
  /** Results with the chosen filters. */
  count: number;
  /** Results for the words alone, without the filters. */
  unfiltered: number;
  /** Whether any filter is chosen. */
  filtered: boolean;
}

/**
 * The status line after a search: "3 results for “troops”", "No results for
 * “troops”", and with filters "2 results for “troops” with the chosen filters
 * (5 without them)", so a reader knows the filters hide something.
 */
export function statusText({ q, count, unfiltered, filtered }: SearchOutcome): string {
  const found = count === 0 ? `No results for “${q}”` : `${countLabel(count, 'result')} for “${q}”`;
  if (!filtered) return `${found}.`;
  return `${found} with the chosen filters (${unfiltered} without them).`;
}
