import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/** A side's spokesperson, in reported words. */
const SIDE: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };
/** A report or an assessment, which tells another's promise. */
const FINDING: StanceSpeaker = { forThemselves: false, reported: true, forASide: true, finding: true };

describe('a promise affirmed is made', () => {
  /** [reporting verb, words, who speaks, the stance]. */
  const cases: [string, string, StanceSpeaker, Stance][] = [
    // "affirmed" before what the speaker's side will do for others: a pledge.
    ['affirmed', 'that Freedonia will “unconditionally support the stand of Sylvania” on all issues', SIDE, 'pledges'],
    ['affirmed', 'that the government would continue to help the displaced families', SIDE, 'pledges'],
    ['reaffirmed', 'that the alliance will stand with its members', SIDE, 'pledges'],
    // Force affirmed is a threat.
    ['affirmed', 'that the army will not hesitate to strike any ship that enters the zone', SIDE, 'threatens'],
    // A fact or a right affirmed is confirmed; a report's affirming tells another's promise.
    ['affirmed', 'that the troops had arrived at the border', SIDE, 'confirms'],
    ['affirmed', 'the right of the refugees to return', SIDE, 'confirms'],
    ['affirmed', 'that Freedonia will support Sylvania', FINDING, 'confirms'],
  ];
  it.each(cases)('%s %s', (verb, words, speaker, stance) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, speaker)).toBe(stance);
  });
});
