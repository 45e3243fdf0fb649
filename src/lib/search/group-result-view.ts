import { readEntryAnchorId } from './entry-anchor-id.ts';
import { excerptParts } from './excerpt-parts.ts';
import { FILTER_KEYS, GROUP_META, GROUP_PATH, isResultType, LANDING_META, PAGE_LABEL, RESULT_TYPE_LABELS, type FilterKey } from './fields.ts';
import type { GroupEntryData } from './group-record.ts';
import { LANDABLE, pagefindWords } from './landing/landing.ts';
import { entryMatch, fragmentDirective, type PagefindAnchor, type PagefindResultData, type ResultView } from './result-view.ts';

/** A result with the day it sorts by (an ISO day), or null when it has none. */
export interface DatedView extends ResultView {
  day: string | null;
}

/**
 * For each word of a search, the locations Pagefind found for it alone in one record (a search for
 * that word: Pagefind's own stemming, prefixes and typo tolerance); null when the search is one word or
 * a quoted phrase, whose own locations say it all.
 */
export type TermLocations = readonly (readonly number[])[] | null;

/**
 * The words of a search that each need a search of their own (`TermLocations`): its words, split as
 * Pagefind splits them; null for one word or a quoted phrase (Pagefind's exact search).
 */
export function separateTerms(q: string): string[] | null {
  if (/^\s*".+"\s*$/.test(q)) return null;
  const terms = q.split(/\s+/).filter((term) => term !== '');
  return terms.length > 1 ? terms : null;
}

/**
 * The entries of a record that several entries share (a big briefing, see group-record.ts) that
 * Pagefind matched, each as a result of its own; null for any other record. Pagefind finds the record
 * when each searched word is somewhere in it, and splits it at each entry's element into sub-results:
 * those that hold matched words. An entry is shown when its sub-result holds, for each searched word,
 * one of the locations Pagefind found for that word (`terms`), so it is shown exactly when its own
 * record would have been found; and when it has a value of each chosen filter (the record's filters
 * are the union of its entries', narrowed by each entry's masks). Each links to its entry with the
 * words its landing marks allow, like an entry's own record, and carries its own day.
 */
export function groupEntryViews(data: PagefindResultData, filters: Record<FilterKey, string[]>, terms: TermLocations, textFragments = true): DatedView[] | null {
  const encoded = data.meta[GROUP_META];
  if (encoded === undefined) return null;
  const entries = JSON.parse(encoded) as GroupEntryData[];
  const anchors = entryAnchors(data);
  const words = pagefindWords(data.content);
  const type = data.filters.type?.[0] ?? '';
  const base = data.url.slice(0, data.url.lastIndexOf(GROUP_PATH) + 1);
  const views: DatedView[] = [];
  for (const sub of data.sub_results) {
    const at = anchors.findIndex((anchor) => anchor.id === sub.anchor?.id);
    const entry = entries[at];
    if (at < 0 || entry === undefined) continue;
    const start = (anchors[at] as PagefindAnchor).location;
    const end = anchors[at + 1]?.location ?? words.length;
    if (terms !== null && !terms.every((locations) => locations.some((location) => location >= start && location < end))) continue;
    const [landing, governments, publishers, date, who] = entry;
    const own: Record<FilterKey, string[]> = {
      type: [type],
      government: masked(data.filters.government ?? [], governments),
      publisher: masked(data.filters.publisher ?? [], publishers),
    };
    if (!FILTER_KEYS.every((key) => filters[key].length === 0 || filters[key].some((value) => own[key].includes(value)))) continue;
    const directives = entryMatch({
      content: words.slice(start, end).join(' '),
      locations: sub.locations.map((location) => location - start),
      meta: { [LANDING_META]: landing },
    }) ?? [];
    const { day, url } = readEntryAnchorId((sub.anchor as PagefindAnchor).id);
    views.push({
      // The element's id holds the entry's site-internal URL; the record's own URL has the base path before GROUP_PATH.
      href: `${base}${url.replace(/^\//, '')}${textFragments ? fragmentDirective(directives) : ''}`,
      title: sub.title ?? sub.url,
      type: isResultType(type) ? RESULT_TYPE_LABELS[type] : PAGE_LABEL,
      date: date || null,
      who: who || null,
      excerpt: excerptParts(sub.excerpt ?? ''),
      day: day || null,
    });
  }
  return views;
}

/** A shared record's sort day: its earliest entry's (its entries are in date order), matched or not; null for any other record. */
export function groupSortDay(data: PagefindResultData): string | null {
  if (data.meta[GROUP_META] === undefined) return null;
  const first = entryAnchors(data)[0];
  return first !== undefined ? readEntryAnchorId(first.id).day || null : null;
}

/** The elements that start the entries of a shared record, in order. */
function entryAnchors(data: PagefindResultData): PagefindAnchor[] {
  return data.anchors.filter((anchor) => anchor.title !== undefined).sort((a, b) => a.location - b.location);
}

/** The values of a filter (sorted) that an entry's mask marks as its own. */
function masked(values: readonly string[], mask: string): string[] {
  return values.toSorted().filter((_, index) => mask[index] === LANDABLE);
}
