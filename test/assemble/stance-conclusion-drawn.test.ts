import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * The speaker's conclusion drawn ("the raids lead to an obvious conclusion that the pact is not effective",
 * "we have come to the conclusion that …") is an inference, as "this shows that …" is: other. A treaty
 * concluded and a finding reported are read as before.
 */
describe('a conclusion drawn', () => {
  /** [words reported with "said" by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['the raids on our villages in recent years lead to an obvious conclusion that the pact we belong to is not effective', 'other'],
    ['we have come to the conclusion that the plan for the valley cannot work', 'other'],
    ['this led us to the conclusion that the dam was poorly built', 'other'],
    // A treaty concluded, a finding reported: not the speaker's inference.
    ['the talks led to the conclusion of a treaty on the river', 'confirms'],
    ['the inspectors came to the conclusion that the fire was set deliberately', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
