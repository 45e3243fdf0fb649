/**
 * What a quotation is doing in its sentence: speech, or a title, label or number in quotation marks;
 * and whether it opens the sentence (so it can continue the previous speaker).
 */
import { CONNECTIVES, LABEL_WORDS, TITLE_CUE_WORDS, TITLE_DETERMINERS } from './attribution-patterns.ts';
import { quoteEnd } from './quote-spans.ts';
import { isCapitalised, tokenize } from './tokens.ts';
import type { QuoteSpan, SentenceView } from './types.ts';

/**
 * True for quotation marks that do not quote anyone: a number ("10,000"), a label after "so-called",
 * "dubbed" or "called", a headline after "headlined", or a Title Case name of a channel, programme or
 * book ("on the “Evening Report” show").
 */
export function isNotSpeech(view: SentenceView, quote: QuoteSpan): boolean {
  const inner = quote.text.trim();
  if (!/\p{L}/u.test(inner)) return true;
  const before = tokenize(view.masked, view.start, quote.open).map((t) => t.text.toLowerCase());
  const previous = before[before.length - 1];
  if (previous && LABEL_WORDS.has(previous)) return true;
  if (before.slice(-2).join(' ') === 'known as') return true;
  if (before.slice(-4).some((word) => TITLE_CUE_WORDS.has(word))) return true;
  if (isTitleCase(inner)) {
    const after = tokenize(view.masked, quoteEnd(quote), view.end)[0];
    const nextIsName = after !== undefined && /^\s*$/.test(view.masked.slice(quoteEnd(quote), after.start)) && isCapitalised(after.text);
    if ((previous && TITLE_DETERMINERS.has(previous)) || nextIsName) return true;
  }
  return false;
}

/**
 * Whether nothing but a connective stands between the sentence start and the quote:
 * `“…`, `And “…`, `Furthermore, “…`.
 */
export function opensSentence(view: SentenceView, quote: QuoteSpan): boolean {
  const before = view.masked.slice(view.start, quote.open);
  const words = tokenize(before);
  return words.every((w) => CONNECTIVES.has(w.text.toLowerCase())) && words.length <= 2;
}

/**
 * Title Case without closing punctuation: every word of four letters or more capitalised.
 * Speech quoted in full ends with a mark of its own ("…, he said") or is lower case.
 */
export function isTitleCase(inner: string): boolean {
  if (/[.!?,;:…]$/.test(inner)) return false;
  const long = tokenize(inner).filter((t) => /\p{L}{4,}/u.test(t.text));
  return long.length > 0 && long.every((t) => isCapitalised(t.text));
}
