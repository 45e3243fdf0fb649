/** Attempts to lay blame on a party, opposed or rejected: a charge turned away. Generic English. */

/**
 * Opposing or rejecting attempts to blame a party or shift responsibility onto it: "we strongly oppose
 * attempts to blame the situation on Sylvania", "it is categorically against any attempts to shift
 * responsibility to Freedonia", "we reject any efforts to pin the blame on our crews", "we categorically
 * disagree with the attempt to place the responsibility on the Sylvanian side" (not "we oppose attempts to
 * change the borders by force", an act opposed, which condemns; nor "Freedonia is trying to shift
 * responsibility onto Sylvania", the attempt told, which accuses).
 */
const BLAME_SHIFT_REJECTED =
  /\b(?:oppose[sd]?|opposing|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|(?:is|are|am|was|were)\s+(?:\w+ly\s+)?against|disagree[sd]?\s+with|(?:do|does|did|will|would|can)\s*(?:not|n['’]t)\s+accept)\s+(?:any\s+|all\s+|the\s+|such\s+|these\s+|those\s+)?(?:(?:further|new|continued|repeated)\s+)?(?:attempts?|efforts?|tries|moves?)\s+(?:by\s+[^,;]{1,40}?\s+)?to\s+(?:\w+ly\s+)?(?:blame|(?:shift|place|put|lay|pin|pass|cast)\s+(?:the\s+)?(?:blame|responsibility|guilt)|hold\s+[^,;]{1,40}?\s+(?:responsible|accountable))\b/iu;

/** Whether the words oppose or reject attempts to lay blame (BLAME_SHIFT_REJECTED), read only where "blame", "responsib" or "guilt" is. */
export function blameShiftRejected(words: string): boolean {
  return /blame|responsib|accountab|guilt/i.test(words) && BLAME_SHIFT_REJECTED.test(words);
}
