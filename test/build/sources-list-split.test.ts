import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTopic } from '../../src/lib/content/load-topic.ts';
import { readBaseSources } from '../bench/base-sources.ts';
import { generateCorpus } from '../bench/generate.ts';
import { astroBuild } from '../helpers/run-astro.ts';
import { tempProject } from '../helpers/temp-project.ts';
import { pageFile, readPage } from './dist.ts';

/*
 * The seed sources and 40 synthetic copies (the benchmark's generator) built with a page budget of
 * one entry (BRIEFING_PAGE_BUDGET=1, 4 KB), so the list of sources is too long for one page:
 * `/sources/` lists the months and each month's articles are on pages of their own.
 */

let project: ReturnType<typeof tempProject>;
let outDir: string;
let sourceIds: string[];

beforeAll(async () => {
  project = tempProject();
  const corpus = generateCorpus(readBaseSources(project.root), loadTopic(project.root).actors, 40, 5);
  for (const source of corpus) writeFileSync(join(project.root, 'content/sources', `${source.id}.mdx`), source.mdx);
  sourceIds = readdirSync(join(project.root, 'content/sources')).map((name) => name.replace(/\.mdx$/, ''));
  outDir = mkdtempSync(join(tmpdir(), 'briefing-sources-split-'));
  const result = await astroBuild(project.root, outDir, { BRIEFING_PAGE_BUDGET: '1' });
  if (result.status !== 0) throw new Error(`astro build failed (exit ${result.status}):\n${result.output}`);
}, 240_000);

afterAll(() => {
  project?.remove();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** Site paths of the links in `main` of a built page. */
function links(path: string): string[] {
  return readPage(outDir, pageFile(path)).querySelectorAll('main a').map((a) => a.getAttribute('href') ?? '');
}

describe('a list of sources too long for one page', () => {
  it('lists the months on /sources/, each linking to pages that were built', () => {
    const months = links('/sources/').filter((href) => href.startsWith('/sources/months/'));
    expect(months.length).toBeGreaterThan(2);
    for (const href of months) expect(existsSync(join(outDir, pageFile(href))), href).toBe(true);
    expect(links('/sources/').some((href) => /^\/sources\/\d{4}-\d{2}-\d{2}-/.test(href))).toBe(false);
  });

  it('lists every source exactly once across the month pages, each linking to its article', () => {
    const monthPages = readdirSync(join(outDir, 'sources/months'), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('index.html'))
      .map((file) => `/sources/months/${file.replace(/index\.html$/, '')}`);
    const listed = monthPages.flatMap((path) => readPage(outDir, pageFile(path)).querySelectorAll('.source-list__title').map((a) => a.getAttribute('href') ?? ''));
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
