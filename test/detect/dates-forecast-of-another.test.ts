import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/detect/dates/index.ts';

/** Published on 26 June 2025: last July is eleven months back, next July a week ahead. */
const PUBLISHED = '2025-06-26';

/** Each date of `text` as its words, its first day and whether it is still to come. */
function read(text: string, published = PUBLISHED) {
  return findDates(text, published).map(({ date, expected }) => [date.text, date.start, expected]);
}

describe('a forecast of what another will do ("forecast Freedonia to deploy") looks ahead, as "is forecast to" does', () => {
  it.each([
    ['The Ostmark agency forecast Freedonia to deploy more troops in July.', [['July', '2025-07-01', true]]],
    ['Analysts predict Sylvania to hold elections in September.', [['September', '2025-09-01', true]]],
    ['The ministry projected Ruritania to send more ships in August.', [['August', '2025-08-01', true]]],
    ['Diplomats anticipate them to sign the accord in October.', [['October', '2025-10-01', true]]],
    // Near misses: a forecast with no one to act ("forecast rain"), one of what was done ("to have
    // sent"), and a past act joined after a comma.
    ['The agency forecast rain in July.', [['July', '2024-07-01', false]]],
    ['The agency predicted Sylvania to have sent troops in April.', [['April', '2025-04-01', false]]],
    ['The Ostmark agency forecast deployments, and Freedonia sent troops in May.', [['May', '2025-05-01', false]]],
    ['Berg projected the figures onto a screen in Fredonburg in January.', [['January', '2025-01-01', false]]],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
