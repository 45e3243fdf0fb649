import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it, test } from 'vitest';
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

/**
 * The axe rules each colour scheme runs (null: all). The dark scheme only redefines colours (custom
 * properties; the first test below holds the stylesheets to that), so in dark only the rules that read
 * colours can find anything the light run did not: half the time of a full second run.
 */
const RULES = { light: null, dark: ['color-contrast', 'link-in-text-block'] } as const;

/** The declarations inside the `@media (prefers-color-scheme: dark) { … }` blocks of a stylesheet. */
function darkDeclarations(css: string): string[] {
  const declarations: string[] = [];
  for (const match of css.matchAll(/@media\s*\(prefers-color-scheme:\s*dark\)\s*\{/g)) {
    const start = (match.index ?? 0) + match[0].length;
    let depth = 1;
    let end = start;
    for (; end < css.length && depth > 0; end += 1) {
      if (css[end] === '{') depth += 1;
      else if (css[end] === '}') depth -= 1;
    }
    // A declaration follows a `{` or `;` and ends at the next `;` or `}`; selectors follow a `}`.
    for (const declaration of css.slice(start, end - 1).matchAll(/[{;]\s*([^{};]+)(?=[;}])/g)) declarations.push((declaration[1] as string).trim());
  }
  return declarations;
}

/** A custom property set to a colour: `--bg:#16181b`. */
const COLOUR_PROPERTY = /^--[\w-]+:\s*(#[0-9a-f]{3,8}|(rgb|rgba|hsl|hsla|oklch|oklab|lab|lch)\([^)]*\))$/i;

it('the dark scheme sets only colour custom properties, so its axe run can keep to the colour rules', () => {
  const dir = join(inject('siteDir'), '_astro');
  const css = readdirSync(dir)
    .filter((file) => file.endsWith('.css'))
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n');
  const declarations = darkDeclarations(css);
  expect(declarations.length).toBeGreaterThan(10);
  expect(declarations.filter((declaration) => !COLOUR_PROPERTY.test(declaration))).toEqual([]);
});

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** axe's findings on the page as it is shown now that are serious or critical, one line each. */
async function blockingViolations(page: Page, rules: readonly string[] | null): Promise<string[]> {
  // Legacy mode runs axe in the page itself. The default runs it in parts, then finishes in a second
  // page with axe injected again, which only matters for cross-origin frames (the site has none)
  // and takes 40% more CPU. Only violations fail the test, so axe lists every node of those alone
  // (of passes and others, one node each): less work on long pages, the same violations.
  const axe = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  const { violations } = await (rules ? axe.withRules([...rules]) : axe).analyze();
  return violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

// The pages are checked at the same time (up to vitest's maxConcurrency, 5), each in its own context
// and renderer process: axe's analysis runs in the browser, so the pages share the machine's cores
// instead of taking turns. Sharing them makes each page slower, hence the longer timeout.
// Each page is loaded once and checked in both schemes: the browser restyles it when the emulated
// scheme changes, as it does when a reader's system switches, and the page stays watched meanwhile
// (anything the dark scheme loads and fails to load is a problem too).
test.concurrent.for(PAGES)('%s has no serious or critical axe violation, in light or dark, and no console error', { timeout: 120_000 }, async ([name, path], { expect }) => {
  const { page, problems, close } = await watchedPage(browser, { colorScheme: 'light' });
  const response = await page.goto(new URL(path, siteUrl).href);
  expect(response?.status()).toBe(name.includes('404') ? 404 : 200);
  if (path.startsWith('search/')) await searchStatus(page);

  const light = await blockingViolations(page, RULES.light);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
  const dark = await blockingViolations(page, RULES.dark);
  await close();
  expect({ light, dark }).toEqual({ light: [], dark: [] });
  expect(problems).toEqual([]);
});
