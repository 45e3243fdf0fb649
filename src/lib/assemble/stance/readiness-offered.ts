/** A side telling that it stands ready, on standby or open to talks: an undertaking offered. Generic English. */
import { namedSubjectThen, pronounSubjectThen } from './clause.ts';
import type { StanceSpeaker } from './speaker.ts';

/**
 * The state of readiness a side puts itself in, after its verb "to be" (or "remain", "stand"), with a
 * word of time or degree between: "is now prepared to send", "are on standby to send", "is open to
 * discussions with", "remains open for a dialogue with", "stands ready to help". Talks are named in the
 * plural or with an article ("open to talks", "open for a dialogue"); a bare singular ("open to
 * discussion", "open to negotiation") is said of a matter, not of a side. "Ready to" is followed by a
 * verb ("ready to talk", not "ready for use" nor "ready to use"); nor a loss ("ready to die", "to lose").
 */
const READINESS = String.raw`(?:is|are|am|was|were|remains?|remained|stands?|stood|(?:will|would)\s+(?:remain|be))\s+(?:(?:now|also|still|already|always|again|\p{Ll}+ly)\s+){0,2}(?:(?:ready|prepared|willing)\s+to\s+(?!(?:lose|fail|die|use|eat|wear|go\s+on\s+sale)\b)\p{Ll}|on\s+standby\s+to\s+\p{Ll}|open\s+(?:to|for)\s+(?:(?:a|an|the|further|direct|new|any)\s+)?(?:dialogue|talks|negotiations|discussions|consultations|contacts)\b)`;

/** Readiness told of the speaker's side by a pronoun: "(said) it is now prepared to send", "we are on standby to …". */
const READINESS_OF_A_PRONOUN = pronounSubjectThen(READINESS);

/** Readiness told of a side by its name: "Sylvania is open to discussions", "the Freedonian government is ready to …". */
const READINESS_OF_A_NAME = namedSubjectThen(READINESS);

/**
 * Whether a side's speaker tells of its side's readiness to act or to talk (READINESS), the side named or
 * a pronoun: "the Sylvanian navy is now prepared to send a ship", "we are on standby to send our team",
 * "Freedonia is open to discussions with Sylvania", "Freedonia remains open for a dialogue". A thing of
 * the side ("hospitals are on standby to treat the injured", a state described) or a place ("the road is
 * open to traffic") is not its subject; nor is an analyst or a report, which tells another's readiness.
 */
export function readinessOffered(clause: string, speaker: StanceSpeaker): boolean {
  if (speaker.forASide !== true || speaker.finding === true || speaker.assesses === true) return false;
  if (!/ready|prepared|willing|standby|open/i.test(clause)) return false;
  return READINESS_OF_A_PRONOUN.test(clause) || READINESS_OF_A_NAME.test(clause);
}
