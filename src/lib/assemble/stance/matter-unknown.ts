/** A matter told as not yet known or not yet shown, which the statement leaves open. Generic English. */

/**
 * Something said, as the clause's predicate, to be unknown still: "the fate of the 40 passengers is still
 * unknown", "the cause of the fire remains unknown", "their whereabouts are as yet unknown" — as "it is not
 * known" and "it is unclear" leave it (not "an unknown number of people were hurt", "unknown gunmen
 * opened fire", the word naming what was told; nor "the soldier, whose name remains unknown, was
 * captured", a relative clause inside a happening told).
 */
const UNKNOWN_STILL =
  /(?<!\b(?:whose|which|who)\b[^,;.]{0,60})\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+|as\s+yet\s+|so\s+far\s+|also\s+|largely\s+|currently\s+)*unknown\b/i;

/**
 * Evidence said to be lacking as yet, with a word of degree or time: "there's no current evidence of a third
 * deployment", "no clear evidence that the ship was hit" — as "no evidence" leaves it (not "clear evidence of
 * …", evidence cited; nor "no new details", nothing about evidence).
 */
const NO_EVIDENCE_YET = /\bno\s+(?:current|clear|concrete|hard|firm|direct|credible|solid|real|conclusive)\s+evidence\b/i;

/** Whether the clause tells a matter still unknown (UNKNOWN_STILL) or not yet shown (NO_EVIDENCE_YET), read only where "unknown" or "evidence" is. */
export function matterUnknown(clause: string): boolean {
  return (/unknown/i.test(clause) && UNKNOWN_STILL.test(clause)) || (/evidence/i.test(clause) && NO_EVIDENCE_YET.test(clause));
}
