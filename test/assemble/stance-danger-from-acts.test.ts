import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A danger laid at the door of someone's acts ("the risk to shipping caused by these actions") blames
 * them (`condemns`), as "put lives at risk" does; a danger from no one's acts, or a danger answered,
 * blames no one.
 */

/** [the words said, whether they are the writer's report (else a quotation), the stance]. */
type Case = [string, boolean, Stance];

/** The stance of `words` said by a side, with "said". */
function said(words: string, reported: boolean): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported, forASide: true });
}

describe('a danger laid at the door of acts', () => {
  const cases: Case[] = [
    ['This latest round of attacks is yet another demonstration of the great risk to international shipping caused by these rebel actions', false, 'condemns'],
    ["The threat posed by Sylvania's attacks on our ports grows every day", false, 'condemns'],
    // No one's acts, or a danger answered: no blame.
    ['the threat posed by the storm to coastal towns has eased', true, 'confirms'],
    ['the strikes were a response to the threat posed by the group’s attacks', true, 'other'],
  ];
  it.each(cases)('%s', (words, reported, stance) => {
    expect(said(words, reported)).toBe(stance);
  });
});
