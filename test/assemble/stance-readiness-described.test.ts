import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** [the words said, whether they are the writer's report (else a quotation), the stance]. */
type Case = [string, boolean, Stance];

/** The stance of `words` said by a side, with "said". */
function said(words: string, reported: boolean): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported, forASide: true });
}

describe("a noun of readiness in a list another's possessive governs", () => {
  const cases: Case[] = [
    // Another's readiness, described: no promise of the speaker.
    ['the crews’ training, discipline and willingness to respond quickly', true, 'confirms'],
    ['the soldiers’ skill and readiness to fight', true, 'confirms'],
    ['the soldiers’ willingness to fight', true, 'confirms'],
    // The speaker's own readiness still promises; a possessive that governs another noun does not reach it.
    ['its readiness and willingness to help the refugees', true, 'pledges'],
    ['we have the will to strengthen cooperation', false, 'pledges'],
    ['the ministers’ talks showed the readiness to help', true, 'pledges'],
  ];
  it.each(cases)('%s', (words, reported, stance) => {
    expect(said(words, reported)).toBe(stance);
  });
});
