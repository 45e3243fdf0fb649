import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A side's own act forsworn ("(Freedonia declared that) it would not take part in the fighting",
 * "(Berg said) Freedonia will not send troops") is an undertaking, as the act promised is (`pledges`).
 * Not a refusal to tell ("would not comment"), a state foretold ("will not be possible", "would not
 * have"), another's act, nor a modal doubled by a typo; an act forsworn over a wrong it names ("will
 * never accept the illegal annexation") rebukes the wrong.
 */

/** [the reported words, whether they open by naming the speaker's own side, the stance]. */
const cases: [string, boolean, Stance][] = [
  ['it would not take part in the fighting', false, 'pledges'],
  ['it will not join the coalition', false, 'pledges'],
  ['they would never surrender their weapons', false, 'pledges'],
  ['Freedonia will not send troops to the region', true, 'pledges'],
  ['Fredonburg would never recognise the vote', true, 'pledges'],
  // Near misses: a refusal to tell, a state foretold, another's act, a doubled modal.
  ['it would not comment on the matter', false, 'other'],
  ['he would not say whether troops were sent', false, 'other'],
  ['Freedonia would not confirm the report', true, 'other'],
  ['it will not be possible to reopen the port', false, 'other'],
  ['it would not have enough fuel for the winter', false, 'other'],
  ['Freedonia will not be able to help', true, 'confirms'],
  ['the talks would not take place', false, 'confirms'],
  ['it will not will not be carrying cargo', false, 'other'],
  // An act forsworn over a wrong it names rebukes the wrong.
  ['it will never accept the illegal annexation', false, 'condemns'],
];

describe('a side’s own act forsworn', () => {
  it.each(cases)('%s', (words, ownSideFirst, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true, ownSideFirst })).toBe(stance);
  });
});
