/**
 * A quotation the writer's words set as the part an act plays in a side's response or support: "(the
 * attack) was “part of our military response to defend the valley”", "(it fired the missiles) as part of
 * its “continued support for the people of Fredonburg”". The quoted words give the motive of the act the
 * writer tells; they tell no happening of their own. Generic English.
 */

/** Nouns of a motive an act is part of: a response, support, solidarity, a duty, a campaign. */
const MOTIVE_NOUN = String.raw`(?:response|reaction|retaliation|support|solidarity|duty|commitment|campaign|efforts?)`;

/** "as part of his group’s ", "part of the ", "as part of ": the writer's words right before the quotation. */
const PART_OF_BEFORE = /\bpart\s+of\s+(?:(?:the|a|an|its|their|his|her|our)\s+|[\p{L}-]+['’]s?\s+){0,2}$/iu;

/** The quotation's own opening noun phrase, when its head is a motive: "continued support for …". */
const OPENS_WITH_MOTIVE = new RegExp(String.raw`^\W*(?:[\p{L}-]+\s+){0,2}?${MOTIVE_NOUN}\b`, 'iu');

/** A copula right before the quotation: "(the attack) was “…”". */
const COPULA_BEFORE = /\b(?:is|are|was|were|been)\s+(?:\p{Ll}+ly\s+|also\s+|only\s+)?$/u;

/** A quotation that opens with "part of" a motive: "part of [the group’s] military response to …". */
const PART_OF_MOTIVE_QUOTED = new RegExp(String.raw`^\W*(?:an?\s+|the\s+)?part\s+of\s+(?:[^.;,“”"]{0,40}?\s)?${MOTIVE_NOUN}\b`, 'iu');

/** Whether `quote`, inside the writer's `frame` (the words before it), gives the response or support an act is part of. */
export function quotedAsPartOfResponse(frame: string, quote: string): boolean {
  return (PART_OF_BEFORE.test(frame) && OPENS_WITH_MOTIVE.test(quote)) || (COPULA_BEFORE.test(frame) && PART_OF_MOTIVE_QUOTED.test(quote));
}
