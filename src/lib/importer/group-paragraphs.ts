import type { ItemMark } from './judge-lists.ts';
import { listMarker } from './line-shape.ts';
import type { Line } from './types.ts';

/** A paragraph the importer means to write, with the input line it starts on. */
export interface DraftParagraph {
  /** The paragraph's text exactly as a reader should see it (an item's without its bullet or number). */
  text: string;
  /** 1-based input line where it starts. */
  line: number;
  /** `item` for an item of a list in the article: written as a Markdown list item, numbered as a paragraph. */
  kind: 'paragraph' | 'item';
  /** For an item: its list and how the list is numbered. */
  list?: ItemMark;
}

/**
 * Makes each remaining non-blank line a paragraph, or an item of a list when `judgeLists`
 * kept it as one. Pasted articles come either with a blank line between paragraphs or one
 * paragraph per line; in both, a line break that `repairWraps` did not join is a
 * paragraph break.
 */
export function groupParagraphs(lines: Line[], items: ReadonlyMap<number, ItemMark> = new Map()): DraftParagraph[] {
  return lines
    .filter((line) => line.text !== '')
    .map((line): DraftParagraph => {
      const list = items.get(line.n);
      const marker = list ? listMarker(line.text) : null;
      return marker && list ? { text: marker.text, line: line.n, kind: 'item', list } : { text: line.text, line: line.n, kind: 'paragraph' };
    });
}
