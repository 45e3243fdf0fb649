import { withoutBase } from './url.ts';

/** One item of the site's main navigation. */
export interface NavItem {
  /** Label shown to readers. */
  label: string;
  /** Site-internal path (before `withBase`), with a trailing slash. */
  path: string;
}

/** The site's sections, in the order the header lists them. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Overview', path: '/' },
  { label: 'Chronology', path: '/chronology/' },
  { label: 'Positions', path: '/positions/' },
  { label: 'Figures', path: '/figures/' },
  { label: 'Sources', path: '/sources/' },
  { label: 'Updates', path: '/updates/' },
  { label: 'About', path: '/about/' },
];

/**
 * The `aria-current` value of a navigation item on the page at `pathname`
 * (the browser path, base included): `page` when the item is this very page,
 * `true` when this page lies inside the item's section (a source page under
 * Sources), otherwise `undefined` so the attribute is left out.
 */
export function navCurrent(pathname: string, itemPath: string, base?: string): 'page' | 'true' | undefined {
  const here = withTrailingSlash(withoutBase(pathname, base));
  if (here === itemPath) return 'page';
  // The overview is the root of every path; only an exact match marks it.
  if (itemPath !== '/' && here.startsWith(itemPath)) return 'true';
  return undefined;
}

function withTrailingSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}
