import type { ParsedResult } from 'chrono-node';
import type { DatePrecision, ResolvedDate } from '../../model.ts';

/**
 * Calendar parts the words state themselves ("Oct. 30" states month and day). Everything else in a
 * resolution is implied by the publication date, as chrono keeps known and implied values apart.
 * Months are 1–12; weekdays 0 (Sunday) to 6 (Saturday).
 */
export interface StatedParts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
}

/** A date expression found in a text, resolved against the publication date. */
export interface DateMention {
  /** Offset of the first character in the searched text. */
  index: number;
  /** Offset just past the last character: `text.slice(index, endIndex) === date.text`. */
  endIndex: number;
  /** The verbatim words and the range they resolve to. */
  date: ResolvedDate;
  /** True when the expression points past the publication date ("by December", "next week"). */
  expected: boolean;
  /** What the words state; the rest is implied. */
  stated: StatedParts;
  /**
   * The rule that resolved the words, then any refiners that rewrote the mention: `relative-period`,
   * `month-name+deadline`. For diagnostics and tests.
   */
  rule: string;
}

/** What a rule resolves its words to. */
export interface Resolution {
  start: string | null;
  end: string | null;
  precision: DatePrecision;
  expected: boolean;
}

/** A rule's find: a span and its resolution, before overlaps are removed and refiners run. */
export interface Candidate extends Resolution {
  index: number;
  endIndex: number;
  rule: string;
  stated: StatedParts;
  /**
   * The same words resolved in a given year, so "June" + "last year" can become "June last year";
   * absent when the words fix the year themselves.
   */
  inYear?: (year: number) => Resolution;
}

/** What every rule knows besides the text. */
export interface RuleContext {
  /** The publication day at 00:00 UTC; the only reference, never the clock. */
  published: Date;
  /** Whether the clause before `index` speaks of the future ("will", "is expected to", "by"). */
  futureAt(index: number): boolean;
  /** Whether the words before `index` tell what someone planned, agreed or set aside ("signed …, allocating … in"). */
  plannedAt(index: number): boolean;
  /** The text in lower case, to look for words quickly. */
  lowered: string;
  /** chrono's results for the text (`parseWithChrono`), read once for the rules that both use them. */
  chrono(): ParsedResult[];
}

/** Finds and resolves one kind of date expression. */
export interface DateRule {
  name: string;
  find(text: string, context: RuleContext): Candidate[];
}

/** Rewrites accepted candidates, e.g. widens "August" after "since" into an open range. */
export interface DateRefiner {
  name: string;
  refine(text: string, candidates: Candidate[], context: RuleContext): Candidate[];
}
