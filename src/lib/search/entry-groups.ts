import type { SearchRecord } from './entry-records.ts';
import { GROUP_PATH, SORT_KEY, type FilterKey } from './fields.ts';

/**
 * How many entry records the search index holds before entries share records. Every search first
 * downloads Pagefind's metadata, about 8 bytes compressed per record (its fragment's hash, its word
 * count, its place in the date sort) whatever its size: at 10,000 sources, 10,000 articles and 44,000
 * entries made 470 KB of metadata. Up to this many entries each is a record of its own; beyond it,
 * entries of one kind close in date share a record, as many as keep the records near this number.
 * Measured at 10,000 sources (47,000 entries, one search index rewritten with each budget): a first
 * search downloaded 289 KB with 4,000 (12 entries a record), 273 KB with 2,000 (24), 267 KB with
 * 1,000 (48); the 10,000 articles' own metadata, about 90 KB, is the rest. 2,000 leaves a margin
 * under the 300 KB target without making each shared record's fragment much longer.
 */
export const ENTRY_RECORD_BUDGET = 2000;

/** Overrides the budget, for tests (a few seed entries then share records). */
export const SEARCH_BUDGET_VARIABLE = 'BRIEFING_SEARCH_BUDGET';

/** Entries of one kind (events, statements, figures) that share a search record, in reading order. */
export interface EntryGroup {
  /** The record's URL (`/_entries/12/`): Pagefind keeps one record per URL. */
  url: string;
  records: SearchRecord[];
}

/** The budget of this build: `BRIEFING_SEARCH_BUDGET` when set to a whole number, else `ENTRY_RECORD_BUDGET`. */
export function entryRecordBudget(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env[SEARCH_BUDGET_VARIABLE]);
  return Number.isInteger(value) && value > 0 ? value : ENTRY_RECORD_BUDGET;
}

/** Entries per shared record: 1 while the entries fit the budget. */
export function entriesPerRecord(entries: number, budget: number): number {
  return Math.max(1, Math.ceil(entries / budget));
}

/**
 * How many days the entries of one shared record may span at most. The search page orders a date-sorted
 * search entry by entry while Pagefind orders the records by their earliest day: a record's entries are
 * then at most this many days after its sort day, which tells the page when an entry's place is settled
 * (date-order.ts). A month keeps groups full at 10,000 sources and the page's look-ahead short.
 */
export const GROUP_SPAN_DAYS = 31;

/**
 * The records in groups of at most `size` entries of one kind, in date order (the model's order among
 * equal days), a group ending early where its entries would span more than `GROUP_SPAN_DAYS`. Entries
 * without a sort day are grouped apart, with no sort day, so a date-sorted search leaves them out as it
 * leaves out an undated entry's own record.
 */
export function entryGroups(records: readonly SearchRecord[], size: number): EntryGroup[] {
  const byKind = Map.groupBy(records, (record) => record.filters.type.join());
  const groups: EntryGroup[] = [];
  const add = (ofGroup: SearchRecord[]) => groups.push({ url: `${GROUP_PATH}${groups.length + 1}/`, records: ofGroup });
  for (const ofKind of byKind.values()) {
    const dated = ofKind.filter((record) => sortDay(record) !== '').toSorted((a, b) => sortDay(a).localeCompare(sortDay(b)));
    let current: SearchRecord[] = [];
    for (const record of dated) {
      const first = current[0];
      if (current.length === size || (first !== undefined && daysBetween(sortDay(first), sortDay(record)) > GROUP_SPAN_DAYS)) {
        add(current);
        current = [];
      }
      current.push(record);
    }
    if (current.length > 0) add(current);
    const undated = ofKind.filter((record) => sortDay(record) === '');
    for (let start = 0; start < undated.length; start += size) add(undated.slice(start, start + size));
  }
  return groups;
}

/** Whole days from ISO day `from` to ISO day `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Each filter's values over the group's entries, first occurrence kept: a group is found by any of its entries' values. */
export function groupFilters(group: EntryGroup): Record<FilterKey, string[]> {
  const union = (key: FilterKey) => [...new Set(group.records.flatMap((record) => record.filters[key]))];
  return { type: union('type'), government: union('government'), publisher: union('publisher') };
}

/** The group's sort day: its earliest entry's; none when no entry has one. */
export function groupSortDay(group: EntryGroup): string | null {
  const days = group.records.map(sortDay).filter((day) => day !== '');
  return days.length > 0 ? (days.toSorted()[0] as string) : null;
}

/** The entry's sort day (an ISO day), or '' when it has none. */
export function sortDay(record: SearchRecord): string {
  return record.sort[SORT_KEY] ?? '';
}
