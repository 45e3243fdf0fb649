/** A question that reproaches a party's absence: a condemnation asked, not a question. Generic English. */

/**
 * "Where is Freedonia? Where is the Council?", "Everyone says they care about us, but where are they?",
 * "Where were you?": asked of a party by name, or of "they", "you", the world or the international
 * community, with nothing after it, the question reproaches the party for not being there (not "Where are
 * the refugees going?", "Where is the ship now?", "Where is the nearest shelter?", questions that seek a
 * place; nor "Where is Freedonia on this issue?", which asks a position).
 */
const ABSENCE_REPROACHED =
  /(?:^\W*|[.!?]\s+[“"‘]?|\bbut\s+)[Ww]here\s+(?:is|are|was|were|has|have)\s+(?:been\s+)?(?:they|you|the\s+(?:world|international\s+community|West|United\s+Nations)|(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*\?/u;

/** Whether the words ask where a party is, in reproach (ABSENCE_REPROACHED), read only where "where" is. */
export function absenceReproached(words: string): boolean {
  return /where/i.test(words) && ABSENCE_REPROACHED.test(words);
}
