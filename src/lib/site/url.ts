/**
 * The base path the site is served under (`/` or e.g. `/briefing/`), as Vite
 * exposes it to Astro pages. Read lazily and defensively so this module still
 * loads under plain Node (tests), where `import.meta.env` does not exist.
 */
function configuredBase(): string {
  return (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';
}

/**
 * Turns a site-internal path such as `/sources/` or `/sources/x/#p4` into the
 * link a reader's browser needs when the site is served under `base`.
 * `base` may be given with or without slashes (`/briefing`, `/briefing/`, `briefing`).
 *
 * Only for internal paths: an absolute URL or a protocol-relative `//host` is a
 * programming error, so it throws instead of producing a broken link.
 */
export function withBase(path: string, base: string = configuredBase()): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) {
    throw new Error(`withBase() takes a path inside the site, such as "/sources/"; got the external URL "${path}". Link to it directly instead.`);
  }
  const prefix = base.replace(/^\/+|\/+$/g, '');
  const rest = path.replace(/^\/+/, '');
  return prefix === '' ? `/${rest}` : `/${prefix}/${rest}`;
}

/**
 * The path of a page relative to the site's base, always with a leading slash:
 * `/briefing/sources/x/` under base `/briefing/` gives `/sources/x/`.
 * Used to compare the current page with navigation targets.
 */
export function withoutBase(pathname: string, base: string = configuredBase()): string {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}`;
  if (prefix === '/') return pathname.startsWith('/') ? pathname : `/${pathname}`;
  if (pathname === prefix) return '/';
  return pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
}
