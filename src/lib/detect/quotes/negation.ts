/**
 * Negating auxiliaries before a speech verb: "has not confirmed", "declined to comment". A negated
 * report is still the speaker's position (that they do not confirm); the assemble stage keeps the
 * auxiliary in the statement's verb, so no page shows it as an assertion.
 */
import type { SentenceView } from './types.ts';

/**
 * Auxiliaries that negate the verb after them: "did not", "has yet to", "declined to", "would never", "would neither",
 * "did not officially", ", without", "was unable to", "did not wish to", and "neither" alone before its verb
 * ("Berg neither confirmed nor denied").
 */
const NEGATING_AUXILIARY =
  /(?:\b(?:do|does|did|has|have|had|would|could|will|can)\s+(?:not|never|neither)(?:\s+yet)?|\b(?:do|does|did|has|have|had|would|could|wo|ca)n['’]t(?:\s+yet)?|\b(?:has|have|had|is|are|was|were)\s+yet\s+to|\bcannot|\b(?:declined|refused|failed)\s+to|\b(?:is|are|was|were|been)\s+(?:unable|not\s+able)\s+to|\b(?:do|does|did)(?:\s+not|n['’]t)\s+(?:wish|want)\s+to|\bnever|\bneither|,\s*without)(?:\s+[a-z]+ly)?\s+$/i;

/**
 * "was unable to verify the timing": an inability to check is the teller's caveat on their own account
 * (the corpus conventions: an outlet's caveat is no statement), not a position withheld.
 */
const UNABLE_TO_CHECK = /\b(?:unable|able)\s+to(?:\s+[a-z]+ly)?\s+$/i;
const CHECKING_VERB = /^verify/i;

/** Where the negating auxiliary right before the verb that starts at `verbStart` begins, or null. */
export function negatingAuxiliaryAt(view: SentenceView, verbStart: number): number | null {
  const match = NEGATING_AUXILIARY.exec(view.masked.slice(Math.max(view.start, verbStart - 30), verbStart));
  if (match && UNABLE_TO_CHECK.test(match[0]) && CHECKING_VERB.test(view.masked.slice(verbStart, verbStart + 6))) return null;
  return match ? verbStart - match[0].length : null;
}

/** Whether a negating auxiliary stands right before the verb that starts at `verbStart`. */
export function negatedAt(view: SentenceView, verbStart: number): boolean {
  return negatingAuxiliaryAt(view, verbStart) !== null;
}
