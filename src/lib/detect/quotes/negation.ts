/**
 * Negating auxiliaries before a speech verb: "has not confirmed", "declined to comment". A negated
 * report is still the speaker's position (that they do not confirm); the assemble stage keeps the
 * auxiliary in the statement's verb, so no page shows it as an assertion.
 */
import type { SentenceView } from './types.ts';

/**
 * Auxiliaries that negate the verb after them: "did not", "has yet to", "declined to", "would never", "would neither",
 * "did not officially", ", without", and "neither" alone before its verb ("Berg neither confirmed nor denied").
 */
const NEGATING_AUXILIARY =
  /(?:\b(?:do|does|did|has|have|had|would|could|will|can)\s+(?:not|never|neither)(?:\s+yet)?|\b(?:do|does|did|has|have|had|would|could|wo|ca)n['’]t(?:\s+yet)?|\b(?:has|have|had|is|are|was|were)\s+yet\s+to|\bcannot|\b(?:declined|refused|failed)\s+to|\bnever|\bneither|,\s*without)(?:\s+[a-z]+ly)?\s+$/i;

/** Where the negating auxiliary right before the verb that starts at `verbStart` begins, or null. */
export function negatingAuxiliaryAt(view: SentenceView, verbStart: number): number | null {
  const match = NEGATING_AUXILIARY.exec(view.masked.slice(Math.max(view.start, verbStart - 30), verbStart));
  return match ? verbStart - match[0].length : null;
}

/** Whether a negating auxiliary stands right before the verb that starts at `verbStart`. */
export function negatedAt(view: SentenceView, verbStart: number): boolean {
  return negatingAuxiliaryAt(view, verbStart) !== null;
}
