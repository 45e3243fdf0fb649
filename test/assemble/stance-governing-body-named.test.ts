import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * The speaker's own side named first by the body that governs it ("(the ministry said) the Freedonian
 * government will conduct outreach to aid providers", "the S.R. administration plans to …"): the side acts
 * as it does when named alone, and what it will do is promised. A predicate of the past, a forecast that
 * befalls it, and a body that is not its government ("the Freedonian press") stay
 * as they were.
 */

/** [the reported words, the stance]. */
const cases: [string, Stance][] = [
  ['the Freedonian government will conduct robust outreach to aid providers', 'pledges'],
  ['the S.R. administration plans to open two new crossings', 'pledges'],
  ['that the Sylvanian authorities will send engineers to Marsh City', 'pledges'],
  ['the Freedonian leadership has decided to fund the shelters', 'pledges'],
  ['the Freedonian government and the Ostmark government will rebuild the bridge', 'pledges'],
  // The past told, a body that is not the government, a state foretold: as before.
  ['the Freedonian government sent engineers to Marsh City', 'confirms'],
  ['the Freedonian government conducted outreach to aid providers last week', 'confirms'],
  ['the Freedonian government will probably fall within weeks', 'other'],
  ['the Freedonian press will report on the talks', 'other'],
  ['the Freedonian government will be in Marsh City on Monday', 'confirms'],
];

describe('the own side named by the body that governs it', () => {
  it.each(cases)('%s', (words, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true, ownSideFirst: true })).toBe(stance);
  });
});
