import { excerptParts, type ExcerptPart } from './excerpt-parts.ts';
import { isResultType, PAGE_LABEL, RESULT_TYPE_LABELS } from './fields.ts';
import { textDirective } from './text-directive.ts';

/** An element with an id on an indexed page, as Pagefind reports it. */
export interface PagefindAnchor {
  element: string;
  id: string;
  /** The element's own text (top-level text and inline elements). */
  text?: string;
  /** Index, in the page's content split at whitespace, of the element's first word. */
  location: number;
}

/** The part of Pagefind's `result.data()` the search page uses. */
export interface PagefindResultData {
  /** The result's URL, base path included (Pagefind's `baseUrl`). */
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** Indexes, in the content split at whitespace, of the matched words. */
  locations: number[];
  anchors: PagefindAnchor[];
  sub_results: { url: string; locations: number[]; anchor?: PagefindAnchor }[];
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

/** Labels a Pagefind result for the results list. */
export function resultView(data: PagefindResultData): ResultView {
  const type = data.filters.type?.[0] ?? '';
  const isSource = type === 'source';
  return {
    href: resultHref(data),
    title: data.meta.title ?? data.url,
    type: isResultType(type) ? RESULT_TYPE_LABELS[type] : PAGE_LABEL,
    date: data.meta.date ?? null,
    who: (isSource ? data.filters.publisher?.[0] : data.meta.government) ?? null,
    excerpt: excerptParts(data.excerpt),
  };
}

/**
 * Where a result's link leads. An entry's record already points at the entry
 * (`/chronology/#<id>`). On a source page it is the first paragraph that holds a
 * matched word, with a text fragment for each matched word of that paragraph, so
 * the browser scrolls to the words and highlights them without any script on the
 * source page. On another page (the about page) it is the section with the most
 * matches. Otherwise the page itself.
 */
export function resultHref(data: PagefindResultData): string {
  const paragraph = paragraphMatch(data);
  if (paragraph !== null) {
    const page = data.url.replace(/#.*$/, '');
    return `${page}#${paragraph.id}${paragraph.directives.length > 0 ? `:~:${paragraph.directives.join('&')}` : ''}`;
  }
  let best: PagefindResultData['sub_results'][number] | undefined;
  for (const sub of data.sub_results) if (sub.anchor && sub.locations.length > (best?.locations.length ?? 0)) best = sub;
  return best?.url ?? data.url;
}

/** Text directives at most per link: the first few distinct matched words of the paragraph. */
const MAX_DIRECTIVES = 3;

/** The first source paragraph holding a matched word, and a text directive per distinct matched word in it. */
export function paragraphMatch(data: Pick<PagefindResultData, 'anchors' | 'locations'>): { id: string; directives: string[] } | null {
  const paragraphs = data.anchors
    .filter((anchor) => PARAGRAPH_ID.test(anchor.id))
    .map((anchor) => ({ anchor, words: (anchor.text ?? '').split(/\s+/).filter(Boolean) }));
  const locations = [...data.locations].sort((a, b) => a - b);
  for (const location of locations) {
    const hit = paragraphs.find(({ anchor, words }) => location >= anchor.location && location < anchor.location + words.length);
    if (!hit) continue;
    const seen = new Set<string>();
    const directives: string[] = [];
    for (const other of locations) {
      const index = other - hit.anchor.location;
      if (index < 0 || index >= hit.words.length || directives.length >= MAX_DIRECTIVES) continue;
      const key = (hit.words[index] ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
      const directive = textDirective(hit.words, index);
      if (directive === null || seen.has(key)) continue;
      seen.add(key);
      directives.push(directive);
    }
    return { id: hit.anchor.id, directives };
  }
  return null;
}
