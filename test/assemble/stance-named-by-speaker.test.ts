import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/** A side's words, reported by the writer. */
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

/** [reporting verb, words, the stance]. */
type Case = [string, string, Stance];

describe('the speaker’s name for what the writer tells: "(against what they) described as …"', () => {
  const cases: Case[] = [
    ['described', 'as a cargo ship bound for the port', 'confirms'],
    ['described', 'as self-defense', 'confirms'],
    ['described', 'as “operations to repel the invasion of its territory.”', 'confirms'],
    // A name that accuses condemns; one that praises or judges, or an object named, is no affirmation.
    ['describe', 'as the army’s “total aggression”', 'condemns'],
    ['called', 'as “heroic” conduct', 'other'],
    ['described', 'as a great success', 'other'],
    ['described', 'as a turning point', 'other'],
    ['described', 'the talks as constructive', 'other'],
  ];
  it.each(cases)('%s %s', (verb, words, want) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, REPORTED)).toBe(want);
  });
});
