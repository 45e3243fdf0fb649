import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A word of judgement or feeling inside a relative clause of the subject ("those who are scared") picks
 * out who is meant; the clause's own predicate decides. Told, it confirms; a judgement as the predicate
 * still judges (other).
 */
describe('a judgement inside the subject\'s relative clause', () => {
  /** [words a side said, the stance]. */
  const cases: [string, Stance][] = [
    ['those who are scared are of course free to leave the island', 'confirms'],
    ['residents who are frightened left through the corridor on Monday', 'confirms'],
    ['the sailors who were exhausted were flown to Marsh City', 'confirms'],
    ['families which are hungry received food parcels from the Ostmark agency', 'confirms'],
  ];
  /** The predicate itself judges, or the judgement stands with no relative clause. */
  const nearMisses = [
    'those who stayed are very tired',
    'the residents are frightened',
    'those who left the town are afraid to return',
    'the sailors who reached the port were exhausted',
  ];
  const stance = (words: string): Stance => stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
  it.each(cases)('%s', (words, expected) => {
    expect(stance(words)).toBe(expected);
  });
  it.each(nearMisses)('%s', (words) => {
    expect(stance(words)).toBe('other');
  });
});
