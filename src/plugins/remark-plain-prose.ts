import type { Root } from 'mdast';
import type { Point } from 'unist';
import type { Processor } from 'unified';
import { BLANK_LINES, takeParsedDocument } from '../lib/content/parsed-bodies.ts';
import { parsePlainProse } from '../lib/segment/plain-prose.ts';

/**
 * The mdast tree of a whole MDX file as the MDX integration hands it to the parser (the frontmatter
 * replaced by lines of spaces, then the body) when the body is plain prose (`parsePlainProse`), with
 * the positions the parser gives; null when it is not, and the parser must read it.
 */
export function plainProseDocument(document: string): Root | null {
  const blank = BLANK_LINES.exec(document)?.[0] ?? '';
  const tree = parsePlainProse(document.slice(blank.length));
  if (tree === null) return null;
  const lines = blank.split('\n').length - 1;
  const shift = (point: Point): Point => ({ line: point.line + lines, column: point.column, offset: (point.offset ?? 0) + blank.length });
  for (const paragraph of tree.children) {
    for (const node of [paragraph, ...('children' in paragraph ? paragraph.children : [])]) {
      if (node.position) node.position = { start: shift(node.position.start), end: shift(node.position.end) };
    }
  }
  if (tree.position) tree.position = { start: { line: 1, column: 1, offset: 0 }, end: shift(tree.position.end) };
  return tree;
}

/**
 * A remark plugin for the site's MDX pipeline: a source body of plain prose (most articles) is
 * turned into its tree without running the MDX parser, which at 10,000 sources spent a quarter of
 * a minute reading text that holds no markup. The tree is the one the parser builds (see
 * `parsePlainProse`), so the compiled page is the same. A body with markup gets the tree the model's
 * loader parsed in this build (content/parsed-bodies.ts), or else goes to the parser.
 * It must come after the parser is set (remark-parse, which the MDX integration adds first).
 */
export default function remarkPlainProse(this: Processor) {
  const parse = this.parser;
  if (!parse) return;
  this.parser = (document, file) => plainProseDocument(document) ?? takeParsedDocument(document) ?? parse(document, file);
}
