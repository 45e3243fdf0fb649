/**
 * The pipeline's sentences (`segmentSentences`, the one splitter), joined where the quote detector
 * needs a quotation read with its attribution: where a quotation runs across a boundary, and where a
 * quotation that ends a sentence is followed by its own short attribution (“Why now?” Ruhl asked.).
 */
import type { Sentence } from '../../segment/sentences.ts';
import { SPEECH_SETTING } from './attribution-patterns.ts';
import { quoteEnd } from './quote-spans.ts';
import { speechVerbMatches } from './speech-verbs.ts';
import type { QuoteSpan } from './types.ts';

/** Sentence ranges `[start, end)`, each holding every quotation it starts, whole. */
export function sentencesAroundQuotes(sentences: readonly Sentence[], quotes: readonly QuoteSpan[]): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  for (const sentence of sentences) {
    const last = ranges.at(-1);
    const cutQuote = last && quotes.some((q) => q.open < last.end && quoteEnd(q) > last.end);
    const endsWithQuote = last && quotes.find((q) => !q.unclosed && quoteEnd(q) === last.end && q.open >= last.start);
    if (last && (cutQuote || (endsWithQuote && attributionFollows(sentence.text, endsWithQuote.text)))) last.end = sentence.end;
    else ranges.push({ start: sentence.start, end: sentence.end });
  }
  return ranges;
}

/**
 * Whether a sentence is only the attribution of the quotation before it: a speech verb within a few
 * words, before any punctuation. After a full stop the verb must also end its clause (“…” Berg
 * said., “…” Berg said in a statement.), since “We are ready.” Berg said the talks … starts a new sentence.
 */
function attributionFollows(sentence: string, quoted: string): boolean {
  const stretch = /^[^.!?,;:“”"]*[.!?,;:]?/u.exec(sentence)?.[0] ?? '';
  if (stretch.trim().split(/\s+/).length > 7) return false;
  const verb = speechVerbMatches(stretch)[0];
  if (!verb) return false;
  if (/[!?]\s*$/u.test(quoted)) return true;
  const after = stretch.slice(verb.index + verb[0].length);
  if (/^\s*(?:[.,;:]|$)/.test(after)) return true;
  // “…” the ministry said in a statement.: where the words were said ends the clause as well.
  const setting = SPEECH_SETTING.exec(after.trimStart());
  return setting !== null && SETTING_ENDS.test(after.trimStart().slice(setting[0].length));
}

/** What may follow a speech setting that ends an attribution: a weekday, then the full stop. */
const SETTING_ENDS = /^(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\s*[.,;:]?$/u;
