import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { SourceDocument } from '../model.ts';
import { bodyParagraphs } from '../paragraphs.ts';
import { parseMdxBody } from '../parse-mdx.ts';
import { SourceSchema, type SourceFrontmatter } from '../../schemas/source.ts';
import { unsafeMarkup } from './body-markup.ts';
import { ContentError, type ContentProblem } from './content-error.ts';
import { readPlainFrontmatter } from './plain-frontmatter.ts';

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

/**
 * The MDX parser's reason, without its positions (they count from the body, not the file; the
 * problem carries the file line), and what the editor most likely has to escape.
 */
function mdxErrorMessage(error: unknown): string {
  const { reason, source } = error as { reason?: string; source?: string };
  const detail = (reason ?? String(error)).replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '');
  const cause = source?.includes('expression')
    ? 'a "{" starts an MDX expression'
    : source?.includes('jsx')
      ? 'a "<" starts an MDX tag'
      : 'MDX reads { } < > as code and markup';
  return `the body is not valid MDX: ${detail}. In a source, ${cause}: escape it with a backslash (\\{ \\} \\<) to show it as text, or re-import the article with \`npm run import\``;
}

function readSource(root: string, name: string): { source?: LoadedSource; problems: ContentProblem[] } {
  const file = `${SOURCES_DIR}/${name}`;
  const problem = (message: string, path = '', line?: number): ContentProblem => ({ file, path, message, ...(line ? { line } : {}) });
  const text = readFileSync(join(root, file), 'utf8');
  const match = FRONTMATTER.exec(text);
  if (!match) return { problems: [problem('the file must start with frontmatter between two "---" lines', '', 1)] };
  const frontmatterText = match[1] ?? '';

  // Most frontmatter is in the few shapes a shortcut reads as the YAML parser does (plain-frontmatter.ts).
  let raw: unknown = readPlainFrontmatter(frontmatterText);
  if (raw === undefined) {
    try {
      raw = parseYaml(frontmatterText);
    } catch (error) {
      const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
      const detail = String((error as Error).message).split('\n')[0];
      return { problems: [problem(`the frontmatter is not valid YAML: ${detail}`, '', line === undefined ? undefined : line + 1)] };
    }
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

  // Lines of the body count from here in the file, so a body position becomes a file line.
  const bodyStartLine = match[0].split('\n').length;
  const fileLine = (line: number | undefined) => (line ? line + bodyStartLine - 1 : undefined);
  let tree;
  try {
    tree = parseMdxBody(text.slice(match[0].length));
  } catch (error) {
    return { problems: [problem(mdxErrorMessage(error), '', fileLine((error as { line?: number }).line))] };
  }
  const markup = unsafeMarkup(tree);
  if (markup.length > 0) return { problems: markup.map(({ line, message }) => problem(message, '', fileLine(line))) };
  const paragraphs = bodyParagraphs(tree);
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

/** The id a file claims: its name without the extension, as a case-insensitive file system or a URL sees it. */
function claimedId(name: string): string {
  return name.replace(/\.mdx?$/i, '').toLowerCase();
}

/**
 * A duplicate is two files that claim one id (`x.mdx` and `x.md`, or `x.mdx` and `X.mdx`): the id is the
 * page's URL, and on macOS or Windows the two cannot even coexist. The validly named `.mdx` file keeps
 * the id; each other one is reported, naming the file it collides with. (Two sources with the same
 * text or url are not duplicates: a wire story runs in several outlets, a live page is saved twice.)
 */
function duplicateIds(names: readonly string[]): { unique: string[]; problems: ContentProblem[] } {
  const groups = Map.groupBy(names, claimedId);
  const unique: string[] = [];
  const problems: ContentProblem[] = [];
  for (const [id, group] of groups) {
    const keeper = group.find((name) => FILE_NAME.test(name)) ?? group[0]!;
    unique.push(keeper);
    for (const name of group.filter((other) => other !== keeper)) {
      problems.push({
        file: `${SOURCES_DIR}/${name}`,
        path: '',
        message: `claims the same source id "${id}" as ${SOURCES_DIR}/${keeper}; a source id is its page's URL and must be unique. Keep one file (move anything missing into it) and delete the other`,
      });
    }
  }
  return { unique: unique.sort(), problems };
}

/**
 * Reads every `content/sources/*.mdx`, validates its frontmatter and numbers its paragraphs with the
 * same rule as the pages. Reports every problem in every file at once, then throws a `ContentError`.
 * Sources come back in id order so the model does not depend on the file system's order.
 */
export function loadSources(root: string = process.cwd()): LoadedSource[] {
  let names: string[];
  try {
    names = readdirSync(join(root, SOURCES_DIR)).filter((name) => /\.mdx?$/i.test(name)).sort();
  } catch {
    throw new ContentError([{ file: SOURCES_DIR, path: '', message: 'the folder is missing; create it and import an article with `npm run import`' }]);
  }
  const { unique, problems } = duplicateIds(names);
  const sources: LoadedSource[] = [];
  for (const name of unique) {
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
