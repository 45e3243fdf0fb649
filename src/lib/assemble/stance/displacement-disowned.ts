/** People's forced departure disowned: a charge of expulsion turned away. Generic English. */

/**
 * A verb of driving people from a place, after the negation: "forced (from their homes)", "forced" ending the
 * words, "force them to leave", "expel", "deported", "drive them out" (not "forced back", "force the pace").
 */
const DISPLACING = String.raw`(?:forc(?:e|es|ed|ing)(?:\s*(?=$|[.;,!?”"’)])|(?:\s+(?!to\b)[\p{L}’'-]+){0,4}?\s+(?:to\s+(?:leave|flee|go|move|abandon|depart|quit)|out|from)\b)|(?:expel(?:s|led|ling)?|deport(?:s|ed|ing)?|evict(?:s|ed|ing)?|dr(?:ive|ives|ove|iven|iving)\s+(?:[\p{L}’'-]+\s+){0,3}?out|push(?:es|ed|ing)?\s+(?:[\p{L}’'-]+\s+){0,3}?out)\b)`;

/**
 * People's forced departure disowned by whoever is charged with it: "(said) people leaving Marsh City
 * haven’t been forced from their homes", "Sylvania does not aim to force the residents to leave", "we did
 * not expel anyone", "nobody is forcing them out", "they were not deported" — a "no" that rejects a charge
 * of expulsion, so denies (not "no one should be forced to leave their home", a call; nor "the residents
 * were forced to flee", told; nor "the port has not been forced to close", no one driven out).
 */
const DISPLACEMENT_DISOWNED = new RegExp(
  String.raw`\b(?:(?:do|does|did|is|are|am|was|were|has|have|had)(?:\s+not|n['’]t)|never)\s+(?:(?:\w+ly|been|being|(?:aim|aims|aiming|intend|intends|intending|seek|seeks|seeking|plan|plans|planning|want|wants|wanting|trying)\s+to)\s+){0,2}${DISPLACING}|^\W*(?:that\s+)?(?:nobody|no\s+one|no-one)\s+(?:is|was|has\s+been|had\s+been|has|had)?\s*(?:being\s+|been\s+)?${DISPLACING}`,
  'iu',
);

/** Whether the clause disowns people's forced departure (DISPLACEMENT_DISOWNED), read only where a verb of it is. */
export function displacementDisowned(clause: string): boolean {
  return /forc|expel|deport|evict|dr[io]v|push/i.test(clause) && DISPLACEMENT_DISOWNED.test(clause);
}
