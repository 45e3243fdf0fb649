/** What a statement shows as the speaker's words: a direct quote, or speech reported by the source. */
export interface StatementWords {
  kind: 'quote' | 'reported';
  /** Verbatim from the source. */
  text: string;
  /**
   * What introduces the words: their reporting words as written ("Denied:", "Did not confirm:",
   * "Vowed:"), so a denial can never read as an assertion; "Reported:" for reported speech and
   * "Quote:" for a quote when the source gives no verb.
   */
  lead: string;
}

/** The fields of a statement its words are read from. */
export interface StatementText {
  quote: string | null;
  reported: string | null;
  verb: string | null;
  negated: boolean;
}

/** "Denied:", "Did not confirm:", "Said:"; "Reported:" for "according to" and when no verb is known. */
export function reportedLead(verb: string | null, negated: boolean): string {
  if (verb === null || /^according/i.test(verb)) return negated ? 'Reported as denied:' : 'Reported:';
  return `${verb.charAt(0).toUpperCase()}${verb.slice(1)}:`;
}

/** "Said:", "Vowed:" before a quote; "Quote:" when the quote comes with no verb of its own (or "according to"). */
export function quoteLead(verb: string | null): string {
  if (verb === null || /^according/i.test(verb)) return 'Quote:';
  return `${verb.charAt(0).toUpperCase()}${verb.slice(1)}:`;
}

/**
 * The words to show for a statement, fullest first. When the reported speech
 * contains the quote ("that the alliance had “confirmed” that …"), only the reported speech
 * is shown: it holds the quoted words, marks included, in their context, and a
 * one-word quote alone would misrepresent what was said. Otherwise each is shown.
 */
export function statementWords({ quote, reported, verb, negated }: StatementText): StatementWords[] {
  const lead = reportedLead(verb, negated);
  if (quote !== null && reported !== null && reported.includes(quote)) return [{ kind: 'reported', text: reported, lead }];
  const words: StatementWords[] = [];
  if (quote !== null && quote.trim() !== '') words.push({ kind: 'quote', text: quote, lead: quoteLead(verb) });
  if (reported !== null && reported.trim() !== '') words.push({ kind: 'reported', text: reported, lead });
  return words;
}
