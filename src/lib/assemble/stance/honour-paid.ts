/** Honour paid by a party, told as a happening. Generic English. */

/**
 * A party's act of honouring told as done, its words of honour only the act's name or object: "Berg has
 * publicly honoured the pilots lost over Freedonia", "the president paid tribute to the fallen at a
 * ceremony", "Marshal Weiss decorated the crews", and a gathering held to honour them, "the gathering took
 * place on Sunday to honour the crews", "a ceremony was held to commemorate the victims" (not "we
 * honour the heroes", "they fought with honour", the speaker's own praise or praise of how; nor "will
 * honour the fallen", "the monument will serve to honour the victims", what is to come; nor "has not
 * honoured its promises", a failing; nor "is honoured to host the talks", "felt deeply honoured", a feeling).
 */
const HONOUR_PAID =
  /^\W*(?:that\s+)?(?!(?:i|we|you)\b)(?:(?!(?:will|would|shall|must|should|can|could|may|might|be|to|not|never)\b)[\p{L}.'’-]+\s+){1,6}?(?:(?:has|have|had)\s+)?(?:\p{Ll}+ly\s+|also\s+|then\s+|later\s+)*(?<!\b(?:feels?|felt|am|is|are|be|being)\s+(?:\p{Ll}+ly\s+)?)(?:honou?red|paid\s+(?:(?:a|his|her|its|their)\s+)?(?:\p{Ll}+\s+)?(?:tribute|homage|respects?)|decorated|commemorated|laid\s+(?:a\s+)?wreaths?)\s+(?!to\b|(?:its|their|his|her)\s+(?:promises?|commitments?|pledges?|word|obligations?)\b)|\b(?:took\s+place|(?:was|were)\s+(?:held|organi[sz]ed|staged))\b[^.;]{0,60}?\bto\s+(?:honou?r|commemorate|pay\s+(?:tribute|homage))\b/iu;

/** Whether the clause tells honour paid by a party (HONOUR_PAID), read only where a word of honouring is. */
export function honourPaidTold(clause: string): boolean {
  return /hono|tribute|homage|respect|decorated|commemorat|wreath/i.test(clause) && HONOUR_PAID.test(clause);
}
