import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A side's resolve to act said to have grown ("(Berg said) the attack only strengthened his country’s
 * resolve to deploy a frigate", "the shelling has reinforced our determination to rebuild"): the resolve is
 * stated and the act undertaken: pledges. No resolve, a resolve weakened, and an analyst's reading stay as
 * they were.
 */

const side: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };
const analyst: StanceSpeaker = { forThemselves: false, reported: true, assesses: true };

/** [the reported words, who says them, the stance]. */
const cases: [string, StanceSpeaker, Stance][] = [
  ['the attack on the ship only strengthened his country’s resolve to deploy a frigate to the strait', side, 'pledges'],
  ['the shelling has reinforced our determination to rebuild Marsh City', side, 'pledges'],
  ['the raid hardened Freedonia’s resolve to defend the coast', side, 'pledges'],
  ['these threats have steeled our resolve to keep the port open', side, 'pledges'],
  // No resolve, a resolve weakened, an analyst: as before.
  ['the attack strengthened the rebels’ position in the hills', side, 'confirms'],
  ['the losses weakened Freedonia’s resolve to hold the coast', side, 'confirms'],
  ['the raid hardened the ground near the port', side, 'confirms'],
  ['the attack only strengthened Freedonia’s resolve to deploy a frigate', analyst, 'other'],
];

describe('a resolve to act strengthened', () => {
  it.each(cases)('%s', (words, speaker, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, speaker)).toBe(stance);
  });
});
