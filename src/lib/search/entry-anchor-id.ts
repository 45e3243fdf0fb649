import type { SearchRecord } from './entry-records.ts';
import { SORT_KEY } from './fields.ts';

/**
 * The id of an entry's element in a shared record: its sort day, if any, then its site-internal URL,
 * `2024-10-03/chronology/2024-10/#<id>` (an attribute, so Pagefind does not index the day as a word).
 */
export function entryAnchorId(record: Pick<SearchRecord, 'url' | 'sort'>): string {
  return `${record.sort[SORT_KEY] ?? ''}${record.url}`;
}

/** The sort day (or '') and the URL of an entry, from the id of its element (`entryAnchorId`). */
export function readEntryAnchorId(id: string): { day: string; url: string } {
  const day = /^\d{4}-\d{2}-\d{2}(?=\/)/.exec(id)?.[0] ?? '';
  return { day, url: id.slice(day.length) };
}
