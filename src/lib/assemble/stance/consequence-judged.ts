/** A condition's consequence that only feels or weighs worth, with nothing foretold to befall anyone. Generic English. */

/** Words of feeling or of worth that foretell no harm: "grateful", "happy", "effective", "useful", "pointless". */
const FEELING_OR_WORTH = String.raw`(?:grateful|thankful|happy|glad|pleased|delighted|proud|satisfied|effective|ineffective|useful|useless|helpful|unhelpful|productive|fruitful|beneficial|welcome|appropriate|wise|reasonable|sensible|worthwhile|pointless|meaningless)`;

/** A word that grades the one after it: "extremely", "very", "so". */
const GRADE = String.raw`(?:(?:\p{Ll}+ly|very|so|most|quite|truly)\s+)?`;

/**
 * A consequence whose predicate is a word of feeling or worth, alone or paired, closing its clause:
 * "(if they accepted me,) I would be extremely grateful", "(if such a meeting were convened,) it would not
 * be effective or useful", "I would be very happy (if the talks resumed)" (not "it would be catastrophic",
 * "the region will be unstable", "they would be fair targets", "it would be useful to send troops": a harm
 * foretold, a noun, or an act judged, which the consequence rules read).
 */
const JUDGED_OR_FELT = new RegExp(
  String.raw`\b(?:would|will)\s+(?:not\s+|never\s+)?be\s+${GRADE}${FEELING_OR_WORTH}(?:\s+(?:or|and|nor)\s+${GRADE}${FEELING_OR_WORTH})?\s*(?:[.,;!]|$|\b(?:if|unless|should|were)\b)`,
  'u',
);

/** Whether a condition's consequence only feels or weighs worth (JUDGED_OR_FELT), read only where "be" is. */
export function consequenceJudged(consequence: string): boolean {
  return /\bbe\b/.test(consequence) && JUDGED_OR_FELT.test(consequence);
}
