import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A numbered body paragraph of a source article. */
export interface BodyParagraph {
  /** 1-based number; the paragraph's anchor is `#p<n>`. */
  n: number;
  /** The paragraph's text as a reader sees it (MDX escapes resolved, markup dropped). */
  text: string;
  /** The mdast node, so a remark plugin can decorate the rendered element. */
  node: Paragraph;
}

/**
 * The one rule that numbers a source's paragraphs, shared by the page renderer
 * (remark plugin) and the extraction pipeline so `#p4` means the same thing in both.
 *
 * Only the document's top-level paragraphs count. Paragraphs nested in lists or
 * block quotes are not numbered: tight list items render without a `<p>`, so
 * counting them would make the page and the model disagree.
 */
export function bodyParagraphs(tree: Root): BodyParagraph[] {
  const paragraphs: BodyParagraph[] = [];
  for (const child of tree.children) {
    if (child.type !== 'paragraph') continue;
    paragraphs.push({ n: paragraphs.length + 1, text: toString(child), node: child });
  }
  return paragraphs;
}

/** The fragment id of paragraph `n`, e.g. `p4`. */
export function paragraphId(n: number): string {
  return `p${n}`;
}
