/**
 * What the quote and speaker detector reports, and the small shapes its stages pass along.
 */
import type { Speaker } from '../../model.ts';
import type { Sentence } from '../../segment/sentences.ts';

/** How the speaker of a statement was found; shown in diagnostics, never to readers. */
export type ResolvedBy = 'explicit' | 'continuation' | 'pronoun' | 'none';

/** One statement found in one paragraph of one source. */
export interface StatementMention {
  /** Paragraph number (`#p<n>`). */
  paragraph: number;
  /** `quote` when the text quotes the speaker's words (fully or in part), `reported` for reported speech only. */
  kind: 'quote' | 'reported';
  /** The words inside the quotation marks, marks excluded (a trailing comma dropped); null for reported speech. */
  quote: string | null;
  /** The clause the speaker is reported to have said ("that a process is under way …"); null for a stand-alone quote. */
  reported: string | null;
  /** Verbatim span of the paragraph to cite: the quote, or the whole sentence for reported speech and partial quotes. */
  evidence: string;
  /** Offset of `evidence` in the paragraph text. */
  index: number;
  speaker: Speaker;
  /** Government or organisation the speaker speaks for; null when unknown, and for media and commentators. */
  government: string | null;
  /** The speech verb as written ("said", "told", "pointed out", "according to"); null for a continued quote. */
  verb: string | null;
  /** Offset of `verb` in the paragraph text; null with the verb. Read to find a negation before it ("did not confirm"). */
  verbIndex: number | null;
  resolvedBy: ResolvedBy;
  /** True when the quote's closing mark is missing and the quote was closed at the paragraph end. */
  unclosedQuote?: true;
  /**
   * True when the statement relays another's report: the channel of "Berg said …, the Courier
   * reported" or "According to the Courier, Berg said …", whose `reported` is the whole report relayed.
   */
  relays?: true;
  /**
   * Where a later paragraph credits this one's words: "This was reported by the Courier." on a
   * paragraph of its own. The statement cites both.
   */
  creditedIn?: { paragraph: number; evidence: string };
  /** True when a sentence of its own credited these words ("This was reported by X."), not a verb of theirs. */
  creditsBefore?: true;
}

/** A text range `[start, end)` in a paragraph. */
export interface Span {
  start: number;
  end: number;
}

/** A paragraph as the detector reads it. */
export interface ParagraphText {
  n: number;
  text: string;
  /** The paragraph's sentences by the pipeline's one rule, when the caller has them already. */
  sentences?: readonly Sentence[];
}

/** A quotation in a paragraph. Offsets are into the paragraph text. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph length when it is missing. */
  close: number;
  /** The words between the marks. */
  text: string;
  unclosed: boolean;
}

/** A word of a paragraph, with its offsets (end exclusive). */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** A sentence of a paragraph, read with its quotations masked. */
export interface SentenceView {
  /** The paragraph text. */
  text: string;
  /** The paragraph text with every quotation (marks included) replaced by a mask character. */
  masked: string;
  /** Sentence offsets in the paragraph (end exclusive, surrounding spaces excluded). */
  start: number;
  end: number;
  /** Words of the masked sentence: quoted words are not among them. */
  tokens: Token[];
  /** Quotations inside this sentence. */
  quotes: QuoteSpan[];
}
