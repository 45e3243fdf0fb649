import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Aid officials, witnesses and ministers describing what they see: the condition of people or of a
 * place ("many are hungry", "the town is rather deserted"). These describe how things stand; they tell
 * no happening. The table holds look-alikes that still tell one.
 */

/** A side's own words, quoted. */
const QUOTED: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };

const reporting = (verb: string) => ({ verb, negated: false, denial: false });

describe('the condition of people or of a place', () => {
  /** [words, the stance]. */
  const cases: [string, Stance][] = [
    ['Most of the families are hungry, cold and need shelter', 'other'],
    ['The evacuees were exhausted after two days on the ferry', 'other'],
    ['The children are frightened and many are traumatised', 'other'],
    ['Residents are anxious and the clinics are distressed', 'other'],
    ['The market square is rather deserted tonight', 'other'],
    ['The villages along the valley were almost deserted', 'other'],
    // Happenings told, whatever their words: a passive with its agent, an injury, a strike.
    ['The outpost was deserted by its garrison on Monday', 'confirms'],
    ['Four workers were injured in the blast', 'confirms'],
    ['The depot was hit by two drones overnight', 'confirms'],
    ['The soldiers deserted their posts', 'confirms'],
  ];
  it.each(cases)('%s → %s', (words, stance) => {
    expect(stanceOf(reporting('said'), words, QUOTED)).toBe(stance);
  });
});
