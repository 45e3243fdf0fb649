import type { StatementCandidate } from '../assemble/candidate.ts';

/*
 * What a statement's words assert beyond the words themselves: whether they negate, and whether
 * they tell what is so or what may be. An entry merged from several reports shows one report's
 * words for all of them, so two reports whose words differ here are two statements, however many
 * words they share: "Freedonian troops were in Sylvania" and "there were no Freedonian troops in
 * Sylvania" share every word of the first.
 */

/** Words that negate what a clause tells (English). */
const NEGATION = /\b(?:not|no|never|neither|nor|none|nobody|nothing|nowhere|cannot|without)\b|n['’]t\b/i;

/**
 * Words that tell what may be rather than what is (English). What is only intended ("plans to") is
 * left to the stance, which tells a pledge from a report of what was done: those words are as often
 * the content of a condition ("if they intend to take part") as the report's own.
 */
const POSSIBILITY = /\b(?:may|might|could|possibly|perhaps|(?:un)?likely|probabl[ey]|apparently|appears? to|appeared to|seems? to|seemed to)\b/i;

/** How a statement tells its content. */
export interface StatementSense {
  /** Its words negate what they tell ("there were no troops"). */
  negation: boolean;
  /** Its words tell what may be ("troops may be there"). */
  possibility: boolean;
}

/** The words a report tells: the reported clause with the quote it holds, or the quote alone. */
function reportWords(candidate: Pick<StatementCandidate, 'quote' | 'reported'>): string {
  return [candidate.reported, candidate.quote].filter((text) => text !== null).join(' ');
}

export function statementSense(candidate: Pick<StatementCandidate, 'quote' | 'reported'>): StatementSense {
  const words = reportWords(candidate);
  return { negation: NEGATION.test(words), possibility: POSSIBILITY.test(words) };
}

/** True when two reports tell their content alike: both negate or neither does, both as a possibility or neither. */
export function sameSense(a: StatementSense, b: StatementSense): boolean {
  return a.negation === b.negation && a.possibility === b.possibility;
}
