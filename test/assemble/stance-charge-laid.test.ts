import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` reported of a side with `verb`. */
function reported(verb: string, words: string): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

describe('a charge laid in a call’s words', () => {
  /** [the verb, the words reported, the stance]. */
  const cases: [string, string, Stance][] = [
    ['responded', 'Sylvania must now take responsibility for extending the conflict', 'condemns'],
    ['said', 'the regime should bear full responsibility for the deaths of the hostages', 'condemns'],
    ['said', 'Fredonburg will have to accept responsibility for escalating the crisis', 'condemns'],
    // A duty called for is a call.
    ['said', 'the authorities must take responsibility for the safety of the crews', 'calls-for'],
    ['said', 'the government must take responsibility for rebuilding the town', 'calls-for'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(reported(verb, words)).toBe(stance);
  });
});

describe('a judgement that a party failed in its duty (corpus README, thirty-second batch)', () => {
  /** [the verb, the words reported, the stance]. */
  const cases: [string, string, Stance][] = [
    ['told', 'the peacekeeping mission had failed', 'condemns'],
    ['said', 'the mediators have failed', 'condemns'],
    ['said', 'the guarantors failed to protect the villagers', 'condemns'],
    ['said', 'the coalition has failed to keep its promises', 'condemns'],
    ['said', 'the international community has failed the refugees', 'condemns'],
    // A side's own failure, and an act or an enemy's venture that failed, are told.
    ['said', 'we have failed to protect them', 'confirms'],
    ['said', 'our mission failed', 'confirms'],
    ['said', 'the rescue mission failed', 'confirms'],
    ['said', 'the missile attack failed to reach its target', 'confirms'],
    ['stated', 'the regime’s adventure has completely failed', 'confirms'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(reported(verb, words)).toBe(stance);
  });
});
