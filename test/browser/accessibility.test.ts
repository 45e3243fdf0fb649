import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it, test } from 'vitest';
import { blockingViolations } from './helpers/axe.ts';
import { PagePool, workerBrowser } from './helpers/browser.ts';
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

let pages: PagePool;

beforeAll(async () => {
  pages = new PagePool(await workerBrowser(), { colorScheme: 'light' });
});

afterAll(async () => {
  // The worker's browser stays open for the next file (workerBrowser).
  await pages?.close();
});

// The pages are checked two at a time, on the pool's two pages (test/browser/helpers/browser.ts):
// axe's analysis runs in the browser, so two pages use both cores, and a page that moves on to the
// next type keeps its renderer and its compiled axe. Waiting for a page counts towards a test's time,
// hence the longer timeout. Each page is loaded once and checked in both schemes: the browser
// restyles it when the emulated scheme changes, as it does when a reader's system switches, and the
// page stays watched meanwhile (anything the dark scheme loads and fails to load is a problem too).
test.concurrent.for(PAGES)('%s has no serious or critical axe violation, in light or dark, and no console error', { timeout: 120_000 }, async ([name, path], { expect, onTestFinished }) => {
  const { page, problems, close } = await pages.take(onTestFinished);
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
