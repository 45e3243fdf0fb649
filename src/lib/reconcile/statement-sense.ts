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

/** Reconciliation reads the sense of one text for many pairs, and many sources repeat a text: each is read once. */
const senseOfText = new Map<string, StatementSense>();

function textSense(text: string): StatementSense {
  let sense = senseOfText.get(text);
  if (!sense) senseOfText.set(text, (sense = { negation: NEGATION.test(text), possibility: POSSIBILITY.test(text) }));
  return sense;
}

const PLAIN: StatementSense = { negation: false, possibility: false };

/** The sense of a report's words: of its reported clause and the quote it holds, or of the quote alone. */
export function statementSense({ quote, reported }: Pick<StatementCandidate, 'quote' | 'reported'>): StatementSense {
  const ofReported = reported === null ? PLAIN : textSense(reported);
  const ofQuote = quote === null ? PLAIN : textSense(quote);
  return { negation: ofReported.negation || ofQuote.negation, possibility: ofReported.possibility || ofQuote.possibility };
}

/** True when two reports tell their content alike: both negate or neither does, both as a possibility or neither. */
export function sameSense(a: StatementSense, b: StatementSense): boolean {
  return a.negation === b.negation && a.possibility === b.possibility;
}
