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

const PLAIN: StatementSense = { negation: false, possibility: false };

function textSense(text: string | null): StatementSense {
  return text === null ? PLAIN : { negation: NEGATION.test(text), possibility: POSSIBILITY.test(text) };
}

/**
 * Reconciliation reads the sense of one report for many pairs: each is read once, and forgotten with
 * the report (a module-wide table of texts would grow with every build of a long-running dev server).
 */
const senseOfReport = new WeakMap<Pick<StatementCandidate, 'quote' | 'reported'>, StatementSense>();

/** The sense of a report's words: of its reported clause and the quote it holds, or of the quote alone. */
export function statementSense(report: Pick<StatementCandidate, 'quote' | 'reported'>): StatementSense {
  let sense = senseOfReport.get(report);
  if (!sense) {
    const ofReported = textSense(report.reported);
    const ofQuote = textSense(report.quote);
    sense = { negation: ofReported.negation || ofQuote.negation, possibility: ofReported.possibility || ofQuote.possibility };
    senseOfReport.set(report, sense);
  }
  return sense;
}

/** True when two reports tell their content alike: both negate or neither does, both as a possibility or neither. */
export function sameSense(a: StatementSense, b: StatementSense): boolean {
  return a.negation === b.negation && a.possibility === b.possibility;
}
