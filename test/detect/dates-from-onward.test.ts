import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/detect/dates/index.ts';

/** The dates found in `text`, in a paper of Tuesday 2024-02-27, as words, start and end. */
function dates(text: string) {
  return findDates(text, '2024-02-27').map((d) => [d.date.text, d.date.start, d.date.end]);
}

describe('"from <date> onward(s)" opens a range with no end, whatever the precision of the date', () => {
  it.each([
    ['Freedonia began striking rebel depots from mid-January onwards.', [['from mid-January', '2024-01-11', null]]],
    ['The Ostmark agency has tracked the convoys from early December onward.', [['from early December', '2023-12-01', null]]],
    ['Sylvanian boats have harassed tankers from January onwards, the navy said.', [['from January', '2024-01-01', null]]],
    ['Fredonburg rationed fuel from last week onwards.', [['from last week', '2024-02-19', null]]],
    ['Marsh City has been closed to shipping from 2022 onward.', [['from 2022', '2022-01-01', null]]],
  ])('%j', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each([
    // Near misses: a month or week alone after "from" is a comparison or a source, not a range that
    // runs on; "onward" that goes with a journey, not the date, leaves it closed too.
    ['Freedonia began striking rebel depots from mid-January to early February.', [['mid-January to early February', '2024-01-11', '2024-02-10']]],
    ['Exports fell sharply from January, the Ostmark agency said.', [['January', '2024-01-01', '2024-01-31']]],
    ['The report from last week named two tankers.', [['last week', '2024-02-19', '2024-02-25']]],
    ['Cargo landed in Marsh City in January moved onward to Fredonburg.', [['January', '2024-01-01', '2024-01-31']]],
    ['Rates doubled from 2022 levels.', [['2022', '2022-01-01', '2022-12-31']]],
  ])('%j', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});
