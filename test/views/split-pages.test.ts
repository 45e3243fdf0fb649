import { describe, expect, it } from 'vitest';
import { chronologyView } from '../../src/lib/views/chronology.ts';
import { chronologyIndex, chronologyPages } from '../../src/lib/views/chronology-pages.ts';
import { placeEntries } from '../../src/lib/views/placement.ts';
import { positionsIndex, positionsPages } from '../../src/lib/views/positions-pages.ts';
import { positionsView } from '../../src/lib/views/positions.ts';
import { briefing, day, event, statement } from './fixtures.ts';

const events = [
  event('2025-02-03-a', day('2025-02-03')),
  event('2025-03-01-b', day('2025-03-01')),
  event('2025-03-02-c', day('2025-03-02')),
  event('2025-03-09-d', day('2025-03-09')),
  event('undated-e', { text: 'soon', start: null, end: null, precision: 'range' }),
];
const statements = [
  statement('freedonia-1', 'freedonia', { date: day('2025-03-04') }),
  statement('freedonia-2', 'freedonia', { date: day('2025-03-05') }),
  statement('freedonia-3', 'freedonia', { date: day('2025-03-06') }),
  statement('freedonia-4', 'freedonia'),
  statement('analyst-1', null),
];
const model = briefing({ events, statements });
const placement = placeEntries(model, { entries: 2 });

describe('a split chronology', () => {
  const view = chronologyView(model);

  it('lists each period on /chronology/ with its count and its page or parts', () => {
    expect(chronologyIndex(view, placement)).toEqual([
      { id: '2025-02', label: 'February 2025', datetime: '2025-02', count: '1 event', pages: [{ href: '/chronology/2025-02/', label: 'February 2025' }] },
      {
        id: '2025-03',
        label: 'March 2025',
        datetime: '2025-03',
        count: '3 events',
        pages: [
          { href: '/chronology/2025-03/', label: 'March 2025, part 1 of 2' },
          { href: '/chronology/2025-03/2/', label: 'March 2025, part 2 of 2' },
        ],
      },
      { id: 'undated', label: 'Date not known', datetime: null, count: '1 event', pages: [{ href: '/chronology/undated/', label: 'Date not known' }] },
    ]);
  });

  it('gives each page its events, an intro and links to its neighbours and sibling parts', () => {
    const pages = chronologyPages(view, placement);
    expect(pages.map((page) => [page.path, page.label, page.intro, page.entries.map((entry) => entry.id)])).toEqual([
      ['/chronology/2025-02/', 'February 2025', '1 event in February 2025.', ['2025-02-03-a']],
      ['/chronology/2025-03/', 'March 2025, part 1 of 2', 'Events 1 to 2 of the 3 in March 2025.', ['2025-03-01-b', '2025-03-02-c']],
      ['/chronology/2025-03/2/', 'March 2025, part 2 of 2', 'Events 3 to 3 of the 3 in March 2025.', ['2025-03-09-d']],
      ['/chronology/undated/', 'Date not known', '1 event without a date.', ['undated-e']],
    ]);
    expect(pages[1]?.nav).toEqual({
      previous: { href: '/chronology/2025-02/', label: 'February 2025' },
      next: { href: '/chronology/2025-03/2/', label: 'March 2025, part 2 of 2' },
      parts: [
        { href: '/chronology/2025-03/', label: 'March 2025, part 1 of 2', current: true },
        { href: '/chronology/2025-03/2/', label: 'March 2025, part 2 of 2', current: false },
      ],
    });
    expect(pages[0]?.nav).toEqual({ previous: null, next: { href: '/chronology/2025-03/', label: 'March 2025, part 1 of 2' }, parts: [] });
  });

  it('has no index and no period pages while the chronology is one page', () => {
    const onePage = placeEntries(model);
    expect(chronologyIndex(view, onePage)).toEqual([]);
    expect(chronologyPages(view, onePage)).toEqual([]);
  });
});

describe('split positions', () => {
  const view = positionsView(model, [], placement);

  it('lists each government and the other voices on /positions/ with a link to its page', () => {
    expect(positionsIndex(view, placement)).toEqual([
      { id: 'freedonia', name: 'Freedonia', count: '4 statements', href: '/positions/freedonia/', otherVoices: false },
      { id: 'other-voices', name: 'Other voices', count: '1 statement', href: '/positions/other-voices/', otherVoices: true },
    ]);
  });

  it('lists the periods on the page of a government split by period, and gives each period page its statements', () => {
    const pages = positionsPages(view, placement);
    expect(pages.map((page) => [page.path, page.label, page.intro, page.entries.map((entry) => entry.id)])).toEqual([
      ['/positions/freedonia/', 'Freedonia', '4 statements.', []],
      ['/positions/freedonia/2025-03/', 'Freedonia, March 2025, part 1 of 2', 'Statements 1 to 2 of the 3 in March 2025.', ['freedonia-1', 'freedonia-2']],
      ['/positions/freedonia/2025-03/2/', 'Freedonia, March 2025, part 2 of 2', 'Statements 3 to 3 of the 3 in March 2025.', ['freedonia-3']],
      ['/positions/freedonia/undated/', 'Freedonia, date not reported', '1 statement without a date.', ['freedonia-4']],
      ['/positions/other-voices/', 'Other voices', '1 statement.', ['analyst-1']],
    ]);
    expect(pages[0]?.periods).toEqual([
      {
        period: '2025-03',
        label: 'March 2025',
        count: '3 statements',
        pages: [
          { href: '/positions/freedonia/2025-03/', label: 'Freedonia, March 2025, part 1 of 2' },
          { href: '/positions/freedonia/2025-03/2/', label: 'Freedonia, March 2025, part 2 of 2' },
        ],
      },
      { period: 'undated', label: 'Date not reported', count: '1 statement', pages: [{ href: '/positions/freedonia/undated/', label: 'Freedonia, date not reported' }] },
    ]);
    expect(pages[3]?.up).toEqual({ href: '/positions/freedonia/', label: 'Freedonia' });
    expect(pages[3]?.nav.previous).toEqual({ href: '/positions/freedonia/2025-03/2/', label: 'Freedonia, March 2025, part 2 of 2' });
    expect(pages[4]).toMatchObject({ otherVoices: true, up: null, periods: [] });
  });
});
