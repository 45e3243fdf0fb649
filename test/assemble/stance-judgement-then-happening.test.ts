import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A judgement of how things are, conceded, then a happening told after its "but": the statement tells the
 * happening (confirms), as one whose judgement is conceded with "while" does. A judgement again after the
 * "but", or an explanation before it, still judges or explains (other).
 */
describe('a judgement conceded, then a happening told after "but"', () => {
  /** [words a side said, the stance]. */
  const cases: [string, Stance][] = [
    ['The situation on the front is difficult, but our forces repelled four attacks near Marsh City', 'confirms'],
    ['The night was very tense, but the convoy reached the port at dawn', 'confirms'],
    ['The situation at sea remains complex, but our crews continue to escort the convoys', 'confirms'],
    ['Conditions in the camps are very hard, but the agency delivered tents to four thousand families', 'confirms'],
  ];
  /** A judgement again after the "but", or no judgement before it. */
  const nearMisses = [
    'The talks were difficult, but we are pleased with the outcome',
    'The situation is tense, but calm',
    'It was hard, but it was worth it',
    'The crews are exhausted, but they remain motivated',
    'The visit was officially meant to open the bridge, but the two leaders were also due to discuss the border',
  ];
  const stance = (words: string): Stance => stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true });
  it.each(cases)('%s', (words, expected) => {
    expect(stance(words)).toBe(expected);
  });
  it.each(nearMisses)('%s', (words) => {
    expect(stance(words)).toBe('other');
  });
});
