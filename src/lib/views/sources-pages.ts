import { periodLabel } from './format/period-label.ts';
import { ENTRY_BYTES, type PageBudget } from './page-budget.ts';
import type { PageLink, PageNav } from './page-links.ts';
import { SOURCES } from './paths.ts';

/*
 * The list of sources, `/sources/`, on one page while it fits the page budget (page-budget.ts);
 * beyond it, `/sources/` lists the months of publication, newest first, and each month's sources
 * are on `/sources/months/<YYYY-MM>/`, cut into parts (`…/<YYYY-MM>/2/`) when one month is too
 * heavy. The month pages sit one folder deeper than the articles (`/sources/<id>/`), so no path
 * can be both, and the search index, which takes `/sources/*​/` as articles, leaves them out.
 * The list has no anchors of its own: every link into it is a page address, and `/sources/`
 * stays the way in.
 */

/** Where the month pages of a split list live: `/sources/months/`. */
export const SOURCE_MONTHS = `${SOURCES}months/`;

/** What the list needs of a source: its id, day of publication and the words shown. */
export interface ListedSource {
  id: string;
  data: { published: string; title: string; publisher: string | null };
}

/** One page of the split list: a month's sources, or a part of them. */
export interface SourcesPage<T extends ListedSource> {
  /** Site path before the base: `/sources/months/2024-10/`, `/sources/months/2024-10/2/`. */
  path: string;
  /** `2024-10`. */
  period: string;
  /** 1-based rank among the parts of the month; 1 when it is not cut. */
  part: number;
  parts: number;
  /** "October 2024", "October 2024, part 2 of 3". */
  label: string;
  /** The month's sources on this page, in the list's order (newest first). */
  sources: T[];
}

/** A month in the list that `/sources/` shows when split. */
export interface SourceMonth {
  period: string;
  /** "October 2024". */
  label: string;
  /** How many sources were published in it. */
  count: number;
  /** Its page, or one link per part. */
  pages: PageLink[];
}

/** The list of sources: one page, or months with pages of their own. */
export interface SourcesPlacement<T extends ListedSource> {
  split: boolean;
  /** Newest month first; empty when not split. */
  months: SourceMonth[];
  /** Month pages in the order of `months`, parts in order; empty when not split. */
  pages: SourcesPage<T>[];
}

/** Markup of one list item without its words: the link, the meta line, the date element (measured: about 300 bytes). */
const ITEM_OVERHEAD = 400;
const encoder = new TextEncoder();

/** An upper estimate of a source's list item in bytes: markup, and its title and publisher twice (escaping, attributes). */
export function sourceItemBytes(source: ListedSource): number {
  return ITEM_OVERHEAD + 2 * encoder.encode(source.data.title + (source.data.publisher ?? '')).length;
}

/**
 * Cuts `sources` (in list order, newest first) into pages whose items add up to at most the budget's
 * bytes (`entries × ENTRY_BYTES`, the bytes a page of entries may hold); a single item heavier
 * than that still gets a page. Everything depends on the sources and the budget alone.
 */
export function placeSources<T extends ListedSource>(sources: readonly T[], budget: PageBudget): SourcesPlacement<T> {
  const capacity = budget.entries * ENTRY_BYTES;
  const total = sources.reduce((sum, source) => sum + sourceItemBytes(source), 0);
  if (total <= capacity) return { split: false, months: [], pages: [] };

  const byMonth = new Map<string, T[]>();
  for (const source of sources) {
    const month = source.data.published.slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), source]);
  }
  const months: SourceMonth[] = [];
  const pages: SourcesPage<T>[] = [];
  for (const period of [...byMonth.keys()].sort().reverse()) {
    const chunks = cut(byMonth.get(period) ?? [], capacity);
    const monthPages = chunks.map((chunk, i): SourcesPage<T> => {
      const part = i + 1;
      return {
        path: `${SOURCE_MONTHS}${period}/${part > 1 ? `${part}/` : ''}`,
        period,
        part,
        parts: chunks.length,
        label: `${periodLabel(period)}${chunks.length > 1 ? `, part ${part} of ${chunks.length}` : ''}`,
        sources: chunk,
      };
    });
    pages.push(...monthPages);
    months.push({
      period,
      label: periodLabel(period),
      count: chunks.reduce((sum, chunk) => sum + chunk.length, 0),
      pages: monthPages.map((page) => ({ href: page.path, label: page.label })),
    });
  }
  return { split: true, months, pages };
}

/** Consecutive runs of `sources` whose bytes stay within `capacity`, each run at least one source. */
function cut<T extends ListedSource>(sources: readonly T[], capacity: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const source of sources) {
    const size = sourceItemBytes(source);
    if (current.length > 0 && bytes + size > capacity) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(source);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Links from `pages[index]` to the month pages before and after it, and to the other parts of its month. */
export function sourcesPageNav<T extends ListedSource>(pages: readonly SourcesPage<T>[], index: number): PageNav {
  const page = pages[index];
  const link = (other: SourcesPage<T> | undefined): PageLink | null => (other ? { href: other.path, label: other.label } : null);
  const parts = page && page.parts > 1 ? pages.filter((other) => other.period === page.period) : [];
  return {
    previous: link(pages[index - 1]),
    next: link(pages[index + 1]),
    parts: parts.map((other) => ({ href: other.path, label: other.label, current: other === page })),
  };
}
