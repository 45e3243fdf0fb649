import type { Line } from './types.ts';

/** A paragraph the importer means to write, with the input line it starts on. */
export interface DraftParagraph {
  /** The paragraph's text exactly as a reader should see it. */
  text: string;
  /** 1-based input line where it starts. */
  line: number;
}

/**
 * Makes each remaining non-blank line a paragraph. Pasted articles come either with a
 * blank line between paragraphs or one paragraph per line; in both, a line break that
 * `repairWraps` did not join is a paragraph break.
 */
export function groupParagraphs(lines: Line[]): DraftParagraph[] {
  return lines.filter((line) => line.text !== '').map((line) => ({ text: line.text, line: line.n }));
}
