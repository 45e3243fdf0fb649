import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/detect/dates/index.ts';

/** Published on a Wednesday; the Friday before is 2025-03-07, the Friday after 2025-03-14. */
const PUBLISHED = '2025-03-12';

const dated = (text: string) => findDates(text, PUBLISHED).map(({ date, expected }) => [date.text, date.start, expected]);

describe('findDates: what someone expects, wants or asks of another, and a past readiness, look ahead', () => {
  it.each([
    ['Marsh City expects Fredonburg to send more sailors in April.', [['April', '2025-04-01', true]]],
    ['The navy wants Sylvania to sign the deal on Friday.', [['on Friday', '2025-03-14', true]]],
    ['Berg urges them to sign on Friday.', [['on Friday', '2025-03-14', true]]],
    ['Freedonia and Sylvania were poised to sign the deal on Friday.', [['on Friday', '2025-03-14', true]]],
    // Must not fire: a perfect looks back, and a want, a question or a readiness with no act to come.
    ['Berg expects Ruhl to have left on Monday.', [['on Monday', '2025-03-10', false]]],
    ['The navy wants answers after Sylvania fired on Friday.', [['on Friday', '2025-03-07', false]]],
    ['Berg asked Ruhl about the raid on Friday.', [['on Friday', '2025-03-07', false]]],
    ['Freedonia was poised on the border on Friday.', [['on Friday', '2025-03-07', false]]],
  ])('%j', (text, expected) => {
    expect(dated(text)).toEqual(expected);
  });
});
