import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A side foretelling a bond's growth with no party named to it ("(Berg stated) military ties would advance
 * non-stop", "the partnership will deepen further"): the only ties at issue are the side's own, and it
 * undertakes them, as with "our ties will deepen". A bond of named others, a bond that suffers, and the
 * same words from the media or an analyst stay as they were.
 */

const side: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };
const media: StanceSpeaker = { forThemselves: false, reported: true };
const analyst: StanceSpeaker = { forThemselves: false, reported: true, assesses: true };

/** [the reported words, who says them, the stance]. */
const cases: [string, StanceSpeaker, Stance][] = [
  ['military ties would advance non-stop', side, 'pledges'],
  ['the partnership will deepen further', side, 'pledges'],
  ['that strategic cooperation would continue to grow', side, 'pledges'],
  ['the alliance will only strengthen', side, 'pledges'],
  // Others' bond named, a bond that suffers, no side speaking: as before.
  ['ties between Freedonia and Sylvania will deepen', side, 'other'],
  ['relations with Sylvania would grow', side, 'other'],
  ['military ties would suffer after the vote', side, 'other'],
  ['military ties would advance non-stop', media, 'other'],
  ['military ties would advance non-stop', analyst, 'other'],
];

describe('a bond of no named party foretold to grow', () => {
  it.each(cases)('%s', (words, speaker, stance) => {
    expect(stanceOf({ verb: 'stated', negated: false, denial: false }, words, speaker)).toBe(stance);
  });
});
