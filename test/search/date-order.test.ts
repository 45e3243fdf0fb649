import { describe, expect, test } from 'vitest';
import { DateOrder } from '../../src/lib/search/date-order.ts';

const at = (...days: string[]) => days.map((day) => ({ value: day, day }));

describe('DateOrder', () => {
  test("oldest first: a shared record's later entries wait for the records that come before them, then go in by their own day", () => {
    const order = new DateOrder<string>(false);
    // Pagefind's order: a shared record sorts by its earliest entry (1 Mar), an article by its day.
    order.add('2025-03-01', at('2025-03-01', '2025-03-04', '2025-03-09'));
    expect(order.take(false)).toEqual(['2025-03-01']);
    order.add('2025-03-02', at('2025-03-02'));
    order.add('2025-03-05', at('2025-03-05'));
    expect(order.take(false)).toEqual(['2025-03-02', '2025-03-04', '2025-03-05']);
    expect(order.take(true)).toEqual(['2025-03-09']);
  });

  test('newest first: a result is settled once it is a whole shared-record span after the last sort day', () => {
    const order = new DateOrder<string>(true);
    order.add('2025-03-20', at('2025-03-20'));
    // A record still to come, sorting before 20 Mar, may hold an entry of up to 31 days later.
    expect(order.take(false)).toEqual([]);
    order.add('2025-03-01', at('2025-03-01', '2025-03-25'));
    expect(order.take(false)).toEqual([]);
    order.add('2025-01-31', at('2025-02-03'));
    // A record still to come, sorting before 31 Jan, may hold an entry of 3 Mar: 1 Mar waits.
    expect(order.take(false)).toEqual(['2025-03-25', '2025-03-20']);
    expect(order.take(true)).toEqual(['2025-03-01', '2025-02-03']);
  });

  test('results of one day keep the order they came in; a result without a day sorts at its record', () => {
    const order = new DateOrder<string>(false);
    order.add('2025-03-01', [{ value: 'a', day: '2025-03-01' }, { value: 'b', day: null }]);
    order.add('2025-03-01', [{ value: 'c', day: '2025-03-01' }]);
    expect(order.take(true)).toEqual(['a', 'b', 'c']);
  });
});
