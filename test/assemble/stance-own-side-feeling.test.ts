import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

const SAID = { verb: 'said', negated: false, denial: false };
/** A side's words reported, opening on the speaker's own side, and opening on another party. */
const OWN_SIDE_FIRST: StanceSpeaker = { forThemselves: false, reported: true, forASide: true, ownSideFirst: true };
const ANOTHER_FIRST: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

describe("the speaker's own side, named first, tells its feeling about what others did", () => {
  /** [words after "said", the speaker, the stance]. */
  const cases: [string, StanceSpeaker, Stance][] = [
    ['Freedonia appreciated the fact that Sylvania did not seek to interfere in the operation', OWN_SIDE_FIRST, 'other'],
    ['Freedonia appreciates the efforts of the mediators', OWN_SIDE_FIRST, 'other'],
    ['Freedonia regretted that the talks had been cancelled', OWN_SIDE_FIRST, 'other'],
    ['Freedonia welcomed the decision of the court', OWN_SIDE_FIRST, 'other'],
    ['Freedonia welcomed the news that the hostages were freed', OWN_SIDE_FIRST, 'other'],
    // Must not fire: people taken in, another party's thanks told, an act of the side.
    ['Freedonia welcomed 3,000 refugees last week', OWN_SIDE_FIRST, 'confirms'],
    ['Freedonia welcomed the refugees into its schools', OWN_SIDE_FIRST, 'confirms'],
    ['Sylvania thanked the rescue teams', ANOTHER_FIRST, 'confirms'],
    ['Freedonia deployed 300 troops to the border', OWN_SIDE_FIRST, 'confirms'],
  ];
  it.each(cases)('said %s', (words, speaker, stance) => {
    expect(stanceOf(SAID, words, speaker)).toBe(stance);
  });
});
