import { describe, expect, test } from 'vitest';
import { daysBetween, entriesPerRecord, entryGroups, entryRecordBudget, GROUP_SPAN_DAYS, groupFilters, groupSortDay } from '../../src/lib/search/entry-groups.ts';
import type { SearchRecord } from '../../src/lib/search/entry-records.ts';

function record(url: string, date: string | null, government: string[] = [], publisher: string[] = ['Harbour Post']): SearchRecord {
  return {
    url,
    content: `Words of ${url}`,
    meta: { title: url, type: 'statement' },
    filters: { type: ['statement'], government, publisher },
    sort: date !== null ? { date } : {},
  };
}

describe('entriesPerRecord', () => {
  test('one entry per record while the entries fit the budget, then as many as keep the records near it', () => {
    expect([entriesPerRecord(0, 4000), entriesPerRecord(4000, 4000), entriesPerRecord(4001, 4000), entriesPerRecord(44_201, 4000)]).toEqual([1, 1, 2, 12]);
  });

  test('BRIEFING_SEARCH_BUDGET overrides the budget; anything but a positive whole number is ignored', () => {
    expect(entryRecordBudget({ BRIEFING_SEARCH_BUDGET: '3' })).toBe(3);
    expect([entryRecordBudget({}), entryRecordBudget({ BRIEFING_SEARCH_BUDGET: 'x' }), entryRecordBudget({ BRIEFING_SEARCH_BUDGET: '0' })]).toEqual([2000, 2000, 2000]);
  });
});

describe('entryGroups', () => {
  test('entries of one kind in date order, at most `size` a group, whatever page they are on', () => {
    const groups = entryGroups([
      record('/positions/freedonia/#c', '2025-03-03'),
      record('/positions/sylvania/#x', '2025-03-01'),
      record('/positions/freedonia/#a', '2025-03-01'),
      { ...record('/chronology/#e', '2025-03-01'), filters: { type: ['event'], government: [], publisher: [] } },
      record('/positions/freedonia/#b', '2025-03-02'),
    ], 2);
    expect(groups.map((group) => [group.url, group.records.map((r) => r.url)])).toEqual([
      ['/_entries/1/', ['/positions/sylvania/#x', '/positions/freedonia/#a']],
      ['/_entries/2/', ['/positions/freedonia/#b', '/positions/freedonia/#c']],
      ['/_entries/3/', ['/chronology/#e']],
    ]);
  });

  test(`a group spans at most ${GROUP_SPAN_DAYS} days; entries without a sort day are grouped apart, after the dated`, () => {
    const groups = entryGroups([
      record('/positions/freedonia/#u', null),
      record('/positions/freedonia/#a', '2025-03-01'),
      record('/positions/freedonia/#b', '2025-04-01'),
      record('/positions/freedonia/#c', '2025-04-02'),
    ], 3);
    expect(daysBetween('2025-03-01', '2025-04-01')).toBe(GROUP_SPAN_DAYS);
    expect(groups.map((group) => group.records.map((r) => r.url.replace(/.*#/, '')))).toEqual([['a', 'b'], ['c'], ['u']]);
    expect(groups.map(groupSortDay)).toEqual(['2025-03-01', '2025-04-02', null]);
  });

  test("a group's filters are its entries' values, first occurrence kept, its sort day the earliest entry's", () => {
    const [group] = entryGroups([
      record('/chronology/#a', '2025-03-02', ['Freedonia'], ['Harbour Post']),
      record('/chronology/#b', '2025-03-03', ['Sylvania', 'Freedonia'], ['Coastal Wire']),
      record('/chronology/#c', '2025-03-01', [], ['Harbour Post']),
    ], 3);
    expect(group?.records.map((r) => r.url)).toEqual(['/chronology/#c', '/chronology/#a', '/chronology/#b']);
    expect(groupFilters(group!)).toEqual({ type: ['statement'], government: ['Freedonia', 'Sylvania'], publisher: ['Harbour Post', 'Coastal Wire'] });
    expect(groupSortDay(group!)).toBe('2025-03-01');
  });
});
