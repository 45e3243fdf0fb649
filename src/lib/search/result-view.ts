import { excerptParts, type ExcerptPart } from './excerpt-parts.ts';
import { isResultType, LANDING_META, PAGE_LABEL, RESULT_TYPE_LABELS } from './fields.ts';
import { entryDirective, LANDABLE, pagefindWords } from './landing/landing.ts';
import { textDirective } from './text-directive.ts';

/** An element with an id on an indexed page, as Pagefind reports it. */
export interface PagefindAnchor {
  element: string;
  id: string;
  /** The element's own text (top-level text and inline elements). */
  text?: string;
  /** Its `data-pagefind-title`, when it has one. */
  title?: string;
  /** Index, in the page's content split at whitespace, of the element's first word. */
  location: number;
}

/** The part of Pagefind's `result.data()` the search page uses. */
export interface PagefindResultData {
  /** The result's URL, base path included (Pagefind's `baseUrl`). */
  url: string;
  /** The indexed text: a page's content, or an entry record's `content`. */
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** Indexes, in the content split at whitespace, of the matched words. */
  locations: number[];
  anchors: PagefindAnchor[];
  sub_results: { url: string; title?: string; excerpt?: string; locations: number[]; anchor?: PagefindAnchor }[];
}

/** One search result as the search page shows it. */
export interface ResultView {
  /** Where the result's link leads (see `resultHref`). */
  href: string;
  title: string;
  /** "Event", "Statement", "Figure", "Source article", or "Page". */
  type: string;
  /** The entry's date, or a source's publication day, as a label; null when not known. */
  date: string | null;
  /** The governments or organisations an entry concerns, or a source's publisher; null when none. */
  who: string | null;
  excerpt: ExcerptPart[];
}

/** The form of a source paragraph's id (`paragraphId` in src/lib/paragraphs.ts): `p4`. */
const PARAGRAPH_ID = /^p[1-9]\d*$/;

/**
 * Labels a Pagefind result for the results list. `textFragments`: whether the
 * browser follows text fragments (see `resultHref`).
 */
export function resultView(data: PagefindResultData, textFragments = true): ResultView {
  const type = data.filters.type?.[0] ?? '';
  const isSource = type === 'source';
  return {
    href: resultHref(data, textFragments),
    title: data.meta.title ?? data.url,
    type: isResultType(type) ? RESULT_TYPE_LABELS[type] : PAGE_LABEL,
    date: data.meta.date ?? null,
    who: (isSource ? data.filters.publisher?.[0] : data.meta.government) ?? null,
    excerpt: excerptParts(data.excerpt),
  };
}

/**
 * Where a result's link leads, with a text fragment (`:~:text=…`) for up to three of
 * the matched words so the browser highlights them and scrolls to them without any
 * script on the page it opens:
 * - an entry's record points at the entry (`/chronology/#<id>`); the words are those
 *   its landing marks allow (see landing/landing.ts), so the browser never finds
 *   them first elsewhere on the page;
 * - a source page leads to the first paragraph that holds a matched word;
 * - another page (the about page) leads to the section with the most matches;
 * - otherwise the page itself.
 *
 * Without `textFragments` (a browser that does not follow them, which would read
 * `#p4:~:text=…` as an id and stay at the top) the links keep their ids only.
 */
export function resultHref(data: PagefindResultData, textFragments = true): string {
  const directives = (list: readonly string[]) => (textFragments ? fragmentDirective(list) : '');
  const entry = entryMatch(data);
  if (entry !== null) return `${data.url}${directives(entry)}`;
  const paragraph = paragraphMatch(data);
  if (paragraph !== null) return `${data.url.replace(/#.*$/, '')}#${paragraph.id}${directives(paragraph.directives)}`;
  let best: PagefindResultData['sub_results'][number] | undefined;
  for (const sub of data.sub_results) if (sub.anchor && sub.locations.length > (best?.locations.length ?? 0)) best = sub;
  return best?.url ?? data.url;
}

/** Text directives at most per link: the first few distinct matched words. */
const MAX_DIRECTIVES = 3;

/** `:~:text=…&text=…`, or nothing without directives. */
export function fragmentDirective(directives: readonly string[]): string {
  return directives.length > 0 ? `:~:${directives.join('&')}` : '';
}

/**
 * The text directives of an entry record's link, for the matched words its landing
 * marks allow; none when the marks do not fit its words (an index from another
 * build), so the link opens the entry by its id alone; null for a result that is
 * not an entry record.
 */
export function entryMatch(data: Pick<PagefindResultData, 'content' | 'locations' | 'meta'>): string[] | null {
  const marks = data.meta[LANDING_META];
  if (marks === undefined) return null;
  const words = pagefindWords(data.content);
  if (marks.length !== words.length) return [];
  const landable = [...data.locations].sort((a, b) => a - b).filter((location) => marks[location] === LANDABLE);
  return distinctDirectives(words, landable, (index) => entryDirective(words, index));
}

/** The first source paragraph holding a matched word, and a text directive per distinct matched word in it. */
export function paragraphMatch(data: Pick<PagefindResultData, 'anchors' | 'locations'>): { id: string; directives: string[] } | null {
  const paragraphs = data.anchors
    .filter((anchor) => PARAGRAPH_ID.test(anchor.id))
    .map((anchor) => ({ anchor, words: pagefindWords(anchor.text ?? '') }));
  const locations = [...data.locations].sort((a, b) => a - b);
  for (const location of locations) {
    const hit = paragraphs.find(({ anchor, words }) => location >= anchor.location && location < anchor.location + words.length);
    if (!hit) continue;
    const inParagraph = locations.map((other) => other - hit.anchor.location).filter((index) => index >= 0 && index < hit.words.length);
    return { id: hit.anchor.id, directives: distinctDirectives(hit.words, inParagraph, (index) => textDirective(hit.words, index)) };
  }
  return null;
}

/** Directives for the words at `indexes` (in order), one per distinct word, at most `MAX_DIRECTIVES`. */
function distinctDirectives(words: readonly string[], indexes: readonly number[], directiveAt: (index: number) => string | null): string[] {
  const seen = new Set<string>();
  const directives: string[] = [];
  for (const index of indexes) {
    if (directives.length >= MAX_DIRECTIVES) break;
    const key = (words[index] ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    const directive = directiveAt(index);
    if (directive === null || seen.has(key)) continue;
    seen.add(key);
    directives.push(directive);
  }
  return directives;
}
