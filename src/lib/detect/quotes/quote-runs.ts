/**
 * A quotation that runs over several paragraphs without a mark at each paragraph's start: it opens in
 * one paragraph and is not closed there, the next paragraphs have no marks at all, and a later one
 * closes it before its attribution (`…is ensured," the ministry said.`). Copy pasted from some sites
 * drops the marks news style puts at each paragraph's start, so the words in between are the closing
 * paragraph's speaker's, not unattributed text.
 */
import { findQuoteSpans } from './quote-spans.ts';
import type { ParagraphText, QuoteSpan, StatementMention } from './types.ts';

/** The paragraphs of one quotation run, by their position in the source: `first` opens it, `last` closes it. */
export interface QuoteRun {
  first: number;
  last: number;
}

/** Each paragraph's quotations, with the runs over several paragraphs read as quotations too. */
export function quoteSpansOfSource(paragraphs: readonly ParagraphText[]): { spans: QuoteSpan[][]; runs: QuoteRun[] } {
  const spans = paragraphs.map((p) => findQuoteSpans(p.text));
  const runs: QuoteRun[] = [];
  for (let first = 0; first < paragraphs.length; first++) {
    if (!(spans[first] ?? []).at(-1)?.unclosed) continue;
    let last = first + 1;
    while (last < paragraphs.length && !QUOTE_MARK.test((paragraphs[last] as ParagraphText).text)) last += 1;
    const closing = last < paragraphs.length ? closingMark((paragraphs[last] as ParagraphText).text) : -1;
    if (closing < 0) continue;
    for (let middle = first + 1; middle < last; middle++) {
      const text = (paragraphs[middle] as ParagraphText).text;
      spans[middle] = [{ open: -1, close: text.length, text, unclosed: true }];
    }
    const text = (paragraphs[last] as ParagraphText).text;
    const rest = findQuoteSpans(text.slice(closing + 1)).map((s) => ({ ...s, open: s.open + closing + 1, close: s.close + closing + 1 }));
    spans[last] = [{ open: -1, close: closing, text: text.slice(0, closing), unclosed: false }, ...rest];
    runs.push({ first, last });
    first = last;
  }
  return { spans, runs };
}

const QUOTE_MARK = /[“”"«»]/;

/**
 * Where a paragraph's first quotation mark closes a quotation opened before it: a curly or angle closing
 * mark, or a straight one right after a word's last character or punctuation and before a space
 * (`is ensured," the ministry said`). -1 when the first mark opens one.
 */
function closingMark(text: string): number {
  const at = text.search(QUOTE_MARK);
  if (at <= 0) return -1;
  const mark = text[at];
  if (mark === '”' || mark === '»') return at;
  return mark === '"' && /[\p{L}\d.,!?]/u.test(text[at - 1] ?? '') && /^(?:\s|$)/.test(text.slice(at + 1)) ? at : -1;
}

/**
 * The quotations of a run over several paragraphs are the words of whoever the closing paragraph
 * attributes them to; the earlier paragraphs' parts had no attribution of their own.
 */
export function giveRunToClosingSpeaker(out: StatementMention[], paragraphs: readonly ParagraphText[], run: QuoteRun): void {
  const lastN = (paragraphs[run.last] as ParagraphText).n;
  const closing = out.find((m) => m.paragraph === lastN && m.kind === 'quote' && m.index <= 1 + leadingSpace((paragraphs[run.last] as ParagraphText).text));
  if (!closing || closing.resolvedBy === 'none') return;
  const earlier = new Set(paragraphs.slice(run.first, run.last).map((p) => p.n));
  const firstN = (paragraphs[run.first] as ParagraphText).n;
  const opening = Math.max(...out.filter((m) => m.paragraph === firstN && m.kind === 'quote').map((m) => m.index));
  out.forEach((m, i) => {
    if (m.kind !== 'quote' || !earlier.has(m.paragraph) || (m.paragraph === firstN && m.index < opening)) return;
    // Closed in a later paragraph: not the unclosed quotation the editor is warned of.
    const { unclosedQuote: _closedLater, ...part } = m;
    out[i] = { ...part, speaker: { ...closing.speaker }, government: closing.government, verb: closing.verb, verbIndex: null, resolvedBy: 'continuation' };
  });
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}
