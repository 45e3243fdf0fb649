import { describe, expect, it } from 'vitest';
import { placeSources, sourceItemBytes, sourcesPageNav, type ListedSource } from '../../src/lib/views/sources-pages.ts';

const source = (id: string, published: string, title = 'A long headline about talks that went on late into the night '.repeat(3).trim()): ListedSource => ({ id, data: { published, title, publisher: 'Example News' } });

/** Newest first, as the list shows them. */
const LIST = [
  source('c2', '2024-11-02'),
  source('c1', '2024-11-01'),
  source('b3', '2024-10-30'),
  source('b2', '2024-10-12'),
  source('b1', '2024-10-01'),
  source('a1', '2024-09-15'),
];
const ITEM = sourceItemBytes(LIST[0] as ListedSource);

describe('placeSources', () => {
  it('keeps the list on one page while it fits the budget', () => {
    expect(placeSources(LIST, { entries: 200 })).toEqual({ split: false, months: [], pages: [] });
  });

  it('splits a list heavier than the budget by month of publication, newest month first', () => {
    const placement = placeSources(LIST, { entries: 1 });
    expect(ITEM * LIST.length).toBeGreaterThan(4_000);
    expect(placement.split).toBe(true);
    expect(placement.months.map((month) => [month.period, month.label, month.count])).toEqual([
      ['2024-11', 'November 2024', 2],
      ['2024-10', 'October 2024', 3],
      ['2024-09', 'September 2024', 1],
    ]);
    expect(placement.pages.map((page) => page.path)).toEqual(['/sources/months/2024-11/', '/sources/months/2024-10/', '/sources/months/2024-09/']);
    expect(placement.pages[1]?.sources.map((s) => s.id)).toEqual(['b3', 'b2', 'b1']);
  });

  it('cuts a month too heavy for a page into parts, in list order, each within the budget', () => {
    const month = Array.from({ length: 20 }, (_, i) => source(`s${String(19 - i).padStart(2, '0')}`, `2024-10-${String(20 - i).padStart(2, '0')}`));
    const placement = placeSources(month, { entries: 1 });
    const perPage = Math.floor(4_000 / ITEM);
    expect(placement.pages.length).toBe(Math.ceil(20 / perPage));
    expect(placement.pages.map((page) => page.path).slice(0, 2)).toEqual(['/sources/months/2024-10/', '/sources/months/2024-10/2/']);
    expect(placement.pages.flatMap((page) => page.sources)).toEqual(month);
    for (const page of placement.pages) expect(page.sources.reduce((sum, s) => sum + sourceItemBytes(s), 0)).toBeLessThanOrEqual(4_000);
    expect(placement.pages[1]?.label).toBe(`October 2024, part 2 of ${placement.pages.length}`);
    expect(placement.months[0]?.pages.map((page) => page.href)).toEqual(placement.pages.map((page) => page.path));
  });

  it('gives a source heavier than a whole page a page of its own', () => {
    const heavy = source('h', '2024-10-01', 'x'.repeat(5_000));
    const placement = placeSources([source('n', '2024-10-02'), heavy], { entries: 1 });
    expect(placement.pages.map((page) => page.sources.map((s) => s.id))).toEqual([['n'], ['h']]);
  });
});

describe('sourcesPageNav', () => {
  it('links the months before and after, and the parts of the same month', () => {
    const month = Array.from({ length: 20 }, (_, i) => source(`s${i}`, '2024-10-05'));
    const { pages } = placeSources([source('n', '2024-11-01'), ...month, source('o', '2024-09-01')], { entries: 1 });
    const nav = sourcesPageNav(pages, 2);
    expect(nav.previous?.href).toBe('/sources/months/2024-10/');
    expect(nav.next?.href).toBe(pages[3]?.path);
    expect(nav.parts.filter((part) => part.current).map((part) => part.href)).toEqual(['/sources/months/2024-10/2/']);
    expect(nav.parts.length).toBe(pages.filter((page) => page.period === '2024-10').length);
    expect(sourcesPageNav(pages, 0).parts).toEqual([]);
  });
});
