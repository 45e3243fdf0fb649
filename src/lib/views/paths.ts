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

/**
 * The positions section, and page when positions are split, of the speakers who speak for no
 * government. Its id sits beside government ids (actor ids), under `/positions/`.
 */
export const OTHER_VOICES = { id: 'other-voices', name: 'Other voices' } as const;

/*
 * Links to events, statements and figures depend on which page each is on, which depends on how many
 * there are: make them with `entryHref` of placement.ts, never by hand.
 */

/**
 * The link to a figure's row on the one-page `/figures/`, `/figures/#<id>`. Once figures are
 * split the row is on its category's page: link with `entryHref` of placement.ts.
 */
export function figureHref(id: string): string {
  return `${FIGURES}#${id}`;
}

/** The link to a section (a month, a government, a figure category) of a briefing page. */
export function sectionHref(page: string, id: string): string {
  return `${page}#${id}`;
}

/** The page of one source: `/sources/<id>/`. */
export function sourceHref(id: string): string {
  return `${SOURCES}${id}/`;
}

/** What each added source brought, newest first; `/updates/<YYYY-MM>/` (and its parts) keep them for good. */
export const UPDATES = '/updates/';
