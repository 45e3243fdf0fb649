import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` a side says in its own voice, with `verb`. */
function own(words: string, verb = 'added'): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true });
}

describe('care of people taken on', () => {
  /** [the words said, the stance]. */
  const cases: [string, Stance][] = [
    ['I, our government and our army will take full responsibility for them and raise them well.', 'pledges'],
    ['Our navy will take care of the survivors until they reach port.', 'pledges'],
    ['The ministry shall take responsibility for the safety of the returnees.', 'pledges'],
    // The side's force foretold still threatens; a charge laid still condemns.
    ['Our army will strike their bases again.', 'threatens'],
    ['Sylvania must take responsibility for the deaths of the sailors.', 'condemns'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(own(words)).toBe(stance);
  });

  it('does not take a deed owned for care taken on', () => {
    expect(own('The group will take responsibility for the attack.')).not.toBe('pledges');
  });
});
