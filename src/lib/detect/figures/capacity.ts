/**
 * What someone stands ready to cope with: "We are ready to cope with up to 120,000 people", "the
 * centres are equipped to handle 5,000 people". A capacity, not a count of anyone who came, fled or
 * was counted (corpus README: a capacity is no figure). Generic English: a word of readiness, "to",
 * a verb of coping, and at most a hedge before the number. Room made for people still to come ("can
 * accommodate 30,000", "shelters for 40,000") is left to the stage reading, which calls it planned.
 */
const READY_TO_COPE = /\b(?:ready|prepared|equipped|able|preparing|readying)\s+to\s+(?:cope\s+with|deal\s+with|handle|absorb)\s+(?:(?:up\s+to|as\s+many\s+as|some|about|around|more\s+than|over)\s+)?$/i;

/** Whether the words of a sentence right before a number (`before`, up to the number) make it a capacity. */
export function readyToCope(before: string): boolean {
  return READY_TO_COPE.test(before);
}

/** A hedge before a count: "some 231,000", "approximately 9,000". */
const HEDGE = String.raw`(?:(?:some|about|around|approximately|roughly|nearly|almost|up\s+to|more\s+than|over|as\s+many\s+as)\s+)?`;

/**
 * How many a thing suffices for: "has enough resources to resettle about 40,000 refugees", "sufficient
 * tents for 5,000 people", "medicines which will cover three months of treatments for up to 50,000
 * persons", "the aid will allow to meet the needs of 250 wounded persons", "emergency supplies to care
 * for 250 injured people". A capacity, not a count of anyone who came, fled or was helped (corpus
 * README). Generic English: "enough" or "sufficient", a few words, then "to" and a verb or "for"; or a
 * verb of sufficing ("cover", "suffice") and, in its clause, "for"; or "meet the needs of"; or supplies
 * and, in their clause, "to care for" or "to treat" (not "hospitals struggled to care for 290
 * injured", who were there); then at most a hedge before the number.
 */
const SUFFICES_FOR = new RegExp(
  String.raw`(?:\b(?:enough|sufficient)\s+(?:[\p{L}-]+\s+){0,4}?(?:to\s+[\p{L}-]+|for)|\b(?:covers?|covering|suffices?|sufficing)\b[^,;:.!?]{0,60}?\bfor|\b(?:meet|meets|meeting)\s+the\s+(?:[\p{L}-]+\s+)?needs\s+of|\b(?:supplies|equipment|kits|medicines|medications|items)\b[^,;:.!?]{0,40}?\bto\s+(?:care\s+for|treat))\s+${HEDGE}$`,
  'iu',
);

/** Whether the words of a sentence right before a number (`before`, up to the number) make it how many a thing suffices for. */
export function sufficesFor(before: string): boolean {
  return SUFFICES_FOR.test(before);
}

/** A count and the words of its noun, for the list a target may go on with: "231,000 people", "136,000 refugees". */
const LISTED_COUNT = String.raw`\d[\d,.]*(?:\s+[\p{L}-]+){1,6}?`;

/** What joins the parts of a target to it and to each other: ", namely", ", including", "and". */
const LIST_LINK = String.raw`(?:,\s*|\s+)(?:namely|including|of\s+whom|among\s+them|and)\s+`;

/**
 * Whom a plan or an appeal means to reach: "The aim is to provide assistance to some 231,000 people,
 * namely 136,000 refugees and 95,000 …", "the strategy is focused on assisting 9,000 families", "the
 * appeal seeks to help up to 40,000 people". A target, not a count of anyone who came, fled or was
 * helped (corpus README: a plan's target numbers are no figure), nor are the parts it is listed in.
 * Generic English: a word of aiming, a verb or noun of help, then the count, or the counts of its list.
 */
const AIMED_AT = new RegExp(
  String.raw`\b(?:aims?|aimed|aim\s+is|goal\s+is|seeks?|intends?|intended|designed|focused\s+on|focuses\s+on)\s+(?:to\s+)?(?:[\p{L}-]+\s+){0,3}?(?:assist|assisting|help|helping|support|supporting|reach|reaching|serve|serving|(?:assistance|aid|help|support|relief)\s+to)\s+${HEDGE}(?:${LISTED_COUNT}${LIST_LINK}${HEDGE})*$`,
  'iu',
);

/** Whether the words of a sentence right before a number (`before`, up to the number) make it a plan's target. */
export function aimedAt(before: string): boolean {
  return AIMED_AT.test(before);
}
