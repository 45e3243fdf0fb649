import { Document, Scalar } from 'yaml';
import type { SourceFrontmatter } from '../../schemas/source.ts';
import { escapeMdx } from './escape-mdx.ts';

/** Key order of the frontmatter, as an editor reads it: what, who, when, credits, notes. */
const KEY_ORDER = ['title', 'title_basis', 'publisher', 'published', 'published_basis', 'wire', 'url', 'byline', 'notes'] as const;

/** The YAML frontmatter block, `published` quoted so no YAML reader turns it into a timestamp. */
export function renderFrontmatter(frontmatter: SourceFrontmatter): string {
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (frontmatter[key] !== undefined) ordered[key] = frontmatter[key];
  const doc = new Document(ordered);
  const published = doc.get('published', true);
  if (published instanceof Scalar) published.type = Scalar.QUOTE_SINGLE;
  return doc.toString({ lineWidth: 0 });
}

/** The MDX body: each paragraph escaped, a blank line between. */
export function renderBody(paragraphs: readonly string[]): string {
  return `${paragraphs.map(escapeMdx).join('\n\n')}\n`;
}

/** The whole `content/sources/<id>.mdx` file: the frontmatter block, a blank line, the body. */
export function renderSource(frontmatter: SourceFrontmatter, paragraphs: readonly string[]): string {
  return `---\n${renderFrontmatter(frontmatter)}---\n\n${renderBody(paragraphs)}`;
}
