import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/detect/dates/index.ts';
import { ORDINAL_DAY_CUES } from '../../src/lib/detect/dates/ordinal-day.ts';

/** Published on a Wednesday; its week runs Monday 2025-03-10 to Sunday 2025-03-16. */
const PUBLISHED = '2025-03-12';

/** The resolved dates found in `text`, without offsets. */
function dates(text: string, published = PUBLISHED) {
  return findDates(text, published).map(({ date, expected }) => ({ ...date, expected }));
}

describe('weekdays', () => {
  it('resolves a bare weekday to the most recent such day on or before publication', () => {
    expect(dates('A spokesperson on Tuesday rejected the report.')).toEqual([
      { text: 'on Tuesday', start: '2025-03-11', end: '2025-03-11', precision: 'day', expected: false },
    ]);
    expect(dates('The ministry confirmed Wednesday that talks had ended.')).toEqual([
      { text: 'Wednesday', start: '2025-03-12', end: '2025-03-12', precision: 'day', expected: false },
    ]);
    expect(dates('The envoy arrived on Friday.')).toEqual([
      { text: 'on Friday', start: '2025-03-07', end: '2025-03-07', precision: 'day', expected: false },
    ]);
  });

  it('ignores a parenthetical time zone after the weekday', () => {
    expect(dates('The launch took place on Wednesday (local time).')).toEqual([
      { text: 'on Wednesday', start: '2025-03-12', end: '2025-03-12', precision: 'day', expected: false },
    ]);
  });

  it('looks forward when the clause speaks of the future', () => {
    expect(dates('The envoy will arrive on Friday.')).toEqual([
      { text: 'on Friday', start: '2025-03-14', end: '2025-03-14', precision: 'day', expected: true },
    ]);
  });

  it('reads the future only from the clause that holds the weekday', () => {
    expect(dates('The minister, who will retire soon, spoke on Friday.')).toEqual([
      { text: 'on Friday', start: '2025-03-07', end: '2025-03-07', precision: 'day', expected: false },
    ]);
  });

  it('reads "last" and "next" before a weekday as strictly before or after publication', () => {
    expect(dates('The vote took place last Wednesday.')).toEqual([
      { text: 'last Wednesday', start: '2025-03-05', end: '2025-03-05', precision: 'day', expected: false },
    ]);
    expect(dates('The vote is due next Tuesday.')).toEqual([
      { text: 'next Tuesday', start: '2025-03-18', end: '2025-03-18', precision: 'day', expected: true },
    ]);
  });

  it('reads a stay or a ban told to last "until" a day in reported speech as ahead of the telling', () => {
    expect(dates('The Courier said Berg would stay until Sunday.')).toEqual([
      { text: 'until Sunday', start: null, end: '2025-03-16', precision: 'range', expected: true },
    ]);
    expect(dates('The talks lasted until Sunday.').map((d) => d.expected)).toEqual([false]);
  });

  it('reads "ahead of Friday’s vote", "effective Monday" and "the talks are on Friday" as ahead', () => {
    expect(dates('Leaders meet ahead of Friday’s vote.')).toEqual([
      { text: 'Friday', start: '2025-03-14', end: '2025-03-14', precision: 'day', expected: true },
    ]);
    expect(dates('The ban is effective Monday.').map((d) => [d.start, d.expected])).toEqual([['2025-03-17', true]]);
    expect(dates('The talks are on Friday.').map((d) => [d.start, d.expected])).toEqual([['2025-03-14', true]]);
    expect(dates('The talks were on Friday.').map((d) => [d.start, d.expected])).toEqual([['2025-03-07', false]]);
    expect(dates('The summit was moved to Friday.').map((d) => [d.start, d.expected])).toEqual([['2025-03-14', true]]);
  });

  it('reads a date in the subject of a clause that looks ahead as ahead: "the summit on Friday will …"', () => {
    expect(dates('The summit on Friday will discuss the crisis.')).toEqual([
      { text: 'on Friday', start: '2025-03-14', end: '2025-03-14', precision: 'day', expected: true },
    ]);
    expect(dates('Elections in April could decide the matter.').map((d) => [d.start, d.expected])).toEqual([['2025-04-01', true]]);
    // A verb before the date, or between it and the predicate, ends the subject.
    expect(dates('The attack on Friday killed 12 and will be investigated.').map((d) => d.expected)).toEqual([false]);
    expect(dates('The Courier wrote at the end of January that Sylvania would send boats.').map((d) => d.expected)).toEqual([false]);
    // The month May is no modal "may": a clause with no predicate ahead tells of the last May.
    expect(dates('Imagery shows a convoy arriving at the port in May.', '2025-07-02').map((d) => [d.start, d.expected])).toEqual([['2025-05-01', false]]);
    expect(dates('Talks in June may resume.', '2025-07-02').map((d) => [d.start, d.expected])).toEqual([['2026-06-01', true]]);
  });

  it('reads a date that opens a reported clause by that clause: "said that in 2025, the war will …"', () => {
    expect(dates('Berg said that in 2025, the war will remain the main issue.', '2025-02-09').map((d) => [d.text, d.expected])).toEqual([['2025', true]]);
    expect(dates('Berg said that in May, talks will resume.', '2025-02-09').map((d) => [d.start, d.expected])).toEqual([['2025-05-01', true]]);
    expect(dates('Berg said that on Friday, troops had left.', '2025-02-09').map((d) => d.expected)).toEqual([false]);
  });

  it('reads a schedule set or told in the present as ahead: "to be held", "called for", "comes into force", "the next round"', () => {
    const ahead = (text: string) => dates(text).map((d) => [d.start, d.expected]);
    expect(ahead('The summit, to be held on Friday, will focus on aid.')).toEqual([['2025-03-14', true]]);
    expect(ahead('A meeting has been called for Friday.')).toEqual([['2025-03-14', true]]);
    expect(ahead('The ban comes into force on Friday.')).toEqual([['2025-03-14', true]]);
    expect(ahead('The next round of talks is in April.')).toEqual([['2025-04-01', true]]);
    // Told in the past, each is behind.
    expect(ahead('The ban came into force on Friday.')).toEqual([['2025-03-07', false]]);
    expect(ahead('The next meeting was held in April.')).toEqual([['2024-04-01', false]]);
  });

  it('reads a journey or an occasion told in the simple present, and a day something is "due", as ahead', () => {
    const cases: [string, string, boolean][] = [
      ['Ruhl heads to Fredonburg on Friday to meet allies.', '2025-03-14', true],
      ['The envoy travels to Marsh City on Friday.', '2025-03-14', true],
      ['Berg leaves for Sylvania on Friday.', '2025-03-14', true],
      ['The ship arrives in port on Friday.', '2025-03-14', true],
      ['The next round of talks takes place on Friday.', '2025-03-14', true],
      ['The summit, due on Friday, was postponed.', '2025-03-14', true],
      ['The Security Council meets on Friday to discuss the war.', '2025-03-14', true],
      ['Parliament votes on the treaty on Friday.', '2025-03-14', true],
      // Told in the past, or "heads" with no journey, or "due to" of a cause: behind.
      ['Ruhl headed to Fredonburg on Friday.', '2025-03-07', false],
      ['The commission that heads the inquiry met on Friday.', '2025-03-07', false],
      ['The road was closed due to shelling on Friday.', '2025-03-07', false],
      ['The talks took place on Friday.', '2025-03-07', false],
    ];
    for (const [text, start, expected] of cases) expect(dates(text).map((d) => [d.start, d.expected]), text).toEqual([[start, expected]]);
  });

  it('reads a date right after a verb told in the past as behind, whatever was planned in the subject', () => {
    const cases: [string, boolean[]][] = [
      ['The talks planned for Thursday were called off on Friday.', [true, false]],
      ['The convoy that was scheduled to arrive on Thursday was shelled on Friday.', [true, false]],
      ['The talks expected to resume in Fredonburg were cancelled on Friday.', [false]],
      ['The planned meeting between Berg and Ruhl collapsed on Friday.', [false]],
      // A schedule, or a participle after "be" or "to", still looks ahead.
      ['The talks were set to resume on Friday.', [true]],
      ['The sailors will be deployed on Friday.', [true]],
      ['The evacuation is expected to be completed on Friday.', [true]],
      ['The summit was scheduled on Friday.', [true]],
      ['Berg said Freedonia would respond if provoked on Friday.', [true]],
      ['The ships will be escorted and protected on Friday.', [true]],
    ];
    for (const [text, expected] of cases) expect(dates(text).map((d) => d.expected), text).toEqual(expected);
  });

  it('reads a deadline after a simple past as behind, after a modal or a report of the future as ahead', () => {
    const read = (text: string) => dates(text).map((d) => [d.end, d.expected]);
    expect(read('The number of arrivals reached 65,036 by Wednesday.')).toEqual([['2025-03-12', false]]);
    expect(read('Some 5,000 sailors crossed the strait by Monday evening.')).toEqual([['2025-03-10', false]]);
    expect(read('Berg said the boats must leave by Friday.')).toEqual([['2025-03-14', true]]);
    expect(read('Berg said the boats will leave by Friday.')).toEqual([['2025-03-14', true]]);
  });

  it.each([
    ['Officials reported 13,350 arrivals by Monday morning.', [['2025-03-10', false]]],
    ['The ministry confirmed about 200 deaths by Monday.', [['2025-03-10', false]]],
    ['The agency recorded 40 incidents by Monday.', [['2025-03-10', false]]],
    // A report of what is to come, and a count announced as a plan, still look ahead.
    ['The ministry reported 300 sailors will arrive by Monday.', [['2025-03-17', true]]],
    ['Freedonia announced 5,000 more places by Monday.', [['2025-03-17', true]]],
  ])('reads a deadline after a count a verb of record takes as object as behind: %j', (text, expected) => {
    expect(dates(text).map((d) => [d.end, d.expected])).toEqual(expected);
  });

  it('dates a date that opens its sentence by the main clause after its comma', () => {
    expect(dates('On Friday, the ministers will meet in Marsh City.').map((d) => [d.start, d.expected])).toEqual([['2025-03-14', true]]);
    expect(dates('In April, Freedonia will hold elections.').map((d) => [d.start, d.expected])).toEqual([['2025-04-01', true]]);
    expect(dates('On Friday, according to the ministry, the troops will leave.').map((d) => [d.start, d.expected])).toEqual([['2025-03-14', true]]);
    expect(dates('Starting Monday, ships will be escorted.').map((d) => [d.start, d.end, d.expected])).toEqual([['2025-03-17', null, true]]);
    // A main clause told in the past, or a saying on that day, keeps the date behind.
    expect(dates('On Friday, the ministers met in Marsh City.').map((d) => [d.start, d.expected])).toEqual([['2025-03-07', false]]);
    expect(dates('On Friday, Berg said the ministers will meet.').map((d) => [d.start, d.expected])).toEqual([['2025-03-07', false]]);
    // A date set off by commas inside the sentence is no opening date.
    expect(dates('Freedonia said, on Friday, that it would close the port.').map((d) => [d.start, d.expected])).toEqual([['2025-03-07', false]]);
    expect(dates('Starting Monday, ships were escorted.').map((d) => [d.start, d.expected])).toEqual([['2025-03-10', false]]);
  });

  it.each([
    ['During the months of November and December, each family will get 400 crowns.', [['2025-11-01', '2025-12-31', true]]],
    ['Throughout June, the ships will be escorted.', [['2025-06-01', '2025-06-30', true]]],
    ['In November and December, each family will get 400 crowns.', [['2025-11-01', '2025-12-31', true]]],
    // Told in the past, the same months are the last ones.
    ['During the months of November and December, each family got 400 crowns.', [['2024-11-01', '2024-12-31', false]]],
    ['Throughout June, the ships were escorted.', [['2024-06-01', '2024-06-30', false]]],
    ['Berg said in November and December the aid was paid.', [['2024-11-01', '2024-12-31', false]]],
    // A quotation opened after a colon opens a sentence of its own.
    ['Berg added: "During the months of November and December, each family will get 400 crowns."', [['2025-11-01', '2025-12-31', true]]],
    ['Berg added: "During the months of November and December, each family got 400 crowns."', [['2024-11-01', '2024-12-31', false]]],
  ])('dates months opened by "during" or "throughout", or joined by "and", by their main clause, also at the start of a quotation: %j', (text, expected) => {
    expect(dates(text).map((d) => [d.start, d.end, d.expected])).toEqual(expected);
  });

  it('reads a date after a wish, a hope or "may" as ahead: what is wanted or possible has not happened', () => {
    expect(dates('Berg wants to meet Ruhl in April.').map((d) => [d.start, d.expected])).toEqual([['2025-04-01', true]]);
    expect(dates('Berg hopes to visit Marsh City on Friday.').map((d) => [d.start, d.expected])).toEqual([['2025-03-14', true]]);
    expect(dates('Berg is hoping to meet Ruhl on Friday.').map((d) => [d.start, d.expected])).toEqual([['2025-03-14', true]]);
    expect(dates('Berg expects to sign the deal in April.').map((d) => [d.start, d.expected])).toEqual([['2025-04-01', true]]);
    expect(dates('Berg may visit Marsh City in April.').map((d) => [d.start, d.expected])).toEqual([['2025-04-01', true]]);
    // What may have happened, a past hope and the month May look back.
    expect(dates('Berg may have visited Marsh City on Friday.').map((d) => [d.start, d.expected])).toEqual([['2025-03-07', false]]);
    expect(dates('Berg hoped to meet Ruhl in February.').map((d) => [d.start, d.expected])).toEqual([['2025-02-01', false]]);
  });

  it('reads an arrangement told in the present progressive as ahead, not a reaction to a past day', () => {
    expect(dates('Ruhl is heading to Fredonburg on Friday.').map((d) => [d.start, d.expected])).toEqual([['2025-03-14', true]]);
    expect(dates('The talks are being held in Marsh City on Friday.').map((d) => [d.start, d.expected])).toEqual([['2025-03-14', true]]);
    expect(dates('Ruhl was heading to Fredonburg on Friday.').map((d) => [d.start, d.expected])).toEqual([['2025-03-07', false]]);
    expect(dates('Freedonia is investigating an explosion on Friday.').map((d) => [d.start, d.expected])).toEqual([['2025-03-07', false]]);
    expect(dates('Ruhl is headed to Fredonburg on Friday.').map((d) => [d.start, d.expected])).toEqual([['2025-03-14', true]]);
    expect(dates('The envoys are headed back to Marsh City on Friday.').map((d) => [d.start, d.expected])).toEqual([['2025-03-14', true]]);
    // A ship that is headed somewhere, hit on a day: the day looks back.
    expect(dates('A tanker that is headed for Venice was struck on Friday.').map((d) => [d.start, d.expected])).toEqual([['2025-03-07', false]]);
    expect(dates('Ruhl headed to Fredonburg on Friday.').map((d) => [d.start, d.expected])).toEqual([['2025-03-07', false]]);
  });

  it.each([
    // A hedged day after a comma narrows the period before it, and takes its tense.
    ['The meeting could happen in the coming days, possibly on Friday.', '2025-03-14', true],
    ['Berg said she would visit the port soon, perhaps on Friday.', '2025-03-14', true],
    ['Talks will resume next week, probably on Monday.', '2025-03-17', true],
    // After a past period, or a past clause, the hedged day is behind.
    ['The envoys met in Marsh City last week, possibly on Thursday.', '2025-03-06', false],
    ['The ship was hit on Sunday, possibly on Saturday.', '2025-03-08', false],
    ['The ministers met, perhaps on Friday.', '2025-03-07', false],
    // Hedges may stack, and a part of the day may stand before the day.
    ['The council is expected to vote, possibly as early as late Friday, on the plan.', '2025-03-14', true],
    ['Berg will travel to Marsh City, probably as early as Friday.', '2025-03-14', true],
    ['The ministers are due to meet, possibly late Thursday.', '2025-03-13', true],
    ['The ministers met, possibly as early as Monday.', '2025-03-10', false],
    ['The ship was hit, probably late Monday.', '2025-03-10', false],
    ['The envoys left Marsh City, perhaps as early as Tuesday.', '2025-03-11', false],
  ])('reads a hedged day after a comma by the clause it narrows: %j', (text, start, expected) => {
    expect(dates(text).at(-1)).toMatchObject({ start, expected });
  });

  it.each([
    // One happening dated twice, the hedged day narrowing the period before it: the day alone.
    ['The meeting could happen in the coming days, possibly on Friday.', [['on Friday', '2025-03-14', true]]],
    ['The envoys met in Marsh City last week, possibly on Thursday.', [['on Thursday', '2025-03-06', false]]],
    ['The talks will open in April, probably on April 2.', [['April 2', '2025-04-02', true]]],
    // Two days, neither within the other, are both kept; so are two dates no hedge joins.
    ['The ship was hit on Sunday, possibly on Saturday.', [['on Sunday', '2025-03-09', false], ['on Saturday', '2025-03-08', false]]],
    ['The envoys met last week and again on Tuesday.', [['last week', '2025-03-03', false], ['on Tuesday', '2025-03-11', false]]],
  ])('keeps only the narrower of two dates a hedge joins: %j', (text, expected) => {
    expect(dates(text).map((d) => [d.text, d.start, d.expected])).toEqual(expected);
  });

  it('reads a date after "would" as ahead of the telling: the future of a past telling', () => {
    expect(dates('Berg said she would travel to Marsh City on Friday.')).toEqual([
      { text: 'on Friday', start: '2025-03-14', end: '2025-03-14', precision: 'day', expected: true },
    ]);
    expect(dates('Berg announced she would visit Marsh City in April.')).toEqual([
      { text: 'April', start: '2025-04-01', end: '2025-04-30', precision: 'month', expected: true },
    ]);
    // The telling's own date stands before "would"; a counterfactual and a past habit look back.
    expect(dates('Berg said on Monday she would travel.').map((d) => d.expected)).toEqual([false]);
    expect(dates('Berg would have travelled on Friday.').map((d) => d.expected)).toEqual([false]);
    expect(dates('The crews would often meet in March.').map((d) => d.expected)).toEqual([false]);
  });

  it('reads a day that "was due" or "was set" as scheduled then, never as a thing done', () => {
    expect(dates('Berg cancelled a meeting that was due to take place on Thursday.')).toEqual([
      { text: 'on Thursday', start: '2025-03-13', end: '2025-03-13', precision: 'day', expected: true },
    ]);
    expect(dates('The talks were set to resume on Thursday.').map((d) => d.expected)).toEqual([true]);
    expect(dates('The talks were held on Monday.').map((d) => d.expected)).toEqual([false]);
    // A time of day in between ("1:00 PM") is no clause break.
    expect(dates('The ceasefire, which was due to enter force at 1:00 PM on Thursday, held.').map((d) => d.expected)).toEqual([true]);
  });

  it('places a weekday in the week named after it', () => {
    expect(dates('They met on Tuesday last week.')).toEqual([
      { text: 'on Tuesday last week', start: '2025-03-04', end: '2025-03-04', precision: 'day', expected: false },
    ]);
  });

  it('finds a weekday in the possessive', () => {
    expect(dates("Tuesday's meeting was brief.")).toEqual([
      { text: 'Tuesday', start: '2025-03-11', end: '2025-03-11', precision: 'day', expected: false },
    ]);
  });
});

describe('casual days', () => {
  it('resolves yesterday, today, tomorrow and last night', () => {
    expect(dates('Troops moved yesterday, officials said today, and talks resume tomorrow.')).toEqual([
      { text: 'yesterday', start: '2025-03-11', end: '2025-03-11', precision: 'day', expected: false },
      { text: 'today', start: '2025-03-12', end: '2025-03-12', precision: 'day', expected: false },
      { text: 'tomorrow', start: '2025-03-13', end: '2025-03-13', precision: 'day', expected: true },
    ]);
    expect(dates('He will speak later today.')).toEqual([
      { text: 'later today', start: '2025-03-12', end: '2025-03-12', precision: 'day', expected: true },
    ]);
    // "Last night" spans the night before, as "overnight" does (dates-last-night.test.ts).
    expect(dates('Sirens sounded last night.')).toEqual([
      { text: 'last night', start: '2025-03-11', end: '2025-03-12', precision: 'range', expected: false },
    ]);
  });

  it('reads "the day before yesterday" as two days back, not as yesterday, and "the day after tomorrow" ahead', () => {
    expect(dates('The operation ended the day before yesterday, Monday, at noon.').at(0)).toEqual({
      text: 'the day before yesterday',
      start: '2025-03-10',
      end: '2025-03-10',
      precision: 'day',
      expected: false,
    });
    expect(dates('Talks resume the day after tomorrow.')).toEqual([
      { text: 'the day after tomorrow', start: '2025-03-14', end: '2025-03-14', precision: 'day', expected: true },
    ]);
  });

  it('reads "overnight" as the night before publication, or the coming night in a clause that looks ahead', () => {
    expect(dates('Freedonian planes struck the port overnight.')).toEqual([
      { text: 'overnight', start: '2025-03-11', end: '2025-03-12', precision: 'range', expected: false },
    ]);
    expect(dates('Overnight, Freedonia repelled a drone attack.').map((d) => [d.start, d.end])).toEqual([['2025-03-11', '2025-03-12']]);
    expect(dates('The port will be closed overnight.').map((d) => [d.start, d.end, d.expected])).toEqual([['2025-03-12', '2025-03-13', true]]);
    // A named night keeps its day; a sudden change is no date.
    expect(dates('Strikes continued overnight on Tuesday.').map((d) => d.text)).toEqual(['on Tuesday']);
    expect(dates('Jets struck rebel sites overnight on Jan. 11.').map((d) => d.text)).toEqual(['Jan. 11']);
    expect(dates('Jets struck rebel sites overnight on the 11th.').map((d) => d.text)).not.toContain('overnight');
    // "on" before what was struck names no day: the night before.
    expect(dates('Warplanes launched four airstrikes overnight on rebel sites in the port.').map((d) => [d.text, d.start, d.end])).toEqual([
      ['overnight', '2025-03-11', '2025-03-12'],
    ]);
    expect(dates('Drones struck overnight on the outskirts of the capital.').map((d) => d.text)).toEqual(['overnight']);
    expect(dates('The mood changed almost overnight.')).toEqual([]);
  });

  it('reads "overnight into Tuesday" as the night that ends on Tuesday, over both days', () => {
    // Published on Wednesday 12 March 2025: Tuesday is the 11th, the night runs from Monday the 10th.
    expect(dates('The attack took place overnight into Tuesday.')).toEqual([
      { text: 'overnight into Tuesday', start: '2025-03-10', end: '2025-03-11', precision: 'range', expected: false },
    ]);
    expect(dates('Sylvania struck overnight to Sunday, 9 March.').map((d) => [d.text, d.start, d.end])).toEqual([
      ['overnight to Sunday, 9 March', '2025-03-08', '2025-03-09'],
    ]);
  });
});

describe('a day of the month named alone', () => {
  it('reads "on the 10th" as the most recent such day, and the next one in a clause that looks ahead', () => {
    expect(dates('Ruhl visited the port on the 10th and met the crews.')).toEqual([
      { text: 'on the 10th', start: '2025-03-10', end: '2025-03-10', precision: 'day', expected: false },
    ]);
    expect(dates('The talks were held on the 28th.')).toEqual([
      { text: 'on the 28th', start: '2025-02-28', end: '2025-02-28', precision: 'day', expected: false },
    ]);
    expect(dates('The talks will resume on the 2nd.')).toEqual([
      { text: 'on the 2nd', start: '2025-04-02', end: '2025-04-02', precision: 'day', expected: true },
    ]);
    // An ordinal that goes on into a noun names no day.
    expect(dates('Sailors of the 17th Brigade spoke on the 17th anniversary.')).toEqual([]);
  });

  it('reads "on the 30th of last month" as that day of the month named by its place from publication', () => {
    // Published on Wednesday 12 March 2025.
    expect(dates('The remains were returned on the 28th of last month.')).toEqual([
      { text: 'on the 28th of last month', start: '2025-02-28', end: '2025-02-28', precision: 'day', expected: false },
    ]);
    expect(dates('The crews will sail on the 5th of next month.').map((d) => [d.text, d.start, d.expected])).toEqual([['on the 5th of next month', '2025-04-05', true]]);
    expect(dates('Ruhl arrived on the 2nd of this month.').map((d) => [d.text, d.start])).toEqual([['on the 2nd of this month', '2025-03-02']]);
    // Near misses: a month with no place from publication, and "last month" alone.
    expect(dates('Ruhl spoke on the 2nd day of the month.').map((d) => d.precision)).not.toContain('day');
    expect(dates('The port closed last month.').map((d) => [d.text, d.precision])).toEqual([['last month', 'month']]);
  });

  it('reads every day of the month, in any case, and each holds a cue of the rule', () => {
    const suffix = (day: number) => (day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th');
    for (let day = 1; day <= 31; day++) {
      for (const ordinal of [`${day}${suffix(day)}`, `${day}${suffix(day)}`.toUpperCase()]) {
        // Published on the last day of a month of 31 days: every day of it is this month's.
        const found = dates(`The talks were held on the ${ordinal}.`, '2025-08-31');
        expect(found.map((d) => d.text), ordinal).toEqual([`on the ${ordinal}`]);
        expect(ORDINAL_DAY_CUES.some((cue) => ordinal.toLowerCase().includes(cue)), ordinal).toBe(true);
      }
      // The rule reads any suffix after any day ("on the 1th"), as the pattern is written.
      for (const other of ['st', 'nd', 'rd', 'th']) expect(ORDINAL_DAY_CUES.some((cue) => `${day}${other}`.includes(cue)), `${day}${other}`).toBe(true);
    }
  });
});

describe('relative weeks, months and years', () => {
  it('resolves last, this and next week to Monday–Sunday weeks', () => {
    expect(dates('Last week the agency confirmed it.')).toEqual([
      { text: 'Last week', start: '2025-03-03', end: '2025-03-09', precision: 'week', expected: false },
    ]);
    expect(dates('Officials met this week.')).toEqual([
      { text: 'this week', start: '2025-03-10', end: '2025-03-16', precision: 'week', expected: false },
    ]);
    expect(dates('Talks resume next week.')).toEqual([
      { text: 'next week', start: '2025-03-17', end: '2025-03-23', precision: 'week', expected: true },
    ]);
  });

  it('resolves last, this and next month', () => {
    expect(dates('Exports fell last month.')).toEqual([
      { text: 'last month', start: '2025-02-01', end: '2025-02-28', precision: 'month', expected: false },
    ]);
    expect(dates('Exports fell this month.')).toEqual([
      { text: 'this month', start: '2025-03-01', end: '2025-03-31', precision: 'month', expected: false },
    ]);
    expect(dates('A vote is planned next month.')).toEqual([
      { text: 'next month', start: '2025-04-01', end: '2025-04-30', precision: 'month', expected: true },
    ]);
  });

  it('resolves last, this and next year', () => {
    expect(dates('The deal was signed last year.')).toEqual([
      { text: 'last year', start: '2024-01-01', end: '2024-12-31', precision: 'year', expected: false },
    ]);
    expect(dates('Casualties rose sharply this year.')).toEqual([
      { text: 'this year', start: '2025-01-01', end: '2025-12-31', precision: 'year', expected: false },
    ]);
    expect(dates('Elections are held next year.')).toEqual([
      { text: 'next year', start: '2026-01-01', end: '2026-12-31', precision: 'year', expected: true },
    ]);
  });

  it('reads "in the new year" as the year after publication in a clause about the future, not the holiday', () => {
    expect(dates('The republic will cease to exist in the new year.')).toEqual([
      { text: 'in the new year', start: '2026-01-01', end: '2026-12-31', precision: 'year', expected: true },
    ]);
    expect(dates('Elections will be held early in the new year.')).toEqual([
      { text: 'early in the new year', start: '2026-01-01', end: '2026-04-30', precision: 'range', expected: true },
    ]);
    expect(dates('In the new year, the talks resumed.')).toEqual([
      { text: 'In the new year', start: '2025-01-01', end: '2025-12-31', precision: 'year', expected: false },
    ]);
    expect(dates('Troops left Fredonburg in the New Year holiday.')).toEqual([]);
  });

  it('expects "this week" in a clause about the future: what is left of it, or the coming week on a Sunday', () => {
    expect(dates('The ministers will meet this week.')).toEqual([
      { text: 'this week', start: '2025-03-13', end: '2025-03-16', precision: 'range', expected: true },
    ]);
    // Published Sunday 16 March 2025.
    expect(dates('The ministers will meet this week.', '2025-03-16')).toEqual([
      { text: 'this week', start: '2025-03-17', end: '2025-03-23', precision: 'range', expected: true },
    ]);
    expect(dates('Berg is headed to the region this week.', '2025-03-16').map((d) => [d.start, d.end, d.expected])).toEqual([['2025-03-17', '2025-03-23', true]]);
    // Told in the past, "this week" is the week so far, whatever the day of publication.
    expect(dates('Berg headed to the region this week.', '2025-03-16').map((d) => [d.start, d.end, d.expected])).toEqual([['2025-03-10', '2025-03-16', false]]);
    expect(dates('The tanker was headed for the port this week.').map((d) => [d.start, d.end, d.expected])).toEqual([['2025-03-10', '2025-03-16', false]]);
  });

  it('resolves last weekend to the Saturday and Sunday before the publication week', () => {
    expect(dates('Protests spread last weekend.')).toEqual([
      { text: 'last weekend', start: '2025-03-08', end: '2025-03-09', precision: 'range', expected: false },
    ]);
  });

  it('resolves "this weekend" told in the past on a weekday to the weekend just gone, else to the one ahead', () => {
    // Published Wednesday 12 March 2025.
    expect(dates('Echoing Ruhl’s remarks this weekend, Berg vowed to act.').map((d) => [d.start, d.end, d.expected])).toEqual([['2025-03-08', '2025-03-09', false]]);
    expect(dates('Berg will visit Marsh City this weekend.').map((d) => [d.start, d.end, d.expected])).toEqual([['2025-03-15', '2025-03-16', true]]);
    expect(dates('Berg meets Ruhl this weekend.').map((d) => [d.start, d.end])).toEqual([['2025-03-15', '2025-03-16']]);
  });

  it('resolves "earlier this …" from the start of the period to the day before publication', () => {
    expect(dates('The agency said earlier this month that it had evidence.')).toEqual([
      { text: 'earlier this month', start: '2025-03-01', end: '2025-03-11', precision: 'range', expected: false },
    ]);
    expect(dates('Earlier this week, the envoy left.')).toEqual([
      { text: 'Earlier this week', start: '2025-03-10', end: '2025-03-11', precision: 'range', expected: false },
    ]);
    expect(dates('Talks began earlier this year.')).toEqual([
      { text: 'earlier this year', start: '2025-01-01', end: '2025-03-11', precision: 'range', expected: false },
    ]);
  });

  it('resolves "later this …" from the day after publication to the end of the period', () => {
    expect(dates('A decision is due later this month.')).toEqual([
      { text: 'later this month', start: '2025-03-13', end: '2025-03-31', precision: 'range', expected: true },
    ]);
  });

  it('keeps "so far this year" as this year and "so far" alone as nothing', () => {
    expect(dates('So far this year, exports have doubled.')).toEqual([
      { text: 'this year', start: '2025-01-01', end: '2025-12-31', precision: 'year', expected: false },
    ]);
    expect(dates('So far, nobody has confirmed it.')).toEqual([]);
  });
});

describe('coming periods', () => {
  it('starts at publication and leaves the end open when the length is vague', () => {
    expect(dates('More troops will arrive in the coming days.')).toEqual([
      { text: 'in the coming days', start: '2025-03-12', end: null, precision: 'range', expected: true },
    ]);
    expect(dates('They will deploy over the next several weeks.')).toEqual([
      { text: 'over the next several weeks', start: '2025-03-12', end: null, precision: 'range', expected: true },
    ]);
    expect(dates('Tensions may rise in the weeks ahead.')).toEqual([
      { text: 'in the weeks ahead', start: '2025-03-12', end: null, precision: 'range', expected: true },
    ]);
    // A period in the singular states no length either: read as its plural.
    expect(dates('In the coming week, Berg is expected to meet Ruhl.')).toEqual([
      { text: 'In the coming week', start: '2025-03-12', end: null, precision: 'range', expected: true },
    ]);
    // A number is a length: the end is publication plus it.
    expect(dates('They will deploy within the next two weeks.')).toEqual([
      { text: 'within the next two weeks', start: '2025-03-12', end: '2025-03-26', precision: 'range', expected: true },
    ]);
  });

  it('reads "in a matter of days" as coming, of no stated length, but not in a clause told in the past', () => {
    expect(dates('Freedonia will let the mission in within a matter of days.')).toEqual([
      { text: 'within a matter of days', start: '2025-03-12', end: null, precision: 'range', expected: true },
    ]);
    expect(dates('The army took the port in a matter of days.')).toEqual([]);
  });

  it('computes the end when the length is a number', () => {
    expect(dates('The boats could leave within a week.')).toEqual([
      { text: 'within a week', start: '2025-03-12', end: '2025-03-19', precision: 'range', expected: true },
    ]);
    expect(dates('A reply is expected within the next two weeks.')).toEqual([
      { text: 'within the next two weeks', start: '2025-03-12', end: '2025-03-26', precision: 'range', expected: true },
    ]);
    expect(dates('A reply is expected in the next 24 hours.')).toEqual([
      { text: 'in the next 24 hours', start: '2025-03-12', end: '2025-03-13', precision: 'range', expected: true },
    ]);
  });
});

describe('recent periods and "ago"', () => {
  it('ends at publication and leaves the start open when the length is vague', () => {
    expect(dates('Shelling intensified in recent days.')).toEqual([
      { text: 'in recent days', start: null, end: '2025-03-12', precision: 'range', expected: false },
    ]);
    expect(dates('Prices rose in the past few months.')).toEqual([
      { text: 'in the past few months', start: null, end: '2025-03-12', precision: 'range', expected: false },
    ]);
  });

  it('computes the start when the length is a number', () => {
    expect(dates('Shelling intensified over the past two weeks.')).toEqual([
      { text: 'over the past two weeks', start: '2025-02-26', end: '2025-03-12', precision: 'range', expected: false },
    ]);
  });

  it('counts decades back in years to the same day', () => {
    expect(dates('The two states have fought two wars in the last three decades.')).toEqual([
      { text: 'in the last three decades', start: '1995-03-12', end: '2025-03-12', precision: 'range', expected: false },
    ]);
    expect(dates('Output has not grown in the past decade.')).toEqual([
      { text: 'in the past decade', start: '2015-03-12', end: '2025-03-12', precision: 'range', expected: false },
    ]);
    // Vague: open start, as "in recent years".
    expect(dates('Trade has doubled in the past few decades.').map((d) => [d.start, d.end])).toEqual([[null, '2025-03-12']]);
    // How long a state lasted is a duration, no date.
    expect(dates('The region had been under rebel control for the past three decades.')).toEqual([]);
    expect(dates('The two states have fought two wars during the past three decades.')).toEqual([]);
    // "the last decades of the empire" counts back from another time.
    expect(dates('In the last decades of the empire, trade fell.')).toEqual([]);
  });

  it('resolves "N units ago" with the unit as precision', () => {
    expect(dates('The blockade began three years ago today.')).toEqual([
      { text: 'three years ago today', start: '2022-03-12', end: '2022-03-12', precision: 'day', expected: false },
    ]);
    expect(dates('The convoy left three days ago.')).toEqual([
      { text: 'three days ago', start: '2025-03-09', end: '2025-03-09', precision: 'day', expected: false },
    ]);
    expect(dates('The convoy left two weeks ago.')).toEqual([
      { text: 'two weeks ago', start: '2025-02-24', end: '2025-03-02', precision: 'week', expected: false },
    ]);
    expect(dates('The convoy left a month ago.')).toEqual([
      { text: 'a month ago', start: '2025-02-01', end: '2025-02-28', precision: 'month', expected: false },
    ]);
  });

  it('reads counts in words past twelve: the teens and the tens', () => {
    expect(dates('Twenty years ago, the minister took office.')).toEqual([
      { text: 'Twenty years ago', start: '2005-01-01', end: '2005-12-31', precision: 'year', expected: false },
    ]);
    expect(dates('The convoy left fifteen days ago.')).toEqual([
      { text: 'fifteen days ago', start: '2025-02-25', end: '2025-02-25', precision: 'day', expected: false },
    ]);
    // A number word that is no count of units dates nothing.
    expect(dates('Twenty ministers met in Fredonburg.')).toEqual([]);
  });

  it('resolves "N units from today" and "from now" to the day, week or month that far ahead, still to come', () => {
    expect(dates('The ban on the Marsh Front takes effect 30 days from today.')).toEqual([
      { text: '30 days from today', start: '2025-04-11', end: '2025-04-11', precision: 'day', expected: true },
    ]);
    expect(dates('The talks resume two weeks from now.')).toEqual([
      { text: 'two weeks from now', start: '2025-03-24', end: '2025-03-30', precision: 'week', expected: true },
    ]);
    expect(dates('The port reopens three months from today, the ministry said.')).toEqual([
      { text: 'three months from today', start: '2025-06-01', end: '2025-06-30', precision: 'month', expected: true },
    ]);
  });

  it('reads no count ahead in a span that only begins today or is measured from elsewhere', () => {
    expect(dates('Ten ships were turned away from today’s convoy.').some((d) => d.expected)).toBe(false);
    expect(dates('The convoy sailed 30 miles from today’s position.').some((d) => d.expected)).toBe(false);
    expect(dates('Prices have risen 30 days in a row from now on.').some((d) => d.start === '2025-04-11')).toBe(false);
  });
});

describe('schedules told in the present, and dates something was put off to', () => {
  it('reads "expires on Sunday", "takes effect in July" as ahead of publication', () => {
    expect(dates('The deadline expires on Sunday.')).toEqual([
      { text: 'on Sunday', start: '2025-03-16', end: '2025-03-16', precision: 'day', expected: true },
    ]);
    expect(dates('The treaty, signed in June, takes effect in July.').at(-1)).toEqual({
      text: 'July',
      start: '2025-07-01',
      end: '2025-07-31',
      precision: 'month',
      expected: true,
    });
  });

  it.each([
    ['The aid plan runs until the end of June.', '2025-06-30'],
    ['The truce lasts until April.', '2025-04-30'],
    ['The corridor remains open until the end of May.', '2025-05-31'],
  ])('reads a span told in the present as running until a coming date: %s', (text, end) => {
    expect(dates(text).map((d) => [d.end, d.expected])).toEqual([[end, true]]);
  });

  it.each([
    'The aid plan ran until the end of February.',
    'The truce lasted until February.',
  ])('reads a span told in the past as over: %s', (text) => {
    expect(dates(text).every((d) => !d.expected)).toBe(true);
  });

  it('reads the date a vote was postponed until as the coming one, not last year’s', () => {
    expect(dates('The vote was postponed until April.').map((d) => [d.end, d.expected])).toEqual([['2025-04-30', true]]);
  });
});
