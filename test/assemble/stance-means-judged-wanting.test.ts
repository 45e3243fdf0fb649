import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` a side says, with "said". */
function said(words: string): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true });
}

/**
 * A means judged wanting ("the systems are ineffective", "the talks were useless", "the guarantees are
 * unreliable") assesses, as "the sanctions were counterproductive" does: other. A state told with no such
 * verdict, a time a rule takes effect and a happening stay confirms.
 */
describe('a means judged wanting', () => {
  /** [the words said, the stance]. */
  const cases: [string, Stance][] = [
    ['The security systems in which Freedonia is involved are ineffective when it comes to protecting our people.', 'other'],
    ['The old guarantees are ineffective.', 'other'],
    ['The talks with Sylvania were useless.', 'other'],
    ['The alliance is unreliable.', 'other'],
    ['The monitoring mission was ineffectual from the start.', 'other'],
    // No verdict on a means: a state, a rule in force, a happening.
    ['The security systems were switched off overnight.', 'confirms'],
    ['The new curfew is effective from midnight.', 'confirms'],
    ['The alliance has deployed two battalions to the border.', 'confirms'],
    ['The talks with Sylvania were held in Marsh City.', 'confirms'],
    ['The guarantees were signed on Tuesday.', 'confirms'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(said(words)).toBe(stance);
  });
});
