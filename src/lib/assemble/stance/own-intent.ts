/**
 * The speaker's own side as the one who acts: an act it weighs or aims at (an intention, which undertakes
 * the act as "plans to" does), and the subject of a condition's consequence (whose force a threat is).
 * Generic English.
 */
import type { StanceSpeaker } from './speaker.ts';

/**
 * The predicate of an act weighed or aimed at, after its subject: "envisages an amnesty", "is looking at
 * amnestying them", "are considering the possibility of an amnesty", "is considering sending aid", "aims
 * to have the mission running", "is planning a defensive mission" (not "is looking at the reports", "is
 * considering a request", "are weighing their options", a matter examined; nor "was planning", told of
 * the past). Who weighs it decides whose undertaking it is: REPORTED_PLEDGE and OWN_SIDE_WILL (pledges.ts)
 * read it after the speaker's own side, OWN_INTENT after "we" or "I".
 */
export const INTENT_WEIGHED = String.raw`(?:envisag(?:e|es|ed)\b|(?:is|are|am)\s+(?:(?:now|also|still|currently|actively)\s+)?(?:envisaging\s+|(?:considering|weighing|looking\s+at)\s+(?:(?:the\s+)?(?:possibility|option|idea)\s+of\s+|(?!(?:the|a|an|this|that|these|those|it|them|its|their|his|her|our|my|how|what|whether|where|why|who|all|any|ways?|options?)\b)))\p{L}|aims?\s+to\b|(?:is|are|am)\s+(?:(?:now|also|currently)\s+)?planning\s+(?:an?|new|further)\s)`;

/** The act weighed by the speaker's side in the first person, anywhere in the clause: "(and even for them) we are envisaging an amnesty". */
const OWN_INTENT = new RegExp(String.raw`\b(?:we|i)\s+${INTENT_WEIGHED}`, 'iu');

/** Words one of which INTENT_WEIGHED cannot match without. */
const INTENT_CUE = /envisag|consider|weigh|looking|aim|planning/i;

/**
 * Whether a side, speaking in the first person, weighs or aims at an act of its own (OWN_INTENT): it
 * undertakes it, on a condition or none. A private person's plan ("I am considering going home") is a
 * wish, not a side's commitment; a report or an analyst tells another's.
 */
export function weighsOwnAct(clause: string, speaker: StanceSpeaker): boolean {
  if (speaker.forASide !== true || speaker.finding === true || speaker.assesses === true) return false;
  return INTENT_CUE.test(clause) && OWN_INTENT.test(clause);
}

/**
 * A condition whose subject is plural: "if they", "if the ships enter", "if Sylvanian troops cross" (not "if
 * Freedonia attacked", "if the United States gets", "if Sylvania sends its navy", a verb in "-s" before its
 * object). A "they" after it may be that subject, not the speaker.
 */
const PLURAL_CONDITION =
  /\bif\s+(?:they|(?:(?:the|its|their|his|her|any)\s+)?(?:\p{Lu}[\p{L}-]*\s+)?\p{Ll}[\p{L}-]*[^s\W]s\s+(?!(?:the|a|an|its|their|his|her|our|my|this|that|these|those|us|them|him|me|more)\b)\p{Ll})/u;

/**
 * Whether a condition's consequence opens with the speaker's own side as its subject: "we", "I", and in the
 * writer's report of a side's words "they" (not after a plural subject in the condition, which "they" may
 * name: "if Sylvanian troops cross, they would attack"), "his group", "their forces" (as REPORTED_PLEDGE
 * reads them). In a quotation "they" is someone else.
 */
export function ownSideActs(consequence: string, condition: string, speaker: StanceSpeaker): boolean {
  if (speaker.forASide !== true || speaker.finding === true || speaker.assesses === true) return false;
  if (/^\W*(?:then\s+)?(?:we|i)\b/i.test(consequence)) return true;
  if (!speaker.reported) return false;
  return /^\W*(?:then\s+)?(?:his|her|its|their)\s+(?:group|movement|forces|army)\b/i.test(consequence) || (/^\W*(?:then\s+)?they\b/i.test(consequence) && !PLURAL_CONDITION.test(condition));
}
