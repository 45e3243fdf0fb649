import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';

/**
 * What a side says it keeps going ("its support would continue", "the embassy would remain open", "would
 * not allow the crisis to spread") promises; the same words of what is no side's (the fighting, the
 * weather, a trend) foretell, and a side's promise told by analysts or a report is not theirs.
 */

const SAID = { verb: 'said', negated: false, denial: false };
const SIDE: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };
const QUOTED_SIDE: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };
const ANALYSTS: StanceSpeaker = { forThemselves: false, reported: true, assesses: true };

const cases: [string, string, StanceSpeaker, Stance][] = [
  ['support named', 'Freedonia’s support for Sylvania would continue', SIDE, 'pledges'],
  ['assistance that will not stop', 'Freedonia’s assistance to the flood victims would not stop', SIDE, 'pledges'],
  ['aid kept flowing', 'the aid would keep flowing to the north', SIDE, 'pledges'],
  ['deliveries continued', 'deliveries would continue despite the storm', SIDE, 'pledges'],
  ['aid to arrive', 'aid would continue to arrive', SIDE, 'pledges'],
  ['quoted, capitalised', 'Aid will keep flowing', QUOTED_SIDE, 'pledges'],
  ['embassy kept open', 'the embassy in the capital would remain open', SIDE, 'pledges'],
  ['crossing kept open', 'the border crossing would stay open', SIDE, 'pledges'],
  ['will not allow', 'the government would not allow the crisis to spread', SIDE, 'pledges'],
  ['will not let', 'it would not let the violence spread to the capital', SIDE, 'pledges'],
  ['talks go on', 'the talks with Sylvania in the capital would continue', SIDE, 'pledges'],
  ['negotiations go on', 'negotiations on the border will continue', SIDE, 'pledges'],
  // Not a side's undertaking: a forecast, a trend, what befalls a place, what something else prevents.
  ['the fighting goes on', 'the fighting would continue for weeks', SIDE, 'other'],
  ['support as a trend', 'popular support for the war would continue to fall', SIDE, 'other'],
  ['a decline foretold', 'Freedonia’s support would continue to decline', SIDE, 'other'],
  ['closed', 'the airport would remain closed for days', SIDE, 'other'],
  ['the weather', 'the weather would not allow the rescue to continue', SIDE, 'other'],
  ['analysts', 'Freedonia’s support for Sylvania would continue', ANALYSTS, 'other'],
  ['talks on a set date', 'the talks would continue on Friday', SIDE, 'confirms'],
  ['contacts as a trend', 'contacts between the two sides would continue to grow', SIDE, 'other'],
  ['talks, by analysts', 'the talks would continue', ANALYSTS, 'other'],
];

describe('what a side keeps going', () => {
  it.each(cases)('%s: "%s"', (_name, words, speaker, stance) => {
    expect(stanceOf(SAID, words, speaker)).toBe(stance);
  });
});
