import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/detect/dates/index.ts';

/** Published on a Wednesday; its week runs Monday 2025-03-10 to Sunday 2025-03-16. */
const PUBLISHED = '2025-03-12';

/** Each date of `text` as its words, its first day and whether it is still to come. */
function read(text: string, published = PUBLISHED) {
  return findDates(text, published).map(({ date, expected }) => [date.text, date.start, expected]);
}

describe('a few quoted words inside a clause are no clause break', () => {
  it.each([
    // Scare quotes or a name between the cue of the future and the date: the clause goes on.
    ['Berg announced the envoys would meet to discuss “integration” matters in Marsh City on Thursday.', [['on Thursday', '2025-03-13', true]]],
    ['The ministry said the “special mission” will dock in Fredonburg on Friday.', [['on Friday', '2025-03-14', true]]],
    ['Ruhl will attend the "Ostmark forum" talks on Friday.', [['on Friday', '2025-03-14', true]]],
    // Near misses: a quotation that opens the clause is someone's words; one with a comma inside is
    // speech; a past verb after the quoted words keeps the date behind.
    ['“We will win” Berg said on Thursday.', [['on Thursday', '2025-03-06', false]]],
    ['“We will win, and soon,” Berg said on Thursday.', [['on Thursday', '2025-03-06', false]]],
    ['The rebels said the “special operation” ended on Thursday.', [['on Thursday', '2025-03-06', false]]],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('a clause of time, reason or relation told in the past holds the date', () => {
  it.each([
    // The cue of the future belongs to the main clause; the date to the past clause after it.
    ['The strikes would not go unpunished after five sailors were killed in the attack on Monday.', [['on Monday', '2025-03-10', false]]],
    ['Freedonia will rebuild the port that Sylvanian troops shelled on Monday.', [['on Monday', '2025-03-10', false]]],
    ['Berg said she would resign because the talks collapsed on Monday.', [['on Monday', '2025-03-10', false]]],
    // Near misses: a participle of what is planned, a future in the clause itself, or no past verb.
    ['Berg will travel to Marsh City after the talks planned for Monday.', [['Monday', '2025-03-17', true]]],
    ['Berg said that Ruhl had decided he will travel on Monday.', [['on Monday', '2025-03-17', true]]],
    ['The envoys will meet once the ceasefire holds on Monday.', [['on Monday', '2025-03-17', true]]],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('"could" before a verb looks ahead', () => {
  it.each([
    ['The mission could kick off in mid-April, officials said Wednesday.', [['mid-April', '2025-04-11', true], ['Wednesday', '2025-03-12', false]]],
    ['The talks could resume on Friday.', [['on Friday', '2025-03-14', true]]],
    ['Berg said a deal could be signed next week.', [['next week', '2025-03-17', true]]],
    // Near misses: a past inability (active or passive) and what could have been.
    ['Rescuers could not reach the ship on Monday.', [['on Monday', '2025-03-10', false]]],
    ['Berg could have met Ruhl on Friday.', [['on Friday', '2025-03-07', false]]],
    ['The ship could not be reached on Friday.', [['on Friday', '2025-03-07', false]]],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('a date that owns an occasion, opening a clause whose predicate looks ahead, is to come', () => {
  it.each([
    ['Friday’s meeting in Marsh City will be the first since the war.', [['Friday', '2025-03-14', true]]],
    ["Thursday's vote in parliament is expected to pass.", [['Thursday', '2025-03-13', true]]],
    ['Friday’s summit could decide the matter.', [['Friday', '2025-03-14', true]]],
    // Near misses: a happening that is no occasion, a predicate told as past, and no predicate ahead.
    ['Monday’s attack will be investigated.', [['Monday', '2025-03-10', false]]],
    ['Tuesday’s meeting in Marsh City was the first since the war.', [['Tuesday', '2025-03-11', false]]],
    ['Tuesday’s meeting in Marsh City ended without a deal.', [['Tuesday', '2025-03-11', false]]],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
