import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { SOURCES_DIR } from '../../src/lib/content/load-sources.ts';
import { SourceSchema, type SourceFrontmatter } from '../../src/schemas/source.ts';

/** A real source article split into what the generator varies: validated frontmatter and MDX paragraphs. */
export interface BaseSource {
  id: string;
  frontmatter: SourceFrontmatter;
  /** Body paragraphs as written in the file: MDX text, already escaped. */
  paragraphs: string[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Splits one source file into frontmatter and paragraphs (blocks separated by blank lines).
 * The paragraphs stay MDX so the escaping of the original carries over to every copy.
 */
export function parseBaseSource(id: string, text: string): BaseSource {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error(`${SOURCES_DIR}/${id}.mdx has no frontmatter between two "---" lines; the benchmark copies valid sources only.`);
  const frontmatter = SourceSchema.parse(parseYaml(match[1] ?? '') ?? {});
  const paragraphs = text
    .slice(match[0].length)
    .split(/\r?\n[ \t]*\r?\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '');
  return { id, frontmatter, paragraphs };
}

/** The project's real sources, in id order: the originals every benchmark corpus varies. */
export function readBaseSources(root: string): BaseSource[] {
  const dir = join(root, SOURCES_DIR);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => parseBaseSource(name.replace(/\.mdx$/, ''), readFileSync(join(dir, name), 'utf8')));
}
