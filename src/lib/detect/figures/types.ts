/**
 * One number in a text read as a figure: how many of what, qualified how, and
 * exactly where it was written.
 *
 * Vague quantities ("thousands of troops") are figures too: `value` is the
 * quantity's floor (hundreds → 100, thousands → 1000, tens of thousands →
 * 10000) and `qualifier` holds the vague words ("thousands", "tens of
 * thousands"), so a reader never mistakes the floor for a count.
 */
export interface FigureMention {
  /** The number: 12000 for "12,000", 8000000 for "eight million", the floor for a vague quantity or a range. */
  value: number;
  /** The upper end of a range ("10,000 to 12,000 troops"); absent for a single number. */
  upper?: number;
  /**
   * The vague words when the amount is not a number ("thousands", "tens of thousands", "several
   * thousand"): `value` is then only the detector's floor, never to be shown or plotted; null otherwise.
   */
  vague: string | null;
  /** Lowercased qualifier: "around", "at least", "possibly up to", "in total", "thousands", "between" for a range; null when plain. */
  qualifier: string | null;
  /** The unit noun phrase as written ("troops", "special forces troops", "artillery and rocket rounds"); borrowed when elided. */
  unit: string;
  /** Id of the category whose unit noun matches the unit's head noun; null when none does. */
  category: string | null;
  /** The verbatim span from qualifier through unit, e.g. "around 12,000 troops". */
  text: string;
  /** Offset of `text` in the input: `input.slice(index, index + text.length) === text`. */
  index: number;
  /**
   * True for a definite number with no noun ("the loss of the nine", "the two were freed"): it stands
   * for a count told before, whose category and unit the assemble stage looks up; `category` is null.
   */
  refersBack?: boolean;
  /**
   * True for a bare number that a count naming nothing reaches, with no count before it in its text
   * ("By Monday, the number had risen to 65,036"), or that counts a part of what was told before
   * ("About 1,000 of them settled in Marsh City, 500 in Ruhl"): it counts what the count of the
   * paragraph before counts, which the assemble stage looks up; `category` is null.
   */
  recountsEarlier?: boolean;
}

/** A word, a number in digits, or one punctuation character, with its offsets in the text. */
export interface Token {
  kind: 'word' | 'number' | 'punct';
  text: string;
  /** A word's `text` in lower case (words are compared in lower case many times over); `text` for the rest. */
  lower: string;
  start: number;
  end: number;
}
