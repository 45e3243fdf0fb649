import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` said by a side with `verb`, reported by the writer or quoted. */
function ofASide(verb: string, words: string, reported: boolean): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported, forASide: true });
}

describe('a yielding put on a party as terms ("are to be surrendered", reported "had to disarm") calls for it', () => {
  /** [the verb, the words, whether the writer reports them, the stance]. */
  const cases: [string, string, boolean, Stance][] = [
    ['said', 'all weapons and heavy armaments are to be surrendered', false, 'calls-for'],
    ['stated', 'Sylvanian units had to disarm', true, 'calls-for'],
    ['said', 'the rebel units are to withdraw from the valley', true, 'calls-for'],
    ['said', 'the militia is to lay down its arms and disband', true, 'calls-for'],
    ['said', 'the heavy equipment is to be handed over to the monitors', false, 'calls-for'],
    // A schedule or a plan, a yielding told with its cause, the speaker's own, a thing told done.
    ['said', 'the talks are to be held on Monday', true, 'confirms'],
    ['said', 'the envoy is to visit Marsh City on Tuesday', true, 'confirms'],
    ['said', 'the rebel units are to withdraw from the valley by Friday', true, 'confirms'],
    ['said', 'the army had to withdraw after the shelling', true, 'confirms'],
    ['said', 'we are to withdraw from the valley', false, 'confirms'],
    ['said', 'all the ammunition and heavy equipment is handed over.', false, 'confirms'],
  ];
  it.each(cases)('%s %s', (verb, words, reported, stance) => {
    expect(ofASide(verb, words, reported)).toBe(stance);
  });
});
