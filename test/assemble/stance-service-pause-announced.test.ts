import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` reported of a company (no side) with `verb`. */
function company(verb: string, words: string): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true });
}

/** The stance of `words` reported of a government with `verb`. */
function side(verb: string, words: string): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

describe("a company's own service paused or rerouted, announced", () => {
  /** [the verb, the words reported, the stance]. */
  const cases: [string, string, Stance][] = [
    ['said', 'operations through the strait would be suspended for 48 hours', 'pledges'],
    ['noted', 'trips through the nearby gulf would also be suspended', 'pledges'],
    ['said', 'vessels would be rerouted around the cape where it makes most sense for customers', 'pledges'],
    ['said', 'Sunday it halted its sailings through the strait after the attack', 'pledges'],
    ['said', 'all flights would be suspended until Monday', 'pledges'],
    // Not a service of its own paused, the older progressive reading, a service going on, and force.
    ['said', 'the talks would be suspended', 'other'],
    ['said', 'it was suspending all shipments to and from the port', 'other'],
    ['said', 'its vessels would continue to sail through the strait', 'other'],
    ['said', 'the ship was hit and its voyage was halted', 'confirms'],
    ['said', 'ships would be attacked if they entered the strait', 'threatens'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(company(verb, words)).toBe(stance);
  });

  /** A government's words are no company's decision: [the verb, the words reported, the stance]. */
  const government: [string, string, Stance][] = [
    ['said', 'operations through the strait would be suspended for 48 hours', 'other'],
    ['said', 'Sunday it halted its sailings through the strait after the attack', 'confirms'],
  ];
  it.each(government)('%s %s', (verb, words, stance) => {
    expect(side(verb, words)).toBe(stance);
  });
});
