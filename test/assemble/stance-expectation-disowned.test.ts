import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

const SAID = { verb: 'said', negated: false, denial: false };
/** Reported words of residents, of a ministry, and a side's own words. */
const RESIDENTS: StanceSpeaker = { forThemselves: false, reported: true };
const MINISTRY: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };
const OWN: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };

describe('an expectation disowned is a forecast, not an assertion', () => {
  /** [words after "said", the speaker, the stance]. */
  const cases: [string, StanceSpeaker, Stance][] = [
    ['they did not expect to ever be able to go back to the valley', RESIDENTS, 'other'],
    ['the villagers did not expect the power to come back before winter', RESIDENTS, 'other'],
    ['she does not expect the talks to produce a deal', RESIDENTS, 'other'],
    ['the ministry did not expect any delays at the port', MINISTRY, 'other'],
    ["We don't expect the ferry to resume this month", OWN, 'other'],
    // Must not fire: no expectation disowned; the words tell what happened.
    ['the ferry did not sail on Monday', MINISTRY, 'confirms'],
    ['the storm, which nobody had forecast, flooded the harbour', RESIDENTS, 'confirms'],
    ['the unexpected flood destroyed 40 houses', MINISTRY, 'confirms'],
  ];
  it.each(cases)('said %s', (words, speaker, stance) => {
    expect(stanceOf(SAID, words, speaker)).toBe(stance);
  });
});
