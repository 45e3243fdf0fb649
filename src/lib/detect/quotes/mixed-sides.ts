/**
 * "“…,” said Ruhl, after Berg accused Sylvania of “hiding” the boats." ¶ "“…”": a sentence that quotes
 * speakers of two sides leaves no one speaker a bare quotation after it goes on with. Either may be
 * meant, and crediting the words to the wrong side is the worst error; the quotation is left
 * unattributed. So is a "he added" in the sentence after one that quotes persons of two sides.
 */
import type { StatementMention } from './types.ts';

/**
 * Whether a sentence's statements quote speakers of more than one government; with `persons`, named
 * persons only (those a later "he" or "she" may mean).
 */
export function quotesSeveralSides(said: readonly StatementMention[], persons = false): boolean {
  let side: string | null = null;
  for (const m of said) {
    if (m.kind !== 'quote' || m.resolvedBy === 'none' || m.government === null || (persons && m.speaker.name === null)) continue;
    if (side !== null && m.government !== side) return true;
    side = m.government;
  }
  return false;
}
