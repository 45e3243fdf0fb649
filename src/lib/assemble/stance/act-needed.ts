/** An act named as crucial for something: a call, though no one is named. Generic English. */

/**
 * The nouns of acts someone should do: support, help, access, dialogue, restraint (not states or things,
 * "trust", "a steady supply of fuel", whose worth is weighed: other, corpus README, "emphasized the
 * importance of X").
 */
const ACT_NOUN = String.raw`(?:support|help|assistance|aid|funding|access|dialogue|cooperation|action|engagement|de-?escalation|restraint|pressure|coordination|diplomacy|negotiations?|talks|protection)`;

/**
 * An act named first and said to be crucial for what follows: "international support is however crucial
 * to maintain this welcome", "dialogue remains essential for a lasting peace", "humanitarian access is vital
 * to reach the people", after a fronted clause too ("If the hosts have been generous, “support is however
 * crucial to …”") — the speaker calls for it, as "it is critical that …" does (not "the port is vital for
 * the economy", nor "confidence and trust are critical before any return", a thing's or a state's worth
 * weighed; nor "support was crucial to the victory", told as past; nor "the situation is critical",
 * nothing needed for anything).
 */
const ACT_NEEDED = new RegExp(
  String.raw`(?:^|,\s*)\W*(?:that\s+)?(?:(?:the|this|such|more|further|greater|continued|international|humanitarian|financial|political|immediate|sustained|our|their|its|mutual)\s+)*${ACT_NOUN}(?:\s*,?\s+(?:and|or)\s+(?:[\p{L}-]+\s+)?${ACT_NOUN})?\s+(?:is|are|remains?|will\s+be)\s+(?:(?:\w+ly|however|also|now|still|therefore|thus)\s+)*(?:crucial|critical|essential|vital|indispensable|paramount|necessary|needed|required|imperative)\s+(?:to|for|before|if|in\s+order\s+to)\b`,
  'iu',
);

/** Whether the clause names an act as crucial for something (ACT_NEEDED), read only where a word of need is. */
export function actNamedNeeded(clause: string): boolean {
  return /crucial|critical|essential|vital|indispensable|paramount|necessary|needed|required|imperative/i.test(clause) && ACT_NEEDED.test(clause);
}
