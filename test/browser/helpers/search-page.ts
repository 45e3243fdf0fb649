import type { Locator, Page } from 'playwright-core';
import { readSearchState } from '../../../src/lib/search/search-state.ts';

/** One rendered result of the search page. */
export interface ShownResult {
  href: string;
  title: string;
  type: string;
  meta: string;
  /** The excerpt's marked words. */
  marks: string[];
}

/** The search page's results: each source, page or entry (entries that share a search record are listed inside its item). */
export function resultItems(page: Page): Locator {
  return page.locator('[data-search-results] .search-result');
}

/** Opens `/search/?…` under `siteUrl` and waits until the status line reports the search. */
export async function openSearch(page: Page, siteUrl: string, query: string): Promise<string> {
  await page.goto(new URL(`search/${query}`, siteUrl).href);
  return searchStatus(page);
}

/**
 * Runs the search of `query` (`?q=…&type=event&sort=newest`, as `openSearch` takes it) and waits
 * for its status line. On the search page of `siteUrl` already open, the form is set to that
 * search (read as the page reads its URL) and sent, as a reader changing the search there sends
 * it: the page keeps Pagefind loaded, where loading the page again costs the browser about a
 * second of CPU for Pagefind's worker and WebAssembly. Elsewhere the page is loaded. For a test's
 * later searches; a test of what the page does with its URL loads it (`openSearch`).
 */
export async function searchFor(page: Page, siteUrl: string, query: string): Promise<string> {
  const searchPage = new URL('search/', siteUrl);
  const shown = new URL(page.url());
  if (shown.origin !== searchPage.origin || shown.pathname !== searchPage.pathname) return openSearch(page, siteUrl, query);
  const state = readSearchState(new URLSearchParams(query));
  await page.evaluate((wanted) => {
    const form = document.querySelector('[data-search] form') as HTMLFormElement;
    (form.querySelector('input[name="q"]') as HTMLInputElement).value = wanted.q;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = (wanted.filters as Record<string, string[]>)[box.name]?.includes(box.value) ?? false;
    }
    (form.querySelector('select[name="sort"]') as HTMLSelectElement).value = wanted.sort;
    // Emptied, so that the wait below sees this search's line, even when it reads as the last one did.
    (document.querySelector('[data-search-status]') as HTMLElement).textContent = '';
    form.requestSubmit();
  }, state);
  return searchStatus(page);
}

/** Waits for the status line to say how many results a search found, and returns it. */
export async function searchStatus(page: Page): Promise<string> {
  const status = page.locator('[data-search-status]');
  await status.filter({ hasText: /results? for|match(es)? for|No results/ }).waitFor();
  return (await status.textContent()) ?? '';
}

/** Waits until the status line changes from `before`, then returns it. */
export async function nextStatus(page: Page, before: string): Promise<string> {
  await page.waitForFunction(
    (previous) => {
      const text = document.querySelector('[data-search-status]')?.textContent ?? '';
      return text !== previous && /results? for|No results/.test(text);
    },
    before,
  );
  return searchStatus(page);
}

/** The results currently shown. */
export async function shownResults(page: Page): Promise<ShownResult[]> {
  return resultItems(page).evaluateAll((items) =>
    items.map((item) => ({
      href: item.querySelector('a')?.getAttribute('href') ?? '',
      title: item.querySelector('a')?.textContent ?? '',
      type: item.querySelector('.search-result__type')?.textContent ?? '',
      meta: item.querySelector('.search-result__meta')?.textContent ?? '',
      marks: [...item.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
    })),
  );
}

/** The number at the start of a status line ("3 results for …" → 3, "40 matches for …" → 40; "No results" → 0). */
export function statusCount(status: string): number {
  const match = /^(\d+) (results?|match(es)?) for/.exec(status);
  return match ? Number(match[1]) : 0;
}

/** The id of the element `:target` matches, or null. */
export function targetId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector(':target')?.id ?? null);
}

/**
 * The id of the entry (an element with `data-entry-type`) that holds the `:target`
 * element: a link to an entry's heading targets the heading; a link with a text
 * fragment targets the element holding the highlighted words. The target's own id
 * when it is in no entry; null without a target.
 */
export function landedEntry(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const target = document.querySelector(':target');
    const entry = target?.closest('[data-entry-type]');
    if (!entry) return target?.id ?? null;
    return entry.id || (entry.querySelector('[id]')?.id ?? null);
  });
}

/** The text of the `:target` element, whitespace collapsed; null without a target. */
export function targetText(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector(':target')?.textContent?.replace(/\s+/g, ' ') ?? null);
}

/** Whether the `:target` element is at least partly inside the viewport. */
export function targetInViewport(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const box = document.querySelector(':target')?.getBoundingClientRect();
    return box !== undefined && box.bottom > 0 && box.top < window.innerHeight;
  });
}

/** Whether the element with `id` is at least partly inside the viewport. */
export function inViewport(page: Page, id: string): Promise<boolean> {
  return page.evaluate((elementId) => {
    const box = document.getElementById(elementId)?.getBoundingClientRect();
    return box !== undefined && box.bottom > 0 && box.top < window.innerHeight;
  }, id);
}

/** One entry of a record that several entries share: its element's id (sort day and URL) and its words. */
export interface SharedEntry {
  id: string;
  words: string[];
}

/**
 * The records that several entries share (src/lib/search/group-record.ts) among those Pagefind finds
 * for `q` with `type`, each as its entries, read with Pagefind's own API from the search page of `siteUrl`.
 */
export async function sharedRecords(page: Page, siteUrl: string, q: string, type: string): Promise<SharedEntry[][]> {
  await page.goto(new URL('search/', siteUrl).href);
  const base = new URL(siteUrl).pathname;
  // A string, so the test runner's bundler leaves the page's own dynamic import alone.
  const script = `(async ({ base, q, type }) => {
    const pagefind = await import(\`\${base}pagefind/pagefind.js\`);
    await pagefind.options({ baseUrl: base });
    const { results } = await pagefind.search(q, { filters: { type: { any: [type] } } });
    const records = await Promise.all(results.map((result) => result.data()));
    return records
      .filter((data) => data.meta.entries !== undefined)
      .map((data) => {
        const words = data.content.split(/\\s+/);
        const anchors = data.anchors.filter((anchor) => anchor.title !== undefined).sort((a, b) => a.location - b.location);
        return anchors.map((anchor, i) => ({ id: anchor.id, words: words.slice(anchor.location, anchors[i + 1]?.location ?? words.length) }));
      });
  })(${JSON.stringify({ base, q, type })})`;
  return page.evaluate(script) as Promise<SharedEntry[][]>;
}
