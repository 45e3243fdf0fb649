/**
 * "“…,” said one.", "“…,” another added.": a quotation given to an indefinite "one" or "another",
 * whom no phrase of the sentence names. The quotation is no one's the reader can tell, and it is
 * neither the speaker's before it nor lets a later "he added" go back to them.
 */

/** "said one", "another added", "one of them says", right after a quotation's closing mark (and a comma). */
const SAID_BY_ONE = /^[,.\s]*[”"’]?[,\s]*(?:(?:said|says|added|adds)\s+(?:one|another)\b|(?:one|another)(?:\s+of\s+them)?\s+(?:said|says|added|adds)\b)/u;

/** The same, anywhere in a sentence: after a closing mark. */
const QUOTE_SAID_BY_ONE = /[”"’][,\s]*(?:(?:said|says|added|adds)\s+(?:one|another)\b|(?:one|another)(?:\s+of\s+them)?\s+(?:said|says|added|adds)\b)/u;

/** Whether the text right after a quotation's words gives it to an indefinite "one" or "another". */
export function saidByOneAfter(textAfterQuote: string): boolean {
  return SAID_BY_ONE.test(textAfterQuote);
}

/** Whether a sentence gives one of its quotations to an indefinite "one" or "another". */
export function quotesOneUnnamed(sentence: string): boolean {
  return QUOTE_SAID_BY_ONE.test(sentence);
}
