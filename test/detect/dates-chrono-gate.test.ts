import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ParsedResult } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { parseWithAllParsers, parseWithChrono } from '../../src/lib/detect/dates/chrono-parser.ts';
import { piecedTexts } from '../helpers/pieced-texts.ts';

/**
 * `parseWithChrono` leaves out the parsers a text gives nothing to match (no four-digit year, no month
 * and day, no weekday). These tests hold it to chrono's own word lists and to chrono run with every parser.
 */

/** chrono's English word lists, which its package does not export: read from its files. */
async function chronoWordLists() {
  const entry = createRequire(import.meta.url).resolve('chrono-node');
  const file = join(dirname(entry), '..', 'esm', 'locales', 'en', 'constants.js');
  const lists = await import(pathToFileURL(file).href);
  return lists as { MONTH_DICTIONARY: object; WEEKDAY_DICTIONARY: object; ORDINAL_WORD_DICTIONARY: object };
}

const published = new Date(Date.UTC(2024, 9, 23));
const at = (text: string) => parseWithChrono(text, published).map((r) => r.text);

/** What a result says, to compare two runs. */
function summary(result: ParsedResult) {
  const parts = ['year', 'month', 'day', 'weekday'] as const;
  return {
    index: result.index,
    text: result.text,
    start: result.start.date().toISOString(),
    end: result.end?.date().toISOString() ?? null,
    stated: parts.filter((part) => result.start.isCertain(part)),
  };
}

describe('the parsers a text may need', () => {
  it('finds every word of chrono’s month, weekday and ordinal lists, in any case', async () => {
    const { MONTH_DICTIONARY, WEEKDAY_DICTIONARY, ORDINAL_WORD_DICTIONARY } = await chronoWordLists();
    const months = Object.keys(MONTH_DICTIONARY);
    const ordinals = Object.keys(ORDINAL_WORD_DICTIONARY);
    expect(months.length).toBeGreaterThan(30);
    expect(ordinals.length).toBeGreaterThan(30);
    // A month with each way of writing a day: each must still reach chrono's month parsers.
    let found = 0;
    let tried = 0;
    for (const month of months) {
      for (const day of [...ordinals, '7', '23rd']) {
        for (const text of [`the ${day} of ${month}`, `${month.toUpperCase()} ${day.toUpperCase()}`]) {
          expect(at(text), text).toEqual(parseWithAllParsers(text, published).map((r) => r.text));
          tried++;
          if (at(text).length > 0) found++;
        }
      }
    }
    // Nearly all are dates (not "the thirty first of February").
    expect(found).toBeGreaterThan(tried * 0.9);
    for (const weekday of [...Object.keys(WEEKDAY_DICTIONARY), 'weekend', 'weekday']) {
      for (const text of [`on ${weekday}`, `LAST ${weekday.toUpperCase()}`]) {
        expect(at(text).length, text).toBeGreaterThan(0);
      }
    }
  }, 120_000); // about 4,000 parses: seconds on a busy machine

  it('reads dates that open with a year', () => {
    expect(at('filed 2024-10-21, then 2024/10/23 and 2024 Oct 23')).toEqual(['2024-10-21', '2024/10/23', '2024 Oct 23']);
  });

  it('reads a weekday wherever chrono’s pattern lets it stand, and only words that hold one elsewhere go without the weekday parser', () => {
    // Glued to "on", "last", "this", "of": the pattern allows no space there; a period or a bracket after it.
    const texts = ['onMonday', 'lastfriday', 'Thursdaythis week', 'sun.', '(Tue)', 'Wed,', 'the weekend', 'WEEKDAYOF this week',
      'Mondays', 'months', 'a monthly meeting', 'satellites', 'weeks ago', 'Sunni', 'Wednesday-night', 'Thurs.Fri'];
    for (const text of texts) expect(at(text), text).toEqual(parseWithAllParsers(text, published).map((r) => r.text));
  });

  it('gives no result where no parser could find one', () => {
    expect(at('Troops from Freedonia crossed into Sylvania, the Courier said.')).toEqual([]);
  });
});

describe('parseWithChrono against every parser on generated texts', () => {
  // Pieces of dates, words that hold a stem without being a date ("month", "showed", "second"), and
  // letters that only look like the stems' letters.
  const PIECES = ['Oct.', 'October', 'oct', 'MAY', 'March', 'sept', 'Sept.', 'jan', 'Dec', '23', '5th', '1st', '2024', '1999',
    '-', '/', ',', '.', ' ', '  ', '(', ')', 'on', 'of', 'to', 'through', 'first', 'Twenty-First', 'thirty first', 'twelfth',
    'nineteenth', 'second', 'Tuesday', 'tue.', 'THURS', 'Fri', 'sat', 'sun', 'Mon', 'weekend', 'weekday', 'week', 'last',
    'next', 'this', 'past', 'month', 'showed', 'Freedonia', 'the', 'troops', 'ſept', 'Ｏct', 'é', '10', '2024-10-21', 'am', ':30'];

  const texts = (count: number) => piecedTexts(PIECES, count, { seed: 11, minPieces: 1, maxPieces: 9, between: 0.7 });

  it('finds exactly what chrono finds with every parser', () => {
    let withDates = 0;
    let empty = 0;
    for (const text of texts(4000)) {
      const all = parseWithAllParsers(text, published).map(summary);
      expect(parseWithChrono(text, published).map(summary), text).toEqual(all);
      if (all.length > 0) withDates++;
      else empty++;
    }
    // Both kinds of text are well represented, so the comparison means something.
    expect(withDates).toBeGreaterThan(1000);
    expect(empty).toBeGreaterThan(500);
  }, 120_000); // 4,000 texts, each parsed twice: seconds on a busy machine
});
