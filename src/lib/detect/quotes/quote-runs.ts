/**
 * A quotation that runs over several paragraphs without a mark at each paragraph's start: it opens in
 * one paragraph and is not closed there, the next paragraphs have no marks at all, and a later one
 * closes it before its attribution (`…is ensured," the ministry said.`). Copy pasted from some sites
 * drops the marks news style puts at each paragraph's start, so the words in between are the closing
 * paragraph's speaker's, not unattributed text.
 *
 * A document quoted in full after a colon ("The statement reads:") may run to the end of the copy
 * with no closing mark at all, when the page (or its stored copy) stops inside it: the paragraphs
 * after it are the document's too.
 */
import { findQuoteSpans } from './quote-spans.ts';
import type { ParagraphText, QuoteSpan, StatementMention } from './types.ts';

/** The paragraphs of one quotation run, by their position in the source: `first` opens it, `last` closes it. */
export interface QuoteRun {
  first: number;
  last: number;
  /** No mark closes it: the copy ends inside a quotation a colon introduced. */
  open?: true;
}

/** Each paragraph's quotations, with the runs over several paragraphs read as quotations too. */
export function quoteSpansOfSource(paragraphs: readonly ParagraphText[]): { spans: QuoteSpan[][]; runs: QuoteRun[] } {
  const spans = paragraphs.map((p) => findQuoteSpans(p.text));
  const runs: QuoteRun[] = [];
  for (let first = 0; first < paragraphs.length; first++) {
    if (!(spans[first] ?? []).at(-1)?.unclosed) continue;
    let last = first + 1;
    while (last < paragraphs.length && !QUOTE_MARK.test((paragraphs[last] as ParagraphText).text)) last += 1;
    // Single marks (British copy) open each paragraph of a speech again: read in the spans already.
    const noMarksAfter = last === paragraphs.length && spans.slice(first + 1).every((s) => s.length === 0);
    const runsToEnd = noMarksAfter && last > first + 1 && introducedByColon(paragraphs, first, spans[first] ?? []);
    const closing = last < paragraphs.length ? closingMark((paragraphs[last] as ParagraphText).text) : -1;
    if (closing < 0 && !runsToEnd) continue;
    for (let middle = first + 1; middle < last; middle++) {
      const text = (paragraphs[middle] as ParagraphText).text;
      spans[middle] = [{ open: -1, close: text.length, text, unclosed: true }];
    }
    if (runsToEnd) {
      runs.push({ first, last: last - 1, open: true });
      break;
    }
    const text = (paragraphs[last] as ParagraphText).text;
    const rest = findQuoteSpans(text.slice(closing + 1)).map((s) => ({ ...s, open: s.open + closing + 1, close: s.close + closing + 1 }));
    spans[last] = [{ open: -1, close: closing, text: text.slice(0, closing), unclosed: false }, ...rest];
    runs.push({ first, last });
    first = last;
  }
  return { spans, runs };
}

const QUOTE_MARK = /[“”"«»„]/;

/**
 * Whether the paragraph's unclosed quotation is a document set off as a block: a colon ends the
 * paragraph before ("The statement reads:") and the quotation opens this one. A mark left unclosed
 * inside a paragraph ("Berg said: “We will respond.") is a typo that must not make the rest of the
 * copy a quote.
 */
function introducedByColon(paragraphs: readonly ParagraphText[], p: number, spans: readonly QuoteSpan[]): boolean {
  const unclosed = spans.at(-1);
  const text = (paragraphs[p] as ParagraphText).text;
  if (!unclosed || text[unclosed.open] === '\u2018') return false;
  return /^\s*$/.test(text.slice(0, Math.max(unclosed.open, 0))) && /:\s*$/.test(paragraphs[p - 1]?.text ?? '');
}

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

/** The quotations of a run over several paragraphs go to one speaker: the closing paragraph's, else the opening one's. */
export function giveRunToItsSpeaker(out: StatementMention[], paragraphs: readonly ParagraphText[], run: QuoteRun): void {
  if (run.open) giveRunToOpeningSpeaker(out, paragraphs, run);
  else giveRunToClosingSpeaker(out, paragraphs, run);
}

/**
 * The quotations of a run over several paragraphs are the words of whoever the closing paragraph
 * attributes them to; the earlier paragraphs' parts had no attribution of their own.
 */
function giveRunToClosingSpeaker(out: StatementMention[], paragraphs: readonly ParagraphText[], run: QuoteRun): void {
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

/**
 * A quotation that runs to the end of the copy is the words of whoever its opening paragraph gives it
 * to (the document a colon introduced). The opening part stays marked unclosed, once, for the editor.
 */
function giveRunToOpeningSpeaker(out: StatementMention[], paragraphs: readonly ParagraphText[], run: QuoteRun): void {
  const firstN = (paragraphs[run.first] as ParagraphText).n;
  const opening = out.filter((m) => m.paragraph === firstN && m.kind === 'quote').at(-1);
  if (!opening || opening.resolvedBy === 'none') return;
  const later = new Set(paragraphs.slice(run.first + 1, run.last + 1).map((p) => p.n));
  out.forEach((m, i) => {
    if (m.kind !== 'quote' || !later.has(m.paragraph)) return;
    const { unclosedQuote: _toldOnce, ...part } = m;
    out[i] = { ...part, speaker: { ...opening.speaker }, government: opening.government, verb: opening.verb, verbIndex: null, resolvedBy: 'continuation' };
  });
}
