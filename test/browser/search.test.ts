import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, test } from 'vitest';
import { PagePool, watchedPage, workerBrowser } from './helpers/browser.ts';
import { inViewport, landedEntry, nextStatus, openSearch, searchFor, searchStatus, sharedRecords, shownResults, statusCount, targetInViewport, targetText, type SharedEntry } from './helpers/search-page.ts';
import { figureInWordsSubject, figureSubject, placeSubject, readBriefingJson, speakerSubject } from './helpers/subjects.ts';

const siteUrl = inject('siteUrl');
const baseSiteUrl = inject('baseSiteUrl');
const briefing = readBriefingJson(inject('siteDir'));
const speaker = speakerSubject(briefing);
const place = placeSubject(briefing);
const figure = figureSubject(briefing);
const figureInWords = figureInWordsSubject(briefing);

let browser: Browser;
let pages: PagePool;

beforeAll(async () => {
  browser = await workerBrowser();
  // A page left on a search page keeps it for the next test, whose first search then runs there (`searchFor`).
  pages = new PagePool(browser, { keep: (url) => new URL(url).pathname.endsWith('/search/') });
});

afterAll(async () => {
  // The worker's browser stays open for the next file (workerBrowser).
  await pages?.close();
});

/*
 * The tests run two at a time, each on a page of the pool (test/browser/helpers/browser.ts), whose
 * console and network problems it checks at its end: one at a time, the file mostly waited on page
 * loads and searches, leaving a core idle for half a minute of `npm test`; a page that moves on to
 * the next test keeps its renderer and Pagefind's compiled WebAssembly. Waiting for a page and
 * sharing the machine make each test slower, hence the longer timeout (as the accessibility tests'),
 * and polls that wait up to 10 s, not vitest's default second: pages on a busy machine scroll late.
 */
const CONCURRENT = { timeout: 120_000 };
const POLL = { timeout: 10_000 };

/** The entry id a result link points at: `/positions/#x` → `x`. */
function hashId(href: string): string {
  return decodeURIComponent(href.replace(/^[^#]*#/, '').replace(/:~:.*$/, ''));
}

/** A result's link without its text directives: `/figures/#x:~:text=…` → `/figures/#x`. */
function entryLink(href: string): string {
  return href.replace(/:~:.*$/, '');
}

/** The words a link's first text directive matches: its prefix, word and suffix as they read on the page. */
function directivePhrase(href: string): string {
  const [prefix, word, suffix] = directiveParts(href);
  return `${prefix}${/[\p{L}\p{N}]$/u.test(prefix) ? ' ' : ''}${word}${/^[\p{L}\p{N}]/u.test(suffix) ? ' ' : ''}${suffix}`;
}

/** The words each of a link's text directives matches, as they read on the page. */
function directivePhrases(href: string): string[] {
  const fragment = href.replace(/^[^#]*#[^:]*:~:/, '');
  return fragment === href ? [] : fragment.split('&').map((directive) => directivePhrase(`#:~:${directive}`));
}

/** The prefix, word and suffix of a link's first text directive (`text=prefix-,word,-suffix`), decoded. */
function directiveParts(href: string): [string, string, string] {
  const directive = /:~:text=([^&]*)/.exec(href)?.[1] ?? '';
  const prefix = /^([^,]*)-,/.exec(directive)?.[1] ?? '';
  const suffix = /,-([^,]*)$/.exec(directive)?.[1] ?? '';
  const word = directive.replace(/^[^,]*-,/, '').replace(/,-[^,]*$/, '');
  return [decodeURIComponent(prefix), decodeURIComponent(word), decodeURIComponent(suffix)];
}

describe.concurrent('search finds entries and lands on them', CONCURRENT, () => {
  test(`a speaker's name ("${speaker.name}") finds their statements, and the first result opens its entry`, async ({ expect, onTestFinished }) => {
    const { page: p, problems, close } = await pages.take(onTestFinished);
    const status = await openSearch(p, siteUrl, `?q=${encodeURIComponent(speaker.name)}`);
    expect(statusCount(status)).toBeGreaterThan(0);
    const results = await shownResults(p);
    const statementIds = results.filter((result) => result.href.includes('/positions/#')).map((result) => hashId(result.href));
    expect(statementIds).toEqual(expect.arrayContaining(speaker.ids.slice(0, 20)));
    expect(results[0]?.marks.join(' ')).toMatch(new RegExp(speaker.name.split(' ').at(-1) as string, 'i'));

    const first = results[0] as (typeof results)[number];
    await p.locator('[data-search-results] a').first().click();
    await p.waitForURL((url) => url.hash !== '');
    await expect.poll(() => landedEntry(p), POLL).toBe(hashId(first.href));
    await expect.poll(() => targetInViewport(p), POLL).toBe(true);
    await close();
    expect(problems).toEqual([]);
  });

  test(`a place ("${place.word}") finds the event that names it, with the word marked`, async ({ expect, onTestFinished }) => {
    const { page: p, problems, close } = await pages.take(onTestFinished);
    await searchFor(p, siteUrl, `?q=${encodeURIComponent(place.word)}`);
    const results = await shownResults(p);
    const event = results.find((result) => entryLink(result.href).endsWith(`/chronology/#${place.eventId}`));
    expect(event?.type).toBe('Event');
    expect(event?.marks.map((mark) => mark.toLowerCase())).toContain(place.word.toLowerCase());
    await close();
    expect(problems).toEqual([]);
  });

  test(`an entry's link highlights the searched word ("${place.word}") in that entry, and the browser lands on it`, async ({ expect, onTestFinished }) => {
    const { page: p, problems, close } = await pages.take(onTestFinished);
    await searchFor(p, siteUrl, `?q=${encodeURIComponent(place.word)}&type=event`);
    const results = await shownResults(p);
    // Links carry a text fragment only for words the browser finds first in their own entry (see landing.ts).
    const index = results.findIndex((result) => result.href.includes(':~:text='));
    expect(index, 'an event result whose link highlights its words').toBeGreaterThanOrEqual(0);
    const href = (results[index] as (typeof results)[number]).href;
    const entry = hashId(href);
    expect(directiveParts(href)[1].toLowerCase()).toContain(place.word.toLowerCase());

    await p.locator('[data-search-results] a').nth(index).click();
    await p.waitForURL(/\/chronology\//);
    // The browser makes the element holding the highlighted words the target: it is in the entry, on screen.
    await expect.poll(() => landedEntry(p), POLL).toBe(entry);
    await expect.poll(() => targetInViewport(p), POLL).toBe(true);
    expect((await targetText(p))?.toLowerCase()).toContain(directivePhrase(href).toLowerCase());
    await close();
    expect(problems).toEqual([]);
  });

  test(`every entry link with highlighted words lands in its own entry, never on the same words earlier on its page`, async ({ expect, onTestFinished }) => {
    const { page: p, problems, close } = await pages.take(onTestFinished);
    const links: string[] = [];
    for (const query of [speaker.name, place.word, figure.numeral]) {
      await searchFor(p, siteUrl, `?q=${encodeURIComponent(query)}`);
      links.push(...(await shownResults(p)).map((result) => result.href).filter((href) => /^\/(chronology|positions|figures)\/.*:~:text=/.test(href)));
    }
    expect(links.length).toBeGreaterThan(3);
    for (const href of new Set(links)) {
      // A new document each time: a text fragment is applied when a page loads. Not waiting for the
      // network to stay idle (half a second per link): a favicon fetch the next page cuts off is no
      // problem (see watchedPage), and the poll below waits for the landing itself.
      await p.goto('about:blank');
      await p.goto(new URL(href.slice(1), siteUrl).href);
      await expect.poll(() => landedEntry(p), { ...POLL, message: href }).toBe(hashId(href));
      expect((await targetText(p))?.toLowerCase(), href).toContain((directivePhrases(href)[0] ?? href).toLowerCase());
    }
    await close();
    expect(problems).toEqual([]);
  });

  test(`a figure is found by its value written "${figure.numeral}" and "${figure.digits}"`, async ({ expect, onTestFinished }) => {
    const { page: p, problems, close } = await pages.take(onTestFinished);
    for (const query of [figure.numeral, figure.digits]) {
      await searchFor(p, siteUrl, `?q=${encodeURIComponent(query)}`);
      const hrefs = (await shownResults(p)).map((result) => entryLink(result.href));
      expect(hrefs, `search for ${query}`).toContain(`/figures/#${figure.id}`);
    }
    await close();
    expect(problems).toEqual([]);
  });

  test.skipIf(figureInWords === null)(`a figure written in words is found by its value in digits ("${figureInWords?.digits}")`, async ({ expect, onTestFinished }) => {
    const { page: p, problems, close } = await pages.take(onTestFinished);
    const { id, digits } = figureInWords as { id: string; digits: string };
    await searchFor(p, siteUrl, `?q=${digits}`);
    expect((await shownResults(p)).map((result) => entryLink(result.href))).toContain(`/figures/#${id}`);
    await close();
    expect(problems).toEqual([]);
  });

  test('a source result links to the matching paragraph, and the browser scrolls to the marked words there', async ({ expect, onTestFinished }) => {
    const { page: p, problems, close } = await pages.take(onTestFinished);
    await searchFor(p, siteUrl, `?q=${encodeURIComponent(place.word)}&type=source`);
    const results = await shownResults(p);
    expect(results.length).toBeGreaterThan(0);
    const first = results[0] as (typeof results)[number];
    expect(first.type).toBe('Source article');
    expect(first.href).toMatch(/^\/sources\/[^/]+\/#p\d+:~:text=/);
    await p.locator('[data-search-results] a').first().click();
    await p.waitForURL(/\/sources\//);
    const paragraph = hashId(first.href);
    await expect.poll(() => inViewport(p, paragraph), POLL).toBe(true);
    // Pagefind matches word stems ("east" finds "eastern"): the paragraph holds the word or a longer form,
    // and the text directive quotes it with its context exactly as the paragraph reads.
    const text = ((await p.locator(`#${paragraph}`).textContent()) ?? '').replace(/\s+/g, ' ');
    expect(text.toLowerCase()).toContain(place.word.toLowerCase());
    const [prefix = '', word = '', suffix = ''] = directiveParts(first.href);
    expect(word.toLowerCase()).toContain(place.word.toLowerCase());
    expect(text).toContain(`${prefix}${/[\p{L}\p{N}]$/u.test(prefix) ? ' ' : ''}${word}`);
    expect(text).toContain(`${word}${/^[\p{L}\p{N}]/u.test(suffix) ? ' ' : ''}${suffix}`);
    await close();
    expect(problems).toEqual([]);
  });
});

describe.concurrent('filters and the URL', CONCURRENT, () => {
  test('each filter narrows the results to what it names, and the URL restores the search', async ({ expect, onTestFinished }) => {
    const { page: p, problems, close } = await pages.take(onTestFinished);
    // The speaker's government gives a query that finds several kinds of results.
    const government = briefing.actors.find((actor) => actor.id === briefing.statements.find((s) => s.speaker.name === speaker.name)?.government)
      ?? briefing.actors.find((actor) => actor.kind === 'government' && briefing.statements.some((s) => s.government === actor.id));
    const query = government?.name ?? speaker.name;
    let status = await openSearch(p, siteUrl, `?q=${encodeURIComponent(query)}`);
    const total = statusCount(status);
    expect(total).toBeGreaterThan(1);
    // The filters are folded until the reader opens them; opening them fills in the counts.
    await p.locator('[data-search-filters] > summary').click();
    await p.locator('[data-count]').first().filter({ hasText: /\(\d+\)/ }).waitFor();

    for (const key of ['type', 'government', 'publisher'] as const) {
      // A value of this filter that holds some but not all results (the counts beside each box).
      const options = await p.locator(`input[type="checkbox"][name="${key}"]`).evaluateAll((boxes) =>
        boxes.map((box) => ({
          value: (box as HTMLInputElement).value,
          count: Number(/\((\d+)\)/.exec(box.parentElement?.querySelector('[data-count]')?.textContent ?? '')?.[1] ?? -1),
        })),
      );
      const option = options.find(({ count }) => count > 0 && count < total);
      expect(option, `a ${key} value that narrows the results for "${query}"`).toBeDefined();
      const chosen = option as { value: string; count: number };
      const box = p.locator(`input[type="checkbox"][name="${key}"][value="${chosen.value}"]`);
      await box.check();
      status = await nextStatus(p, status);
      expect(statusCount(status), `${key}=${chosen.value}`).toBe(chosen.count);
      expect(status).toContain('with the chosen filters');
      expect(new URL(p.url()).searchParams.getAll(key)).toEqual([chosen.value]);
      const results = await shownResults(p);
      expect(results.length).toBe(Math.min(chosen.count, 20));
      if (key === 'type') expect(new Set(results.map((result) => result.type)).size).toBe(1);
      if (key === 'government') for (const result of results) expect(result.meta).toContain(chosen.value);

      // Reloading the URL brings back the same search.
      await p.reload();
      expect(statusCount(await searchStatus(p))).toBe(chosen.count);
      expect(await box.isChecked()).toBe(true);
      expect(await p.locator('#search-query').inputValue()).toBe(query);

      const filteredStatus = await searchStatus(p);
      await box.uncheck();
      status = await nextStatus(p, filteredStatus);
      expect(statusCount(status)).toBe(total);
    }
    await close();
    expect(problems).toEqual([]);
  });

  test('a first search downloads no filter data; opening the filters loads it and shows the counts', async ({ expect }) => {
    // A context of its own: one whose cache holds the filter data from an earlier test would not fetch it.
    const { page: p, problems, close } = await watchedPage(browser);
    const filterFiles: string[] = [];
    p.on('request', (request) => {
      if (/\.pf_filter$/.test(new URL(request.url()).pathname)) filterFiles.push(request.url());
    });
    await openSearch(p, siteUrl, `?q=${encodeURIComponent(speaker.name)}`);
    await p.waitForLoadState('networkidle');
    expect(filterFiles).toEqual([]);
    expect(await p.locator('[data-search-filters]').getAttribute('open')).toBeNull();
    expect(await p.locator('[data-count]').allTextContents()).toEqual(expect.arrayContaining(['']));

    await p.locator('[data-search-filters] > summary').click();
    await p.locator('[data-count]').first().filter({ hasText: /\(\d+\)/ }).waitFor();
    expect(filterFiles.length).toBeGreaterThan(0);
    // Every value has its count; a result has at most one type (the about page has none).
    const counts = await p.locator('[data-count]').allTextContents();
    for (const count of counts) expect(count).toMatch(/^\(\d+\)$/);
    const typeCounts = await p.locator('input[name="type"]').evaluateAll((boxes) =>
      boxes.map((box) => Number(/\((\d+)\)/.exec(box.parentElement?.querySelector('[data-count]')?.textContent ?? '')?.[1] ?? 0)),
    );
    const typed = typeCounts.reduce((sum, n) => sum + n, 0);
    expect(typed).toBeGreaterThan(0);
    expect(typed).toBeLessThanOrEqual(statusCount(await searchStatus(p)));
    await close();
    expect(problems).toEqual([]);
  });

  test('a search whose URL names a filter shows the filters open', async ({ expect, onTestFinished }) => {
    const { page: p, problems, close } = await pages.take(onTestFinished);
    await openSearch(p, siteUrl, `?q=${encodeURIComponent(speaker.name)}&type=statement`);
    expect(await p.locator('[data-search-filters]').getAttribute('open')).not.toBeNull();
    expect(await p.locator('input[name="type"][value="statement"]').isChecked()).toBe(true);
    await p.locator('[data-count]').first().filter({ hasText: /\(\d+\)/ }).waitFor();
    await close();
    expect(problems).toEqual([]);
  });

  test('typing a search puts it in the URL', async ({ expect, onTestFinished }) => {
    const { page: p, problems, close } = await pages.take(onTestFinished);
    await p.goto(new URL('search/', siteUrl).href);
    await p.locator('#search-query').fill(speaker.name);
    await p.keyboard.press('Enter');
    await searchStatus(p);
    expect(new URL(p.url()).searchParams.get('q')).toBe(speaker.name);
    await close();
    expect(problems).toEqual([]);
  });
});

describe.concurrent('without JavaScript', CONCURRENT, () => {
  test('the header search box lands on /search/?q=… and the page says search needs JavaScript', async ({ expect }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(new URL('chronology/', siteUrl).href);
    const box = p.getByRole('search', { name: 'Site' }).getByRole('searchbox');
    await box.fill(speaker.name);
    await box.press('Enter');
    await p.waitForURL(/\/search\/\?q=/);
    expect(new URL(p.url()).pathname).toBe('/search/');
    expect(new URL(p.url()).searchParams.get('q')).toBe(speaker.name);
    // Playwright's text matching skips <noscript>, so the notice is found by its class.
    const notice = p.locator('.search-notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toContain('Search needs JavaScript');
    expect(await p.locator('[data-search]').isVisible()).toBe(false);
    await context.close();
  });
});

describe.concurrent('under a base path, on split pages, with entries sharing search records', CONCURRENT, () => {
  // The split build (test/helpers/split-build.ts): made for `/briefing/`, its figures on a page per
  // category, its entries sharing search records (src/lib/search/entry-groups.ts).
  const splitBriefing = readBriefingJson(inject('baseSiteDir'));
  const splitFigure = figureSubject(splitBriefing);
  const splitSpeaker = speakerSubject(splitBriefing);
  const splitPlace = placeSubject(splitBriefing);
  const category = splitBriefing.figures.find((f) => f.id === splitFigure.id)?.category;

  test(`a speaker's name finds their statements one by one, and a result's link lands on its entry`, async ({ expect, onTestFinished }) => {
    const { page: p, problems, close } = await pages.take(onTestFinished);
    const base = new URL(baseSiteUrl).pathname;
    await searchFor(p, baseSiteUrl, `?q=${encodeURIComponent(splitSpeaker.name)}&type=statement`);
    const results = await shownResults(p);
    expect(results.map((result) => hashId(result.href))).toEqual(expect.arrayContaining(splitSpeaker.ids.slice(0, 10)));
    for (const result of results) expect(entryLink(result.href)).toMatch(new RegExp(`^${base}positions/([^#]+/)?#`));
    const index = results.findIndex((result) => result.href.includes(':~:text='));
    expect(index, 'a statement whose link highlights its words').toBeGreaterThanOrEqual(0);
    await p.locator('[data-search-results] a').nth(index).click();
    await p.waitForURL(/\/positions\//);
    await expect.poll(() => landedEntry(p), POLL).toBe(hashId((results[index] as (typeof results)[number]).href));
    await close();
    expect(problems).toEqual([]);
  });

  /** A word as a search matches it: lower case, letters only. */
  const plain = (word: string) => word.toLowerCase().replace(/[^\p{L}]/gu, '');
  /** The word (of at least 5 letters) the most events of the split build hold. */
  const commonEventWord = (() => {
    const counts = new Map<string, number>();
    for (const event of splitBriefing.events) for (const word of new Set(event.summary.split(/\s+/).map(plain))) if (word.length >= 5) counts.set(word, (counts.get(word) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'troops';
  })();

  /**
   * In a record several events share: an event `x` with a word `stemmed` (a past tense, "seized") that no
   * other event of the record holds in any form, and a neighbour `y` that shares another word, `both`, with `x`.
   */
  function neighbours(records: SharedEntry[][]): { x: SharedEntry; y: SharedEntry; stemmed: string; both: string } | undefined {
    for (const entries of records) {
      for (const x of entries) {
        const others = entries.filter((entry) => entry !== x);
        const own = new Set(x.words.map(plain));
        for (const stemmed of own) {
          if (!/^[a-z]{5,}ed$/.test(stemmed)) continue;
          const root = stemmed.slice(0, -3);
          if (others.some((entry) => entry.words.some((word) => plain(word).startsWith(root)))) continue;
          for (const y of others) {
            const both = y.words.map(plain).find((word) => word.length >= 5 && own.has(word) && !word.startsWith(root));
            if (both !== undefined) return { x, y, stemmed, both };
          }
        }
      }
    }
    return undefined;
  }

  test('Pagefind says which entries of a shared record match: one found by another form of its word is shown, a neighbour holding only some of the words is not', async ({ expect, onTestFinished }) => {
    const { page: p, problems, close } = await pages.take(onTestFinished);
    const found = neighbours(await sharedRecords(p, baseSiteUrl, commonEventWord, 'event'));
    expect(found, `two events sharing a record among those holding "${commonEventWord}"`).toBeDefined();
    const { x, y, stemmed, both } = found as NonNullable<typeof found>;
    const idOf = (entry: SharedEntry) => entry.id.replace(/^[^#]*#/, '');
    // "seized" searched as "seizing": Pagefind matches it by its stem, and so does the page.
    const otherForm = `${stemmed.slice(0, -2)}ing`;
    await searchFor(p, baseSiteUrl, `?q=${encodeURIComponent(otherForm)}&type=event`);
    const alone = (await shownResults(p)).map((result) => hashId(result.href));
    expect(alone).toContain(idOf(x));
    expect(alone).not.toContain(idOf(y));
    // With a word both hold, the record is found (each word is in it) and both entries hold a match; only x holds both words.
    await searchFor(p, baseSiteUrl, `?q=${encodeURIComponent(`${otherForm} ${both}`)}&type=event`);
    const pair = (await shownResults(p)).map((result) => hashId(result.href));
    expect(pair).toContain(idOf(x));
    expect(pair).not.toContain(idOf(y));
    await searchFor(p, baseSiteUrl, `?q=${encodeURIComponent(both)}&type=event`);
    expect((await shownResults(p)).map((result) => hashId(result.href))).toEqual(expect.arrayContaining([idOf(x), idOf(y)]));
    await close();
    expect(problems).toEqual([]);
  });

  test('sorted by date, the entries of shared records are listed by their own day, oldest or newest first', async ({ expect, onTestFinished }) => {
    const { page: p, problems, close } = await pages.take(onTestFinished);
    const dayOf = new Map(splitBriefing.events.map((event) => [event.id, event.date?.start ?? event.date?.end ?? null]));
    for (const [sort, direction] of [['oldest', 1], ['newest', -1]] as const) {
      const status = await searchFor(p, baseSiteUrl, `?q=${encodeURIComponent(commonEventWord)}&type=event&sort=${sort}`);
      const days = (await shownResults(p)).map((result) => dayOf.get(hashId(result.href))).filter((day): day is string => typeof day === 'string');
      expect(days.length, status).toBeGreaterThan(5);
      expect(days).toEqual(days.toSorted((a, b) => direction * a.localeCompare(b)));
    }
    await close();
    expect(problems).toEqual([]);
  });

  test('a government filter shows only the entries of that government, though their record holds others too', async ({ expect, onTestFinished }) => {
    const { page: p, problems, close } = await pages.take(onTestFinished);
    const governmentsOf = (href: string) => splitBriefing.events.find((event) => event.id === hashId(href))?.governments ?? [];
    await searchFor(p, baseSiteUrl, `?q=${encodeURIComponent(splitPlace.word)}&type=event`);
    const all = await shownResults(p);
    // A government some of the events found have and some do not.
    const id = all.flatMap((result) => governmentsOf(result.href)).find((government) => all.some((result) => !governmentsOf(result.href).includes(government)));
    const name = splitBriefing.actors.find((actor) => actor.id === id)?.name;
    expect(name, `a government that narrows the events found for "${splitPlace.word}"`).toBeDefined();

    await searchFor(p, baseSiteUrl, `?q=${encodeURIComponent(splitPlace.word)}&type=event&government=${encodeURIComponent(name as string)}`);
    const narrowed = await shownResults(p);
    expect(narrowed.length).toBeGreaterThan(0);
    for (const result of narrowed) {
      expect(governmentsOf(result.href)).toContain(id);
      expect(result.meta).toContain(name);
    }
    // Every event of the first results that has the government is still there.
    const kept = new Set(narrowed.map((result) => hashId(result.href)));
    const expected = all.filter((result) => governmentsOf(result.href).includes(id as string)).map((result) => hashId(result.href));
    if (all.length < 20) for (const eventId of expected) expect(kept.has(eventId), eventId).toBe(true);
    await close();
    expect(problems).toEqual([]);
  });

  test('a search finds a figure on its category’s page, and every link keeps the base path', async ({ expect, onTestFinished }) => {
    const { page: p, problems, close } = await pages.take(onTestFinished);
    const base = new URL(baseSiteUrl).pathname;
    await searchFor(p, baseSiteUrl, `?q=${encodeURIComponent(splitFigure.numeral)}`);
    const results = await shownResults(p);
    const figurePage = new RegExp(`^${base}figures/${category}/(\\d+/)?#${splitFigure.id}$`);
    const index = results.findIndex((result) => figurePage.test(entryLink(result.href)));
    expect(index, `a result linking to ${base}figures/${category}/…#${splitFigure.id}`).toBeGreaterThanOrEqual(0);
    for (const result of results) expect(result.href.startsWith(base)).toBe(true);

    await p.locator('[data-search-results] a').nth(index).click();
    await p.waitForURL((url) => url.hash !== '');
    expect(new URL(p.url()).pathname).toBe(entryLink((results[index] as (typeof results)[number]).href).replace(/#.*$/, ''));
    await expect.poll(() => landedEntry(p), POLL).toBe(splitFigure.id);
    await close();
    expect(problems).toEqual([]);
  });
});
