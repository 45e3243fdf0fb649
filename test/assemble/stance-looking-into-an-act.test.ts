import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * "Looking into" an act of one's own ("(the broadcaster reported) Freedonia is looking into sending its
 * workers to Sylvania"): a party weighing what it will do, a plan told, not a matter left open. Looking into
 * a matter ("the reports", "what happened", "everything") is still verifying it.
 */

const media: StanceSpeaker = { forThemselves: false, reported: true };

/** [the reported words, the stance]. */
const cases: [string, Stance][] = [
  ['Freedonia is looking into sending its citizens to Sylvania to work at a factory', 'confirms'],
  ['the Ostmark agency is looking into buying drones from Ruritania', 'confirms'],
  ['Sylvania is looking into opening a consulate in Marsh City', 'confirms'],
  ['Freedonia is also looking into expanding the port of Fredonburg', 'confirms'],
  // A matter looked into: left open, as before.
  ['the ministry is looking into the reports of shelling', 'unconfirmed'],
  ['the police are looking into what happened at the checkpoint', 'unconfirmed'],
  ['the agency is looking into everything', 'unconfirmed'],
  ['Freedonia is looking into claims that the ship was struck', 'unconfirmed'],
];

describe('looking into an act of one’s own', () => {
  it.each(cases)('%s', (words, stance) => {
    expect(stanceOf({ verb: 'reported', negated: false, denial: false }, words, media)).toBe(stance);
  });
});
