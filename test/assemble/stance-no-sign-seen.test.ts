import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` said by a side with `verb`. */
function said(verb: string, words: string, reported: boolean): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported, forASide: true });
}

describe('no sign seen, told as what there is', () => {
  /** [the verb, the words, whether they are the writer's report (else a quotation), the stance]. */
  const cases: [string, string, boolean, Stance][] = [
    ['stated', 'there are no signs of additional troop deployments', true, 'unconfirmed'],
    ['said', 'There is no indication that the troops have left', false, 'unconfirmed'],
    ['said', 'we see no sign of a withdrawal', false, 'unconfirmed'],
    ['told', 'there have been no indications of a chemical attack so far', true, 'unconfirmed'],
    // An observation or a scene told, and "no indication of where" inside a happening, are still told.
    ['said', 'the hull showed no signs of damage', true, 'confirms'],
    ['said', 'there were no signs of life in the village', true, 'confirms'],
    ['said', 'the ship was seized with no indication of where it was taken', true, 'confirms'],
  ];
  it.each(cases)('%s: %s', (verb, words, reported, stance) => {
    expect(said(verb, words, reported)).toBe(stance);
  });
});
