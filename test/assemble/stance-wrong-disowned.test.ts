import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

const SAID = { verb: 'said', negated: false, denial: false };
/** A side's own words, and a side's words reported. */
const OWN: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

describe("a side's own wrong disowned denies the charge; its blame words do not condemn", () => {
  /** [words after "said", the speaker, the stance]. */
  const cases: [string, StanceSpeaker, Stance][] = [
    ['that Sylvania has not engaged and will not engage in ethnic cleansing or any form of attack on the civil population', REPORTED, 'denies'],
    ['our forces have never committed war crimes', OWN, 'denies'],
    ['that the Sylvanian army did not commit any atrocities in Marsh City', REPORTED, 'denies'],
    ['Freedonia never pursued a policy of ethnic cleansing against its minorities', OWN, 'denies'],
    ['that the militia had not carried out the massacre in Fredonburg', REPORTED, 'denies'],
    // Must not fire: an assurance with no wrong named, an undertaking, the wrong laid on another.
    ['that the Sylvanian army did not carry out any strikes on the port', REPORTED, 'confirms'],
    ['Freedonia has not engaged in talks with the rebels since March', OWN, 'confirms'],
    ['Sylvania has committed war crimes in Marsh City', OWN, 'condemns'],
    ['the Ostmark forces have engaged in ethnic cleansing and have not stopped', OWN, 'condemns'],
    ['those who committed the massacre have not been punished', OWN, 'condemns'],
  ];
  it.each(cases)('said %s', (words, speaker, stance) => {
    expect(stanceOf(SAID, words, speaker)).toBe(stance);
  });
});
