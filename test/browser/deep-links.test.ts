import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { PagePool, workerBrowser } from './helpers/browser.ts';
import { inViewport, targetId } from './helpers/search-page.ts';
import { readBriefingJson } from './helpers/subjects.ts';

const siteUrl = inject('siteUrl');
const briefing = readBriefingJson(inject('siteDir'));

/** The links a reader may have copied: the last chronology entry, a government's section, the furthest cited paragraph. */
const lastEvent = briefing.events.at(-1);
const government = briefing.statements.find((statement) => statement.government !== null)?.government ?? undefined;
const citation = [...briefing.events, ...briefing.statements, ...briefing.figures]
  .flatMap((entry) => entry.citations)
  .reduce<(typeof briefing.events)[number]['citations'][number] | undefined>((last, c) => (last && last.paragraph >= c.paragraph ? last : c), undefined);

const links: [string, string | undefined][] = [
  ['a chronology entry', lastEvent && `chronology/#${lastEvent.id}`],
  ['a government section of the positions', government && `positions/#${government}`],
  ['a source paragraph', citation?.href.replace(/^\//, '')],
];

let pages: PagePool;

beforeAll(async () => {
  pages = new PagePool(await workerBrowser());
});

afterAll(async () => {
  // The worker's browser stays open for the next file (workerBrowser).
  await pages?.close();
});

test.for(links)('a deep link to %s scrolls it into view and it is the :target', async ([, path], { onTestFinished }) => {
  expect(path, 'data/briefing.json has something to link to').toBeDefined();
  const { page, problems, close } = await pages.take(onTestFinished);
  await page.goto(new URL(path as string, siteUrl).href);
  const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
  expect(await targetId(page)).toBe(id);
  await expect.poll(() => inViewport(page, id)).toBe(true);
  // Where the element lies below the first screen, the browser scrolled to it.
  const below = await page.evaluate((elementId) => (document.getElementById(elementId)?.getBoundingClientRect().top ?? 0) + window.scrollY > window.innerHeight, id);
  if (below) expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await close();
  expect(problems).toEqual([]);
});
