/** Why a party acts or what it is after, given as the clause's point: an explanation, not a happening. Generic English. */

/**
 * The reason behind acts, as the clause's predicate:
 * - what drives a party: "they are motivated by the desire for more land", "the raids were driven by a wish
 *   for revenge" (not "the truck was driven by a volunteer", a happening told);
 * - whom or what a party acts for: "they are doing this for themselves", "we did it because we had no
 *   choice", "are doing so out of fear" (not "we are doing this for the first time", when; nor "did it on
 *   Monday");
 * - the intention or the motive behind an act named as a noun: "the intention behind the raid was to destroy
 *   the records", "the motive for the attack was revenge" (not "the attack behind the lines was repelled");
 * - an aim told with an active verb: "the mission aimed to assess the needs", "the talks aim to settle the
 *   border" (not "aimed at the ship", where a weapon points; nor "aimed the rifle").
 */
const MOTIVE_GIVEN =
  /\b(?:is|are|am|was|were|be|been)\s+(?:\w+ly\s+|also\s+|only\s+)?(?:motivated|driven)\s+by\s+(?:(?:a|an|the|their|his|her|its|our|my|pure|sheer)\s+)*(?:[\p{L}-]+\s+)?(?:desire|wish|ambitions?|greed|hatred|fear|revenge|vengeance|interests?|ideology|belief|need|hope|thirst|lust|search|quest|money|profit|gain|politics|considerations)\b|\b(?:doing|do|does|did|done)\s+(?:this|it|that|so)\s+(?:only\s+|purely\s+|just\s+|solely\s+|simply\s+)?(?:for\s+(?!(?:the\s+)?(?:first|second|third|last|next|\d+\w*)\b)|because\b|out\s+of\b)|\b(?:intention|intent|motive|motivation|rationale|reason)\s+(?:behind|of|for)\s+(?:[\p{L}’'-]+\s+){1,6}?(?:is|are|was|were)\b|\b(?:aims|aimed)\s+to\s+\p{Ll}/iu;

/** Whether the clause gives why a party acts or what it is after (MOTIVE_GIVEN), read only where a word of it is. */
export function motiveGiven(clause: string): boolean {
  return /motivated|driven|doing|do|did|done|behind|motiv|rationale|reason|aim|intent/i.test(clause) && MOTIVE_GIVEN.test(clause);
}
