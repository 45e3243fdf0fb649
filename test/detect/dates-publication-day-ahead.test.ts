import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/detect/dates/index.ts';

/** Published on Friday 14 March 2025. */
const PUBLISHED = '2025-03-14';

/** Each date of `text` as its words, its day and whether it is still to come. */
function read(text: string, published = PUBLISHED) {
  return findDates(text, published).map(({ date, expected }) => [date.text, date.start, expected]);
}

describe('a day written out that is the publication day, in a clause that looks ahead, is still to come', () => {
  it.each([
    ['The listing of the group will take effect on 14 March, if the raids do not stop.', [['14 March', '2025-03-14', true]]],
    ['The Ostmark mission is due to be launched on March 14, officials said.', [['March 14', '2025-03-14', true]]],
    ['The treaty will enter into force on 14 March 2025, the ministry said.', [['14 March 2025', '2025-03-14', true]]],
    ['Ministers are scheduled to vote on March 14 in Fredonburg.', [['March 14', '2025-03-14', true]]],
    // Near misses: the same day told in the past, a past happening the future clause names, a day
    // that opens a sentence whose verb is past, and a day of a past verb after the cue.
    ['The listing of the group took effect on 14 March.', [['14 March', '2025-03-14', false]]],
    ['Berg will be tried for the attack on March 14, prosecutors said.', [['March 14', '2025-03-14', false]]],
    ['On 14 March, the ministry said it will respond.', [['14 March', '2025-03-14', false]]],
    ['The ministers were sworn in on 14 March 2025.', [['14 March 2025', '2025-03-14', false]]],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
