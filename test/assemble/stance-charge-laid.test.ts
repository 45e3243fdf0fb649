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
