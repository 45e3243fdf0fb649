import { ABOUT, SOURCES } from '../views/paths.ts';

/** Site path of the search bundle (Pagefind's `pagefind.js` and the index), written into the build folder. */
export const SEARCH_BUNDLE = '/pagefind/';

/**
 * The built pages Pagefind indexes as pages: each source article and the about
 * page. The briefing pages (overview, chronology, positions, figures) and the list
 * of sources are left out: their entries are indexed one by one as records
 * (see entry-records.ts), and indexing the pages too would return every entry twice.
 */
export const INDEXED_PAGES: readonly string[] = [`${SOURCES}*/`, ABOUT];

/** A glob, relative to the build folder, of the HTML files of `paths` (site paths ending in `/`). */
export function pagesGlob(paths: readonly string[] = INDEXED_PAGES): string {
  const files = paths.map((path) => `${path.replace(/^\/+/, '')}index.html`);
  return files.length === 1 ? (files[0] as string) : `{${files.join(',')}}`;
}

/**
 * The language of the index, an ISO 639-1 code from the site's BCP 47 `lang`
 * (`en-GB` → `en`). Pages and records share it, so they form one index.
 */
export function indexLanguage(lang: string): string {
  return (lang.split('-')[0] ?? '').toLowerCase() || 'en';
}
