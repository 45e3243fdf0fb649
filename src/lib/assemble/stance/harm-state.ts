/** A danger told as the state a thing is in after an act, not warned of. Generic English. */

/**
 * The state a struck thing is told to be in: a vessel "now at risk of sinking", "in danger of capsizing", a
 * strike that "put the freighter at risk of sinking", and targets found to "pose an imminent threat to navy
 * ships" (the ground of a strike, as "presented an imminent threat" is) — told, not warned of (not
 * "children at risk of malnutrition", "the ceasefire is at risk of collapse", "put lives at risk", a danger
 * to people or to a good; nor "poses an imminent threat to regional stability", nor "a growing threat to
 * ships", a danger foretold).
 */
const HARM_STATE =
  /\b(?:(?:is|are|was|were|remains?|left|now)|(?:put|puts|putting|placed|leaving)\s+(?:[\p{L}'’-]+\s+){1,5}?)\s*(?:\p{Ll}+ly\s+|now\s+|still\s+)*(?:at|in)\s+(?:\p{Ll}+\s+)?(?:risk|danger)\s+of\s+(?:\p{Ll}+ly\s+)?(?:sinking|capsizing|foundering)\b|\b(?:poses?|posed|posing|presents?|presented|represents?|represented|constitutes?|constituted)\s+(?:an?\s+)?(?:imminent|immediate)\s+threat\s+to\s+(?!(?:(?:the|its|their|our|regional|global|international|national|public|world)\s+)*(?:security|stability|peace|health|economy|order|sovereignty)\b)/iu;

/** Whether the clause tells a struck thing's state in words of danger (HARM_STATE), read only where "risk", "danger" or "threat" is. */
export function harmToldAsState(clause: string): boolean {
  return /risk|danger|threat/i.test(clause) && HARM_STATE.test(clause);
}
