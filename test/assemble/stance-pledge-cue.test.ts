import { describe, expect, it } from 'vitest';
import { PLEDGE, PLEDGE_CUE } from '../../src/lib/assemble/stance.ts';
import { piecedTexts } from '../helpers/pieced-texts.ts';

/**
 * stanceOf asks PLEDGE only of words that hold one of PLEDGE_CUE's words. These tests hold the cue to
 * PLEDGE: wherever PLEDGE matches, the cue must too, or a promise would be lost.
 */

/**
 * A clause for each alternative of PLEDGE and each word of its lists ("readiness", "intention", "willingness"
 * to), in its order; each word of the cue stands in a clause with no other.
 */
const PLEDGES = [
  'we are sending a team', 'we are now dispatching boats', 'I am deploying', 'we are providing food', 'we are offering aid',
  'we are giving aid', 'we are delivering aid', 'we are extending aid', 'we’ll go', 'we will go', 'we shall go', 'we are going to go',
  'Sylvania remains committed', 'Sylvania remains ready', 'Freedonia is prepared to help', 'Freedonia stands with Sylvania',
  'we support Sylvania', 'Ruhl promised to go', 'Ruhl pledged to go', 'Ruhl vowed to go', 'we spare no effort',
  'do everything possible', 'do all in our power', 'do our utmost', 'Sylvania is determined to go', 'fulfil its obligations',
  'that we reaffirm our solidarity', 'Freedonia has decided to go', 'Freedonia agreed to go', 'its readiness to go', 'its intention to go', 'the willingness to go',
  'Ruhl has plans to go', 'the creation of a fund', 'announced the formation of a unit', 'the establishment of a fund',
];

describe('PLEDGE_CUE', () => {
  it('holds for a clause of each kind of promise, in any case', () => {
    for (const clause of PLEDGES) {
      // Each clause is a promise as written, so the list covers every alternative.
      expect(PLEDGE.test(clause), clause).toBe(true);
      for (const text of [clause, clause.toUpperCase(), clause.replace(/ /g, '\n')]) {
        if (!PLEDGE.test(text)) continue;
        expect(PLEDGE_CUE.test(text), text).toBe(true);
      }
    }
  });

  it('holds wherever PLEDGE matches in generated clauses', () => {
    // The promises cut into words, with words that only come near them.
    const PIECES = [...new Set(PLEDGES.flatMap((clause) => clause.split(' ')))].concat(['said', 'the', 'Anna Berg', ',', '.', "'ll", '\n']);
    let promises = 0;
    for (const text of piecedTexts(PIECES, 50000, { seed: 13, minPieces: 2, maxPieces: 7, between: 0.8 })) {
      if (!PLEDGE.test(text)) continue;
      promises++;
      expect(PLEDGE_CUE.test(text), text).toBe(true);
    }
    expect(promises).toBeGreaterThan(100);
  });
});
