import { describe, expect, it, vi } from 'vitest';
import { findDates } from '../../src/lib/detect/dates/index.ts';
import { AFTER_RULE, ANCHORED_PATTERNS, DAY_OF, lastMeetingDay, PERIOD_PATTERNS } from '../../src/lib/detect/dates/anchored.ts';
import { piecedTexts } from '../helpers/pieced-texts.ts';

const dates = (text: string, published: string, anchor: string | null = null) =>
  findDates(text, published, anchor).map((m) => [m.date.text, m.date.start, m.date.end, m.date.precision, m.expected]);

describe('dates counted from another event', () => {
  it('counts "the following day", "a day earlier" and "two days later" from the date told before', () => {
    expect(dates('Talks were held on Jan. 10. The following day, the navy left.', '2024-01-27')).toEqual([
      ['Jan. 10', '2024-01-10', '2024-01-10', 'day', false],
      ['The following day', '2024-01-11', '2024-01-11', 'day', false],
    ]);
    expect(dates('A day earlier, the navy struck.', '2024-01-27', '2024-01-20')).toEqual([['A day earlier', '2024-01-19', '2024-01-19', 'day', false]]);
    expect(dates('Two days later, the port reopened.', '2024-01-27', '2024-01-20')).toEqual([['Two days later', '2024-01-22', '2024-01-22', 'day', false]]);
  });

  it('counts a clause told "a day after Ruhl arrived" back from the day told before, but not "two days after the strike"', () => {
    expect(dates('On Saturday, Freedonia struck again, one day after attacks were carried out by Sylvania.', '2024-01-14')).toEqual([
      ['On Saturday', '2024-01-13', '2024-01-13', 'day', false],
      ['one day after', '2024-01-12', '2024-01-12', 'day', false],
    ]);
    expect(dates('The agency briefed lawmakers two days after Sylvania confirmed the deployment.', '2025-04-30', '2025-04-30')).toEqual([
      ['two days after', '2025-04-28', '2025-04-28', 'day', false],
    ]);
    expect(dates('Ruhl left the port two days after the strike.', '2025-04-30', '2025-04-30')).toEqual([]);
  });

  it.each([
    // The count bounds a window: the launch was on the day told or the one before it.
    ['On Monday, rebels struck a ship, less than a day after they launched a missile at a destroyer.', '2024-01-15', [['On Monday', '2024-01-15', '2024-01-15', 'day', false], ['less than a day after', '2024-01-14', '2024-01-15', 'range', false]]],
    ['Berg met Ruhl on Friday, within two days after Ruhl arrived in the capital.', '2024-01-20', [['on Friday', '2024-01-19', '2024-01-19', 'day', false], ['within two days after', '2024-01-17', '2024-01-19', 'range', false]]],
    ['The tanker was hit on Jan. 10. Less than a day later, the crew abandoned it.', '2024-01-27', [['Jan. 10', '2024-01-10', '2024-01-10', 'day', false], ['Less than a day later', '2024-01-10', '2024-01-11', 'range', false]]],
    // An offset without a bound stays one day.
    ['The tanker was hit on Jan. 10. A day later, the crew abandoned it.', '2024-01-27', [['Jan. 10', '2024-01-10', '2024-01-10', 'day', false], ['A day later', '2024-01-11', '2024-01-11', 'day', false]]],
    // A noun after "after" dates nothing here, bounded or not.
    ['Ruhl left the port less than a day after the strike.', '2025-04-30', []],
  ])('reads "less than a day after/later" as a window: %s', (text, published, expected) => {
    expect(dates(text, published, published)).toEqual(expected);
  });

  it.each([
    // A subject of several words, abbreviations with their points, before the clause's past verb.
    ['The strikes came a day after U.S. and British forces carried out raids on the port.', [['a day after', '2024-02-24']]],
    ['The operation comes about 10 days after Freedonian and Sylvanian warships and fighter jets struck 60 targets.', [['10 days after', '2024-02-15']]],
    // A noun alone, or a sentence that ends after it, is no clause of its own.
    ['Ruhl left the port two days after the strike on the port of Marsh City.', []],
    ['Ruhl left the port two days after the strike. Sylvania then accused Freedonia.', []],
  ])('counts back a clause with a long subject after "N days after": %j', (text, expected) => {
    expect(dates(text, '2024-02-26', '2024-02-25').map(([words, start]) => [words, start])).toEqual(expected);
  });

  it.each([
    // A connective opening its sentence points back to the happening told before, on its day.
    ['The tanker was struck on 3 March. Subsequent to this, a destroyer intercepted two drones.', '2024-03-10', null, [['3 March', '2024-03-03'], ['Subsequent to this', '2024-03-03']]],
    ['Shortly before, the agency had reported a blast near the port.', '2024-03-10', '2024-03-08', [['Shortly before', '2024-03-08']]],
    ['Shortly afterwards, the crew left the ship.', '2024-03-10', '2024-03-08', [['Shortly afterwards', '2024-03-08']]],
    // Not a connective of its own: "shortly before the vote" names its happening; "subsequent to this report" goes on.
    ['The crew left shortly before the vote.', '2024-03-10', '2024-03-08', []],
    ['Subsequent to this report the port was closed.', '2024-03-10', '2024-03-08', []],
  ])('reads "Subsequent to this," and "Shortly before," as the day told before: %j', (text, published, anchor, expected) => {
    expect(dates(text, published, anchor).map(([words, start]) => [words, start])).toEqual(expected);
  });

  it('reads "During the conversation" with no comma before its subject as the meeting told before', () => {
    expect(dates('Berg and Ruhl had a phone call on Monday. During the conversation the two leaders also talked about the crews.', '2024-01-27').map(([words, start]) => [words, start])).toEqual([
      ['on Monday', '2024-01-22'],
      ['During the conversation', '2024-01-22'],
    ]);
  });

  it('reads "on the same day" as the day told before', () => {
    expect(dates('The port was struck on 3 March. On the same day, ten sailors were killed.', '2024-03-10')).toEqual([
      ['3 March', '2024-03-03', '2024-03-03', 'day', false],
      ['On the same day', '2024-03-03', '2024-03-03', 'day', false],
    ]);
  });

  it.each([
    // "from" a time of that day opens a range, as "from <day>" does.
    ['The council announced on 20 September that it would cease fire from 13:00 that day.', [['20 September', '2025-09-20', '2025-09-20', 'day', false], ['from 13:00 that day', '2025-09-20', null, 'range', false]]],
    ['The port was struck on 3 March. Ten sailors were killed that day.', [['3 March', '2025-03-03', '2025-03-03', 'day', false], ['that day', '2025-03-03', '2025-03-03', 'day', false]]],
    // "Later that day" stays one date.
    ['Berg arrived on Friday. Later that day, she met Ruhl.', [['on Friday', '2025-09-26', '2025-09-26', 'day', false], ['Later that day', '2025-09-26', '2025-09-26', 'day', false]]],
    // No day told before: nothing to count from.
    ['Nobody in the port forgets that day.', []],
  ])('reads "that day" as the day told before: %j', (text, expected) => {
    expect(dates(text, '2025-09-27')).toEqual(expected);
  });

  it('reads "the same day" in a clause about the future as the last day to come told before, expected, and "from" it as a start', () => {
    const text = 'Berg signed a decree to dissolve the council from January 1, 2026, the ministry announced today. From the same day, Freedonia will cease to exist.';
    expect(dates(text, '2025-09-28')).toEqual([
      ['from January 1, 2026', '2026-01-01', null, 'range', true],
      ['today', '2025-09-28', '2025-09-28', 'day', false],
      ['From the same day', '2026-01-01', null, 'range', true],
    ]);
    expect(dates('Berg arrived on Friday. The next day, she will meet Ruhl.', '2025-09-27').at(-1)).toEqual(['The next day', '2025-09-27', '2025-09-27', 'day', true]);
  });

  it('reads "on the very day of X" as the date told before for X, at its precision, and nothing when X was not dated', () => {
    const text = 'After a one-day operation in Fredonburg last week, Sylvania took the port. On the very day of its operation, Freedonia sent envoys.';
    expect(dates(text, '2025-03-12').at(-1)).toEqual(['On the very day of its operation', '2025-03-03', '2025-03-09', 'week', false]);
    expect(dates('Ruhl arrived last week. On the day of the vote, Berg left Fredonburg.', '2025-03-12')).toHaveLength(1);
  });

  it('reads "one month later" as the month after the day or month told before, and nothing after a year alone', () => {
    expect(dates('In January 2021, Freedonia listed the group. Sylvania reversed the listing one month later.', '2024-01-17')).toEqual([
      ['January 2021', '2021-01-01', '2021-01-31', 'month', false],
      ['one month later', '2021-02-01', '2021-02-28', 'month', false],
    ]);
    const fromBefore = findDates('Two months later, the port reopened.', '2025-03-12', null, { start: '2024-11-20', precision: 'day' });
    expect(fromBefore.map((m) => [m.date.text, m.date.start, m.date.end])).toEqual([['Two months later', '2025-01-01', '2025-01-31']]);
    expect(dates('The war began in 2022. A month later, the port closed.', '2025-03-12')).toEqual([['2022', '2022-01-01', '2022-12-31', 'year', false]]);
  });

  it('reads "since then" from the date told before, still running, and "that month" as its month', () => {
    expect(dates('In October, the sailors moved north. Since then, they have held the port.', '2025-03-12')).toEqual([
      ['October', '2024-10-01', '2024-10-31', 'month', false],
      ['Since then', '2024-10-01', null, 'range', false],
    ]);
    expect(dates('The treaty was signed in October 2024. That month, the council ratified it.', '2025-03-12')).toEqual([
      ['October 2024', '2024-10-01', '2024-10-31', 'month', false],
      ['That month', '2024-10-01', '2024-10-31', 'month', false],
    ]);
    // From a period told in the paragraphs before; with none, no date.
    const fromBefore = findDates('Since then, they have held the port.', '2025-03-12', null, { start: '2024-10-01', precision: 'month' });
    expect(fromBefore.map((m) => [m.date.text, m.date.start, m.date.end])).toEqual([['Since then', '2024-10-01', null]]);
    expect(dates('Since then, they have held the port. That month was cold.', '2025-03-12')).toEqual([]);
    // "that month" needs a month to name: a year alone gives none.
    expect(dates('The war began in 2022. That month, the port closed.', '2025-03-12')).toEqual([['2022', '2022-01-01', '2022-12-31', 'year', false]]);
  });

  it.each([
    ['Sylvania annexed the island in 2014. Since the annexation, the port has been closed.', [['2014', '2014-01-01', '2014-12-31', 'year', false], ['Since the annexation', '2014-01-01', null, 'range', false]]],
    ['The truce was signed on Monday. Since the signing, no shots have been fired.', [['on Monday', '2025-03-10', '2025-03-10', 'day', false], ['Since the signing', '2025-03-10', null, 'range', false]]],
    // Only right after a dated sentence, and only an act's noun: "the war" names an occasion of its own.
    ['Sylvania annexed the island in 2014. Prices rose. Since the annexation, the port has been closed.', [['2014', '2014-01-01', '2014-12-31', 'year', false]]],
    ['The truce was signed on Monday. Since the war, no shots have been fired.', [['on Monday', '2025-03-10', '2025-03-10', 'day', false]]],
    ['Since the annexation, the port has been closed.', []],
    // "since the" inside a clause is no opening that points back.
    ['The truce was signed on Monday, the first since the escalation, officials said.', [['on Monday', '2025-03-10', '2025-03-10', 'day', false]]],
  ])('reads an opening "Since the <act>," like "since then" after a dated sentence: %j', (text, expected) => {
    expect(dates(text, '2025-03-12')).toEqual(expected);
  });

  it.each([
    ['In April, the two sides confirmed it. At the time, Berg thanked Ruhl.', [['April', '2024-04-01', '2024-04-30', 'month', false], ['At the time', '2024-04-01', '2024-04-30', 'month', false]]],
    ['The blast on Monday killed 20 sailors. The depot was full at that time.', [['on Monday', '2025-03-10', '2025-03-10', 'day', false], ['at that time', '2025-03-10', '2025-03-10', 'day', false]]],
    ['The rebels took the city in 2014. At the time, few noticed.', [['2014', '2014-01-01', '2014-12-31', 'year', false], ['At the time', '2014-01-01', '2014-12-31', 'year', false]]],
    // Nothing told before, an occasion of its own, or "meanwhile": no date.
    ['At the time, Berg thanked Ruhl.', []],
    ['The port reopened in April. It was closed at the time of the vote.', [['April', '2024-04-01', '2024-04-30', 'month', false]]],
    ['The port reopened in April. At the same time, the navy sailed.', [['April', '2024-04-01', '2024-04-30', 'month', false]]],
  ])('reads "at the time" as the day, month or year told before: %j', (text, expected) => {
    expect(dates(text, '2025-03-12')).toEqual(expected);
  });

  it('lets "eight hours later" run into the next day', () => {
    expect(dates('The ship was hit on Friday. About eight hours later, a missile was destroyed.', '2024-01-27')).toEqual([
      ['on Friday', '2024-01-26', '2024-01-26', 'day', false],
      ['About eight hours later', '2024-01-26', '2024-01-27', 'range', false],
    ]);
  });

  it.each([
    // Whole days of hours move the happening's day; other counts may cross midnight.
    ['The port was shelled on Saturday. A raid 24 hours earlier hit the depot.', ['24 hours earlier', '2024-01-26', '2024-01-26', 'day', false]],
    ['The port was shelled on Saturday. Some 48 hours earlier, a drone was downed.', ['Some 48 hours earlier', '2024-01-25', '2024-01-25', 'day', false]],
    ['The port was shelled on Saturday. About six hours earlier, a drone was downed.', ['About six hours earlier', '2024-01-26', '2024-01-27', 'range', false]],
    ['The port was shelled on Saturday. 24 hours later, a drone was downed.', ['24 hours later', '2024-01-28', '2024-01-28', 'day', false]],
  ])('counts hours earlier or later from the happening told before: %j', (text, expected) => {
    expect(dates(text, '2024-01-29')).toEqual([['on Saturday', '2024-01-27', '2024-01-27', 'day', false], expected]);
  });

  it.each([
    ['Several hours later', 'The ship was hit on Friday. Several hours later, a second boat came.'],
    ['a few hours later', 'The ship was hit on Friday. The crew left a few hours later.'],
  ])('reads "%s" as that day or the next', (words, text) => {
    expect(dates(text, '2024-01-27')).toEqual([
      ['on Friday', '2024-01-26', '2024-01-26', 'day', false],
      [words, '2024-01-26', '2024-01-27', 'range', false],
    ]);
  });

  it.each([
    // A count of hours is read by the counted rule, whole.
    ['The ship was hit on Friday. Two hours later, a second boat came.', 'Two hours later'],
    // A word before "hours" that is no count: no date.
    ['The ship was hit on Friday. Many hours later, a second boat came.', null],
    ['The ship was hit on Friday. They spent long hours later repairing it.', null],
    // Bare "hours later" is left to no rule: what it counts from is often a day of telling, not of the happening.
    ['The ship was hit on Friday. Hours later, the port closed.', null],
  ])('leaves other hours alone in %j', (text, words) => {
    expect(dates(text, '2024-01-27').slice(1).map((d) => d[0])).toEqual(words ? [words] : []);
  });

  it.each([
    // An activity of that many hours, opening a sentence, from the day told before: whole days move the
    // day, other counts may cross midnight.
    ['The offensive began on Saturday. After 24 hours of shelling, the garrison gave up.', ['After 24 hours of shelling', '2024-01-28', '2024-01-28', 'day', false]],
    ['The tanker was boarded on Saturday. After six hours of pumping water, the crew left it.', ['After six hours of pumping', '2024-01-27', '2024-01-28', 'range', false]],
    ['Talks opened on Saturday. After about 48 hours of negotiations, a truce was agreed.', ['After about 48 hours of negotiations', '2024-01-29', '2024-01-29', 'day', false]],
  ])('counts "After N hours of …" from the day told before: %j', (text, expected) => {
    expect(dates(text, '2024-01-29')).toEqual([['on Saturday', '2024-01-27', '2024-01-27', 'day', false], expected]);
  });

  it.each([
    // Not opening a sentence: it counts back from the clause's own day, which it does not date.
    'The offensive began on Saturday. The rebels agreed to a truce after 24 hours of fighting.',
    // No count of hours, or days of an activity: left to no rule.
    'The offensive began on Saturday. After hours of fighting, the rebels gave up.',
    'The offensive began on Saturday. After two days of fighting, the rebels gave up.',
    // No day told before: nothing to count from, not even publication.
    'After 24 hours of fighting, the rebels gave up.',
  ])('leaves other hours of an activity undated: %j', (text) => {
    expect(dates(text, '2024-01-29').filter(([words]) => /hours|days of/i.test(String(words)))).toEqual([]);
  });

  it('counts a day back from publication when no day was told before, but not a day forward', () => {
    expect(dates('The ministry said the previous day that it would help.', '2024-01-27')).toEqual([['the previous day', '2024-01-26', '2024-01-26', 'day', false]]);
    expect(dates('The following day, the port reopened.', '2024-01-27')).toEqual([]);
    expect(dates('Earlier in the day, the ministry said the port was shut.', '2024-01-27')).toEqual([['Earlier in the day', '2024-01-27', '2024-01-27', 'day', false]]);
    expect(dates('Earlier in the day, the ministry said the port was shut.', '2024-01-27', '2024-01-20')).toEqual([['Earlier in the day', '2024-01-20', '2024-01-20', 'day', false]]);
  });

  it.each([
    // A day of the background told in the paragraphs before: the day of the story.
    ['Earlier in the day, the ministry said the port was shut.', '2023-12-18', '2024-01-16'],
    ['Later in the day, the navy reported a second strike.', '2023-12-18', '2024-01-16'],
    // A day of the story's last few days: the day told before, as "that day" always is.
    ['Earlier in the day, the ministry said the port was shut.', '2024-01-15', '2024-01-15'],
    ['Earlier that day, the ministry said the port was shut.', '2023-12-18', '2023-12-18'],
    // A day told before in the same paragraph, whatever the story's day.
    ['Austin spoke on Dec. 18. Earlier in the day, the ministry said the port was shut.', null, '2023-12-18'],
  ])('counts "earlier in the day" from the day of the story (January 16) when the day told before is long past: %j', (text, anchor, day) => {
    const found = findDates(text, '2024-01-17', anchor, null, '2024-01-16').filter((m) => /\bday\b/i.test(m.date.text));
    expect(found.map((m) => [m.date.start, m.date.end])).toEqual([[day, day]]);
  });

  it('counts "one day later" like "a day later"', () => {
    expect(dates('One day later, the port reopened.', '2024-01-27', '2024-01-20')).toEqual([['One day later', '2024-01-21', '2024-01-21', 'day', false]]);
  });

  it('counts "later that day" as the day told before', () => {
    expect(dates('Later that day, the port reopened.', '2024-01-27', '2024-01-20')).toEqual([['Later that day', '2024-01-20', '2024-01-20', 'day', false]]);
  });

  it('gives no date without a day to count from', () => {
    expect(dates('The following day, the navy left.', '2024-01-27')).toEqual([]);
  });
});

describe('weekends, seasons and parts of a year', () => {
  it('reads "over the weekend" as the Saturday and Sunday before publication', () => {
    expect(dates('Over the weekend, boats left.', '2025-02-19')).toEqual([['Over the weekend', '2025-02-15', '2025-02-16', 'range', false]]);
  });

  it('reads "through the weekend" in a weekend\'s paper, in a clause that looks ahead, as this weekend still to come', () => {
    expect(dates('The handover is expected to continue through the weekend.', '2025-02-15')).toEqual([
      ['through the weekend', '2025-02-15', '2025-02-16', 'range', true],
    ]);
    expect(dates('Boats left over the weekend.', '2025-02-16')).toEqual([['over the weekend', '2025-02-15', '2025-02-16', 'range', false]]);
  });

  it('dates nothing by a weekday or weekend told in a sentence that opens in a past month, in its clause', () => {
    expect(dates('In December last year, 30 sailors were hurt in a battle over the weekend.', '2025-05-10')).toEqual([
      ['December last year', '2024-12-01', '2024-12-31', 'month', false],
    ]);
    // Another clause, the report's, is dated from publication as ever.
    expect(dates('Last year Sylvania “sent 100 boats,” the Bureau said in the report released Thursday.', '2025-05-30').map((d) => d[0])).toEqual(['Last year', 'Thursday']);
  });

  it('reads seasons as their months, "last" as the latest ended', () => {
    expect(dates('Boats left last autumn.', '2025-02-19')).toEqual([['last autumn', '2024-09-01', '2024-11-30', 'range', false]]);
    expect(dates('It began in the winter of 2023.', '2025-02-19')).toEqual([['the winter of 2023', '2023-12-01', '2024-02-29', 'range', false]]);
    expect(dates('Troops fall back.', '2025-02-19')).toEqual([]);
  });

  it('reads a season in a clause about the future as the first not yet over, the one under way included', () => {
    expect(dates('Sylvania will send more boats in the summer.', '2025-06-26')).toEqual([['the summer', '2025-06-01', '2025-08-31', 'range', true]]);
    expect(dates('Sylvania will send more boats in the spring.', '2025-06-26')).toEqual([['the spring', '2026-03-01', '2026-05-31', 'range', true]]);
    expect(dates('Sylvania sent boats in the summer.', '2025-06-26')).toEqual([['the summer', '2025-06-01', '2025-08-31', 'range', false]]);
  });

  it('reads "late 2024" as September to December', () => {
    expect(dates('Boats were sent in late 2024.', '2025-02-19')).toEqual([['late 2024', '2024-09-01', '2024-12-31', 'range', false]]);
  });

  it('reads "the final months of 2024" as its last quarter and "the first months of 2024" as its first', () => {
    expect(dates('Berg gave the orders in the final months of 2024.', '2025-07-01')).toEqual([['the final months of 2024', '2024-10-01', '2024-12-31', 'range', false]]);
    expect(dates('Talks stalled in the first months of 2024.', '2025-07-01')).toEqual([['the first months of 2024', '2024-01-01', '2024-03-31', 'range', false]]);
  });
});

describe('a day and month without a year, in a sentence about the past', () => {
  it('names the last such day, not next year\'s', () => {
    expect(dates('On 3 March, the ministry said boats left.', '2024-01-27')).toEqual([['3 March', '2023-03-03', '2023-03-03', 'day', false]]);
    expect(dates('Talks will resume on 30 January.', '2024-01-27')).toEqual([['30 January', '2024-01-30', '2024-01-30', 'day', true]]);
  });
});

// Thousands of generated texts through every pattern: about 1.5 s alone, more beside a loaded machine's other tests.
describe('the cue words of the anchored patterns', { timeout: 30_000 }, () => {
  // Anchored dates, pieces of them in any case, and words that only come near them.
  const PIECES = ['the following day', 'a day later', 'the day after', 'the previous day', 'a day before', 'two days after',
    'one day after Ruhl arrived', 'less than a day after Ruhl arrived', 'less than two days later', 'earlier that day', 'later in the day', 'on the same day', 'Three days later', '3 days earlier',
    'about 8 hours later', '24 hours earlier', 'After 24 hours of fighting,', 'several hours later', 'A few hours later', 'on the very day of the vote,', 'The Day of its operation.', 'ever since then', 'Since the annexation,', 'since the signing ,', 'a month later', 'two months later', 'in that month', 'the same month', 'that day', 'on that day', 'at the time', 'At that time', 'at the time of',
    'Subsequent to this,', 'Subsequent to that', 'Shortly before,', 'Shortly afterwards,', 'shortly after,',
    'the', 'THE', 'following', 'next', 'previous', 'day', 'Day', 'DAYS', 'days', 'a', 'one', 'Two', '3', 'later', 'earlier',
    'before', 'after', 'that', 'in', 'same', 'on', 'hours', 'HOURS', 'several', 'few', 'since', 'then', 'THEN', 'month', 'Months', 'Ruhl',
    'arrived', 'troops', 'were', 'sent', 'at', 'time', 'TIME', 'of', 'tomorrow', 'yesterday', 'ſince', 'Ｄay', 'é', ',', '.'];

  const texts = (count: number) => piecedTexts(PIECES, count, { seed: 5, minPieces: 2, maxPieces: 10, between: ' ' });

  it('are in every match, in lower case, so a text whose lowered words lack them is not searched', () => {
    const all = [...ANCHORED_PATTERNS, ...PERIOD_PATTERNS, DAY_OF];
    const matches = all.map(() => 0);
    for (const text of texts(20000)) {
      all.forEach(({ cue, pattern }, k) => {
        for (const match of text.matchAll(pattern)) {
          expect(match[0].toLowerCase().includes(cue), `${pattern} on "${match[0]}"`).toBe(true);
          matches[k]!++;
        }
      });
    }
    // Every pattern matched often enough for the check to mean something.
    all.forEach(({ pattern }, k) => expect(matches[k], String(pattern)).toBeGreaterThan(20));
  });

  it('leave a paragraph that names a day but nothing after it unsearched by the patterns of a day after', () => {
    const dayAfter = ANCHORED_PATTERNS.filter(({ rule }) => rule === AFTER_RULE).map(({ pattern }) => vi.spyOn(pattern, 'exec'));
    expect(dayAfter).toHaveLength(2);
    findDates('On Monday, two days later, the envoy arrived; the day before, Berg had left.', '2025-07-16', '2025-07-10');
    for (const exec of dayAfter) expect(exec).not.toHaveBeenCalled();
    findDates('Berg met Ruhl on Friday, a day after Ruhl arrived.', '2025-07-16');
    for (const exec of dayAfter) expect(exec).toHaveBeenCalled();
    for (const exec of dayAfter) exec.mockRestore();
  });
});

describe('an opening that names a meeting told before: "During the talks,"', () => {
  it.each([
    ['Berg met Ruhl on his yacht on Saturday. During the talks, Berg pledged support.', [['on Saturday', '2025-07-12', '2025-07-12', 'day', false], ['During the talks', '2025-07-12', '2025-07-12', 'day', false]]],
    ['On June 4, Ruhl visited Fredonburg. During his trip, he met Berg.', [['June 4', '2025-06-04', '2025-06-04', 'day', false], ['During his trip', '2025-06-04', '2025-06-04', 'day', false]]],
    ['Berg held talks with Ruhl on Friday. After the meeting with Ruhl, Berg accused Sylvania.', [['on Friday', '2025-07-11', '2025-07-11', 'day', false], ['After the meeting with Ruhl', '2025-07-11', '2025-07-11', 'day', false]]],
    ['The day before, Berg held a meeting with Ruhl. Following the negotiations, Berg announced a visit.', [['The day before', '2025-07-13', '2025-07-13', 'day', false], ['Following the negotiations', '2025-07-13', '2025-07-13', 'day', false]]],
    ['Envoys negotiated in Geneva on Friday. After the negotiations, the ministry said a deal was close.', [['on Friday', '2025-07-11', '2025-07-11', 'day', false], ['After the negotiations', '2025-07-11', '2025-07-11', 'day', false]]],
    // The day of the report is not the meeting's.
    ['Berg met Ruhl on Friday, the agency said on Saturday. During the talks, Berg pledged support.', [['on Friday', '2025-07-11', '2025-07-11', 'day', false], ['on Saturday', '2025-07-12', '2025-07-12', 'day', false], ['During the talks', '2025-07-11', '2025-07-11', 'day', false]]],
    // The day told before is of no meeting: the opening dates nothing.
    ['Shells hit the port on Monday. Following the negotiations, Berg called for calm.', [['on Monday', '2025-07-14', '2025-07-14', 'day', false]]],
    ['Shells hit the port on Monday. During the talks, Berg called for calm.', [['on Monday', '2025-07-14', '2025-07-14', 'day', false]]],
    // No day told before.
    ['During the talks, Berg called for calm.', []],
    // Not an opening: a meeting inside the sentence.
    ['Berg met Ruhl on Friday and spoke during the talks, aides said.', [['on Friday', '2025-07-11', '2025-07-11', 'day', false]]],
  ])('%s', (text, expected) => {
    expect(dates(text, '2025-07-14')).toEqual(expected);
  });
});

describe('a meeting opening a paragraph, told in the paragraph before', () => {
  /** The dates of `second` read after `first`, as the pipeline reads two paragraphs in a row. */
  const after = (first: string, second: string) => {
    const meetingDay = lastMeetingDay(first, findDates(first, '2025-07-14'));
    return findDates(second, '2025-07-14', null, null, null, meetingDay).map((m) => [m.date.text, m.date.start]);
  };

  it.each([
    ['Berg held talks with Ruhl on Friday in Fredonburg.', 'During their talks, Berg pledged support.', [['During their talks', '2025-07-11']]],
    ['Earlier on Saturday, Berg met his counterpart Ruhl.', 'After the meeting with Ruhl, Berg accused Sylvania.', [['After the meeting with Ruhl', '2025-07-12']]],
    // The day of the report is not the day of the meeting: the meeting is Friday's.
    ['Berg met Ruhl on Friday, the agency said on Saturday.', 'During the talks, Berg pledged support.', [['During the talks', '2025-07-11']]],
    // The last day told is of no meeting: the opening dates nothing.
    ['Berg met Ruhl last month. Shells hit the port on Monday.', 'During the talks, Berg called for calm.', []],
    // The paragraph before tells no day: a meeting told further back is not looked for.
    ['Berg and Ruhl held talks in Fredonburg.', 'During the talks, Berg called for calm.', []],
    // A day told in the paragraph itself wins over the paragraph before.
    ['Berg held talks with Ruhl on Friday.', 'Shells hit the port on Sunday. During the talks, Berg called for calm.', [['on Sunday', '2025-07-13']]],
  ])('%s / %s', (first, second, expected) => {
    expect(after(first, second)).toEqual(expected);
  });
});
