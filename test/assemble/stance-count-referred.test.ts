import { describe, expect, it } from 'vitest';
import type { Stance } from '../../src/lib/model.ts';
import { stanceIn } from './stance.fixture.ts';

/**
 * A verb of explaining is `other`, unless the words give a count in digits, which they then report. A
 * count referred back to ("the 125") gives none: the words say what those counted were.
 */

/** [the sentence, its reporting verb, the reported words, the stance]. */
type Case = [string, string, string, Stance];

describe('a count referred back to, explained', () => {
  const cases: Case[] = [
    ['The director explained the 125 were war-related deaths.', 'explained', 'the 125 were war-related deaths', 'other'],
    ['The governor explained that the 40 were civilians, not fighters.', 'explained', 'that the 40 were civilians, not fighters', 'other'],
    ['She explained the 1,200 had come from the border villages.', 'explained', 'the 1,200 had come from the border villages', 'other'],
    // A count given is reported, also after a count referred back to.
    ['The governor explained that 40 people had died in the blast.', 'explained', 'that 40 people had died in the blast', 'confirms'],
    ['The director explained the number of injured exceeds 400.', 'explained', 'the number of injured exceeds 400', 'confirms'],
    ['He explained the 125 were war-related, and 30 more died later.', 'explained', 'the 125 were war-related, and 30 more died later', 'confirms'],
  ];
  it.each(cases)('%s', (sentence, verb, words, stance) => {
    expect(stanceIn(sentence, verb, words)).toBe(stance);
  });
});
