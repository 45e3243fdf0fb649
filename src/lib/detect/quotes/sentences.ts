/**
 * Splits a paragraph into sentences without splitting inside quotations, so that
 * `“A. B,” he said.` is one sentence and the words after a quote stay with it.
 */
import { MASK, quoteEnd } from './quote-spans.ts';
import { speechVerbMatches } from './speech-verbs.ts';
import { isAbbreviation } from './tokens.ts';
import type { QuoteSpan } from './types.ts';

/** The marks that may end a sentence. */
const TERMINAL_MARKS = /[.!?…]/g;

/** What may start a new sentence: a capital, a digit, an opening mark or parenthesis. */
const SENTENCE_START = /[\p{Lu}\p{N}“"«(‘]/u;

/**
 * Sentence ranges `[start, end)` of a paragraph, read on its masked text. A sentence ends at
 * `.`, `!`, `?` or `…` outside quotes (not after an abbreviation such as "U.S." or "Oct."), or at a
 * quotation that itself ends with one, when the next word starts a sentence.
 */
export function sentenceRanges(text: string, masked: string, quotes: QuoteSpan[]): Array<{ start: number; end: number }> {
  const ends = new Set<number>();
  for (const { index: i } of masked.matchAll(TERMINAL_MARKS)) {
    if (!isAbbreviationPeriod(masked, i)) {
      let end = i + 1;
      while (end < masked.length && ')’'.includes(masked[end] as string)) end++;
      if (startsSentence(masked, end, true)) ends.add(end);
    }
  }
  for (const quote of quotes) {
    if (quote.unclosed) continue;
    // “… out.” Asked to elaborate … : the quote's own last mark ends the sentence,
    // unless its attribution follows: “Why now?” Ruhl asked. / “We are ready.” Berg said.
    const end = quoteEnd(quote);
    if (/[.!?…]\s*$/u.test(quote.text) && startsSentence(text, end, false) && !attributionFollows(masked, end, quote.text)) {
      ends.add(end);
    }
  }
  const ranges: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const end of [...ends].sort((a, b) => a - b)) {
    pushTrimmed(text, start, end, ranges);
    start = end;
  }
  pushTrimmed(text, start, text.length, ranges);
  return ranges;
}

/**
 * Whether a short attribution follows a quote: a speech verb within a few words, before any
 * punctuation. After a full stop the verb must also end its clause (“…” Berg said.), since
 * “We are ready.” Berg said the talks … starts a new sentence.
 */
function attributionFollows(masked: string, at: number, quoted: string): boolean {
  const stretch = /^[^.!?,;:\u2592]*[.!?,;:]?/u.exec(masked.slice(at))?.[0] ?? '';
  if (stretch.trim().split(/\s+/).length > 7) return false;
  const verb = speechVerbMatches(stretch)[0];
  if (!verb) return false;
  if (/[!?]\s*$/u.test(quoted)) return true;
  return /^\s*(?:[.,;:]|$)/.test(stretch.slice(verb.index + verb[0].length));
}

/** Whether a sentence can start after offset `at`: spaces, then a sentence opener (or a quote mark directly). */
function startsSentence(text: string, at: number, allowMaskedQuote: boolean): boolean {
  let i = at;
  while (i < text.length && /\s/.test(text[i] as string)) i++;
  if (i >= text.length) return false;
  const next = text[i] as string;
  if (allowMaskedQuote && next === MASK) return true;
  // Without a space only an opening mark starts a sentence: `he said."This …`.
  if (i === at) return next === '“' || next === '"' || next === '«' || (!allowMaskedQuote && SENTENCE_START.test(next) && next !== '(');
  return SENTENCE_START.test(next);
}

/** A period that belongs to an abbreviation ("U.S.", "Oct.", "F.") rather than ending the sentence. */
function isAbbreviationPeriod(masked: string, at: number): boolean {
  if (masked[at] !== '.') return false;
  let from = at;
  while (from > 0 && /[\p{L}\p{N}.]/u.test(masked[from - 1] as string)) from--;
  const word = masked.slice(from, at);
  return word !== '' && isAbbreviation(word);
}

function pushTrimmed(text: string, start: number, end: number, out: Array<{ start: number; end: number }>): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  if (e > s) out.push({ start: s, end: e });
}
