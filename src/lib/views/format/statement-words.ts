/** What a statement shows as the speaker's words: a direct quote, or speech reported by the source. */
export interface StatementWords {
  kind: 'quote' | 'reported';
  /** Verbatim from the source. */
  text: string;
}

/**
 * The words to show for a statement, fullest first. When the reported speech
 * contains the quote ("that the alliance had “confirmed” that …"), only the reported speech
 * is shown: it holds the quoted words, marks included, in their context, and a
 * one-word quote alone would misrepresent what was said. Otherwise each is shown.
 */
export function statementWords(quote: string | null, reported: string | null): StatementWords[] {
  if (quote !== null && reported !== null && reported.includes(quote)) return [{ kind: 'reported', text: reported }];
  const words: StatementWords[] = [];
  if (quote !== null && quote.trim() !== '') words.push({ kind: 'quote', text: quote });
  if (reported !== null && reported.trim() !== '') words.push({ kind: 'reported', text: reported });
  return words;
}
