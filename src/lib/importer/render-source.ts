import { Document, Scalar } from 'yaml';
import type { SourceFrontmatter } from '../../schemas/source.ts';
import { escapeMdx } from './escape-mdx.ts';
import type { DraftParagraph } from './group-paragraphs.ts';

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

/** A paragraph to write: its text, and for a list item, its list. */
export type BodyBlock = Pick<DraftParagraph, 'text' | 'kind' | 'list'>;

/** Markers of consecutive lists: CommonMark starts a new list when the bullet or the delimiter changes. */
const BULLETS = ['-', '*'] as const;
const DELIMITERS = ['.', ')'] as const;

/**
 * The MDX body: each paragraph escaped, a blank line between; the items of a list as one
 * tight Markdown list (`- …`, or `3. …` from the list's first number), so each item renders
 * as an `<li>` that the site numbers as a paragraph. Two lists in a row get different
 * markers, or Markdown would read them as one.
 */
export function renderBody(paragraphs: readonly (string | BodyBlock)[]): string {
  const blocks: string[] = [];
  let open = null as { list: number; lines: string[] } | null;
  let lists = 0;
  for (const paragraph of paragraphs) {
    const block: BodyBlock = typeof paragraph === 'string' ? { text: paragraph, kind: 'paragraph' } : paragraph;
    if (block.kind !== 'item' || !block.list) {
      open = null;
      blocks.push(escapeMdx(block.text));
      continue;
    }
    const { list, ordered, start } = block.list;
    if (open?.list !== list) {
      open = { list, lines: [] };
      blocks.push('');
      lists += 1;
    }
    const style = (lists - 1) % 2;
    const marker = ordered ? `${start + open.lines.length}${DELIMITERS[style]}` : BULLETS[style];
    open.lines.push(`${marker} ${escapeMdx(block.text)}`);
    blocks[blocks.length - 1] = open.lines.join('\n');
  }
  return `${blocks.join('\n\n')}\n`;
}

/** The whole `content/sources/<id>.mdx` file: the frontmatter block, a blank line, the body. */
export function renderSource(frontmatter: SourceFrontmatter, paragraphs: readonly (string | BodyBlock)[]): string {
  return `---\n${renderFrontmatter(frontmatter)}---\n\n${renderBody(paragraphs)}`;
}
