import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker } from 'linkinator';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { readManifest } from '../../src/lib/anchors/manifest-file.ts';
import { loadBriefing } from '../../src/lib/load-briefing.ts';
import { movedEntries, stubOnlyPages } from '../../src/lib/views/moved-entries.ts';
import { entryHref, entryPages, placeEntries, type Placement } from '../../src/lib/views/placement.ts';
import { validationFailures } from '../helpers/html-validator.ts';
import { SPLIT_BASE, SPLIT_BUDGET, withoutBase } from '../helpers/split-build.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';
import { htmlFiles, pageFile, readPage } from './dist.ts';

/*
 * The shared split build (test/helpers/split-build.ts): the seeds and synthetic sources built with a
 * page budget of a few entries, so the chronology, positions and figures split as a briefing of a
 * thousand sources would, under the base path `/briefing/`. Its manifest is the project's, written
 * when everything was on one page, plus the anchors of an earlier edition split with a smaller budget
 * (more, smaller parts): every link it lists must land. The site's own links carry the base path;
 * placement paths and anchors do not (`withoutBase`).
 */

/** The limit every page must stay under. */
const MAX_PAGE_BYTES = 1_000_000;

const root = inject('splitRoot');
const outDir = inject('splitDistDir');
const briefing = loadBriefing(root);
const placement: Placement = placeEntries(briefing, { entries: SPLIT_BUDGET });
const manifest: string[] = readManifest(root)?.anchors ?? [];

/** A page of the split build, parsed once (readPage): most checks look up many entries on the same few pages. */
const parsed = (file: string): HTMLElement => readPage(outDir, file);

/** The element a site-relative link (`/chronology/2024-10/#id`) lands on, or null. */
function landing(href: string) {
  const [path = '', id = ''] = href.split('#');
  const file = join(outDir, pageFile(path));
  if (!existsSync(file)) return null;
  return parsed(pageFile(path)).getElementById(id);
}

describe('a briefing too big for one page', () => {
  it('is split: the chronology and positions have pages of their own', () => {
    expect(placement.chronology.split).toBe(true);
    expect(placement.positions.split).toBe(true);
    const pages = entryPages(placement);
    expect(pages.length).toBeGreaterThan(4);
    for (const page of pages) expect(existsSync(join(outDir, pageFile(page.path))), page.path).toBe(true);
  });

  it('puts each event and statement, with its heading id, on the page entryHref names', () => {
    for (const page of entryPages(placement).filter((p) => p.kind !== 'figure')) {
      const kind = page.kind;
      for (const id of page.ids) {
        const href = entryHref(placement, kind, id);
        expect(href).toBe(`${page.path}#${id}`);
        expect(landing(href)?.closest('article')?.getAttribute('data-entry-type'), href).toBe(kind);
      }
    }
  });

  it('keeps /chronology/ and /positions/ as indexes with the month and government anchors', () => {
    const chronology = parsed(pageFile('/chronology/'));
    const positions = parsed(pageFile('/positions/'));
    for (const page of placement.chronology.pages) expect(chronology.getElementById(page.period ?? '')?.tagName, page.path).toBe('H2');
    for (const government of placement.positions.governments) expect(positions.getElementById(government.id)?.tagName, government.id).toBe('H2');
    expect(chronology.querySelectorAll('article').length).toBe(0);
    expect(positions.querySelectorAll('article').length).toBe(0);
  });

  it('puts each figure’s row on the category page entryHref names, and keeps the category sections on /figures/', () => {
    expect(placement.figures.split).toBe(true);
    const figures = briefing.figures;
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      const href = entryHref(placement, 'figure', figure.id);
      expect(href, figure.id).toMatch(new RegExp(`^/figures/${figure.category}/(\\d+/)?#`));
      expect(landing(href)?.tagName, href).toBe('TR');
    }
    const index = parsed(pageFile('/figures/'));
    for (const category of placement.figures.categories) {
      expect(index.getElementById(category.id)?.tagName, category.id).toBe('H2');
      expect(index.querySelector(`a[href$="${category.pages[0]?.path}"]`), category.id).not.toBeNull();
    }
    expect(index.querySelectorAll('table').length).toBe(0);
  });

  it('lands an old link /figures/#<figure id> on a stub that links to the row’s new page', () => {
    const ids = new Set(briefing.figures.map((figure) => figure.id));
    const old = manifest.filter((anchor) => anchor.startsWith('/figures/#') && ids.has(anchor.slice('/figures/#'.length)));
    expect(old.length).toBeGreaterThan(0);
    for (const anchor of old) {
      const stub = landing(anchor);
      expect(stub?.classList.contains('moved-entry'), anchor).toBe(true);
      const link = stub?.querySelector('a')?.getAttribute('href') ?? '';
      expect(link, anchor).toBe(`${SPLIT_BASE}${entryHref(placement, 'figure', anchor.slice('/figures/#'.length)).slice(1)}`);
      expect(landing(withoutBase(link))?.tagName, anchor).toBe('TR');
    }
  });

  it('lands an old link /chronology/#<event id> on a stub that links to the event’s new page', () => {
    const old = manifest.filter((anchor) => /^\/chronology\/#\d{4}-\d{2}-\d{2}-/.test(anchor));
    expect(old.length).toBeGreaterThan(0);
    for (const anchor of old) {
      const stub = landing(anchor);
      expect(stub?.tagName, anchor).toBe('P');
      expect(stub?.classList.contains('moved-entry'), anchor).toBe(true);
      const id = anchor.split('#')[1] as string;
      const link = stub?.querySelector('a')?.getAttribute('href') ?? '';
      expect(link, anchor).toBe(`${SPLIT_BASE}${entryHref(placement, 'event', id).slice(1)}`);
      expect(landing(withoutBase(link))?.closest('article')?.getAttribute('data-entry-type'), anchor).toBe('event');
    }
  });

  it('keeps the pages of the earlier edition that hold no entries now, with stubs only, out of search engines', () => {
    const stubOnly = stubOnlyPages(placement, movedEntries(placement, manifest));
    expect(stubOnly.length).toBeGreaterThan(0);
    for (const path of stubOnly) {
      const page = parsed(pageFile(path));
      expect(page.querySelectorAll('main p.moved-entry').length, path).toBeGreaterThan(0);
      expect(page.querySelectorAll('article').length, path).toBe(0);
      expect(page.querySelector('meta[name="robots"]')?.getAttribute('content'), path).toBe('noindex');
    }
  });

  it('lists in the sitemap every page but the noindex ones (the stub-only pages and the 404 page)', () => {
    const listed = new Set([...readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => withoutBase(new URL(m[1] as string).pathname)));
    const noindex = htmlFiles(outDir).filter((file) => parsed(file).querySelector('meta[name="robots"][content="noindex"]'));
    expect(noindex.length).toBeGreaterThan(1);
    const pathOf = (file: string) => `/${file.replace(/index\.html$/, '').replace(/\.html$/, '/')}`.replace(/^\/\/$/, '/');
    for (const file of htmlFiles(outDir)) expect(listed.has(pathOf(file)), file).toBe(!noindex.includes(file));
  });

  it('resolves every anchor of content/anchors.json, on a stub or on the entry itself', () => {
    expect(manifest.length).toBeGreaterThan(100);
    const unresolved = manifest.filter((anchor) => (anchor.includes('#') ? landing(anchor) === null : !existsSync(join(outDir, pageFile(anchor)))));
    expect(unresolved).toEqual([]);
  });

  it('writes no HTML page of 1 MB or more', () => {
    const big = htmlFiles(outDir)
      .map((file) => ({ file, bytes: statSync(join(outDir, file)).size }))
      .filter((page) => page.bytes >= MAX_PAGE_BYTES);
    expect(big).toEqual([]);
  });

  it('has no script and keeps heading levels in order on the new pages', () => {
    for (const page of ['/chronology/', '/positions/', '/figures/', ...entryPages(placement).map((p) => p.path)]) {
      const html = parsed(pageFile(page));
      expect(html.toString(), page).not.toMatch(/<script/i);
      const levels = html.querySelectorAll('main h1, main h2, main h3').map((h) => Number(h.tagName.slice(1)));
      levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0), `${page}: heading ${i}`).toBeLessThanOrEqual(1));
    }
  });

  it('passes html-validate with the project’s rules on the split pages', async () => {
    const split = htmlFiles(outDir).filter((f) => /^(chronology|positions|figures)\//.test(f));
    expect(await validationFailures(outDir, split)).toEqual([]);
  });

  it('has no broken link or fragment under its base path, stubs’ links included (linkinator)', async () => {
    // Served under the base, as a host would: a link that forgot the base gets the 404 page.
    const site: StaticSite = await serveStatic(outDir, SPLIT_BASE);
    const checker = new LinkChecker();
    const result = await checker
      .check({ path: site.url, recurse: true, checkFragments: true, linksToSkip: ['^https?://(?!localhost|127\\.0\\.0\\.1)'] })
      .finally(() => site.close());
    const broken = result.links.filter((link) => link.state === 'BROKEN').map((link) => `${link.url} (from ${link.parent}): ${link.status}`);
    expect(broken).toEqual([]);
    // Linkinator reports a link with a missing fragment as broken (`/chronology/2023/#no-such-entry`), stubs' links
    // included; here it must have followed the index to the period and government pages.
    const visited = result.links.map((link) => link.url);
    for (const page of entryPages(placement)) expect(visited.some((url) => url.endsWith(page.path)), page.path).toBe(true);
  }, 60_000);
});
