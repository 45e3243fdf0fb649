import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

const SAID = { verb: 'said', negated: false, denial: false };
/** A side's own words, and a side's words reported. */
const OWN: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

describe('"is standing by" a side, as "stands by" it, commits support', () => {
  /** [words after "said", the speaker, the stance]. */
  const cases: [string, StanceSpeaker, Stance][] = [
    ['Freedonia is standing by Sylvania', REPORTED, 'pledges'],
    ['we are standing firmly with the people of Sylvania', OWN, 'pledges'],
    ['the Union is standing behind its ally', REPORTED, 'pledges'],
    ['Freedonia is standing with Sylvania in its fight', REPORTED, 'pledges'],
    // Must not fire: a ship or crew waiting, a place, a task.
    ['the frigate is standing by the damaged tanker', REPORTED, 'confirms'],
    ['rescue teams are standing by for further orders', REPORTED, 'confirms'],
    ['the crew is standing by in the port', REPORTED, 'confirms'],
    ['a destroyer is standing by to help', REPORTED, 'confirms'],
    ['the guards are standing by the gate', REPORTED, 'confirms'],
  ];
  it.each(cases)('said %s', (words, speaker, stance) => {
    expect(stanceOf(SAID, words, speaker)).toBe(stance);
  });
});
