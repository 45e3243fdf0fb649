import { describe, expect, it } from 'vitest';
import { THREAT, THREAT_CUE } from '../../src/lib/assemble/stance.ts';
import { piecedTexts } from '../helpers/pieced-texts.ts';

/**
 * stanceOf asks THREAT only of a clause that holds one of THREAT_CUE's words. These tests hold the cue
 * to THREAT: wherever THREAT matches, the cue must too, or a threat would be lost.
 */

/** A clause for each alternative of THREAT, in its order. */
const THREATS = [
  'Freedonia will impose new sanctions', 'he’d consider imposing sanctions', 'Sylvania reserved the right to react',
  'we would not hesitate to use force', 'that is why we attack', 'we can sink them', 'this will not deter Sylvania from acting',
  'the navy would continue to block the port', 'the ships have now become legitimate targets',
  'the aggression will not go unanswered', 'Fredonburg will pay a heavy price', 'they will bear the full consequences',
  'they would bear full responsibility for the consequences', 'the ships are now considered targets',
  'any attack would be met with force', 'of a swift military response', 'the reply will be very painful',
  'our forces will act', 'the group would keep attacking', 'the ships will be targeted', 'all hostile targets',
  'all options remain on the table', 'Freedonia will not stand idly by', 'we will not remain silent',
  'they will face a harsh response', 'the response to this attack is inevitable', 'they will regret it',
  'i will escalate', 'to expand the attacks',
  // Alternatives again, each with one cue word only.
  'us to strike', 'of reprisals', 'of retaliation', 'to intensify operations', 'to widen strikes', 'it shall not pass unanswered', 'our naval operations will not stop', 'we will not halt the attacks',
];

describe('THREAT_CUE', () => {
  it('holds for a clause of each kind of threat, in any case', () => {
    for (const clause of THREATS) {
      for (const text of [clause, clause.toUpperCase(), clause.replace(/s/g, 'ſ')]) {
        if (!THREAT.test(text)) continue;
        expect(THREAT_CUE.test(text), text).toBe(true);
      }
      // Each clause is a threat as written, so the list covers every alternative.
      expect(THREAT.test(clause), clause).toBe(true);
    }
  });

  it('holds wherever THREAT matches in generated clauses', () => {
    // The threats cut into words, with words that only come near them.
    const PIECES = [...new Set(THREATS.flatMap((clause) => clause.split(' ')))].concat(['said', 'the', 'Ruhl', ',', '.', 'ſ', 'é']);
    let threats = 0;
    for (const text of piecedTexts(PIECES, 50000, { seed: 3, minPieces: 2, maxPieces: 8, between: ' ' })) {
      if (!THREAT.test(text)) continue;
      threats++;
      expect(THREAT_CUE.test(text), text).toBe(true);
    }
    expect(threats).toBeGreaterThan(100);
  });
});
