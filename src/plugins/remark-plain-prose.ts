import type { Root } from 'mdast';
import type { Processor } from 'unified';
import { BLANK_LINES, shiftedIntoDocument, takeParsedDocument } from '../lib/content/parsed-bodies.ts';
import { parsePlainProse } from '../lib/segment/plain-prose.ts';

/**
 * The mdast tree of a whole MDX file as the MDX integration hands it to the parser (the frontmatter
 * replaced by lines of spaces, then the body) when the body is plain prose (`parsePlainProse`), with
 * the positions the parser gives; null when it is not, and the parser must read it.
 */
export function plainProseDocument(document: string): Root | null {
  const blank = BLANK_LINES.exec(document)?.[0] ?? '';
  const tree = parsePlainProse(document.slice(blank.length));
  return tree && shiftedIntoDocument(tree, blank.split('\n').length - 1, blank.length);
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
