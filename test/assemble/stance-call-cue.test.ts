import { describe, expect, it } from 'vitest';
import { CALL, CALL_CUE } from '../../src/lib/assemble/stance.ts';
import { piecedTexts } from '../helpers/pieced-texts.ts';

/**
 * stanceOf asks CALL only of words that hold one of CALL_CUE's words. These tests hold the cue to CALL:
 * wherever CALL matches, the cue must too, or a call would be lost.
 */

/** A clause for each alternative of CALL, in its order, each word of the cue in one clause with no other. */
const CALLS = [
  'a crisis that demands collective action', 'a war which requires a response', 'a war that calls for attention',
  'we expect Ruhl to go', 'it is important to go', 'it is essential for Ruhl to go', 'it is vital to go', 'it is crucial to go',
  'it is necessary to go', 'it is imperative to go', 'Please bring us home', 'Ruhl should go', 'Ruhl must go', 'Ruhl needs to go',
  'Ruhl ought to go', 'Sylvania urges Ruhl', 'we are calling on Ruhl', 'Sylvania insists on it', 'Sylvania proposed to go',
  'Ruhl has to go', 'they have to go', 'the necessity of talks', 'the importance of talks', 'the urgency of talks',
  'there is a need', 'it is high time for Ruhl to go', 'we encourage Ruhl', 'we invite Ruhl', 'Let us go', 'talks are needed',
  'Ruhl requests it', 'Sylvania is pushing Fredonburg to go', 'Sylvania presses Ruhl to go', 'Sylvania wants them to go',
  'the priority now is to go',
];

describe('CALL_CUE', () => {
  it('holds for a clause of each kind of call, in any case', () => {
    for (const clause of CALLS) {
      // Each clause is a call as written, so the list covers every alternative.
      expect(CALL.test(clause), clause).toBe(true);
      for (const text of [clause, clause.toUpperCase(), clause.replace(/s/g, 'ſ').replace(/k/g, '\u212a'), clause.replace(/ /g, '\n')]) {
        if (!CALL.test(text)) continue;
        expect(CALL_CUE.test(text), text).toBe(true);
      }
    }
  });

  it('holds wherever CALL matches in generated clauses', () => {
    // The calls cut into words, with words that only come near them.
    const PIECES = [...new Set(CALLS.flatMap((clause) => clause.split(' ')))].concat(['said', 'the', 'Anna Berg', ',', '.', '“', 'ſ', '\n']);
    let calls = 0;
    for (const text of piecedTexts(PIECES, 50000, { seed: 11, minPieces: 2, maxPieces: 7, between: 0.8 })) {
      if (!CALL.test(text)) continue;
      calls++;
      expect(CALL_CUE.test(text), text).toBe(true);
    }
    expect(calls).toBeGreaterThan(100);
  });
});
