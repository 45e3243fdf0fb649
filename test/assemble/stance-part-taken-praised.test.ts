import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A part taken in a fight, told before the praise that honours it, is told (confirms); praise of how a
 * duty was done, praise first, or a quotation of the praise alone still praises (other).
 */
describe('a part taken, told before its praise', () => {
  const stance = (words: string, quote: string | null = null): Stance =>
    stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true }, quote);
  const both = 'they took part in “raids alongside Sylvanian sailors during the defence of the port” and “showed great courage and heroism”';

  /** [words a side said, the stance]. */
  const cases: [string, Stance][] = [
    ['the volunteers fought side by side with the garrison and displayed great bravery', 'confirms'],
    ['the Ostmark crews took part in the rescue and showed real heroism', 'confirms'],
    ['Freedonian units participated in the battle for the bridge with courage', 'confirms'],
    [both, 'confirms'],
  ];
  /** Praise of how, praise first, or what a party is: still praise. */
  const nearMisses = [
    'Freedonian soldiers fulfilled their duty with honour and valour',
    'All of you displayed mass heroism in the battle',
    'I consider all the brave soldiers who participated in the operation to be heroes',
    'the sailors showed great courage when they took part in the rescue',
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stance(words)).toBe(expected);
  });
  it.each(nearMisses)('%s', (words) => {
    expect(stance(words)).toBe('other');
  });
  it('reads the quotation of the part taken as told and the quotation of the praise as praise', () => {
    expect(stance(both, 'raids alongside Sylvanian sailors during the defence of the port')).toBe('confirms');
    expect(stance(both, 'showed great courage and heroism')).toBe('other');
  });
});
