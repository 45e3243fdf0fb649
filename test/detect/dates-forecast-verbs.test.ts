import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/detect/dates/index.ts';

/** Published on a Monday, so a weekday or "this week" may lie behind or ahead. */
const PUBLISHED = '2025-09-01';

/** Each date of `text` as its words, its first day and whether it is still to come. */
function read(text: string) {
  return findDates(text, PUBLISHED).map(({ date, expected }) => [date.text, date.start, expected]);
}

describe('"anticipated to", "projected to", "forecast to" and "predicted to" foretell as "expected to" does', () => {
  it.each([
    ['Ruhl is anticipated to stand beside Berg at the parade in Marsh City this week.', [['this week', '2025-09-02', true]]],
    ['The Ostmark envoy is projected to arrive in Fredonburg on Tuesday.', [['on Tuesday', '2025-09-02', true]]],
    ['Arrivals are forecast to reach their peak in October.', [['October', '2025-10-01', true]]],
    ['The talks were predicted to resume on Friday.', [['on Friday', '2025-09-05', true]]],
    // Near misses: a comparison with a forecast, a verb of forecasting that tells its own day, and a
    // forecast used as an adjective, look back.
    ['The parade went ahead as anticipated on Tuesday.', [['on Tuesday', '2025-08-26', false]]],
    ['Ruhl predicted on Friday that the talks would fail.', [['on Friday', '2025-08-29', false]]],
    ['The projected figures were released on Friday.', [['on Friday', '2025-08-29', false]]],
    ['The envoy arrived in Fredonburg on Tuesday, earlier than forecast.', [['on Tuesday', '2025-08-26', false]]],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
