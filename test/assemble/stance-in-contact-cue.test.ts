import { describe, expect, it } from 'vitest';
import { IN_CONTACT, IN_CONTACT_CUE } from '../../src/lib/assemble/stance.ts';
import { piecedTexts } from '../helpers/pieced-texts.ts';

/**
 * stanceOf asks IN_CONTACT only of a clause that holds "with". These tests hold the cue to IN_CONTACT:
 * wherever IN_CONTACT matches, the cue must too, or contact kept would be told as a confirmation.
 */

/** A clause for each alternative of IN_CONTACT, in its order. */
const CONTACTS = ['it was in contact with the tanker', 'Sylvania is in close touch with Ruhl', 'is coordinating with the Red Cross', 'in constant communication with all parties'];

describe('IN_CONTACT_CUE', () => {
  it('holds for a clause of each kind of contact, in any case', () => {
    for (const clause of CONTACTS) {
      expect(IN_CONTACT.test(clause), clause).toBe(true);
      for (const text of [clause, clause.toUpperCase()]) {
        expect(IN_CONTACT.test(text), text).toBe(true);
        expect(IN_CONTACT_CUE.test(text), text).toBe(true);
      }
    }
  });

  it('holds wherever IN_CONTACT matches in generated clauses', () => {
    // The clauses cut into words, with words that only come near them ("within", "withdraw").
    const PIECES = [...new Set(CONTACTS.flatMap((clause) => clause.split(' ')))].concat(['within', 'withdraw', 'WITH', 'said', 'Anna Berg', ',', '.']);
    let contacts = 0;
    for (const text of piecedTexts(PIECES, 50000, { seed: 7, minPieces: 2, maxPieces: 7, between: 0.8 })) {
      if (!IN_CONTACT.test(text)) continue;
      contacts++;
      expect(IN_CONTACT_CUE.test(text), text).toBe(true);
    }
    expect(contacts).toBeGreaterThan(100);
  });
});
