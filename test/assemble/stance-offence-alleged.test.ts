import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * An offence named only as what others allege ("will use the report to deny the opposition's accusations
 * of ethnic cleansing") is not the speaker's charge: it does not condemn. The speaker's own accusations,
 * a charge laid and words of blame beside the allegation still condemn.
 */

/** [the reported words, the stance]. */
const cases: [string, Stance][] = [
  ["the governor's office will use the report to deny the opposition's accusations of ethnic cleansing", 'other'],
  ['the unit faces allegations of war crimes in the north', 'confirms'],
  ['the ministry said the claims of aggression were being studied', 'confirms'],
  // The speaker's own charge, a charge laid, blame beside the allegation.
  ['allegations of torture are unacceptable', 'condemns'],
  ['the accusations of genocide are a disgraceful smear', 'condemns'],
  ['the militia committed war crimes in the valley', 'condemns'],
];

describe('an offence others allege', () => {
  it.each(cases)('%s', (words, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(stance);
  });
});
