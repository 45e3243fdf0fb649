import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/detect/dates/index.ts';

/** Published on a Wednesday; its week runs Monday 2025-03-10 to Sunday 2025-03-16. */
const PUBLISHED = '2025-03-12';

/** Each date of `text` as its words, its first day and whether it is still to come. */
function read(text: string, published = PUBLISHED) {
  return findDates(text, published).map(({ date, expected }) => [date.text, date.start, expected]);
}

describe('a schedule told in the past, then kept, looks back', () => {
  it.each([
    ['The meeting was scheduled for Monday and took place in Fredonburg.', [['Monday', '2025-03-10', false]]],
    ['The meeting, which had been scheduled for Monday, took place as planned.', [['Monday', '2025-03-10', false]]],
    ['The vote was due on Tuesday and went ahead despite the protests.', [['on Tuesday', '2025-03-11', false]]],
    // Near misses: what happens on the date is still to come, or not told.
    ['The meeting was scheduled for Monday and will take place in Fredonburg.', [['Monday', '2025-03-17', true]]],
    ['The meeting is scheduled for Monday and takes place in Fredonburg.', [['Monday', '2025-03-17', true]]],
    ['The meeting was scheduled for Monday, officials said.', [['Monday', '2025-03-17', true]]],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
