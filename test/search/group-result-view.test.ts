import { describe, expect, test } from 'vitest';
import { groupEntryViews, groupSortDay, separateTerms } from '../../src/lib/search/group-result-view.ts';
import type { PagefindResultData } from '../../src/lib/search/result-view.ts';

/**
 * A record two statements share, as Pagefind reports it (group-record.ts): each entry's
 * words after its id element, then its date and governments; sub-results for the entries with matches.
 */
function sharedRecord(subResults: { id: string; locations: number[] }[]): PagefindResultData {
  const content = 'Anna Berg · the talks resume Monday · 9 Mar 2025 · Freedonia Piet Ros · the talks failed · Sylvania';
  const anchors = [
    { element: 'span', id: '2025-03-09/positions/freedonia/#anna-berg-talks', text: '', title: 'Anna Berg said the talks resume Monday', location: 0 },
    { element: 'span', id: '/positions/sylvania/#piet-ros-talks', text: '', title: 'Piet Ros said the talks failed', location: 13 },
  ];
  return {
    url: '/briefing/_entries/1/',
    content,
    excerpt: '',
    meta: { title: '·', entries: JSON.stringify([['+++++++------', '+-', '+-', '9 Mar 2025', 'Freedonia'], ['-----+--', '-+', '-+', '', 'Sylvania']]) },
    filters: { type: ['statement'], government: ['Sylvania', 'Freedonia'], publisher: ['Harbour Post', 'Coastal Wire'] },
    locations: subResults.flatMap((sub) => sub.locations),
    anchors,
    sub_results: subResults.map(({ id, locations }) => {
      const anchor = anchors.find((a) => a.id.endsWith(`#${id}`))!;
      return { url: `/briefing/_entries/1/#${encodeURIComponent(anchor.id)}`, title: anchor.title, excerpt: 'the <mark>talks</mark>', locations, anchor };
    }),
  };
}

const NONE = { type: [], government: [], publisher: [] };

describe('groupEntryViews', () => {
  test('each entry with matches is a result titled like its record, linking to it with the words its marks allow', () => {
    const views = groupEntryViews(sharedRecord([{ id: 'anna-berg-talks', locations: [4] }, { id: 'piet-ros-talks', locations: [17] }]), NONE, null);
    expect(views).toEqual([
      {
        href: '/briefing/positions/freedonia/#anna-berg-talks:~:text=the-,talks,-resume%20Monday',
        title: 'Anna Berg said the talks resume Monday',
        type: 'Statement',
        date: '9 Mar 2025',
        who: 'Freedonia',
        excerpt: [{ text: 'the ', marked: false }, { text: 'talks', marked: true }],
        day: '2025-03-09',
      },
      // Its marks do not let a link highlight "talks" (the same words stand earlier on the page): the entry's id alone.
      { href: '/briefing/positions/sylvania/#piet-ros-talks', title: 'Piet Ros said the talks failed', type: 'Statement', date: null, who: 'Sylvania', excerpt: [{ text: 'the ', marked: false }, { text: 'talks', marked: true }], day: null },
    ]);
  });

  test("a chosen filter keeps the entries that have one of its values (the record has the union of its entries')", () => {
    const record = sharedRecord([{ id: 'anna-berg-talks', locations: [4] }, { id: 'piet-ros-talks', locations: [17] }]);
    const only = (filters: Partial<Record<'type' | 'government' | 'publisher', string[]>>) => groupEntryViews(record, { ...NONE, ...filters }, null)?.map((view) => view.who);
    expect(only({ government: ['Sylvania'] })).toEqual(['Sylvania']);
    // Masks follow the sorted values: Coastal Wire, Harbour Post.
    expect(only({ publisher: ['Coastal Wire'] })).toEqual(['Freedonia']);
    expect(only({ publisher: ['Coastal Wire'], government: ['Sylvania'] })).toEqual([]);
    expect(only({ type: ['statement'] })).toEqual(['Freedonia', 'Sylvania']);
  });

  test("a record of its own gives null; a shared record sorts by its first entry's day, matched or not", () => {
    const record = sharedRecord([{ id: 'piet-ros-talks', locations: [17] }]);
    expect(groupEntryViews({ ...record, meta: { title: 'A page' } }, NONE, null)).toBe(null);
    expect(groupSortDay(record)).toBe('2025-03-09');
    expect(groupSortDay({ ...record, meta: { title: 'A page' } })).toBe(null);
  });

  test('Pagefind says which entries match: one found by a word it matched by stem or typo is kept, whatever its spelling', () => {
    // "talk" and "tlaks" find "talks" in Pagefind; the entry's sub-result holds its location.
    const record = sharedRecord([{ id: 'piet-ros-talks', locations: [17] }]);
    expect(groupEntryViews(record, NONE, null)?.map((view) => view.who)).toEqual(['Sylvania']);
    expect(groupEntryViews(record, NONE, [[17], [14]])?.map((view) => view.who)).toEqual(['Sylvania']);
  });

  test('with several words, an entry that holds only some of them (as Pagefind matched each alone) is left out', () => {
    // "talks Monday": Pagefind found the record (both words are in it) and both entries hold a match.
    const record = sharedRecord([{ id: 'anna-berg-talks', locations: [4, 6] }, { id: 'piet-ros-talks', locations: [17] }]);
    const talks = [4, 17];
    const monday = [6];
    expect(groupEntryViews(record, NONE, [talks, monday])?.map((view) => view.who)).toEqual(['Freedonia']);
    expect(groupEntryViews(record, NONE, [talks])?.map((view) => view.who)).toEqual(['Freedonia', 'Sylvania']);
  });
});

describe('separateTerms', () => {
  test('several words are searched one by one; one word or a quoted phrase needs no more searches', () => {
    expect(separateTerms('talks  Monday')).toEqual(['talks', 'Monday']);
    expect([separateTerms('talks'), separateTerms('"the talks resume"'), separateTerms(' ')]).toEqual([null, null, null]);
  });
});
