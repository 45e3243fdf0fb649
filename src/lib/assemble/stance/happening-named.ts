/**
 * Whether a noun phrase in the writer's sentence names something that happened: harm a thing suffered
 * ("extensive damage", "an in-flight failure") or acts of force done ("systematic shelling", "reconnaissance
 * activities"), not a state or a concern ("the difficult situation", "concerns for the crews' safety"). A
 * phrase quoted where the writer gives it as a cause, or as what a side cites, tells that it took place.
 * Generic English.
 */
import { withoutQuotationMarks } from './clause.ts';

/** Heads of harm a thing suffered: "damage", "an in-flight failure", "a technical fault", "the explosion". */
const HARM_SUFFERED = /^(?:damage|failures?|faults?|glitch(?:es)?|malfunctions?|breakdowns?|explosions?|blasts?|fires?|collisions?|crash(?:es)?|leaks?|hits?|impacts?)$/i;

/** Heads of acts of force: "shelling", "attacks", "reconnaissance activities", "incursions". */
const ACTS_OF_FORCE = /^(?:attacks?|strikes?|raids?|shelling|bombardments?|bombings?|incursions?|fighting|clashes|skirmishes|activit(?:y|ies)|firing|gunfire|sabotage)$/i;

/**
 * The noun phrase opening the words, up to three words before its head and no further than the first
 * comma, preposition, article, relative or auxiliary after it: "extensive damage the ship had sustained" →
 * "extensive damage", "systematic shelling, reconnaissance activities" → "systematic shelling".
 */
const OPENING_PHRASE =
  /^\W*(?:(?:the|a|an|its|their|his|her|our)\s+)?((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)(?=\s*$|\s*[,.;:!?)]|\s+(?:of|in|on|at|by|to|from|with|for|against|over|that|which|who|the|a|an|and|or|but|had|has|have|was|were|is|are|as)\b)/iu;

/** The head noun of the phrase that opens `words`, quotation marks aside; '' when none. */
function openingHead(words: string): string {
  const phrase = OPENING_PHRASE.exec(withoutQuotationMarks(words))?.[1] ?? '';
  return phrase.split(/\s+/).at(-1) ?? '';
}

/** Whether the words open with harm a thing suffered: "extensive damage the ship had sustained". */
export function opensWithHarmSuffered(words: string): boolean {
  return HARM_SUFFERED.test(openingHead(words));
}

/** Whether the words open with acts of force: "systematic shelling, reconnaissance activities and …". */
export function opensWithActsOfForce(words: string): boolean {
  return ACTS_OF_FORCE.test(openingHead(words));
}
