/**
 * Thanks with a proposition: "thanked Berg for sending the boats" says the boats were sent, in the
 * thanker's words; "thanked the crews", "thanked the crews for their work" are thanks alone.
 */

/** Words in -ing after "for" that are nouns, not what was done: "thanked Berg for everything", "for the meeting". */
const NOUN_IN_ING = new Set(['nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'meeting', 'briefing', 'hearing', 'building', 'ceiling', 'clothing', 'wedding', 'offering', 'blessing', 'greeting', 'feeling', 'funding', 'shipping', 'housing', 'training']);

/**
 * After "thanked": the thanked party and its setting in up to eight words without punctuation (not a
 * relative clause, a joiner or a quotation: "thanked the units that took part in …" is thanks alone),
 * then "for" and a verb in -ing, an adverb or "not" allowed before it.
 */
const PARTY_THEN_ACT =
  /^\s+(?:(?!(?:that|who|whom|which|whose|and|but|as|while|when|after|before|because|since)\s)[\p{L}\d'’.-]+\s+){0,8}?for\s+((?:(?:\p{Ll}+ly|not)\s+)?(\p{Ll}{2,}ing))\b/u;

/**
 * Where the act thanked for starts, as an offset into `after` (the words after "thanked"): "thanked
 * Berg on Monday for (quickly) sending …" → the offset of the word after "for". Null for thanks alone.
 */
export function thankedActOffset(verb: string, after: string): number | null {
  if (verb.toLowerCase() !== 'thanked') return null;
  const match = PARTY_THEN_ACT.exec(after);
  const act = match?.[1];
  if (!match || act === undefined || NOUN_IN_ING.has(match[2] as string)) return null;
  return match.index + match[0].length - act.length;
}
