/** A side's view of what something is worth, held: an assessment, not a happening. Generic English. */

/**
 * The subject's view of a thing's worth, in a verb of regard with the thing and its judging adjective:
 * "Fredonburg considers a meeting of the council unnecessary", "Freedonia deems further talks pointless",
 * "the ministry considers the sanctions counterproductive", "we consider the meeting useful", "Sylvania
 * views the plan as premature" — the side assesses, as "the meeting would be useless" does. Not "found the
 * pumps useless", a state discovered; not "considers it necessary (for the council) to meet", a call;
 * nor "considers the strike an act of aggression" or "considers the captives its citizens", a noun that
 * judges or classifies, read by their own rules.
 */
const WORTH_VIEWED =
  /^\W*(?:that\s+)?(?:[\p{L}’'-]+\s+){1,6}?(?:\w+ly\s+|also\s+|still\s+)?(?:consider|considers|considered|deem|deems|deemed|find|finds|regard|regards|regarded|view|views|viewed|see|sees)\s+(?:[\p{L}’'-]+\s+){1,12}?(?:as\s+)?(?:\w+ly\s+)?(?:unnecessary|useful|useless|premature|pointless|counter-?productive|ineffective|inappropriate|helpful|unhelpful|futile|meaningless|irrelevant|untimely|unrealistic)\b/iu;

/** Whether the clause tells a view of a thing's worth held (WORTH_VIEWED), read only where an adjective of it is. */
export function worthViewed(clause: string): boolean {
  return /necessary|useful|useless|premature|pointless|productive|effective|appropriate|helpful|futile|meaningless|irrelevant|timely|realistic/i.test(clause) && WORTH_VIEWED.test(clause);
}
