import { describe, expect, it } from 'vitest';
import type { Stance } from '../../src/lib/model.ts';
import { stanceIn } from './stance.fixture.ts';

/**
 * A feeling declared, as one expressed or voiced, is the stance: support or solidarity declared is
 * pledged, concern declared warns. "declared" of anything else ("victory", "a state of emergency") leaves
 * the words to decide.
 */

/** [the sentence, its reporting verb, the reported words, the stance]. */
type Case = [string, string, string, Stance];

describe('a feeling declared', () => {
  const cases: Case[] = [
    ['The rebels, who have declared support for the militia through its war, attacked ships.', 'declared', 'support for the militia through its war', 'pledges'],
    ['The union declared its solidarity with the strikers.', 'declared', 'its solidarity with the strikers', 'pledges'],
    ['The minister declared concern over the shelling of the port.', 'declared', 'concern over the shelling of the port', 'warns'],
    // No feeling declared: the words decide.
    ['The president declared victory in a televised address.', 'declared', 'victory in a televised address', 'confirms'],
    ['The governor declared a state of emergency in the province.', 'declared', 'a state of emergency in the province', 'confirms'],
  ];
  it.each(cases)('%s', (sentence, verb, words, stance) => {
    expect(stanceIn(sentence, verb, words)).toBe(stance);
  });
});
