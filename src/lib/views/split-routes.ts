import { movedFrom, stubOnlyPages } from './moved-entries.ts';
import type { Placement } from './placement.ts';

/** One page of a split area (chronology, positions, figures), as its catch-all route builds it. */
export interface SplitRoute<P, M> {
  /** The path under the area, without slashes at the ends: `2024-10/2` for `/chronology/2024-10/2/`. */
  rest: string;
  /** The page's view; null for a page that only keeps stubs of entries that moved away. */
  page: P | null;
  /** The stubs this page keeps. */
  moved: M[];
}

/**
 * Every page a split area builds under `area` (e.g. `/chronology/`): its pages of entries, then the
 * pages that only keep stubs for links published earlier. One function for the three areas, so
 * they cannot drift apart in which pages they build.
 */
export function splitRoutes<P extends { path: string }, M extends { page: string }>(
  area: string,
  pages: readonly P[],
  placement: Placement,
  moved: readonly M[],
): SplitRoute<P, M>[] {
  const rest = (path: string) => path.slice(area.length, -1);
  const stubOnly = stubOnlyPages(placement, moved).filter((path) => path.startsWith(area) && path !== area);
  return [
    ...pages.map((page) => ({ rest: rest(page.path), page, moved: movedFrom(moved, page.path) })),
    ...stubOnly.map((path) => ({ rest: rest(path), page: null, moved: movedFrom(moved, path) })),
  ];
}
