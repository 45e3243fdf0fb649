import { siteAnchors, siteEarlierLinks } from '../anchors/site-anchors.ts';
import { getBriefing } from '../load-briefing.ts';
import { stubOnlyPages } from '../views/moved-entries.ts';
import { CHRONOLOGY, FIGURES, POSITIONS, sourceHref } from '../views/paths.ts';
import { sitePlacement } from '../views/site-placement.ts';
import { withoutBase } from './url.ts';

/**
 * The pages built only to keep links published earlier: those that keep stubs and notices of
 * entries (StubOnlyPage.astro) and the pages of removed sources. They are `noindex`, so the sitemap
 * leaves them out too. The areas' own index pages always have content.
 */
export function stubOnlyPaths(root: string = process.cwd()): Set<string> {
  const briefing = getBriefing(root);
  const areas = new Set([CHRONOLOGY, POSITIONS, FIGURES]);
  const removed = siteAnchors(briefing, root).landings.removedSources.map((source) => sourceHref(source.id));
  return new Set([...stubOnlyPages(sitePlacement(briefing), siteEarlierLinks(briefing, root)).filter((path) => !areas.has(path)), ...removed]);
}

/**
 * The sitemap integration's `filter`: false for a stub-only page's URL. Worked out on the first
 * call, once the pages are built, from the same model the pages were built from.
 */
export function sitemapFilter(base: string, root: string = process.cwd()): (page: string) => boolean {
  let unlisted: Set<string> | undefined;
  return (page) => {
    unlisted ??= stubOnlyPaths(root);
    return !unlisted.has(withoutBase(new URL(page).pathname, base));
  };
}
