import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { SourceDocument } from '../model.ts';
import { bodyParagraphs } from '../paragraphs.ts';
import { parseMdxBody } from '../parse-mdx.ts';
import { SourceSchema, type SourceFrontmatter } from '../../schemas/source.ts';
import { ContentError, type ContentProblem } from './content-error.ts';

/** Where source articles live, relative to the project root. */
export const SOURCES_DIR = 'content/sources';

const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/;
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** A source with its validated frontmatter, as read from disk. */
export interface LoadedSource extends SourceDocument {
  frontmatter: SourceFrontmatter;
}

/** 1-based line of a top-level frontmatter key, counting the opening `---` as line 1. */
function lineOfKey(frontmatter: string, key: string): number | undefined {
  const index = frontmatter.split(/\r?\n/).findIndex((line) => line.startsWith(`${key}:`));
  return index < 0 ? undefined : index + 2;
}

function readSource(root: string, name: string): { source?: LoadedSource; problems: ContentProblem[] } {
  const file = `${SOURCES_DIR}/${name}`;
  const problem = (message: string, path = '', line?: number): ContentProblem => ({ file, path, message, ...(line ? { line } : {}) });
  const text = readFileSync(join(root, file), 'utf8');
  const match = FRONTMATTER.exec(text);
  if (!match) return { problems: [problem('the file must start with frontmatter between two "---" lines', '', 1)] };
  const frontmatterText = match[1] ?? '';

  let raw: unknown;
  try {
    raw = parseYaml(frontmatterText);
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    const detail = String((error as Error).message).split('\n')[0];
    return { problems: [problem(`the frontmatter is not valid YAML: ${detail}`, '', line === undefined ? undefined : line + 1)] };
  }
  const parsed = SourceSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => {
        const key = String(issue.path[0] ?? '');
        return problem(issue.message, issue.path.map(String).join('.'), key ? lineOfKey(frontmatterText, key) : undefined);
      }),
    };
  }

  const bodyStartLine = match[0].split('\n').length;
  let paragraphs;
  try {
    paragraphs = bodyParagraphs(parseMdxBody(text.slice(match[0].length)));
  } catch (error) {
    const place = (error as { line?: number }).line;
    const reason = (error as { reason?: string }).reason ?? String(error);
    return {
      problems: [problem(`the body is not valid MDX: ${reason}. Escape { } < > with a backslash (\\{) or re-import the article`, '', place ? place + bodyStartLine - 1 : undefined)],
    };
  }
  if (paragraphs.length === 0) return { problems: [problem('the body has no paragraphs; paste the article text below the frontmatter')] };

  const data = parsed.data;
  return {
    problems: [],
    source: {
      id: name.replace(/\.mdx$/, ''),
      title: data.title,
      publisher: data.publisher,
      published: data.published,
      wire: data.wire,
      file,
      paragraphs: paragraphs.map(({ n, text: paragraphText }) => ({ n, text: paragraphText })),
      frontmatter: data,
    },
  };
}

/**
 * Reads every `content/sources/*.mdx`, validates its frontmatter and numbers its paragraphs with the
 * same rule as the pages. Reports every problem in every file at once, then throws a `ContentError`.
 * Sources come back in id order so the model does not depend on the file system's order.
 */
export function loadSources(root: string = process.cwd()): LoadedSource[] {
  let names: string[];
  try {
    names = readdirSync(join(root, SOURCES_DIR)).filter((name) => name.endsWith('.mdx') || name.endsWith('.md')).sort();
  } catch {
    throw new ContentError([{ file: SOURCES_DIR, path: '', message: 'the folder is missing; create it and import an article with `npm run import`' }]);
  }
  const problems: ContentProblem[] = [];
  const sources: LoadedSource[] = [];
  for (const name of names) {
    if (!FILE_NAME.test(name)) {
      problems.push({
        file: `${SOURCES_DIR}/${name}`,
        path: '',
        message: 'the file name is the source id and must be lowercase a-z, 0-9 and hyphens, ending in .mdx; rename it',
      });
      continue;
    }
    const result = readSource(root, name);
    problems.push(...result.problems);
    if (result.source) sources.push(result.source);
  }
  if (sources.length === 0 && problems.length === 0) {
    problems.push({ file: SOURCES_DIR, path: '', message: 'there are no sources; import an article with `npm run import -- <file.txt>`' });
  }
  if (problems.length > 0) throw new ContentError(problems, 'Some source articles cannot be built');
  return sources;
}
