import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Test categories, built here so the tests do not depend on one briefing's topic data. */
const CATEGORIES: FigureCategory[] = [
  { id: 'losses', label: 'Killed and wounded', units: ['soldiers', 'people', 'killed'], cues: ['killed', 'wounded'] },
  { id: 'fled', label: 'Fled', units: ['people', 'residents', 'refugees', 'buses'], cues: ['displaced', 'fled', 'arriving'] },
];

/** Each figure found, as its text and category. */
function read(text: string): [string, string | null][] {
  return findFigures(text, CATEGORIES).map((m) => [m.text, m.category]);
}

describe('findFigures: a count whose noun is "their" or "whose" counts the noun the pronoun stands for', () => {
  it.each([
    ['Refugees kept arriving in Marsh City on Monday. Their number reached 28,000 by Tuesday.', [['28,000', 'fled']]],
    // The subject of the sentence before, not the nearest plural ("buses").
    ['A stream of residents fled Fredonburg in cars and buses. Their total number reached 12,000, the ministry said.', [['12,000', 'fled']]],
    ['Sylvanian soldiers were killed in the attack. Their number rose to 40, officials said.', [['40', 'losses']]],
    ['The aid will go to people who fled to Ruritania, whose number has reached 13,500.', [['13,500', 'fled']]],
    ['The funds help residents displaced from Marsh City, whose overall number now stands at 9,000.', [['9,000', 'fled']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // A subject no category counts, a singular noun, a count noun with "of" or a number after it, and
    // "their" inside its clause stay as they were.
    ['Donations came from residents of Marsh City. Their number reached 28,000.', []],
    ['The officials, whose number reached 12, met in Fredonburg.', []],
    ['The convoy of Minister Berg, whose number reached 40, left Marsh City.', []],
    ['The ministry, whose number of staff reached 300, sent aid to Ruritania.', []],
    ['Residents fled the town. Their number two, Weiss, was 45.', []],
  ])('not a count of the noun: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
