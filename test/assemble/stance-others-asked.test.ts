import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** [the quoted words, the stance]. */
type Case = [string, Stance];

/** The stance of `words` quoted from a person of no side (a witness, an activist), with "said". */
function saidByWitness(words: string): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: false });
}

describe('a plea or call of others, a pronoun its subject, told by the speaker', () => {
  const cases: Case[] = [
    // What they asked is a happening told, whatever it asked for.
    ['They pleaded with the interviewer to promise she would return to bring them home', 'confirms'],
    ['He begged the guards to let him call his mother', 'confirms'],
    ['She urged the villagers to leave before the river rose', 'confirms'],
    ['They demanded that the camp be closed', 'confirms'],
    // The speaker's own call is a call.
    ['We urge all sides to let the prisoners go home', 'calls-for'],
    ['We ask that the prisoners be sent home', 'calls-for'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(saidByWitness(words)).toBe(stance);
  });
});
