/**
 * Finds the quotations of a paragraph: curly “…”, straight "…" and angle «…» marks.
 * Single marks are left alone: in news copy they are mostly apostrophes.
 */
import type { QuoteSpan } from './types.ts';

/** Stands in for quoted text in the masked paragraph: not a letter, so no word is read inside a quote. */
export const MASK = '\u2592';

/** The marks that open or close a quotation: nothing else changes what is quoted. */
const QUOTE_MARKS = /[“”"«»]/g;

/**
 * The quotations of `text`, in order. A quotation whose closing mark is missing ends where the next
 * one opens or at the paragraph end, and is marked `unclosed`: a stray mark must never swallow the
 * rest of an article, only (at worst) the rest of its paragraph.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: OpenQuote | null = null;
  for (const { 0: ch, index: i } of text.matchAll(QUOTE_MARKS)) {
    if (open && ch === open.closer) {
      spans.push(closed(text, open, i, false));
      open = null;
    } else if (ch === '“' || ch === '«') {
      // An opening mark inside an open quote: the previous one lost its closing mark.
      if (open) spans.push(closed(text, open, i, true));
      open = { at: i, closer: ch === '“' ? '”' : '»' };
    } else if (ch === '"' && !open && !/\d/.test(text[i - 1] ?? '')) {
      // A straight mark right after a digit is an inch mark ("5\" guns"), not a quotation.
      open = { at: i, closer: '"' };
    }
  }
  if (open) spans.push(closed(text, open, text.length, true));
  return spans;
}

interface OpenQuote {
  /** Offset of the opening mark. */
  at: number;
  /** The mark that closes it. */
  closer: string;
}

function closed(text: string, open: OpenQuote, close: number, unclosed: boolean): QuoteSpan {
  const end = unclosed ? trimEndIndex(text, open.at + 1, close) : close;
  return { open: open.at, close: end, text: text.slice(open.at + 1, end), unclosed };
}

/** `text` with every quotation, marks included, replaced by `MASK`; offsets are unchanged. */
export function maskQuotes(text: string, spans: QuoteSpan[]): string {
  if (spans.length === 0) return text;
  // Joined, not added up piece by piece: the result is one flat string, quicker to read character by character.
  const pieces: string[] = [];
  let from = 0;
  for (const span of spans) {
    const end = quoteEnd(span);
    // A run's part with no opening mark (quote-runs.ts) starts at the paragraph's start.
    const open = Math.max(span.open, 0);
    pieces.push(text.slice(from, open), MASK.repeat(end - open));
    from = end;
  }
  pieces.push(text.slice(from));
  return pieces.join('');
}

/** Offset just after a quotation: after its closing mark, or after its last word when unclosed. */
export function quoteEnd(span: QuoteSpan): number {
  return span.unclosed ? span.close : span.close + 1;
}

function trimEndIndex(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(text[end - 1] ?? '')) end--;
  return end;
}

/** The masked paragraph with the marks around quoted names blanked, so the names read as words. */
export function unmarkQuotedNames(masked: string, names: readonly QuoteSpan[]): string {
  let out = masked;
  for (const name of names) {
    const close = quoteEnd(name) - 1;
    out = `${out.slice(0, name.open)} ${out.slice(name.open + 1, close)} ${out.slice(close + 1)}`;
  }
  return out;
}
