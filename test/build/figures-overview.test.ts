import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { loadTopic } from '../../src/lib/content/load-topic.ts';
import { htmlFiles, pageFile, readPage } from './dist.ts';

const distDir = inject('distDir');
const read = (file: string) => readFileSync(join(distDir, file), 'utf8');
const data = JSON.parse(read('data/briefing.json')) as { title: string; sources: { id: string; title: string }[]; figures: { id: string; category: string }[] };
const categories = loadTopic().figureCategories;

describe('the built figures page', () => {
  const page = readPage(distDir, pageFile('/figures/'));

  it('has a row whose id is exactly the figure id for every figure of briefing.json', () => {
    const rowIds = page.querySelectorAll('table.claims-table tbody tr').map((row) => row.id);
    expect(rowIds.sort()).toEqual(data.figures.map((figure) => figure.id).sort());
  });

  it('has a section with an h2 anchor for every figure category, in topic order, plus any category only the data uses', () => {
    const headings = page.querySelectorAll('section.figure-category > .entry-heading > h2').map((h) => h.id);
    const used = [...new Set(data.figures.map((figure) => figure.category))];
    expect(headings.slice(0, categories.length)).toEqual(categories.map((category) => category.id));
    for (const category of used) expect(headings).toContain(category);
  });

  it('puts each figure row in its own category section', () => {
    for (const figure of data.figures) {
      const section = page.querySelector(`section.figure-category[aria-labelledby="${figure.category}"]`);
      expect(section?.querySelector(`tr[id="${figure.id}"]`), figure.id).toBeTruthy();
    }
  });

  it('draws a chart with a title it is labelled by and a description it is described by, with page-unique ids', () => {
    const charts = page.querySelectorAll('svg.figure-chart__svg');
    expect(charts.length).toBeGreaterThan(0);
    for (const svg of charts) {
      const titleId = svg.getAttribute('aria-labelledby');
      const descId = svg.getAttribute('aria-describedby');
      // A group, not an image: its marks are links to the rows.
      expect(svg.getAttribute('role')).toBe('group');
      expect(svg.querySelector('title')?.id).toBe(titleId);
      expect(svg.querySelector('desc')?.id).toBe(descId);
      expect(svg.querySelector('title')?.textContent.trim()).not.toBe('');
      expect(svg.querySelector('desc')?.textContent.trim()).not.toBe('');
      // One marker per claim of the section that has a date to be placed at.
      expect(svg.querySelectorAll('.chart-points path').length).toBeGreaterThan(0);
    }
    const ids = page.querySelectorAll('[id]').map((el) => el.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('states the spread of every category with claims, series by stage, and says that the table repeats the charts', () => {
    const withClaims = page.querySelectorAll('section.figure-category').filter((s) => s.querySelector('tbody tr'));
    for (const section of withClaims) {
      for (const line of section.querySelectorAll('.figure-spread')) expect(line.textContent).toMatch(/^(Reported so far|Planned or in total|Expected by a date): /);
      if (section.querySelector('svg')) expect(section.textContent).toContain('The table below lists the same claims');
    }
  });
});

describe('the built overview page', () => {
  const page = readPage(distDir, 'index.html');

  it('links only to pages, data files and #anchors that exist in the build', () => {
    const links = page.querySelectorAll('main a[href]').map((a) => a.getAttribute('href') as string);
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) {
      const [path, fragment] = href.split('#') as [string, string | undefined];
      const file = path.endsWith('/') ? pageFile(path) : path.replace(/^\//, '');
      expect(existsSync(join(distDir, file)), href).toBe(true);
      if (fragment) {
        expect(readPage(distDir, file).querySelector(`[id="${fragment}"]`), href).toBeTruthy();
      }
    }
  });

  it('links to the figure categories, the positions and the chronology entries', () => {
    const links = page.querySelectorAll('main a[href]').map((a) => a.getAttribute('href') as string);
    expect(links.some((href) => href.startsWith('/figures/#'))).toBe(true);
    expect(links.some((href) => href.startsWith('/positions/#'))).toBe(true);
    expect(links.some((href) => href.startsWith('/chronology/#'))).toBe(true);
    for (const file of ['/data/briefing.json', '/data/figures.csv', '/data/chronology.csv']) expect(links).toContain(file);
  });

  it('shows the briefing title as the one h1', () => {
    expect(page.querySelectorAll('h1').map((h) => h.textContent.trim())).toEqual([data.title]);
  });
});

describe('the built About page', () => {
  const page = readPage(distDir, pageFile('/about/'));

  it('links to the three data downloads, which exist', () => {
    const links = page.querySelectorAll('main a[href]').map((a) => a.getAttribute('href') as string);
    for (const file of ['data/briefing.json', 'data/figures.csv', 'data/chronology.csv']) {
      expect(links).toContain(`/${file}`);
      expect(existsSync(join(distDir, file))).toBe(true);
    }
  });

  it('describes them in a Dataset JSON-LD block whose download URLs are absolute', () => {
    const blocks = page.querySelectorAll('script[type="application/ld+json"]');
    expect(blocks.length).toBe(1);
    const dataset = JSON.parse(blocks[0]!.textContent) as { '@type': string; name: string; distribution: { contentUrl: string }[] };
    expect(dataset['@type']).toBe('Dataset');
    expect(dataset.name).toContain(data.title);
    expect(dataset.distribution.map((d) => new URL(d.contentUrl).pathname)).toEqual(['/data/briefing.json', '/data/figures.csv', '/data/chronology.csv']);
  });
});

describe('meta on every page', () => {
  it('has Open Graph and Twitter tags, the feed link, and a canonical link on indexed pages', () => {
    for (const file of htmlFiles(distDir)) {
      const head = readPage(distDir, file).querySelector('head')!;
      const meta = (name: string) => head.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content');
      for (const name of ['og:title', 'og:description', 'og:type', 'og:site_name', 'twitter:card']) expect(meta(name), `${file} ${name}`).toBeTruthy();
      expect(head.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href'), file).toBe('/feed.xml');
      if (!head.querySelector('meta[name="robots"][content="noindex"]')) {
        const canonical = head.querySelector('link[rel="canonical"]')?.getAttribute('href');
        expect(canonical, file).toBeTruthy();
        expect(meta('og:url'), file).toBe(canonical);
      }
    }
  });

  it('has no script but JSON-LD data, and no inline style attribute, on the figures, overview and About pages', () => {
    for (const file of ['index.html', pageFile('/figures/'), pageFile('/about/')]) {
      const html = read(file);
      expect(html.match(/<script\b[^>]*>/gi)?.filter((tag) => tag !== '<script type="application/ld+json">') ?? [], file).toEqual([]);
      expect(html, file).not.toMatch(/\sstyle=/i);
    }
  });
});

describe('feed and sitemap', () => {
  it('publishes an Atom feed of updates: an entry per source, linking to its update and to the entries it brought', () => {
    const feed = parse(read('feed.xml'), { voidTag: { tags: [] } });
    expect(read('feed.xml')).toMatch(/^<\?xml[^>]*\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
    const entries = feed.querySelectorAll('entry');
    const related = entries.map((entry) => new URL(entry.querySelector('link[rel="related"]')!.getAttribute('href')!).pathname);
    expect(related.sort()).toEqual(data.sources.map((source) => `/sources/${source.id}/`).sort());
    for (const entry of entries) {
      // The update's own link lands on its section of a page of updates.
      const update = new URL(entry.querySelector('link[rel="alternate"]')!.getAttribute('href')!);
      expect(readPage(distDir, pageFile(update.pathname)).getElementById(update.hash.slice(1))?.tagName, update.href).toBe('SECTION');
      // Each entry it brought is linked, and lands on that entry.
      const links = parse(entry.querySelector('content')!.text).querySelectorAll('a').map((a) => new URL(a.getAttribute('href')!));
      expect(links.length).toBeGreaterThan(0);
      for (const link of links.filter((url) => url.hash !== '')) {
        expect(readPage(distDir, pageFile(link.pathname)).getElementById(link.hash.slice(1)), link.href).not.toBeNull();
      }
    }
  });

  it('publishes a sitemap index whose sitemap lists the briefing pages', () => {
    expect(read('sitemap-index.xml')).toContain('<sitemapindex');
    const paths = [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    for (const path of ['/', '/figures/', '/about/', '/sources/']) expect(paths).toContain(path);
  });
});
