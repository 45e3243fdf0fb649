import { describe, expect, it } from 'vitest';
import { publishedAnchors } from '../../src/lib/anchors/published.ts';
import { entryRecords } from '../../src/lib/search/entry-records.ts';
import { backlinksView } from '../../src/lib/views/backlinks.ts';
import { overviewView } from '../../src/lib/views/overview.ts';
import { DEFAULT_PAGE_BUDGET, eventWeight, pageBudget } from '../../src/lib/views/page-budget.ts';
import { figureCategoryPages, figuresPageView } from '../../src/lib/views/figures-page.ts';
import { categoryHref, entryHref, entryPages, governmentHref, periodHref, placedPage, placeEntries } from '../../src/lib/views/placement.ts';
import { positionsView } from '../../src/lib/views/positions.ts';
import { briefing, cite, day, event, figure, statement } from './fixtures.ts';

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
    expect(placement.figures).toEqual({ split: false, categories: [] });
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
        { path: '/chronology/2025-02/', kind: 'event', government: null, category: null, period: '2025-02', part: 1, parts: 1, ids: ['2025-02-03-a', '2025-02-20-b'] },
        { path: '/chronology/2025-03/', kind: 'event', government: null, category: null, period: '2025-03', part: 1, parts: 2, ids: ['2025-03-01-c', '2025-03-02-d', '2025-03-02-e'] },
        { path: '/chronology/2025-03/2/', kind: 'event', government: null, category: null, period: '2025-03', part: 2, parts: 2, ids: ['2025-03-09-f'] },
        { path: '/chronology/undated/', kind: 'event', government: null, category: null, period: 'undated', part: 1, parts: 1, ids: ['undated-g'] },
      ],
    });
    expect(periodHref(placement, '2025-03')).toBe('/chronology/2025-03/');
  });

  it('gives each government its page, and one too heavy for a page a page per period', () => {
    expect(placement.positions.split).toBe(true);
    expect(placement.positions.governments).toEqual([
      { id: 'freedonia', split: true, pages: [
        { path: '/positions/freedonia/', kind: 'statement', government: 'freedonia', category: null, period: null, part: 1, parts: 1, ids: [] },
        { path: '/positions/freedonia/2025-03/', kind: 'statement', government: 'freedonia', category: null, period: '2025-03', part: 1, parts: 1, ids: ['freedonia-1', 'freedonia-2'] },
        { path: '/positions/freedonia/undated/', kind: 'statement', government: 'freedonia', category: null, period: 'undated', part: 1, parts: 1, ids: ['freedonia-3', 'freedonia-4'] },
      ] },
      { id: 'other-voices', split: false, pages: [{ path: '/positions/other-voices/', kind: 'statement', government: 'other-voices', category: null, period: null, part: 1, parts: 1, ids: ['analyst-1'] }] },
      { id: 'sylvania', split: false, pages: [{ path: '/positions/sylvania/', kind: 'statement', government: 'sylvania', category: null, period: null, part: 1, parts: 1, ids: ['sylvania-1'] }] },
    ]);
    expect(governmentHref(placement, 'freedonia')).toBe('/positions/freedonia/');
  });

  it('links every entry to the page that holds it', () => {
    const pages = entryPages(placement);
    for (const page of pages) {
      for (const id of page.ids) expect(entryHref(placement, page.kind, id)).toBe(`${page.path}#${id}`);
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

/** Boats: five claims, one dated earlier than the day they were reported; arrests: two. */
const sevenFigures = [
  figure('boats-300', 300),
  figure('boats-40', 40),
  figure('boats-12', 12),
  figure('boats-500', 500, { asOf: day('2025-03-01') }),
  figure('boats-7', 7),
  figure('arrests-20', 20, { category: 'arrests', unit: 'arrests', text: '20 arrests' }),
  figure('arrests-9', 9, { category: 'arrests', unit: 'arrests', text: '9 arrests' }),
];
const CATEGORIES = [
  { id: 'boats', label: 'Boats at the harbour' },
  { id: 'arrests', label: 'Arrests' },
];

describe('placeEntries for figures', () => {
  const big = briefing({ figures: sevenFigures });
  const placement = placeEntries(big, { entries: 3 });

  it('keeps every claim on /figures/ while tables and charts fit', () => {
    const small = placeEntries(big, { entries: 100 });
    expect(small.figures).toEqual({ split: false, categories: [] });
    expect(entryHref(small, 'figure', 'boats-7')).toBe('/figures/#boats-7');
    expect(categoryHref(small, 'boats')).toBe('/figures/#boats');
  });

  it('gives each category its pages, in the table’s order, the chart weighing on the first', () => {
    // Each chart of a few claims weighs 3, the whole budget: the first page holds it and one row.
    expect(placement.figures).toEqual({
      split: true,
      categories: [
        { id: 'arrests', pages: [
          { path: '/figures/arrests/', kind: 'figure', government: null, category: 'arrests', period: null, part: 1, parts: 2, ids: ['arrests-9'] },
          { path: '/figures/arrests/2/', kind: 'figure', government: null, category: 'arrests', period: null, part: 2, parts: 2, ids: ['arrests-20'] },
        ] },
        { id: 'boats', pages: [
          { path: '/figures/boats/', kind: 'figure', government: null, category: 'boats', period: null, part: 1, parts: 3, ids: ['boats-500'] },
          { path: '/figures/boats/2/', kind: 'figure', government: null, category: 'boats', period: null, part: 2, parts: 3, ids: ['boats-7', 'boats-12', 'boats-40'] },
          { path: '/figures/boats/3/', kind: 'figure', government: null, category: 'boats', period: null, part: 3, parts: 3, ids: ['boats-300'] },
        ] },
      ],
    });
    expect(categoryHref(placement, 'boats')).toBe('/figures/boats/');
    expect(categoryHref(placement, 'no-claims')).toBe('/figures/#no-claims');
  });

  it('links every figure to the page that holds its row', () => {
    for (const page of entryPages(placement)) for (const id of page.ids) expect(entryHref(placement, 'figure', id)).toBe(`${page.path}#${id}`);
    expect(entryHref(placement, 'figure', 'boats-12')).toBe('/figures/boats/2/#boats-12');
    expect(entryPages(placement).flatMap((page) => page.ids).sort()).toEqual(sevenFigures.map((f) => f.id).sort());
    expect(placeEntries(briefing({ figures: [...sevenFigures].reverse() }), { entries: 3 })).toEqual(placement);
  });

  it('builds the category pages from the one-page view: rows in the page’s order, the chart on the first only', () => {
    const view = figuresPageView(big, CATEGORIES, placement);
    expect(view.split).toBe(true);
    expect(view.sections.map((section) => [section.id, section.pages])).toEqual([
      ['boats', [
        { href: '/figures/boats/', label: 'Boats at the harbour, part 1 of 3' },
        { href: '/figures/boats/2/', label: 'Boats at the harbour, part 2 of 3' },
        { href: '/figures/boats/3/', label: 'Boats at the harbour, part 3 of 3' },
      ]],
      ['arrests', [
        { href: '/figures/arrests/', label: 'Arrests, part 1 of 2' },
        { href: '/figures/arrests/2/', label: 'Arrests, part 2 of 2' },
      ]],
    ]);
    const pages = figureCategoryPages(view, placement);
    expect(pages.map((page) => [page.path, page.section.rows.map((row) => row.id), page.section.charted, page.intro])).toEqual([
      ['/figures/arrests/', ['arrests-9'], true, 'Claims 1 to 1 of the 2, by date.'],
      ['/figures/arrests/2/', ['arrests-20'], false, 'Claims 2 to 2 of the 2, by date.'],
      ['/figures/boats/', ['boats-500'], true, 'Claims 1 to 1 of the 5, by date.'],
      ['/figures/boats/2/', ['boats-7', 'boats-12', 'boats-40'], false, 'Claims 2 to 4 of the 5, by date.'],
      ['/figures/boats/3/', ['boats-300'], false, 'Claims 5 to 5 of the 5, by date.'],
    ]);
    expect(pages.flatMap((page) => page.section.rows.map((row) => row.href))).toEqual(pages.flatMap((page) => page.section.rows.map((row) => `${page.path}#${row.id}`)));
    expect(pages[3]?.nav.previous).toEqual({ href: '/figures/boats/', label: 'Boats at the harbour, part 1 of 3' });
    expect(pages[3]?.section.caption).toBe('Boats at the harbour: claims 2 to 4 of 5, by date');
  });

  it('sends back-links, search records and the published anchors to the row’s page, and keeps the category sections on /figures/', () => {
    const backlinks = [...(backlinksView(big, placement).get(POST)?.values() ?? [])].flat();
    expect(backlinks.find((link) => link.id === 'boats-300')?.href).toBe('/figures/boats/3/#boats-300');
    expect(entryRecords(big, placement).find((record) => record.url.endsWith('#arrests-20'))?.url).toBe('/figures/arrests/2/#arrests-20');
    expect(overviewView(big, CATEGORIES, placement).keyFigures.map((line) => line.href)).toEqual(['/figures/#boats', '/figures/#arrests']);
    expect(publishedAnchors(big, placement).filter((anchor) => anchor.startsWith('/figures/'))).toEqual([
      '/figures/#arrests',
      '/figures/#boats',
      '/figures/arrests/#arrests-9',
      '/figures/arrests/2/#arrests-20',
      '/figures/boats/#boats-500',
      '/figures/boats/2/#boats-12',
      '/figures/boats/2/#boats-40',
      '/figures/boats/2/#boats-7',
      '/figures/boats/3/#boats-300',
    ]);
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

describe('entry weights', () => {
  it('count the ids merged into an entry, which a briefing published for years accumulates', () => {
    const plain = event('2025-02-03-a', day('2025-02-03'));
    const merged = { ...plain, aliases: Array.from({ length: 200 }, (_, i) => `2025-02-03-merged-report-number-${i}`) };
    expect(eventWeight(plain)).toBe(1);
    expect(eventWeight(merged)).toBeGreaterThan(3);
  });
});
