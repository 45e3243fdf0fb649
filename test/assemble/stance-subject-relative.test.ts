import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A relative clause on the subject has a tense of its own: "an abandoned ferry that has been drifting in the
 * strait since the attack is expected to be towed …" foretells, as "the abandoned ferry is expected to be
 * towed …" does, `other`; the "has" of the relative clause is no predicate of the clause, nor is the "was" of
 * one set off by commas ("the ferry, which was hit by a drone, is expected to …"). A happening told
 * by the clause itself, before what it foretells, and a "that" after a verb of saying still tell.
 */
describe('a forecast after a relative clause on its subject', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['an abandoned ferry that has been drifting in the strait since the attack is expected to be towed to Fredonburg this week', 'other'],
    ['the tanker that was struck by a drone near Marsh City is expected within days at the port of Fredonburg', 'other'],
    ['the soldiers who were wounded in the shelling will probably be flown to Fredonburg', 'other'],
    ['the convoy which is carrying the aid is likely to reach the town before nightfall', 'other'],
    // Set off by commas, the relative clause is the subject's just the same.
    ['the ferry, which was hit by a drone, is expected to be towed to Fredonburg this week', 'other'],
    ['the convoy, which is carrying the aid, is likely to reach the town before nightfall', 'other'],
    // A happening the clause tells before it foretells, no forecast at all, or a "that" of saying: still told.
    ['the tanker that was struck by a drone has been towed to Fredonburg and is expected to be repaired', 'confirms'],
    ['the ferry that was hit by a drone sank near Marsh City on Monday', 'confirms'],
    ['the soldiers who were wounded in the shelling were flown to Fredonburg', 'confirms'],
    ['the ministry reported that the ferry was hit and will be towed to Fredonburg', 'confirms'],
    ['the ferry, which was hit by a drone, has been towed to Fredonburg', 'confirms'],
    ['the ferry, which was hit by a drone, sank near Marsh City', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
