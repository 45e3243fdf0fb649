import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

const SAID = { verb: 'said', negated: false, denial: false };
/** A side's own words, and a side's words reported. */
const OWN: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

describe("a side's view of what something is worth is an assessment (other), not a happening told", () => {
  /** [words after "said", the speaker, the stance]. */
  const cases: [string, StanceSpeaker, Stance][] = [
    ['that Fredonburg considers a meeting of the council on the valley unnecessary', REPORTED, 'other'],
    ['Freedonia deems further talks with the rebels pointless', REPORTED, 'other'],
    ['the ministry considers the new sanctions counterproductive', REPORTED, 'other'],
    ['we consider the meeting in Marsh City useful', OWN, 'other'],
    ['Sylvania views the Ruritanian plan as premature', REPORTED, 'other'],
    ['Sylvania considers a special session of the Ruritanian assembly on the border question unnecessary', REPORTED, 'other'],
    // Must not fire: a state discovered, a status or a wrong named by a noun, an act weighed, a state told.
    ['the engineers found the pumps useless after the flood', REPORTED, 'confirms'],
    ['Sylvania considers the captives its citizens', REPORTED, 'confirms'],
    ['Sylvania considers the strike an act of aggression', REPORTED, 'condemns'],
    ['that Fredonburg considers sending more troops', REPORTED, 'confirms'],
    ['the shelling made the bridge useless for the convoys', REPORTED, 'confirms'],
    ['the flood left the old harbour of Marsh City on the northern coast useless', REPORTED, 'confirms'],
  ];
  it.each(cases)('said %s', (words, speaker, stance) => {
    expect(stanceOf(SAID, words, speaker)).toBe(stance);
  });
});
