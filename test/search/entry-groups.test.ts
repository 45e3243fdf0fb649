import { describe, expect, test } from 'vitest';
import { entriesPerRecord, entryGroups, entryRecordBudget, groupFilters, groupSortDay } from '../../src/lib/search/entry-groups.ts';
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
    expect([entryRecordBudget({}), entryRecordBudget({ BRIEFING_SEARCH_BUDGET: 'x' }), entryRecordBudget({ BRIEFING_SEARCH_BUDGET: '0' })]).toEqual([4000, 4000, 4000]);
  });
});

describe('entryGroups', () => {
  test('entries of one kind, by page and then date, at most `size` a group; a group may run on to the next page', () => {
    const groups = entryGroups([
      record('/positions/freedonia/#c', '2025-03-03'),
      record('/positions/sylvania/#x', '2025-03-01'),
      record('/positions/freedonia/#a', '2025-03-01'),
      { ...record('/chronology/#e', '2025-03-01'), filters: { type: ['event'], government: [], publisher: [] } },
      record('/positions/freedonia/#b', '2025-03-02'),
    ], 2);
    expect(groups.map((group) => [group.url, group.records.map((r) => r.url)])).toEqual([
      ['/_entries/1/', ['/positions/freedonia/#a', '/positions/freedonia/#b']],
      ['/_entries/2/', ['/positions/freedonia/#c', '/positions/sylvania/#x']],
      ['/_entries/3/', ['/chronology/#e']],
    ]);
  });

  test("a group's filters are its entries' values, its sort day the earliest entry's", () => {
    const [group] = entryGroups([
      record('/chronology/#a', '2025-03-02', ['Freedonia'], ['Harbour Post']),
      record('/chronology/#b', null, ['Sylvania', 'Freedonia'], ['Coastal Wire']),
      record('/chronology/#c', '2025-03-01', [], ['Harbour Post']),
    ], 3);
    // In date order, an entry without a sort day first.
    expect(groupFilters(group!)).toEqual({ type: ['statement'], government: ['Sylvania', 'Freedonia'], publisher: ['Coastal Wire', 'Harbour Post'] });
    expect(groupSortDay(group!)).toBe('2025-03-01');
    expect(groupSortDay({ url: '/_entries/1/', records: [record('/chronology/#b', null)] })).toBe(null);
  });
});
