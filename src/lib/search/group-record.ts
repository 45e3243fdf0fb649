import type { SearchRecord } from './entry-records.ts';
import { entryAnchorId } from './entry-anchor-id.ts';
import { groupFilters, groupSortDay, type EntryGroup } from './entry-groups.ts';
import { FILTER_KEYS, GROUP_META, LANDING_META, PIECE_SEPARATOR, SORT_KEY, type FilterKey } from './fields.ts';
import { LANDABLE, NOT_LANDABLE, pagefindWords } from './landing/landing.ts';

/**
 * What the search page needs of each entry of a shared record, in the order of its entries:
 * `[landing marks, government mask, publisher mask, date label, governments label]`. A mask has a
 * `LANDABLE` mark per value of the record's filter (its values sorted) that the entry has, so the
 * page shows only the entries a chosen filter names. Punctuation and the entry's own words only:
 * Pagefind indexes the words of `meta`, and a word found only there would find the record but
 * none of its entries.
 */
export type GroupEntryData = [landing: string, government: string, publisher: string, date: string, who: string];

/**
 * One search record for a group of entries (entry-groups.ts), as an HTML document for Pagefind's
 * `addHTMLFile`. Each entry is its words after an empty element whose id is the entry's sort day
 * and its own URL (`entryAnchorId`) and whose `data-pagefind-title` is its title: Pagefind splits the
 * record there into sub-results, and the search page links each to that URL and orders it by that
 * day. Neither is indexed. The entry's date and governments follow its words, so a search finds the
 * entry by them, as it finds an entry record by its `meta`. Filters are the union of the entries' (see
 * `GroupEntryData` for how the page narrows them), the sort day the earliest entry's (the page
 * orders the entries by their own, see date-order.ts).
 */
export function groupRecordHtml(group: EntryGroup, language: string): string {
  const filters = groupFilters(group);
  const sortDay = groupSortDay(group);
  const hidden = [
    ...FILTER_KEYS.flatMap((key) => filters[key].map((value) => `<span data-pagefind-filter="${key}">${escapeHtml(value)}</span>`)),
    `<span data-pagefind-meta="${GROUP_META}:${escapeHtml(JSON.stringify(group.records.map((record) => entryData(record, filters))))}"></span>`,
    sortDay !== null ? `<span data-pagefind-sort="${SORT_KEY}:${sortDay}"></span>` : '',
  ].join('');
  const entries = group.records.map(
    (record) => `<span id="${escapeHtml(entryAnchorId(record))}" data-pagefind-title="${escapeHtml(record.meta.title ?? '')}"></span>${escapeHtml(sectionText(record))}`,
  );
  // A title of punctuation only: Pagefind indexes it, and the record has no title of its own.
  return `<html lang="${language}"><head><title>${PIECE_SEPARATOR.trim()}</title></head><body data-pagefind-body><div data-pagefind-ignore>${hidden}</div>${entries.join(' ')}</body></html>`;
}

/** The words an entry has in a shared record: its record's content, then its date and governments. */
export function sectionText(record: SearchRecord): string {
  return [record.content, ...extraPieces(record)].join(PIECE_SEPARATOR);
}

/** The entry's data for the search page (see `GroupEntryData`). */
export function entryData(record: SearchRecord, filters: Record<FilterKey, string[]>): GroupEntryData {
  const extra = extraPieces(record);
  const extraMarks = pagefindWords(extra.map((piece) => `${PIECE_SEPARATOR}${piece}`).join('')).map(() => NOT_LANDABLE).join('');
  const landing = record.meta[LANDING_META] ?? '';
  return [landing + extraMarks, mask(filters.government, record.filters.government), mask(filters.publisher, record.filters.publisher), record.meta.date ?? '', record.meta.government ?? ''];
}

function extraPieces(record: SearchRecord): string[] {
  return [record.meta.date ?? '', record.meta.government ?? ''].filter((piece) => piece !== '');
}

/** A mark per value of `all`, sorted: `LANDABLE` when `own` has it. */
function mask(all: readonly string[], own: readonly string[]): string {
  return all.toSorted().map((value) => (own.includes(value) ? LANDABLE : NOT_LANDABLE)).join('');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
