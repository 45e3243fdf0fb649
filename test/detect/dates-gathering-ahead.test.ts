import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/detect/dates/index.ts';

/** Published on Wednesday 4 October 2023: Thursday the 5th is tomorrow, last Thursday the 28th of September. */
const PUBLISHED = '2023-10-04';

/** Each date of `text` as its words, its first day and whether it is still to come. */
function read(text: string, published = PUBLISHED) {
  return findDates(text, published).map(({ date, expected }) => [date.text, date.start, expected]);
}

describe('the day of a gathering told in a past clause is the nearest such day, not last year’s', () => {
  it.each([
    ['Berg has decided not to take part in a possible meeting with Ruhl at a summit in Marsh City on Oct. 5.', [['Oct. 5', '2023-10-05', true]]],
    ['Berg refused to join the talks in Fredonburg on 6 October, the Courier said.', [['6 October', '2023-10-06', true]]],
    ['Sylvania announced a visit by its minister to Fredonburg on October 7.', [['October 7', '2023-10-07', true]]],
    // Near misses: the verb dated (no gathering, or the date right after the verb), a gathering told
    // as past long before publication, a happening's day.
    ['Berg decided on Oct. 5 not to take part.', [['Oct. 5', '2022-10-05', false]]],
    ['On 5 October, Berg said the port was closed.', [['5 October', '2022-10-05', false]]],
    ['The summit in Marsh City on 30 September ended without a deal.', [['30 September', '2023-09-30', false]]],
    ['Berg was wounded in the attack on Oct. 5, the ministry said.', [['Oct. 5', '2022-10-05', false]]],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('a gathering someone considers joining is still ahead, whatever tense tells the considering', () => {
  it.each([
    ['Berg had been considering taking part in a five-way meeting in Marsh City, Sylvania, on Thursday.', [['on Thursday', '2023-10-05', true]]],
    ['Ruhl was considering attending the summit on Friday.', [['on Friday', '2023-10-06', true]]],
    ['Freedonia is considering joining the talks on Thursday.', [['on Thursday', '2023-10-05', true]]],
    // Near misses: a gathering attended, a consideration dated by its own day, a decision already told.
    ['Berg took part in a five-way meeting in Marsh City on Thursday.', [['on Thursday', '2023-09-28', false]]],
    ['Berg said on Thursday that he was considering the offer.', [['on Thursday', '2023-09-28', false]]],
    ['Ruhl considered the plan on Friday and rejected it.', [['on Friday', '2023-09-29', false]]],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
