import { describe, expect, it } from 'vitest';
import { detectHeadline, finalPunctuation } from '../../src/lib/importer/detect-headline.ts';
import { lines, texts } from './lines.ts';

describe('detectHeadline', () => {
  it('takes a short unpunctuated first line set apart by a blank line', () => {
    const result = detectHeadline(lines('Harbour bridge to close for three weeks\n\nThe city will close its main bridge on Friday.'));
    expect(result.headline).toEqual({ value: 'Harbour bridge to close for three weeks', text: 'Harbour bridge to close for three weeks', line: 1 });
    expect(texts(result.rest)).toEqual(['', 'The city will close its main bridge on Friday.']);
  });

  it('takes a short first line that runs straight into a longer lede', () => {
    const result = detectHeadline(lines('Bridge closes, mayor says\nThe city will close its main bridge on Friday for repairs, the mayor said.'));
    expect(result.headline?.value).toBe('Bridge closes, mayor says');
  });

  it('takes a first line set apart by a line an earlier stage removed (a date line)', () => {
    // Line 2 (the date) is gone: the headline on line 1 and the lede on line 3 are no longer adjacent.
    const input = lines('Bridge closes\nMarch 4, 2023\nThe city will close its main bridge.').filter((line) => line.n !== 2);
    expect(detectHeadline(input).headline?.value).toBe('Bridge closes');
  });

  it('takes a long unpunctuated first line when a line an earlier stage removed (a date line) stands under it', () => {
    const long = 'Navy shoots down 12 drones, three ballistic missiles and two cruise missiles fired by rebels in the southern strait over a ten-hour period';
    // Line 3 (the date) is gone; blanks on lines 2 and 4 stay.
    const input = lines(`${long}\n\nDecember 28, 2023\n\nThe navy said the attack began at dawn.`).filter((line) => line.n !== 3);
    expect(detectHeadline(input).headline?.value).toBe(long);
  });

  it('accepts a question as headline when it stands apart', () => {
    expect(detectHeadline(lines('Will the bridge reopen?\n\nThe city has not said.')).headline?.value).toBe('Will the bridge reopen?');
  });

  it('does not end a headline at an initialism', () => {
    expect(finalPunctuation('Rail workers strike across the U.K.')).toBe('');
    expect(finalPunctuation('The strike ended.”')).toBe('.');
  });
});

describe('detectHeadline negative cases', () => {
  it('keeps a first line that ends like a sentence as the lede', () => {
    const result = detectHeadline(lines('The city closed its main bridge on Friday.\nRepairs will take three weeks.'));
    expect(result.headline).toBeNull();
    expect(result.reason).toBe('the first line ends like a sentence (“The city closed its main bridge on Friday.”), so it reads like the lede');
    expect(result.rest).toHaveLength(2);
  });

  it('keeps a first line ending in a closing quote after a full stop as the lede', () => {
    expect(detectHeadline(lines('“We will reopen in April,” the mayor said of the bridge.”\nText.')).headline).toBeNull();
  });

  it('keeps a long unpunctuated first line as the lede', () => {
    const long = 'The city closed its main bridge on Friday for three weeks of repairs that engineers say are overdue after years of heavy traffic and storms';
    const result = detectHeadline(lines(`${long}\n\nMore text.`));
    expect(result.headline).toBeNull();
    expect(result.reason).toMatch(/^the first line has 25 words, more than a headline.s 20/);
  });

  it('keeps a long unpunctuated first line as the lede when only blank lines stand under it', () => {
    const long = 'Navy shoots down 12 drones, three ballistic missiles and two cruise missiles fired by rebels in the southern strait over a ten-hour period';
    expect(detectHeadline(lines(`${long}\n\nThe navy said the attack began at dawn.`)).headline).toBeNull();
  });

  it('keeps a first line of more than forty words as the lede, whatever stands under it', () => {
    const long = Array.from({ length: 41 }, (_, k) => (k === 0 ? 'Boats' : 'word')).join(' ');
    const input = lines(`${long}\n\nDecember 28, 2023\n\nThe navy said the attack began at dawn.`).filter((line) => line.n !== 3);
    expect(detectHeadline(input).headline).toBeNull();
  });

  it('does not take a question that runs into the next line', () => {
    expect(detectHeadline(lines('Will the bridge reopen?\nThe city has not said.')).headline).toBeNull();
  });

  it('does not take a lower-case first line', () => {
    expect(detectHeadline(lines('and then the bridge closed\n\nText.')).headline).toBeNull();
  });

  it('does not take a short line followed by a shorter unpunctuated one', () => {
    expect(detectHeadline(lines('Bridge closes for repairs\nCity news')).headline).toBeNull();
  });

  it('does not take the only line of a one-paragraph text', () => {
    expect(detectHeadline(lines('Bridge closes for repairs')).headline).toBeNull();
  });
});
