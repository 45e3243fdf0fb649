import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` reported of a side with `verb`. */
function reported(verb: string, words: string): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

describe('another party expected to keep its word', () => {
  /** [the verb, the words reported, the stance]. */
  const cases: [string, string, Stance][] = [
    ['said', 'Freedonia expects Sylvania to live up to its commitments', 'calls-for'],
    ['said', 'the bloc expected Ruritania to honour the agreement signed in May', 'calls-for'],
    ['added', 'Fredonburg expects both sides to comply with their obligations under the truce', 'calls-for'],
    // A forecast, an expectation of no one, one's own plan and a doubt call for nothing.
    ['said', 'the bank expects prices to rise next year', 'other'],
    ['said', 'Sylvania is expected to honour its commitments', 'other'],
    ['said', 'it expects the talks to resume next week', 'other'],
    ['said', 'nobody expects Sylvania to keep its word', 'other'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(reported(verb, words)).toBe(stance);
  });
});
