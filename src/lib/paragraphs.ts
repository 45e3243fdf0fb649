import type { BlockContent, DefinitionContent, List, ListItem, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A numbered body paragraph of a source article: a paragraph of the text, or one item of a list in it. */
export interface BodyParagraph {
  /** 1-based number; the paragraph's anchor is `#p<n>`. */
  n: number;
  /** The paragraph's text as a reader sees it (MDX escapes resolved, markup dropped). */
  text: string;
  /** `item` for a list item, which the page renders as an `<li>` rather than a `<p>`. */
  kind: 'paragraph' | 'item';
  /** The mdast node, so a remark plugin can decorate the rendered element. */
  node: Paragraph | ListItem;
}

/**
 * The text of a list item without the lists nested in it (those items are numbered on their own),
 * its blocks joined by a space, as the words run on when a reader reads the item.
 */
function itemText(item: ListItem): string {
  return item.children
    .filter((child) => child.type !== 'list')
    .map((child: BlockContent | DefinitionContent) => toString(child))
    .filter((text) => text !== '')
    .join(' ');
}

/** Numbers the items of `list` and of the lists nested in them, in reading order. */
function numberItems(list: List, add: (text: string, node: ListItem) => void): void {
  for (const item of list.children) {
    add(itemText(item), item);
    for (const child of item.children) if (child.type === 'list') numberItems(child, add);
  }
}

/**
 * The one rule that numbers a source's paragraphs, shared by the page renderer
 * (remark plugin) and the extraction pipeline so `#p4` means the same thing in both.
 *
 * The document's top-level paragraphs count, and so does every item of a top-level list
 * (a dated "Background:" list, the points of a speech), nested items after their parent:
 * a list in an article is content and must be citable. Items are numbered as items, not
 * by the paragraphs inside them, because a tight list item renders without a `<p>`; the
 * page puts the id on the `<li>`. Block quotes and anything nested in them are not
 * numbered. A body without lists numbers exactly as the rule did before lists counted,
 * so anchors published then still land on the same text.
 */
export function bodyParagraphs(tree: Root): BodyParagraph[] {
  const paragraphs: BodyParagraph[] = [];
  const add = (text: string, kind: BodyParagraph['kind'], node: BodyParagraph['node']) =>
    paragraphs.push({ n: paragraphs.length + 1, text, kind, node });
  for (const child of tree.children) {
    if (child.type === 'paragraph') add(toString(child), 'paragraph', child);
    else if (child.type === 'list') numberItems(child, (text, node) => add(text, 'item', node));
  }
  return paragraphs;
}

/** The fragment id of paragraph `n`, e.g. `p4`. */
export function paragraphId(n: number): string {
  return `p${n}`;
}
