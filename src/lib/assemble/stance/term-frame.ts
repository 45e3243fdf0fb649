/**
 * A quotation the writer's words give as someone's name for a thing: "halt what they describe as
 * Sylvania’s “total aggression”", "stop what is said was the navy’s “full-scale aggression”", "denounced
 * what it called “a gross violation”". Inside a call or a report of another verb, the name still judges:
 * a name of blame condemns, a name of falsehood denies. Generic English.
 */
import { writerClauseBefore } from './clause.ts';

/**
 * "what (someone) calls / called / describes as / terms / dubbed / brands", "what (someone) said was", "what
 * is said was", then perhaps an article or a possessive ("Sylvania’s "), right before the quotation mark.
 */
const TERM_FRAME =
  /\bwhat\s+(?:[\p{L}'’-]+\s+){0,3}?(?:call(?:s|ed|ing)?|describe[sd]?\s+as|describing\s+as|term(?:s|ed)?|dub(?:s|bed)?|labell?ed|brand(?:s|ed)|(?:said|says|say|claimed|claims)\s+(?:was|were|is|are)|is\s+said\s+(?:was|were|is|are))\s+(?:(?:an?|the)\s+)?(?:[\p{L}-]+['’]s?\s+)?$/iu;

/** Whether the quotation opening at `quoteStart` (its opening mark) stands where the writer gives it as someone's term (TERM_FRAME). */
export function quotedAsTerm(paragraphText: string, quoteStart: number): boolean {
  if (quoteStart < 0) return false;
  const clause = writerClauseBefore(paragraphText, quoteStart, 100);
  return /\bwhat\b/i.test(clause) && TERM_FRAME.test(clause);
}
