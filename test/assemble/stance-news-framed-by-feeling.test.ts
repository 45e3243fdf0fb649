import { describe, expect, it } from 'vitest';
import type { Stance } from '../../src/lib/model.ts';
import { stanceIn } from './stance.fixture.ts';

/**
 * News the speaker is glad or sorry to give ("We are pleased to confirm that …") tells what follows: the
 * feeling frames it. A feeling with no news after it ("pleased to have him as our guest", "pleased with
 * the talks") stays a judgement (`other`).
 */

/** [the sentence, its reporting verb, the speaker's words, the stance]. */
type Case = [string, string, string, Stance];

describe('news framed by a feeling', () => {
  const cases: Case[] = [
    ['“We are pleased to confirm that all crew on board are safe,” the company said.', 'said', 'We are pleased to confirm that all crew on board are safe', 'confirms'],
    ['“We’re sad to report that two crew members died,” the operator said.', 'said', 'We’re sad to report that two crew members died', 'confirms'],
    ['“I am happy to announce the bridge has reopened,” the mayor said.', 'said', 'I am happy to announce the bridge has reopened', 'confirms'],
    // A feeling told, with no news after it.
    ['“We are pleased to have him as our guest,” she said.', 'said', 'We are pleased to have him as our guest', 'other'],
    ['“We are pleased with the talks,” she said.', 'said', 'We are pleased with the talks', 'other'],
  ];
  it.each(cases)('%s', (sentence, verb, words, stance) => {
    expect(stanceIn(sentence, verb, words, { forThemselves: false, reported: false })).toBe(stance);
  });
});
