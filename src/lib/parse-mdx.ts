import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { keepParsedBody } from './content/parsed-bodies.ts';
import { parsePlainProse } from './segment/plain-prose.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/**
 * Parses an MDX body into mdast exactly as the site's MDX pipeline reads it. A body of plain prose
 * (most sources) takes a shortcut that builds the same tree without the parser: `segment/plain-prose.ts`.
 */
export function parseMdxBody(body: string): Root {
  const prose = parsePlainProse(body);
  if (prose) return prose;
  const tree = parser.runSync(parser.parse(body)) as Root;
  // A build hands this tree to its MDX pipeline, which would otherwise parse the body again.
  keepParsedBody(body, tree);
  return tree;
}
