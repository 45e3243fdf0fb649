import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FoundBrowser } from '../helpers/browser/find-browser.ts';
import { launchChromium } from '../helpers/browser/launch.ts';
import { BLANK_PAGE, serveDist } from './static-server.ts';

/** What a reader downloads for one search, from a cold cache. */
export interface QueryCost {
  query: string;
  /** `search-page`: /search/?q= as a reader opens it; `pagefind-api`: a blank page that imports pagefind.js (no search page built). */
  method: 'search-page' | 'pagefind-api';
  /** Bytes on the wire (compressed bodies plus response headers), all requests of the page and its workers. */
  bytes: number;
  /** The part of `bytes` under /pagefind/. */
  pagefindBytes: number;
  requests: number;
  /** The search page's status line, or the API's result count. */
  outcome: string;
}

/**
 * Serves `dist` on 127.0.0.1 and runs one search in `browser` from a cold cache, counting every byte downloaded
 * until the results are shown and the network is idle: the search page with `?q=`, or, when
 * the build has no search page, the Pagefind JS API on a blank page.
 */
export async function measureFirstQuery(dist: string, query: string, found: FoundBrowser): Promise<QueryCost> {
  const site = await serveDist(dist);
  const browser = await launchChromium(found);
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Per request on the context, so Pagefind's worker (which fetches the index and the
    // wasm) is counted with the page; responseBodySize is the body as sent (compressed).
    const counted: Promise<void>[] = [];
    let bytes = 0;
    let pagefindBytes = 0;
    let requests = 0;
    context.on('requestfinished', (request) => {
      counted.push(
        request.sizes().then((sizes) => {
          const size = sizes.responseBodySize + sizes.responseHeadersSize;
          requests += 1;
          bytes += size;
          if (new URL(request.url()).pathname.startsWith('/pagefind/')) pagefindBytes += size;
        }),
      );
    });

    let method: QueryCost['method'];
    let outcome: string;
    if (existsSync(join(dist, 'search/index.html'))) {
      method = 'search-page';
      await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
      const status = page.locator('[data-search-status]');
      await status.filter({ hasText: /results? for|match(es)? for|No results|not available/ }).waitFor({ timeout: 60_000 });
      outcome = (await status.textContent()) ?? '';
    } else {
      method = 'pagefind-api';
      await page.goto(`${site.url}${BLANK_PAGE}`);
      outcome = await page.evaluate(async ({ words, bundle }) => {
        const pagefind = await import(bundle);
        const response = await pagefind.search(words);
        await Promise.all(response.results.slice(0, 20).map((result: { data: () => Promise<unknown> }) => result.data()));
        return `${response.results.length} results`;
      }, { words: query, bundle: '/pagefind/pagefind.js' });
    }
    await page.waitForLoadState('networkidle');
    await Promise.all(counted);
    return { query, method, bytes, pagefindBytes, requests, outcome };
  } finally {
    await browser.close();
    await site.close();
  }
}
