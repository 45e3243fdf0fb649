import { describe, expect, it } from 'vitest';
import { EXPLANATION, EXPLANATION_CUE } from '../../src/lib/assemble/stance.ts';
import { piecedTexts } from '../helpers/pieced-texts.ts';

/**
 * stanceOf asks EXPLANATION only of a clause that holds one of EXPLANATION_CUE's words. These tests
 * hold the cue to EXPLANATION: wherever EXPLANATION matches, the cue must too, or an explanation would
 * be told as a confirmation.
 */

/** A clause for each alternative of EXPLANATION, in its order, each of its words in one clause with no other cue word. */
const EXPLANATIONS = [
  'this only made the crews fight harder', 'that makes sense', 'we are really talking about Sylvania',
  'owing to the storm', 'based on the report', 'guided by the treaty', 'the strikes are carried out in self-defense',
  'the strikes are in self-defence', 'the strikes are in direct response to the attack', 'they are in reaction to it',
  'the raids are in retaliation to the shelling', 'that is why we act', 'our participation is to ensure calm',
  'the patrol is to protect the port', 'the aid is to provide food', 'it was only to help', 'it is to support them',
  'it is to prevent a war', 'the fleet is to deter Ruhl', 'the army is to defend Fredonburg', 'the cases are related to the war',
  'the raids were closely linked to the talks', 'this is a response to the shelling', 'it was a direct reaction to it',
  'the losses are the result of the raid', 'they were a consequence of the war', 'it is designed for Ruhl',
  'they were intended for the navy', 'the drills are meant for the navy', 'the priority of the Freedonia government is',
  'our aim is', 'the goal was', 'the purpose of the mission is', 'its objective is',
];

describe('EXPLANATION_CUE', () => {
  it('holds for a clause of each kind of explanation, in any case', () => {
    for (const clause of EXPLANATIONS) {
      // Each clause is an explanation as written, so the list covers every alternative.
      expect(EXPLANATION.test(clause), clause).toBe(true);
      for (const text of [clause, clause.toUpperCase(), clause.replace(/s/g, 'ſ').replace(/k/g, '\u212a')]) {
        if (!EXPLANATION.test(text)) continue;
        expect(EXPLANATION_CUE.test(text), text).toBe(true);
      }
    }
  });

  it('holds wherever EXPLANATION matches in generated clauses', () => {
    // The explanations cut into words, with words that only come near them.
    const PIECES = [...new Set(EXPLANATIONS.flatMap((clause) => clause.split(' ')))].concat(['said', 'the', 'Anna Berg', ',', '.', ';', 'ſ']);
    let explanations = 0;
    for (const text of piecedTexts(PIECES, 50000, { seed: 5, minPieces: 2, maxPieces: 7, between: ' ' })) {
      if (!EXPLANATION.test(text)) continue;
      explanations++;
      expect(EXPLANATION_CUE.test(text), text).toBe(true);
    }
    expect(explanations).toBeGreaterThan(100);
  });
});
