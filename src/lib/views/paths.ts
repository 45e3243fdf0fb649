/**
 * Site-internal paths of the briefing pages, in one place so views, pages and
 * tests agree. Paths are before the base path (pages add it with `withBase`)
 * and end with a slash, as the built site serves them.
 */

export const OVERVIEW = '/';
export const CHRONOLOGY = '/chronology/';
export const POSITIONS = '/positions/';
export const FIGURES = '/figures/';
export const SOURCES = '/sources/';
export const SEARCH = '/search/';
export const ABOUT = '/about/';

/** The kinds of briefing entries a source paragraph can be cited by. */
export type EntryKind = 'event' | 'statement' | 'figure';

const ENTRY_PAGES: Record<EntryKind, string> = {
  event: CHRONOLOGY,
  statement: POSITIONS,
  figure: FIGURES,
};

/** The link to an entry on its briefing page: `entryHref('event', 'x')` → `/chronology/#x`. */
export function entryHref(kind: EntryKind, id: string): string {
  return `${ENTRY_PAGES[kind]}#${id}`;
}

/** The link to a section (a month, a government, a figure category) of a briefing page. */
export function sectionHref(page: string, id: string): string {
  return `${page}#${id}`;
}

/** The page of one source: `/sources/<id>/`. */
export function sourceHref(id: string): string {
  return `${SOURCES}${id}/`;
}
