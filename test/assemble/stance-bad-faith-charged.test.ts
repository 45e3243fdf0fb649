import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/** A side's words, reported by the writer. */
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

/** [words after "warned", the stance]. */
type Case = [string, Stance];

describe('"warned" before an accusation of evading a crime or the blame', () => {
  const cases: Case[] = [
    ['that some countries, by only making statements, are trying to have a chance to distance themselves from this crime', 'condemns'],
    ['that the West is seeking to evade responsibility for the crisis', 'condemns'],
    ['that the government is attempting to shirk the blame for the floods', 'condemns'],
    // An attempt that is a danger, or a flight, accuses no one.
    ['that the rebels are trying to regroup in the hills', 'warns'],
    ['that the civilians are trying to escape the fighting', 'warns'],
  ];
  it.each(cases)('%s', (words, want) => {
    expect(stanceOf({ verb: 'warned', negated: false, denial: false }, words, REPORTED)).toBe(want);
  });
});
