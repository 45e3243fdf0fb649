import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { withoutBase } from '../helpers/split-build.ts';
import { pageFile, readPage } from './dist.ts';

/*
 * The shared split build (test/helpers/split-build.ts): the seed sources and 40 synthetic copies (the
 * benchmark's generator) built with a page budget of a few entries, so the list of sources is too long
 * for one page: `/sources/` lists the months and each month's articles are on pages of their own, a
 * busy month's cut into parts. The site's links carry its base path (`withoutBase` takes it off).
 */

const outDir = inject('splitDistDir');
const sourceIds = readdirSync(join(inject('splitRoot'), 'content/sources')).map((name) => name.replace(/\.mdx$/, ''));

/** Site paths of the links in `main` of a built page. */
function links(path: string): string[] {
  return readPage(outDir, pageFile(path)).querySelectorAll('main a').map((a) => withoutBase(a.getAttribute('href') ?? ''));
}

describe('a list of sources too long for one page', () => {
  it('lists the months on /sources/, each linking to pages that were built, a busy month’s parts too', () => {
    const months = links('/sources/').filter((href) => href.startsWith('/sources/months/'));
    expect(months.length).toBeGreaterThan(2);
    expect(months.filter((href) => /^\/sources\/months\/\d{4}-\d{2}\/\d+\/$/.test(href)).length).toBeGreaterThan(0);
    for (const href of months) expect(existsSync(join(outDir, pageFile(href))), href).toBe(true);
    expect(links('/sources/').some((href) => /^\/sources\/\d{4}-\d{2}-\d{2}-/.test(href))).toBe(false);
  });

  it('lists every source exactly once across the month pages, each linking to its article', () => {
    const monthPages = readdirSync(join(outDir, 'sources/months'), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('index.html'))
      .map((file) => `/sources/months/${file.replace(/index\.html$/, '')}`);
    const listed = monthPages.flatMap((path) => readPage(outDir, pageFile(path)).querySelectorAll('.source-list__title').map((a) => withoutBase(a.getAttribute('href') ?? '')));
    expect(listed.sort()).toEqual(sourceIds.map((id) => `/sources/${id}/`).sort());
    for (const href of listed) expect(existsSync(join(outDir, pageFile(href))), href).toBe(true);
  });

  it('keeps every page under the budget, and the month pages out of the search index', () => {
    for (const file of readdirSync(join(outDir, 'sources/months'), { recursive: true }).map(String).filter((f) => f.endsWith('.html'))) {
      expect(readFileSync(join(outDir, 'sources/months', file)).length, file).toBeLessThan(40_000);
    }
    // Pagefind stores each indexed page or record as a gzipped fragment holding its URL.
    const urls = readdirSync(join(outDir, 'pagefind/fragment')).map((file) => /"url":"([^"]*)"/.exec(gunzipSync(readFileSync(join(outDir, 'pagefind/fragment', file))).toString())?.[1] ?? '');
    expect(urls.filter((url) => /^\/sources\/[^/]+\/$/.test(url)).length).toBe(sourceIds.length);
    expect(urls.filter((url) => url.startsWith('/sources/months/'))).toEqual([]);
  });
});
