import { withBase } from './url.ts';

/**
 * The absolute URL of a site-internal path (`/about/`), base path included, for
 * canonical links, Open Graph, feeds and JSON-LD. Without a configured `site`
 * the based path is returned, so a build without one still links somewhere sensible.
 */
export function absoluteUrl(path: string, site: URL | string | undefined, base?: string): string {
  const based = withBase(path, base);
  return site === undefined ? based : new URL(based, site).href;
}
