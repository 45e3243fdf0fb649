import { Readability } from '@mozilla/readability';
import { blockLines, type BlockLine } from './block-text.ts';

/** The article Readability found in a page, as lines, with what was set apart from it. */
export interface ArticleText {
  lines: BlockLine[];
  /** Photo captions (`<figcaption>`): they describe a picture, not the story, and are left out. */
  captions: BlockLine[];
}

/**
 * Finds the article in a parsed page with Mozilla's Readability (the engine of Firefox's
 * Reader View), which scores the page's blocks and keeps the article's text, dropping
 * navigation, banners, share buttons and sidebars. Readability changes the document it
 * reads: pass a copy that nothing else needs. Null when it finds no article.
 */
export function articleText(document: Document): ArticleText | null {
  // Classes are kept: they tell a byline or a time stamp from running text (see `blockLines`).
  const parsed = new Readability<Node>(document, { serializer: (node) => node, keepClasses: true }).parse();
  if (!parsed?.content) return null;
  const { lines, apart } = blockLines(parsed.content, { apart: ['figcaption'] });
  return lines.length > 0 ? { lines, captions: apart } : null;
}
