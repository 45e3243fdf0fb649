import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { responseToForceVowed } from '../../src/lib/assemble/stance/threat.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` reported of a side with `verb`. */
function reported(verb: string, words: string): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

describe('a response vowed to the other side’s force is a threat', () => {
  /** [the verb, the words reported, the stance]. */
  const cases: [string, string, Stance][] = [
    ['vowed', 'to respond to the strikes', 'threatens'],
    ['pledged', 'to respond to any aggression against the island', 'threatens'],
    ['promised', 'to respond to the latest air strikes on its ports', 'threatens'],
    ['vowed', 'to respond to these attacks at a time of its choosing', 'threatens'],
    // Help or an answer, and restraint, are not force.
    ['vowed', 'to respond to the needs of the displaced families', 'pledges'],
    ['pledged', 'to respond to the humanitarian crisis in the valley', 'pledges'],
    ['promised', 'to respond to the questions of the committee', 'pledges'],
    ['vowed', 'not to respond to the provocation', 'pledges'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(reported(verb, words)).toBe(stance);
  });

  it('is read only where "respond to" is', () => {
    expect(responseToForceVowed('to answer the strikes')).toBe(false);
    expect(responseToForceVowed('will respond to the shelling of the town')).toBe(true);
  });
});
