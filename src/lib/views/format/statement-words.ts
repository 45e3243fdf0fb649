import { TAKES_OBJECT, verbPhrase } from './verb-phrase.ts';

/** What a statement shows as the speaker's words: a direct quote, or speech reported by the source. */
export interface StatementWords {
  kind: 'quote' | 'reported';
  /** Verbatim from the source. */
  text: string;
  /**
   * What introduces the words: their reporting words as written ("Denied:", "Did not confirm:",
   * "Vowed:"), so a denial can never read as an assertion; "Reported:" for reported speech and
   * "Quote:" for a quote when the source gives no verb. A verb that takes an object keeps it
   * ("Told reporters in Marsh City:", "Told …:"), or runs on into reported words that open with it
   * ("Told Sylvanian leaders that …").
   */
  lead: string;
}

/** The fields of a statement its words are read from. */
export interface StatementText {
  quote: string | null;
  reported: string | null;
  verb: string | null;
  negated: boolean;
  /** The statement's citations: their evidence gives a verb the object it needs ("told reporters in Marsh City"). */
  citations?: readonly { evidence: string }[];
}

/** "according to", "per", "As per": a source named without a verb, shown as "According to X". */
export function namesSourceOnly(verb: string): boolean {
  return /^(?:according\b|(?:as\s+)?per$)/i.test(verb);
}

/** "Denied:", "Did not confirm:", "Said:"; "Reported:" for "according to" and when no verb is known. */
export function reportedLead(verb: string | null, negated: boolean): string {
  if (verb === null || namesSourceOnly(verb)) return negated ? 'Reported as denied:' : 'Reported:';
  return `${verb.charAt(0).toUpperCase()}${verb.slice(1)}:`;
}

/** "Said:", "Vowed:" before a quote; "Quote:" when the quote comes with no verb of its own (or "according to"). */
export function quoteLead(verb: string | null): string {
  if (verb === null || namesSourceOnly(verb)) return 'Quote:';
  return `${verb.charAt(0).toUpperCase()}${verb.slice(1)}:`;
}

/**
 * The words to show for a statement, fullest first. When the reported speech
 * contains the quote ("that the alliance had “confirmed” that …"), only the reported speech
 * is shown: it holds the quoted words, marks included, in their context, and a
 * one-word quote alone would misrepresent what was said. Otherwise each is shown.
 */
export function statementWords({ quote, reported, verb, negated, citations = [] }: StatementText): StatementWords[] {
  const evidence = citations.map((c) => c.evidence);
  const reportedWords = (text: string): StatementWords => ({ kind: 'reported', text, lead: leadOf('reported', text, verb, negated, evidence) });
  if (quote !== null && reported !== null && reported.includes(quote)) return [reportedWords(reported)];
  const words: StatementWords[] = [];
  if (quote !== null && quote.trim() !== '') words.push({ kind: 'quote', text: quote, lead: leadOf('quote', quote, verb, negated, evidence) });
  if (reported !== null && reported.trim() !== '') words.push(reportedWords(reported));
  return words;
}

/** The lead of some words: `reportedLead` or `quoteLead`, with the verb given the object it takes ("Told …:", not "Told:"). */
function leadOf(kind: 'quote' | 'reported', text: string, verb: string | null, negated: boolean, evidence: readonly string[]): string {
  if (verb === null || namesSourceOnly(verb)) return kind === 'quote' ? quoteLead(verb) : reportedLead(verb, negated);
  const phrase = verbPhrase({ verb, kind, words: text, evidence });
  const lead = `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}`;
  // Reported words that open with whom they were told to follow the verb at once: "Told Sylvanian leaders that …".
  return kind === 'reported' && TAKES_OBJECT.test(phrase) ? lead : `${lead}:`;
}
