import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/detect/dates/index.ts';

/** Published on a Wednesday; its week runs Monday 2025-03-10 to Sunday 2025-03-16. */
const PUBLISHED = '2025-03-12';

/** Each date of `text` as its words, its first day and whether it is still to come. */
function read(text: string, published = PUBLISHED) {
  return findDates(text, published).map(({ date, expected }) => [date.text, date.start, expected]);
}

describe('commas between names are no clause break', () => {
  it.each([
    // A list of names closed by "and": the cue of the future before it governs the date after it.
    ['Berg will travel to Sylvania, Freedonia, Ruritania and the Ostmark from Sunday.', [['from Sunday', '2025-03-16', true]]],
    ['Ruhl is due to visit Marsh City, Fredonburg or Ostbridge on Friday.', [['on Friday', '2025-03-14', true]]],
    // A place and its country set off by commas.
    ['The meeting was meant to take place in Fredonburg, Sylvania, on Thursday.', [['on Thursday', '2025-03-13', true]]],
    ['Berg will visit Fredonburg, Sylvania, on Monday.', [['on Monday', '2025-03-17', true]]],
    // Near misses: a comma that closes a clause stays a break, whatever names stand around it.
    ['Berg will visit Sylvania, Freedonia and Ruritania, officials said on Monday.', [['on Monday', '2025-03-10', false]]],
    ['Troops will stay in Sylvania, Berg said on Monday.', [['on Monday', '2025-03-10', false]]],
    ['Berg, who will travel to Sylvania, Freedonia and Ruritania, spoke on Monday.', [['on Monday', '2025-03-10', false]]],
    ['Berg visited Fredonburg, Sylvania, on Monday.', [['on Monday', '2025-03-10', false]]],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
