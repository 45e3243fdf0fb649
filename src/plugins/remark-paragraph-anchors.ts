import type { Root } from 'mdast';
// Declares `data.hProperties`, which remark-rehype turns into HTML attributes.
import type {} from 'mdast-util-to-hast';
import { bodyParagraphs, paragraphId } from '../lib/paragraphs.ts';

/**
 * Gives every body paragraph of a source an id (`p1`, `p2`, …) and its number as
 * `data-paragraph`, using the same numbering rule as the extraction pipeline. A list
 * item carries them on its `<li>`: a tight item has no `<p>` to carry them.
 */
export default function remarkParagraphAnchors() {
  return (tree: Root) => {
    for (const { n, node } of bodyParagraphs(tree)) {
      node.data ??= {};
      node.data.hProperties = { ...node.data.hProperties, id: paragraphId(n), 'data-paragraph': n };
    }
  };
}
