import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { leadingClause } from '../../src/lib/assemble/stance/clause.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` reported of a side with "said". */
function reported(words: string): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

describe('a participle after a comma that glosses what was said is the writer’s, not the speaker’s', () => {
  /** [the words reported, the stance]. */
  const cases: [string, Stance][] = [
    ['its drones hit a cargo ship near the strait, underlining the risks of the route', 'confirms'],
    ['two tankers were struck overnight, underscoring the dangers facing crews', 'confirms'],
    ['the dam had been breached, highlighting the threat to the villages downstream', 'confirms'],
    // The speaker's own danger, with no gloss after a comma, is still warned of.
    ['the route is too dangerous for crews now', 'warns'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(reported(words)).toBe(stance);
  });

  it('cuts the clause at the gloss', () => {
    expect(leadingClause('a ship was hit, underlining the risks')).toBe('a ship was hit');
  });
});
