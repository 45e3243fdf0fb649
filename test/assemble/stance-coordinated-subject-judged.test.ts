import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` quoted from a side's official. */
function said(words: string): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true });
}

/**
 * "The long journey, and the crowding at the border are hard on people": a judgement whose subject's
 * parts are joined by commas and "and" judges, as the same subject joined by "and" alone does. A part
 * with a verb of its own tells a happening first ("the convoy arrived, and …"), and a subject that is
 * told of ("…, and the bridge were destroyed") is not judged.
 */
describe('a judgement of a subject whose parts a comma joins', () => {
  it.each([
    ['The long journey, and the crowding at the border are hard on people.', 'other'],
    ['The heat, the dust, and the waiting are difficult for the children.', 'other'],
    ['The damaged bridge, and the flooded road are hard to cross.', 'other'],
  ])('%s', (words, stance) => {
    expect(said(words)).toBe(stance);
  });

  it.each([
    ['The convoy arrived, and the crossing is difficult.', 'confirms'],
    ['The shelling stopped, the roads reopened, and the mood is good.', 'confirms'],
    ['The road, and the bridge were destroyed.', 'confirms'],
  ])('not a happening told first, nor a subject told of: %s', (words, stance) => {
    expect(said(words)).toBe(stance);
  });
});
