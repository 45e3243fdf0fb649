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
