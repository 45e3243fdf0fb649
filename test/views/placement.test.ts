import { describe, expect, it } from 'vitest';
import { publishedAnchors } from '../../src/lib/anchors/published.ts';
import { entryRecords } from '../../src/lib/search/entry-records.ts';
import { backlinksView } from '../../src/lib/views/backlinks.ts';
import { overviewView } from '../../src/lib/views/overview.ts';
import { DEFAULT_PAGE_BUDGET, eventWeight, pageBudget } from '../../src/lib/views/page-budget.ts';
import { entryHref, entryPages, governmentHref, periodHref, placedPage, placeEntries } from '../../src/lib/views/placement.ts';
import { positionsView } from '../../src/lib/views/positions.ts';
import { briefing, cite, day, event, statement } from './fixtures.ts';

const POST = '2025-03-10-harbour-post-boats';

/** Seven events over two months and one without a date. */
const sevenEvents = [
  event('2025-02-03-a', day('2025-02-03')),
  event('2025-02-20-b', day('2025-02-20')),
  event('2025-03-01-c', day('2025-03-01')),
  event('2025-03-02-d', day('2025-03-02')),
  event('2025-03-02-e', day('2025-03-02')),
  event('2025-03-09-f', day('2025-03-09')),
  event('undated-g', { text: 'soon', start: null, end: null, precision: 'range' }),
];

/** Freedonia: two statements in March 2025, two undated; Sylvania one; one by another voice. */
const sixStatements = [
  statement('freedonia-1', 'freedonia', { date: day('2025-03-04') }),
  statement('freedonia-2', 'freedonia', { date: day('2025-03-11') }),
  statement('freedonia-3', 'freedonia'),
  statement('freedonia-4', 'freedonia'),
  statement('sylvania-1', 'sylvania', { date: day('2025-03-05') }),
  statement('analyst-1', null),
];

describe('placeEntries on a small briefing', () => {
  const small = briefing({ events: sevenEvents, statements: sixStatements });
  const placement = placeEntries(small);

  it('keeps every event on /chronology/ and every statement on /positions/, as the site always had them', () => {
    expect(placement.chronology).toEqual({ split: false, pages: [] });
    expect(placement.positions).toEqual({ split: false, governments: [] });
    expect(entryPages(placement)).toEqual([]);
    expect(entryHref(placement, 'event', '2025-02-03-a')).toBe('/chronology/#2025-02-03-a');
    expect(entryHref(placement, 'statement', 'analyst-1')).toBe('/positions/#analyst-1');
    expect(entryHref(placement, 'figure', 'boats-300')).toBe('/figures/#boats-300');
    expect(governmentHref(placement, 'freedonia')).toBe('/positions/#freedonia');
    expect(periodHref(placement, '2025-03')).toBe('/chronology/#2025-03');
  });

  it('knows which entries exist', () => {
    expect(placedPage(placement, 'event', 'undated-g')).toBe('/chronology/');
    expect(placedPage(placement, 'event', 'no-such-event')).toBeNull();
    expect(placedPage(placement, 'statement', '2025-02-03-a')).toBeNull();
  });

  it('keeps one page while the weight equals the budget', () => {
    expect(placeEntries(briefing({ events: sevenEvents.slice(0, 3) }), { entries: 3 }).chronology.split).toBe(false);
    expect(placeEntries(briefing({ events: sevenEvents.slice(0, 4) }), { entries: 3 }).chronology.split).toBe(true);
  });
});

describe('placeEntries beyond the budget', () => {
  const big = briefing({ events: sevenEvents, statements: sixStatements });
  const placement = placeEntries(big, { entries: 3 });

  it('gives each month its page, cuts a month heavier than the budget into parts, and puts undated events last', () => {
    expect(placement.chronology).toEqual({
      split: true,
      pages: [
        { path: '/chronology/2025-02/', government: null, period: '2025-02', part: 1, parts: 1, ids: ['2025-02-03-a', '2025-02-20-b'] },
        { path: '/chronology/2025-03/', government: null, period: '2025-03', part: 1, parts: 2, ids: ['2025-03-01-c', '2025-03-02-d', '2025-03-02-e'] },
        { path: '/chronology/2025-03/2/', government: null, period: '2025-03', part: 2, parts: 2, ids: ['2025-03-09-f'] },
        { path: '/chronology/undated/', government: null, period: 'undated', part: 1, parts: 1, ids: ['undated-g'] },
      ],
    });
    expect(periodHref(placement, '2025-03')).toBe('/chronology/2025-03/');
  });

  it('gives each government its page, and one too heavy for a page a page per period', () => {
    expect(placement.positions.split).toBe(true);
    expect(placement.positions.governments).toEqual([
      { id: 'freedonia', split: true, pages: [
        { path: '/positions/freedonia/', government: 'freedonia', period: null, part: 1, parts: 1, ids: [] },
        { path: '/positions/freedonia/2025-03/', government: 'freedonia', period: '2025-03', part: 1, parts: 1, ids: ['freedonia-1', 'freedonia-2'] },
        { path: '/positions/freedonia/undated/', government: 'freedonia', period: 'undated', part: 1, parts: 1, ids: ['freedonia-3', 'freedonia-4'] },
      ] },
      { id: 'other-voices', split: false, pages: [{ path: '/positions/other-voices/', government: 'other-voices', period: null, part: 1, parts: 1, ids: ['analyst-1'] }] },
      { id: 'sylvania', split: false, pages: [{ path: '/positions/sylvania/', government: 'sylvania', period: null, part: 1, parts: 1, ids: ['sylvania-1'] }] },
    ]);
    expect(governmentHref(placement, 'freedonia')).toBe('/positions/freedonia/');
  });

  it('links every entry to the page that holds it', () => {
    const pages = entryPages(placement);
    for (const page of pages) {
      for (const id of page.ids) {
        const kind = page.government === null ? 'event' : 'statement';
        expect(entryHref(placement, kind, id)).toBe(`${page.path}#${id}`);
      }
    }
    const held = pages.flatMap((page) => page.ids).sort();
    expect(held).toEqual([...sevenEvents.map((e) => e.id), ...sixStatements.map((s) => s.id)].sort());
  });

  it('places the same way whatever the order of the model', () => {
    const reversed = briefing({ events: [...sevenEvents].reverse(), statements: [...sixStatements].reverse() });
    expect(placeEntries(reversed, { entries: 3 })).toEqual(placement);
  });

  it('does not move the events of other months when an event is added', () => {
    const grown = placeEntries(briefing({ events: [...sevenEvents, event('2025-04-01-h', day('2025-04-01'))] }), { entries: 3 });
    for (const e of sevenEvents) expect(placedPage(grown, 'event', e.id)).toBe(placedPage(placement, 'event', e.id));
  });

  it('counts an entry with many long citations as several', () => {
    const evidence = 'The harbour master said the boats had been held at the northern quay since the early hours of Monday morning. '.repeat(3);
    const heavy = event('2025-03-01-heavy', day('2025-03-01'), { citations: Array.from({ length: 10 }, (_, i) => cite(POST, i + 1, evidence)) });
    expect(eventWeight(sevenEvents[0]!)).toBe(1);
    expect(eventWeight(heavy)).toBeGreaterThan(3);
    // Two events, but one weighs more than the budget: split, and the heavy one alone on its page.
    const placement = placeEntries(briefing({ events: [heavy, sevenEvents[2]!] }), { entries: 3 });
    expect(placement.chronology.pages.map((page) => page.ids)).toEqual([['2025-03-01-c'], ['2025-03-01-heavy']]);
  });
});

describe('links to entries follow the placement', () => {
  const big = briefing({ events: sevenEvents, statements: sixStatements });
  const placement = placeEntries(big, { entries: 3 });

  it('in back-links, search records, the comparison table, the overview and the published anchors', () => {
    const backlinks = [...(backlinksView(big, placement).get(POST)?.values() ?? [])].flat();
    expect(backlinks.find((link) => link.id === '2025-03-09-f')?.href).toBe('/chronology/2025-03/2/#2025-03-09-f');
    expect(backlinks.find((link) => link.id === 'freedonia-3')?.href).toBe('/positions/freedonia/undated/#freedonia-3');
    expect(entryRecords(big, placement).find((record) => record.url.endsWith('#sylvania-1'))?.url).toBe('/positions/sylvania/#sylvania-1');
    const comparison = positionsView(big, [], placement).comparison;
    expect(comparison.map((row) => row.href)).toEqual(['/positions/freedonia/2025-03/#freedonia-2', '/positions/sylvania/#sylvania-1']);
    const overview = overviewView(big, [], placement);
    expect(overview.latestEvents[0]?.href).toBe('/chronology/2025-03/2/#2025-03-09-f');
    expect(overview.positions.map((line) => line.sectionHref)).toEqual(['/positions/freedonia/', '/positions/sylvania/']);
    const anchors = publishedAnchors(big, placement);
    expect(anchors.filter((anchor) => anchor.startsWith('/chronology/'))).toEqual([
      '/chronology/#2025-02',
      '/chronology/#2025-03',
      '/chronology/2025-02/#2025-02-03-a',
      '/chronology/2025-02/#2025-02-20-b',
      '/chronology/2025-03/#2025-03-01-c',
      '/chronology/2025-03/#2025-03-02-d',
      '/chronology/2025-03/#2025-03-02-e',
      '/chronology/2025-03/2/#2025-03-09-f',
      '/chronology/undated/#undated-g',
    ]);
    expect(anchors).toContain('/positions/#freedonia');
    expect(anchors).toContain('/positions/#other-voices');
    expect(anchors).toContain('/positions/freedonia/undated/#freedonia-4');
  });
});

describe('pageBudget', () => {
  it('reads BRIEFING_PAGE_BUDGET, defaulting when it is unset or empty', () => {
    expect(pageBudget({})).toEqual(DEFAULT_PAGE_BUDGET);
    expect(pageBudget({ BRIEFING_PAGE_BUDGET: '' })).toEqual(DEFAULT_PAGE_BUDGET);
    expect(pageBudget({ BRIEFING_PAGE_BUDGET: ' 5 ' })).toEqual({ entries: 5 });
  });

  it('refuses anything but a whole number of at least 1, saying what to do', () => {
    for (const value of ['0', '-3', '2.5', 'many']) {
      expect(() => pageBudget({ BRIEFING_PAGE_BUDGET: value })).toThrow(
        `BRIEFING_PAGE_BUDGET must be a whole number of entries per page, at least 1; got "${value}". Unset it to use the default of 200.`,
      );
    }
  });
});
