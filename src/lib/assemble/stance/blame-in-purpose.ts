/** Words of blame only in what a told act was for or what it put an end to. Generic English. */
import { condemnable } from './condemnation.ts';

/**
 * Where the act told gives way to what it was for or what it ended: a purpose ("(the operation has been
 * launched) in order to ensure …, suppression of provocations", "(warships had been operating) to secure
 * the routes, combat piracy"), or an act of ending in a participle ("(the army defeated the raiders),
 * putting an end to the criminal incursion") (not "to condemn", "to punish", acts of blame themselves; nor
 * "…, ending the truce", whose end may be the blame).
 */
const PURPOSE_OR_END =
  /\b(?:in\s+order\s+)?to\s+(?:\p{Ll}+ly\s+)?(?:ensure|secure|protect|restore|stop|suppress|prevent|combat|counter|repel|end|halt|defend|deter|uphold|enforce|neutrali[sz]e|disarm|eliminate|thwart|safeguard|guarantee)\b|,\s*(?:thereby\s+|thus\s+)?(?:putting\s+an\s+end\s+to|repelling|thwarting|foiling|suppressing|neutrali[sz]ing)\b/u;

/**
 * A happening told as done, in the words before the purpose: "has been launched", "were carried out",
 * "had been operating", "defeated", "began" (not "will be launched", "should stop", what is to come or
 * asked).
 */
const DONE =
  /\b(?:(?:has|have|had)\s+been\s+\p{Ll}+(?:ed|ing|en)|(?:was|were)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)|(?:has|have|had)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed|\p{Ll}{3,}ed|began|took|struck|fought|drove|won|sent)\b/u;

/**
 * A wrong named as what the act is against, up to the next comma, "and", or preposition of manner or place:
 * "suppression of large-scale provocations", "combat piracy", "putting an end to the criminal provocation",
 * "liberated from occupation", "protect the crews from terrorist attacks" (not "suppress the protesters in
 * a criminal massacre", "end the truce with a criminal attack", where the blame names how the act itself
 * was done, which the words left after this one still hold).
 */
const WRONG_OPPOSED =
  /\b(?:suppress(?:ion|ing)?|combat(?:ing)?|counter(?:ing)?|repel(?:ling)?|stop(?:ping)?|prevent(?:ion|ing)?|halt(?:ing)?|thwart(?:ing)?|foil(?:ing)?|neutrali[sz](?:e|ation|ing)|eliminat(?:e|ion|ing)|(?:putting\s+)?an\s+end\s+to|end(?:ing)?|liberat\w*\s+from|(?:protect|defend|shield|safeguard)\w*\s+(?:[^\s,;]+\s+){0,4}?from|against)\s+(?:of\s+)?(?:(?!(?:in|with|by|during|through|using|at|on|and|or)\b)[^\s,;]+\s*){1,6}/giu;

/** What is to come, asked or possible: no act told. */
const NOT_DONE = /\b(?:will|would|shall|should|must|could|may|might|can|to\s+be)\b/i;

/** The first sentence's end, as the stance reads sentences. */
const FIRST_SENTENCE_END = /(?<!(?:^|[\s./])\p{Lu})[.!?][”"’]?\s+(?=[“"‘]?\p{Lu})/u;

/**
 * Whether the words tell an act done whose only words of blame stand in what it was for or what it put an
 * end to (PURPOSE_OR_END), and there only as the wrongs it is against (WRONG_OPPOSED), the other side's
 * deeds that the act answers: the statement tells the act; it does not condemn. Blame before the purpose,
 * beside the wrongs opposed, or in a later sentence still condemns.
 */
export function blameInPurposeOnly(words: string): boolean {
  const end = FIRST_SENTENCE_END.exec(words);
  const first = end ? words.slice(0, end.index) : words;
  const turn = PURPOSE_OR_END.exec(first);
  if (!turn) return false;
  const act = first.slice(0, turn.index);
  const beyondTheWrongs = first.slice(turn.index).replace(WRONG_OPPOSED, ' ');
  return DONE.test(act) && !NOT_DONE.test(act) && !condemnable(act) && !condemnable(beyondTheWrongs) && !(end && condemnable(words.slice(end.index + end[0].length)));
}
