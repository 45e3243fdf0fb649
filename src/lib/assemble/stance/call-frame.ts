/**
 * A quotation the writer's own words set as what someone is asked to do: "vessels were advised to “transit
 * with caution”", "residents are urged to “stay indoors”", "the bloc called today to urgently ensure
 * “continuous support”", "calling on the rebels to “cease their attacks”", "the peacekeepers should “take
 * clear steps”". The quoted words are the call; read alone they would tell, name or condemn. Generic English.
 */
import { writerClauseBefore } from './clause.ts';

/**
 * The words right before a quotation that ask for it: a passive of advice or request ("were advised to",
 * "is urged to", "are asked to"), or a call made ("called today to", "called on the rebels to", "calling for
 * all sides to"), each perhaps with an adverb and the verb whose object the quotation is ("to urgently
 * ensure"). Not "was forced to", "were sent to" (compulsion or motion told), nor "was called to the scene"
 * (a passive of summons), nor "calls to the hotline" (a noun).
 */
const CALL_FRAME =
  /(?:\b(?:is|are|was|were|been|being)\s+(?:\p{Ll}+ly\s+|also\s+|again\s+|now\s+)?(?:advised|urged|asked|requested|instructed|encouraged|called\s+(?:on|upon))|(?<!\b(?:is|are|was|were|been|being)\s+)\bcall(?:s|ed|ing)\s+(?:(?:today|again|yesterday|(?:on|upon)\s+[^.;:“”"]{1,60}?|for\s+[^.;:“”"]{1,40}?)\s+)?)\s*to\s+(?:\p{Ll}+ly\s+)?(?:(?!the\b|a\b|an\b)\p{Ll}+\s+)?$/u;

/**
 * A modal of obligation right before a quotation, of a party other than the speaker: "the peacekeepers
 * should “take clear steps”", "all parties must “refrain from …”". Not the speaker's own ("we must “…”",
 * a duty taken on), nor an inference about the past ("must have “…”"), nor a modal inside the quotation.
 */
const OBLIGATION_FRAME = /(?<!\b(?:we|I|us)\s+)\b(?:should|must|ought\s+to|needs?\s+to)\s+(?:\p{Ll}+ly\s+|also\s+|now\s+|not\s+)?$/u;

/** Whether the quotation opening at `quoteStart` (its opening mark) stands where the writer's words ask for it (CALL_FRAME, OBLIGATION_FRAME). */
export function quotedAsCalledFor(paragraphText: string, quoteStart: number): boolean {
  if (quoteStart < 0) return false;
  const clause = writerClauseBefore(paragraphText, quoteStart, 120);
  if (/\b(?:should|must|ought|needs?)\s+\S*\s*$/.test(clause) && OBLIGATION_FRAME.test(clause) && !/^\W*have\b/.test(paragraphText.slice(quoteStart + 1, quoteStart + 12))) return true;
  return /\b(?:advised|urged|asked|requested|instructed|encouraged|call(?:s|ed|ing))\b/.test(clause) && CALL_FRAME.test(clause);
}
