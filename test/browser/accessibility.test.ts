import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, test } from 'vitest';
import { launchBrowser, watchedPage } from './helpers/browser.ts';
import { searchStatus } from './helpers/search-page.ts';
import { readBriefingJson, speakerSubject } from './helpers/subjects.ts';

const siteUrl = inject('siteUrl');
const briefing = readBriefingJson(inject('siteDir'));
const source = briefing.sources[0];

/** One page of each type; the search page with results, since they are what its script adds. */
const PAGES: [string, string][] = [
  ['overview', ''],
  ['a source', source ? source.href.replace(/^\//, '') : 'sources/'],
  ['chronology', 'chronology/'],
  ['positions', 'positions/'],
  ['figures', 'figures/'],
  ['search with results', `search/?q=${encodeURIComponent(speakerSubject(briefing).name)}`],
  ['updates', 'updates/'],
  ['about', 'about/'],
  ['not found (404)', 'no-such-page/'],
];

/** Impacts that fail the test; minor and moderate findings are left to review. */
const BLOCKING = new Set(['serious', 'critical']);

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

// The pages are checked at the same time (up to vitest's maxConcurrency, 5), each in its own context
// and renderer process: axe's analysis runs in the browser, so the pages share the machine's cores
// instead of taking turns. Sharing them makes each page slower, hence the longer timeout.
describe.each(['light', 'dark'] as const)('in the %s colour scheme', (colorScheme) => {
  test.concurrent.for(PAGES)('%s has no serious or critical axe violation and no console error', { timeout: 120_000 }, async ([name, path], { expect }) => {
    const { page, problems, close } = await watchedPage(browser, { colorScheme });
    const response = await page.goto(new URL(path, siteUrl).href);
    expect(response?.status()).toBe(name.includes('404') ? 404 : 200);
    if (path.startsWith('search/')) await searchStatus(page);

    const { violations } = await new AxeBuilder({ page }).analyze();
    const blocking = violations
      .filter((violation) => BLOCKING.has(violation.impact ?? ''))
      .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    await close();
    expect(blocking).toEqual([]);
    expect(problems).toEqual([]);
  });
});
