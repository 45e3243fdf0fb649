/** A fear, a trust, a wish or a longing held, told as the clause's point: a state of mind, not a happening. Generic English. */

/**
 * The subject's state of mind toward what is not (or not yet) so:
 * - a fear held: "residents fear they have no future here", "the crews feared for their lives", "many fear
 *   that the truce is a trap" (not "the feared militia attacked", an adjective; nor "fears grew", a noun);
 * - trust or faith that something will be: "we have faith that a solution will be found", "Sylvania has
 *   confidence in the talks" (not "lost confidence in", a loss told elsewhere);
 * - a wish: "the government wanted a smooth transition", "they want to go home", "she wishes to stay" (not
 *   "he was wanted by the police", a passive);
 * - a thing looked forward to: "we are looking forward to meeting the needs of the people".
 */
const ATTITUDE_HELD =
  /^\W*(?:that\s+)?(?:[\p{L}’'-]+\s+){1,6}?(?<!\b(?:is|are|was|were|be|been|being|the|a|an|most|much)\s+)(?:\w+ly\s+|also\s+|still\s+|now\s+)?(?:(?:fear|fears|feared)\s+(?:that\b|for\s+(?:their|his|her|our|my|its|the)\b|(?:they|he|she|we|it|there|this)\b)|(?:have|has|had)\s+(?:(?:full|every|great|no\s+doubt\s+and)\s+)?(?:faith|confidence|trust)\s+(?:that|in)\b|(?:want|wants|wanted|wish|wishes|wished)\s+(?:to\s+\p{Ll}|(?:a|an|the|their|his|her|its|our|my|all)\s)|(?:is|are|am|was|were)\s+looking\s+forward\s+to\b)/iu;

/** Whether the clause tells a state of mind held (ATTITUDE_HELD), read only where a word of it is. */
export function attitudeHeld(clause: string): boolean {
  return /fear|faith|confiden|trust|want|wish|forward/i.test(clause) && ATTITUDE_HELD.test(clause);
}
