import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A bond or resolve renewed, its side named in more than one word ("reaffirming Marsh City’s commitment to
 * steadily develop the ties", "reaffirmed the Ostmark Republic’s support for the talks"): promised, as
 * "reaffirmed Sylvania’s support" is. A ruling or a finding reaffirmed, and the side's act reaffirmed as
 * told, stay as they were.
 */
describe('a bond reaffirmed, the side named in more than one word', () => {
  /** [the verb, the reported words, the stance]. */
  const cases: [string, string, Stance][] = [
    ['reaffirming', 'Marsh City’s commitment to steadily consolidate and develop the ties with Sylvania', 'pledges'],
    ['reaffirmed', 'the Ostmark Republic’s support for the talks', 'pledges'],
    ['reiterated', 'New Sylvania’s determination to defend the coast', 'pledges'],
    ['reaffirmed', 'South Freedonia’s solidarity with the displaced', 'pledges'],
    // A ruling, a finding, an act: as before.
    ['reaffirmed', 'the Marsh City Court’s ruling that the vote was void', 'confirms'],
    ['reaffirmed', 'that the Ostmark Republic had sent two frigates', 'confirms'],
    ['reiterated', 'that South Freedonia closed the crossing on Monday', 'confirms'],
    ['reaffirmed', 'the Marsh City Court’s finding on the strike', 'confirms'],
  ];
  it.each(cases)('%s %s', (verb, words, expected) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
