/**
 * Finds the quotations of a paragraph: curly “…”, straight "…", angle «…» and low „…“ (or „…”) marks,
 * and the single curly marks ‘…’ of British copy. A curly mark typed the wrong way round is read by
 * where it stands (“…,“ closes, ”…” opens), as is German »…«. A single closing mark is also the
 * apostrophe, so a single quotation is read only from an opening ‘ to a ’ that ends a word, and never
 * inside another quotation.
 */
import type { QuoteSpan } from './types.ts';

/** Stands in for quoted text in the masked paragraph: not a letter, so no word is read inside a quote. */
export const MASK = '\u2592';

/** The marks that open or close a quotation: nothing else changes what is quoted. */
const QUOTE_MARKS = /[“”"«»„]/g;

/**
 * The quotations of `text`, in order. A quotation whose closing mark is missing ends where the next
 * one opens or at the paragraph end, and is marked `unclosed`: a stray mark must never swallow the
 * rest of an article, only (at worst) the rest of its paragraph.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: OpenQuote | null = null;
  for (const { 0: ch, index: i } of text.matchAll(QUOTE_MARKS)) {
    if (open?.closer === '”' && ch === '"' && (open.nestedStraight || /\s/.test(text[i - 1] ?? ' '))) {
      // “… a "mistake" …”: straight marks quoting inside a curly quotation open and close in pairs.
      open.nestedStraight = !open.nestedStraight;
    } else if (open && (ch === open.closer || closesMismatched(text, open, ch, i))) {
      spans.push(closed(text, open, i, false));
      open = null;
    } else if (ch === '“' || ch === '«' || ch === '„') {
      // An opening mark inside an open quote: the previous one lost its closing mark.
      if (open) spans.push(closed(text, open, i, true));
      open = { at: i, closer: CLOSER_OF[ch] as string };
    } else if (!open && (ch === '”' || ch === '»') && opensAWord(text, i)) {
      // ”…” typed with the closing mark, »…« in German copy: a closing mark before a word, after a space, opens.
      open = { at: i, closer: ch === '”' ? '”' : '«' };
    } else if (ch === '"' && !open && !/\d/.test(text[i - 1] ?? '')) {
      // A straight mark right after a digit is an inch mark ("5\" guns"), not a quotation.
      open = { at: i, closer: '"' };
    }
  }
  if (open) spans.push(closed(text, open, text.length, true));
  return withSingleQuotes(text, spans);
}

/** An opening single mark: after a space, a dash or a bracket, or at the start. */
const SINGLE_OPEN = /(?<![\p{L}\p{N}])\u2018(?=\p{L}|\p{N})/gu;
/**
 * A closing single mark: after a word, its punctuation or an ellipsis ("‘… the global economy …’"),
 * before no letter ("‘… authority’ by" — not "region’s").
 */
const SINGLE_CLOSE = /(?<=[\p{L}\p{N}.,!?\u2026])\u2019(?![\p{L}\p{N}])/gu;
/** An opening single mark at the paragraph's start or after a colon, before a capital: "wrote: ‘The …". */
const OPENS_A_RUN = /(?:^\s*|:\s+)\u2018\p{Lu}$/u;
/** Words enough after an opening mark to be a quotation, not an elided word ("‘em", "rock ‘n roll"). */
const STARTS_WORDS = /^(?!(?:n|em|til|cause|tis|twas)\b)\p{L}[\p{L}’'-]*(?:\s+\S+){3}/iu;
/** "the soldiers’ families": a plural possessive, when another closing mark could end the quotation. */
const POSSESSIVE_PLURAL = /s\u2019\s+\p{Ll}/u;

/** `spans` with the single-mark quotations outside them added, in order. */
function withSingleQuotes(text: string, spans: QuoteSpan[]): QuoteSpan[] {
  if (!text.includes('\u2018')) return spans;
  const inside = (i: number) => spans.some((span) => span.open <= i && i < quoteEnd(span));
  const singles: QuoteSpan[] = [];
  let from = 0;
  for (const opening of text.matchAll(SINGLE_OPEN)) {
    if (opening.index < from || inside(opening.index)) continue;
    const closers = [...text.slice(opening.index + 1).matchAll(SINGLE_CLOSE)].map((m) => opening.index + 1 + m.index).filter((i) => !inside(i));
    const close = closers.find((i) => !POSSESSIVE_PLURAL.test(text.slice(i - 1, i + 3))) ?? closers[0];
    if (close === undefined) {
      // British copy quotes a speech over several paragraphs, each opening with ‘ and only the last
      // closing: a mark that opens the paragraph, or follows a colon, before a capital runs to its end.
      if (OPENS_A_RUN.test(text.slice(0, opening.index + 2))) singles.push(closed(text, { at: opening.index, closer: '\u2019' }, text.length, true));
      // "would ‘dissolve all state institutions … ceases to exist.": a quotation that loses its closing
      // mark ends where its words end (or where a quotation of double marks opens), as a double one does.
      else if (STARTS_WORDS.test(text.slice(opening.index + 1))) {
        const next = spans.find((span) => span.open > opening.index)?.open ?? text.length;
        singles.push(closed(text, { at: opening.index, closer: '\u2019' }, next, true));
      }
      break;
    }
    singles.push(closed(text, { at: opening.index, closer: '\u2019' }, close, false));
    from = close + 1;
  }
  return [...spans, ...singles].sort((a, b) => a.open - b.open);
}

/**
 * A sentence of the writer's own reporting the same source again ("The statement added that …", "The
 * ministry continued that …", "It said that …"): a subject of a few words, a verb of saying, then
 * "that". Quoted words seldom tell of their own speaker so.
 */
const WRITER_REPORTS = /[.!?]\s+(?=\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,4}\s+(?:said|added|continued|stated|noted|reported|announced|indicated|explained|stressed|clarified)\s+that\b)/gu;

/**
 * Where an unclosed quotation's words end, before `close`: before a sentence of the writer's own that
 * reports its source (WRITER_REPORTS), else at `close`. (Corpus README: an unclosed quotation mark is a
 * typo, and the quotation ends where its words end.)
 */
function writerResumesAt(text: string, from: number, close: number): number {
  const words = text.slice(from, close);
  // Its verbs need "that" after them: most quotations hold none.
  if (!words.includes(' that')) return close;
  WRITER_REPORTS.lastIndex = 0;
  const resumes = WRITER_REPORTS.exec(words);
  return resumes ? from + resumes.index + 1 : close;
}

/**
 * Copy that mixes marks ("…,” said Berg; “…," said Berg): a curly closing mark ends a straight
 * quotation, and a straight mark that ends a word ends a curly one.
 */
function closesMismatched(text: string, open: OpenQuote, ch: string, i: number): boolean {
  if (open.closer === '"') return ch === '”';
  // „…“ in German copy, „…” in Polish copy, and „…" where a straight mark ends the words.
  if (open.closer === '“') return ch === '”' || (ch === '"' && endsAWord(text, i));
  // “…," and the typo “…,“: a mark that ends a word, where a closing mark stands, closes.
  return open.closer === '”' && (ch === '"' || ch === '“') && endsAWord(text, i);
}

/** A mark right after a word or its punctuation, and before no letter or digit: where a closing mark stands. */
function endsAWord(text: string, i: number): boolean {
  return /\S/.test(text[i - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
}

/** A mark at the start or after a space, a bracket or a colon, and before a letter or digit: where an opening mark stands. */
function opensAWord(text: string, i: number): boolean {
  return /^$|[\s([:—–]/u.test(text[i - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
}

/** The mark that closes each opening curly, angle or low mark. */
const CLOSER_OF: Record<string, string> = { '“': '”', '«': '»', '„': '“' };

interface OpenQuote {
  /** Offset of the opening mark. */
  at: number;
  /** The mark that closes it. */
  closer: string;
  /** Inside a curly quotation, a straight quotation is open: its closing mark closes only it. */
  nestedStraight?: boolean;
}

function closed(text: string, open: OpenQuote, close: number, unclosed: boolean): QuoteSpan {
  const end = unclosed ? trimEndIndex(text, open.at + 1, writerResumesAt(text, open.at + 1, close)) : close;
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
