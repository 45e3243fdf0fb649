import { describe, expect, it } from 'vitest';
import { timeline, type TimelineEvent } from '../../src/lib/views/timeline.ts';

const NAMES: Record<string, string> = { freedonia: 'Freedonia', sylvania: 'Sylvania' };
const options = { governmentName: (id: string) => NAMES[id] ?? id };

function ev(id: string, day: string | null, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return { id, href: `/chronology/#${id}`, day, until: null, expected: false, government: 'freedonia', dateLabel: day ?? 'undated', headline: `Headline of ${id}`, ...extra };
}

describe('timeline', () => {
  it('has nothing to draw without a dated event', () => {
    expect(timeline([{ id: 'undated', entries: [ev('x', null)] }], options)).toBeNull();
  });

  it('gives each period a column, marks a gap between periods that are not next to each other, and labels them', () => {
    const strip = timeline(
      [
        { id: '2024-06', entries: [ev('june', '2024-06-15')] },
        { id: '2024-10', entries: [ev('a', '2024-10-01'), ev('b', '2024-10-31')] },
        { id: '2024-11', entries: [ev('nov', '2024-11-02')] },
      ],
      options,
    );
    expect(strip?.columns.map((c) => [c.period, c.label, c.shortLabel])).toEqual([
      ['2024-06', 'Jun 2024', 'Jun ’24'],
      ['2024-10', 'Oct 2024', 'Oct'],
      ['2024-11', 'Nov 2024', 'Nov'],
    ]);
    // A gap between June and October (months without events), none between October and November.
    expect(strip?.gaps.length).toBe(1);
    const oct = strip?.columns[1];
    const [a, b] = [strip?.marks.find((m) => m.id === 'a'), strip?.marks.find((m) => m.id === 'b')];
    // The first and last day of a month sit at its column's edges (inside by a mark's width).
    expect([a && oct && a.cx > oct.x, b && oct && b.cx < oct.x + oct.width, a && b && a.cx < b.cx]).toEqual([true, true, true]);
  });

  it('links each mark to its entry, names it by date and headline, stacks marks of one day, and draws expected ones hollow', () => {
    const strip = timeline(
      [{ id: '2024-10', entries: [ev('one', '2024-10-23'), ev('two', '2024-10-23', { government: 'sylvania' }), ev('due', '2024-10-30', { expected: true, until: '2024-10-31' })] }],
      options,
    );
    expect(strip?.marks.map((m) => [m.id, m.href, m.className, m.label])).toEqual([
      ['one', '/chronology/#one', 'series-0', '2024-10-23: Headline of one (Freedonia)'],
      ['two', '/chronology/#two', 'series-1', '2024-10-23: Headline of two (Sylvania)'],
      ['due', '/chronology/#due', 'series-0 mark--expected', '2024-10-30: Headline of due (Freedonia)'],
    ]);
    const [one, two, due] = strip?.marks ?? [];
    expect([one?.cx === two?.cx, (one?.cy ?? 0) > (two?.cy ?? 0), due?.range !== null, strip?.hasExpected]).toEqual([true, true, true, true]);
    expect(strip?.legend).toEqual([
      { label: 'Freedonia', className: 'series-0', count: 2 },
      { label: 'Sylvania', className: 'series-1', count: 1 },
    ]);
  });

  it('colours the five governments told of most, the rest as others, and says in words what it shows', () => {
    const governments = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const entries = governments.flatMap((g, i) => Array.from({ length: governments.length - i }, (_, k) => ev(`${g}${k}`, `2024-10-${String(k + 1).padStart(2, '0')}`, { government: g })));
    const strip = timeline([{ id: '2024-10', entries }, { id: 'undated', entries: [ev('u', null)] }], options);
    expect(strip?.legend.map((l) => [l.label, l.className, l.count])).toEqual([
      ['a', 'series-0', 7], ['b', 'series-1', 6], ['c', 'series-2', 5], ['d', 'series-3', 4], ['e', 'series-4', 3], ['Others', 'series-5', 3],
    ]);
    expect([strip?.title, strip?.description]).toEqual(['Timeline of 28 dated events', 'Oct 2024: 28 events. 1 event without a date is not drawn. Each mark links to its entry.']);
  });
});
