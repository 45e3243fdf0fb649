import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/detect/dates/index.ts';

/** The resolved dates found in `text`, without offsets. */
function dates(text: string, published: string) {
  return findDates(text, published).map(({ date, expected }) => ({ ...date, expected }));
}

describe('"last year" after a month or a day', () => {
  it('moves the month or day into the previous year', () => {
    expect(dates('The talks collapsed in June last year.', '2024-10-23')).toEqual([
      { text: 'June last year', start: '2023-06-01', end: '2023-06-30', precision: 'month', expected: false },
    ]);
    expect(dates('The treaty was signed on Oct. 30 last year.', '2024-10-23')).toEqual([
      { text: 'Oct. 30 last year', start: '2023-10-30', end: '2023-10-30', precision: 'day', expected: false },
    ]);
    expect(dates('Fighting peaked in late March last year.', '2024-10-23')).toEqual([
      { text: 'late March last year', start: '2023-03-21', end: '2023-03-31', precision: 'range', expected: false },
    ]);
  });
});

describe('a year that names a happening after a preposition of time', () => {
  it.each([
    ['The region has been under Sylvanian control since the 1994 end of the war.', [{ text: 'since the 1994', start: '1994-01-01', end: null, precision: 'range', expected: false }]],
    ['Berg led the delegation during the 2020 border talks.', [{ text: 'the 2020', start: '2020-01-01', end: '2020-12-31', precision: 'year', expected: false }]],
    ['Freedonia kept its garrison after the 2016 Ceasefire Accord.', [{ text: 'the 2016', start: '2016-01-01', end: '2016-12-31', precision: 'year', expected: false }]],
    // An indefinite article names a happening as well.
    ['Sylvania retook part of the valley in a 2020 war.', [{ text: 'a 2020', start: '2020-01-01', end: '2020-12-31', precision: 'year', expected: false }]],
    ['Ruhl said so in an 2019 interview.', [{ text: 'an 2019', start: '2019-01-01', end: '2019-12-31', precision: 'year', expected: false }]],
    // A year after "of" that names when a war or upheaval was.
    ['Sylvania took the valley during the first war of 1994, and kept it.', [{ text: '1994', start: '1994-01-01', end: '1994-12-31', precision: 'year', expected: false }]],
    ['Ruhl fled after the revolution of 1979 was crushed.', [{ text: '1979', start: '1979-01-01', end: '1979-12-31', precision: 'year', expected: false }]],
    // "of" before a count, or a year of no upheaval, or no preposition of time: no date.
    ['After the crisis of 2008 sailors left the port.', []],
    ['During the talks, a force of 2000 held the pass.', []],
    ['The war of 2014 left scars.', []],
    // No preposition of time: an adjective of a noun phrase, which dates nothing.
    ['Freedonia signed a pact to end the 2020 conflict.', []],
    // A document named by the year it was made dates its making, after any word.
    ['Freedonian troops are stationed in the valley under the 2020 agreements.', [{ text: '2020', start: '2020-01-01', end: '2020-12-31', precision: 'year', expected: false }]],
    ['Both sides vowed to uphold the 2018 trilateral peace treaty.', [{ text: '2018', start: '2018-01-01', end: '2018-12-31', precision: 'year', expected: false }]],
    ['Sylvania broke the 1994 ceasefire agreement.', [{ text: '1994', start: '1994-01-01', end: '1994-12-31', precision: 'year', expected: false }]],
    // A plural after the year that names no document may be a count.
    ['Freedonia paid for the 2000 trucks under the deal.', []],
    // Before a plural, the number may count.
    ['The port reopened after the 2000 troops left.', []],
    ['The pass was held in a 2000-strong push.', []],
    ['The convoy arrived after a 1500 troops left.', []],
    ['It was hit during the 1900 strikes of the campaign.', []],
  ])('%s', (text, expected) => {
    expect(dates(text, '2024-10-23')).toEqual(expected);
  });
});

describe('"since"', () => {
  it('opens a range at the start of what follows and leaves the end open', () => {
    expect(dates('Prices have doubled since August last year.', '2024-10-23')).toEqual([
      { text: 'since August last year', start: '2023-08-01', end: null, precision: 'range', expected: false },
    ]);
    expect(dates('No talks have been held since last week.', '2024-10-23')).toEqual([
      { text: 'since last week', start: '2024-10-14', end: null, precision: 'range', expected: false },
    ]);
    expect(dates('The border has been closed since 2022.', '2024-10-23')).toEqual([
      { text: 'since 2022', start: '2022-01-01', end: null, precision: 'range', expected: false },
    ]);
    expect(dates('Clashes have decreased since around March.', '2024-10-23')).toEqual([
      { text: 'since around March', start: '2024-03-01', end: null, precision: 'range', expected: false },
    ]);
  });
});

describe('"by" and "until"', () => {
  it('closes a range at the end of what follows, with an open start, and expects a future deadline', () => {
    expect(dates('Troops are to arrive by December.', '2024-10-23')).toEqual([
      { text: 'by December', start: null, end: '2024-12-31', precision: 'range', expected: true },
    ]);
    expect(dates('The plan is to finish by the end of the year.', '2024-10-23')).toEqual([
      { text: 'by the end of the year', start: null, end: '2024-12-31', precision: 'range', expected: true },
    ]);
    expect(dates('Emissions are to halve by 2030.', '2024-10-23')).toEqual([
      { text: 'by 2030', start: null, end: '2030-12-31', precision: 'range', expected: true },
    ]);
  });

  it('reads a deadline that opens its sentence by the main clause after it: "By Monday, the troops had withdrawn"', () => {
    expect(dates('By Monday, the troops had almost entirely withdrawn from the border.', '2025-03-18')).toEqual([
      { text: 'By Monday', start: null, end: '2025-03-17', precision: 'range', expected: false },
    ]);
    expect(dates('By Monday, the troops will have left.', '2025-03-18')).toEqual([
      { text: 'By Monday', start: null, end: '2025-03-24', precision: 'range', expected: true },
    ]);
  });

  it('reads a deadline after a past perfect as past: "had fled by Tuesday" looks back from it', () => {
    expect(dates('Some 4,000 islanders had fled by Tuesday.', '2024-10-25')).toEqual([
      { text: 'by Tuesday', start: null, end: '2024-10-22', precision: 'range', expected: false },
    ]);
    expect(dates('Some 4,000 islanders will have fled by Tuesday.', '2024-10-25')).toEqual([
      { text: 'by Tuesday', start: null, end: '2024-10-29', precision: 'range', expected: true },
    ]);
  });

  it.each([
    ['By the morning of September 28, more than 65,000 people had arrived.', 'By the morning of September 28', '2025-09-28', false],
    ['By the evening of Tuesday the convoy had crossed.', 'By the evening of Tuesday', '2025-09-23', false],
    ['The envoy will stay until the late afternoon of October 3.', 'until the late afternoon of October 3', '2025-10-03', true],
  ])('reads a time of day between "by" or "until" and the day as the deadline that day: %j', (text, words, end, expected) => {
    expect(dates(text, '2025-09-28')).toEqual([{ text: words, start: null, end, precision: 'range', expected }]);
  });

  it('reads "on the morning of" a day as the day itself, no deadline', () => {
    expect(dates('The convoy crossed on the morning of September 27.', '2025-09-28').map((d) => [d.start, d.end, d.precision])).toEqual([['2025-09-27', '2025-09-27', 'day']]);
  });

  it('reads "until" without assuming the future', () => {
    expect(dates('The envoy stayed until March.', '2024-10-23')).toEqual([
      { text: 'until March', start: null, end: '2024-03-31', precision: 'range', expected: false },
    ]);
  });
});

describe('"as of" before a count', () => {
  it.each([
    ['As of 1600 GMT on Tuesday, at least 2,100 islanders had crossed the bridge.', { text: 'As of 1600 GMT on Tuesday', start: null, end: '2024-10-22', precision: 'range', expected: false }],
    ['The ministry said 4,850 islanders fled to the coast as of midday on Oct. 20.', { text: 'as of midday on Oct. 20', start: null, end: '2024-10-20', precision: 'range', expected: false }],
    ['As of Monday, thousands of islanders had left.', { text: 'As of Monday', start: null, end: '2024-10-21', precision: 'range', expected: false }],
    ['As of 7:00 p.m. on Tuesday, 112 patients had been taken to the coast.', { text: 'As of 7:00 p.m. on Tuesday', start: null, end: '2024-10-22', precision: 'range', expected: false }],
  ])('reads a count up to a day gone by like "by": %j', (text, date) => {
    expect(dates(text, '2024-10-25')).toEqual([date]);
  });

  it.each([
    // No count: "as of" may open a state from that day on, so the date stays as it is.
    ['As of Monday, the port is closed to tankers.', { text: 'Monday', start: '2024-10-21', end: '2024-10-21', precision: 'day', expected: false }],
    // A day still ahead is the future rules' to read.
    ['As of next Monday, the new rules will apply to 300 ships.', { text: 'next Monday', start: '2024-10-28', end: '2024-10-28', precision: 'day', expected: true }],
    // "of" alone before a date is no "as of".
    ['The ceasefire of Monday held for 300 hours.', { text: 'Monday', start: '2024-10-21', end: '2024-10-21', precision: 'day', expected: false }],
  ])('leaves a date with no count, or ahead, as it is: %j', (text, date) => {
    expect(dates(text, '2024-10-25')).toEqual([date]);
  });
});

describe('"starting in", alternatives and likelihood', () => {
  it('reads "since the beginning of" like "since"', () => {
    expect(dates('Since the beginning of 26 April, the navy has repelled five raids.', '2025-04-26').map((d) => [d.text, d.start, d.end])).toEqual([
      ['Since the beginning of 26 April', '2025-04-26', null],
    ]);
  });

  it('reads "starting in" like "since"', () => {
    expect(dates('Freedonia deployed 900 sailors starting in November 2024.', '2025-04-26')).toEqual([
      { text: 'starting in November 2024', start: '2024-11-01', end: null, precision: 'range', expected: false },
    ]);
  });

  it('reads "from" a day like "since", but not a span with its end nor a month compared with', () => {
    expect(dates('Berg signed a decree to dissolve the council from January 1, 2026.', '2025-09-28')).toEqual([
      { text: 'from January 1, 2026', start: '2026-01-01', end: null, precision: 'range', expected: true },
    ]);
    expect(dates('The port was closed from March 3 to March 9.', '2025-09-28').map((d) => d.end)).not.toContain(null);
    expect(dates('The port was closed from 8 p.m. on Friday to 6 a.m. on Saturday.', '2025-09-28').map((d) => d.end)).not.toContain(null);
    expect(dates('Exports fell by a third from February.', '2025-09-28').map((d) => d.end)).toEqual(['2025-02-28']);
  });

  it.each([
    // "and" before other words joins another thing to what "from" governs: the state still opens that day.
    ['Berg signed a decree on its end from January 1, 2026 and the dissolution of all its bodies.', 'from January 1, 2026', '2026-01-01', null],
    ['Ships will be escorted from Monday and the navy will add patrols.', 'from Monday', '2025-09-29', null],
    // "and" before another day lists the days: no open start.
    ['The port was closed from Monday and Tuesday.', 'Monday and Tuesday', '2025-09-22', '2025-09-23'],
  ])('reads "from" a day before "and": %j', (text, words, start, end) => {
    expect(dates(text, '2025-09-28').map((d) => [d.text, d.start, d.end])).toEqual([[words, start, end]]);
  });

  it.each([
    ['The truce holds from 13:00 on September 20, 2023.', 'from 13:00 on September 20, 2023', '2023-09-20'],
    ['The truce took effect from 1300 local time on Wednesday.', 'from 1300 local time on Wednesday', '2025-09-24'],
    ['The curfew has held since 8 a.m. (local time) on Monday.', 'since 8 a.m. (local time) on Monday', '2025-09-22'],
  ])('reads a time of day between "from" or "since" and the day: %j', (text, words, start) => {
    expect(dates(text, '2025-09-26')).toEqual([{ text: words, start, end: null, precision: 'range', expected: false }]);
  });

  it('reads "the January-March period" as the months it spans, "March" after a month and a dash included', () => {
    expect(dates('Some 2,000 wounded returned in the January-March period.', '2025-04-30')).toEqual([
      { text: 'January-March', start: '2025-01-01', end: '2025-03-31', precision: 'range', expected: false },
    ]);
    expect(dates('Exports fell in the April–May quarter.', '2025-09-30').map((d) => [d.start, d.end])).toEqual([['2025-04-01', '2025-05-31']]);
  });

  it('joins two dates of one precision by "or" or "and" into one range, in order only', () => {
    expect(dates('Sylvania is likely to send more boats in July or August.', '2025-06-26')).toEqual([
      { text: 'July or August', start: '2025-07-01', end: '2025-08-31', precision: 'range', expected: true },
    ]);
    expect(dates('Talks were held on Monday and Tuesday.', '2025-06-26').map((d) => [d.start, d.end, d.precision])).toEqual([['2025-06-23', '2025-06-24', 'range']]);
    expect(dates('The boats left in August or July.', '2025-09-26')).toHaveLength(2);
  });

  it('spans two dates joined by "to", the first in the year the second states, but not a date moved to another', () => {
    expect(dates('More boats may follow, as early as July to August of this year.', '2025-06-26')).toEqual([
      { text: 'July to August of this year', start: '2025-07-01', end: '2025-08-31', precision: 'range', expected: true },
    ]);
    expect(dates('The boats sailed from July to August.', '2025-06-26').map((d) => [d.start, d.end])).toEqual([['2024-07-01', '2024-08-31']]);
    expect(dates('The talks were postponed from July to August.', '2025-06-26')).toHaveLength(2);
    expect(dates('The port was under Sylvanian control from August to March.', '2025-05-09').map((d) => [d.start, d.end])).toEqual([['2024-08-01', '2025-03-31']]);
  });
});

describe('part of a week', () => {
  it('reads "early last week" as its Monday to Wednesday and "late last week" as Thursday to Sunday', () => {
    expect(dates('Ruhl visited the port early last week.', '2025-06-26')).toEqual([
      { text: 'early last week', start: '2025-06-16', end: '2025-06-18', precision: 'range', expected: false },
    ]);
    expect(dates('The talks ended late last week.', '2025-06-26').map((d) => [d.start, d.end])).toEqual([['2025-06-19', '2025-06-22']]);
    expect(dates('The talks ended last week.', '2025-06-26').map((d) => d.precision)).toEqual(['week']);
  });
});

describe('"between" two days of one month', () => {
  it('reads "between May 23 and 25" and "between 23 and 25 May" as one range', () => {
    expect(dates('Boats were exchanged between May 23 and 25.', '2024-05-27')).toEqual([
      { text: 'between May 23 and 25', start: '2024-05-23', end: '2024-05-25', precision: 'range', expected: false },
    ]);
    expect(dates('Between 23 and 25 May, boats were exchanged.', '2024-05-27')).toEqual([
      { text: 'Between 23 and 25 May', start: '2024-05-23', end: '2024-05-25', precision: 'range', expected: false },
    ]);
  });

  it('reads "on 19 and 20 September" and "on September 19 and 20" as the two days', () => {
    expect(dates('The offensive on 19 and 20 September ended the war.', '2023-10-18')).toEqual([
      { text: 'on 19 and 20 September', start: '2023-09-19', end: '2023-09-20', precision: 'range', expected: false },
    ]);
    expect(dates('Talks were held on September 19 and 20.', '2023-10-18')).toEqual([
      { text: 'on September 19 and 20', start: '2023-09-19', end: '2023-09-20', precision: 'range', expected: false },
    ]);
  });

  it('reads "on 15 and 30 November", two days that do not follow each other, as two dates', () => {
    expect(dates('The navy fired at two ships on 15 and 30 November.', '2023-12-18')).toEqual([
      { text: '15', start: '2023-11-15', end: '2023-11-15', precision: 'day', expected: false },
      { text: '30 November', start: '2023-11-30', end: '2023-11-30', precision: 'day', expected: false },
    ]);
    expect(dates('Talks were held on September 12 and 20.', '2023-10-18')).toEqual([
      { text: 'September 12', start: '2023-09-12', end: '2023-09-12', precision: 'day', expected: false },
      { text: '20', start: '2023-09-20', end: '2023-09-20', precision: 'day', expected: false },
    ]);
  });

  it('reads "did not confirm until late April" as late April itself, "closed until March" as a deadline', () => {
    expect(dates('Freedonia did not officially confirm until late April that its boats had left.', '2025-05-10')).toEqual([
      { text: 'until late April', start: '2025-04-21', end: '2025-04-30', precision: 'range', expected: false },
    ]);
    expect(dates('The port was closed until March.', '2025-05-10')).toEqual([
      { text: 'until March', start: null, end: '2025-03-31', precision: 'range', expected: false },
    ]);
  });

  it('leaves a number that is no day alone', () => {
    expect(dates('Between May 23 and 25 percent of the boats left.', '2024-05-27')).toEqual([
      { text: 'May 23', start: '2024-05-23', end: '2024-05-23', precision: 'day', expected: false },
    ]);
  });
});
