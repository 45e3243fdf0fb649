import { excerptParts } from './excerpt-parts.ts';
import { FILTER_KEYS, GROUP_META, GROUP_PATH, isResultType, LANDING_META, PAGE_LABEL, RESULT_TYPE_LABELS, type FilterKey } from './fields.ts';
import type { GroupEntryData } from './group-record.ts';
import { LANDABLE, pagefindWords } from './landing/landing.ts';
import { matchesEveryTerm } from './matches-every-term.ts';
import { entryMatch, fragmentDirective, type PagefindAnchor, type PagefindResultData, type ResultView } from './result-view.ts';

/** What the search page asks of the entries of a shared record: the words searched for, the chosen filter values, and the date order. */
export interface GroupChoice {
  q: string;
  filters: Record<FilterKey, string[]>;
  newestFirst: boolean;
}

/**
 * The entries of a record that several entries of one page share (a big briefing, see
 * group-record.ts) that hold a match for every searched word and have a value of each chosen filter, as results,
 * each linking to its entry with the words its landing marks allow, like an entry's own record;
 * null for any other record. Pagefind splits the record at each entry's element into sub-results
 * (those with matched words), but finds the record when its words are anywhere in it and filters
 * it by the union of its entries' values: each entry is checked here as its own record would be.
 */
export function groupEntryViews(data: PagefindResultData, choice: GroupChoice, textFragments = true): ResultView[] | null {
  const encoded = data.meta[GROUP_META];
  if (encoded === undefined) return null;
  const entries = JSON.parse(encoded) as GroupEntryData[];
  const anchors = data.anchors.filter((anchor) => anchor.title !== undefined).sort((a, b) => a.location - b.location);
  const words = pagefindWords(data.content);
  const type = data.filters.type?.[0] ?? '';
  const base = data.url.slice(0, data.url.lastIndexOf(GROUP_PATH) + 1);
  const views: ResultView[] = [];
  for (const sub of data.sub_results) {
    const at = anchors.findIndex((anchor) => anchor.id === sub.anchor?.id);
    const entry = entries[at];
    if (at < 0 || entry === undefined) continue;
    const [landing, governments, publishers, date, who] = entry;
    const own: Record<FilterKey, string[]> = {
      type: [type],
      government: masked(data.filters.government ?? [], governments),
      publisher: masked(data.filters.publisher ?? [], publishers),
    };
    if (!FILTER_KEYS.every((key) => choice.filters[key].length === 0 || choice.filters[key].some((value) => own[key].includes(value)))) continue;
    const start = (anchors[at] as PagefindAnchor).location;
    const end = anchors[at + 1]?.location ?? words.length;
    if (!matchesEveryTerm(sub.locations.map((location) => words[location] ?? ''), choice.q)) continue;
    const directives = entryMatch({
      content: words.slice(start, end).join(' '),
      locations: sub.locations.map((location) => location - start),
      meta: { [LANDING_META]: landing },
    }) ?? [];
    views.push({
      // The element's id is the entry's site-internal URL; the record's own URL has the base path before GROUP_PATH.
      href: `${base}${(sub.anchor as PagefindAnchor).id.replace(/^\//, '')}${textFragments ? fragmentDirective(directives) : ''}`,
      title: sub.title ?? sub.url,
      type: isResultType(type) ? RESULT_TYPE_LABELS[type] : PAGE_LABEL,
      date: date || null,
      who: who || null,
      excerpt: excerptParts(sub.excerpt ?? ''),
    });
  }
  // The entries are in date order on their page, oldest first.
  return choice.newestFirst ? views.reverse() : views;
}

/** The values of a filter (sorted) that an entry's mask marks as its own. */
function masked(values: readonly string[], mask: string): string[] {
  return values.toSorted().filter((_, index) => mask[index] === LANDABLE);
}
