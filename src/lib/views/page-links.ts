import type { EntryPage } from './placement.ts';

/** A link to another page of entries. */
export interface PageLink {
  /** Site path before the base: `/chronology/2024-10/`. */
  href: string;
  /** Readers' words for the page: "October 2024", "October 2024, part 2 of 3". */
  label: string;
}

/** Links from one page of entries to its neighbours and to the other parts of its period. */
export interface PageNav {
  /** The page before, in reading order; null on the first. */
  previous: PageLink | null;
  /** The page after, in reading order; null on the last. */
  next: PageLink | null;
  /** Every part of the page's period, this one included; empty when the period is not cut. */
  parts: (PageLink & { current: boolean })[];
}

/** ", part 2 of 3" for a period cut into parts, else nothing. */
export function partSuffix(page: Pick<EntryPage, 'part' | 'parts'>): string {
  return page.parts > 1 ? `, part ${page.part} of ${page.parts}` : '';
}

/**
 * Previous, next and sibling parts of `pages[index]`, among pages given in reading order.
 * `label` names a page for readers.
 */
export function pageNav(pages: readonly EntryPage[], index: number, label: (page: EntryPage) => string): PageNav {
  const page = pages[index];
  const link = (other: EntryPage | undefined): PageLink | null => (other ? { href: other.path, label: label(other) } : null);
  const parts = page && page.parts > 1 ? pages.filter((other) => other.period === page.period && other.government === page.government && other.category === page.category) : [];
  return {
    previous: link(pages[index - 1]),
    next: link(pages[index + 1]),
    parts: parts.map((other) => ({ href: other.path, label: label(other), current: other === page })),
  };
}
