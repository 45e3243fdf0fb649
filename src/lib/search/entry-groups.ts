import type { SearchRecord } from './entry-records.ts';
import { GROUP_PATH, SORT_KEY, type FilterKey } from './fields.ts';

/**
 * How many entry records the search index holds before entries share records. Every search first
 * downloads Pagefind's metadata, about 8 bytes compressed per record (its fragment's hash, its word
 * count, its place in the date sort) whatever its size: at 10,000 sources, 10,000 articles and 44,000
 * entries made 470 KB of metadata. Up to this many entries each is a record of its own; beyond it,
 * consecutive entries of one kind share a record, as many as keep the records near this number.
 */
export const ENTRY_RECORD_BUDGET = 4000;

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
 * The records in groups of at most `size` entries of one kind, ordered by the page they are on and
 * then by sort day (the model's order among equal days): a group holds neighbours, a short stretch
 * of one month's chronology or of one government's statements, and sorts by its earliest day.
 */
export function entryGroups(records: readonly SearchRecord[], size: number): EntryGroup[] {
  const byKind = Map.groupBy(records, (record) => record.filters.type.join());
  const groups: EntryGroup[] = [];
  for (const ofKind of byKind.values()) {
    const ordered = ofKind.toSorted((a, b) => pageOf(a.url).localeCompare(pageOf(b.url)) || sortDay(a).localeCompare(sortDay(b)));
    for (let start = 0; start < ordered.length; start += size) {
      groups.push({ url: `${GROUP_PATH}${groups.length + 1}/`, records: ordered.slice(start, start + size) });
    }
  }
  return groups;
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

/** `/chronology/2024-10/#x` → `/chronology/2024-10/`. */
function pageOf(url: string): string {
  return url.replace(/#.*$/, '');
}

function sortDay(record: SearchRecord): string {
  return record.sort[SORT_KEY] ?? '';
}
