/**
 * What `npm run import` does (src/cli/import.ts): turns a pasted article or a saved web page into
 * `content/sources/<id>.mdx` and says what it read, dropped and could not determine. The work is
 * done by the pure stages in `src/lib/importer/`; this file only reads flags, writes the file and
 * says what to print.
 */
import { mkdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Overrides } from '../lib/importer/build-frontmatter.ts';
import { importArticle } from '../lib/importer/import-article.ts';
import { readArticleFile } from '../lib/importer/read-input.ts';
import type { ImportMessage } from '../lib/importer/types.ts';
import { writeFileAtomic } from '../lib/importer/write-atomic.ts';
import { SourceSchema } from '../schemas/source.ts';
import type { CommandResult } from './command-result.ts';

const USAGE = `Usage: npm run import -- <file.txt|page.html> [options]

Turns a pasted news article (a .txt file) or a saved web page (.html, "Web Page, HTML only")
into content/sources/<id>.mdx, and lists every line it read, dropped or could not place.

Options:
  --title <text>         the title, when the text has no headline (or to replace it)
  --publisher <name>     the outlet that published the article
  --published <date>     the publication day, YYYY-MM-DD, when the text does not state it
  --wire <name>          an agency credited; repeat it or separate names with commas
  --url <url>            where the article was published
  --byline <text>        the author line
  --out-dir <dir>        where to write (default: content/sources)
  --force                replace the file if it already exists
  --text                 print the article's text as the importer reads it (for a saved page:
                         the text Readability found) and write nothing; save it as a .txt file
                         to correct it by hand and import that
  --help                 show this help`;

/** The project root, so the default output directory does not depend on where npm was run. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Stops the import with lines for the editor; `run` prints them to stderr and exits with code 1. */
class Refusal extends Error {
  lines: string[];
  constructor(lines: string[]) {
    super(lines.join('\n'));
    this.lines = lines;
  }
}

function fail(lines: string[]): never {
  throw new Refusal(lines);
}

/**
 * A titled list of messages, each prefixed with its field or line; nothing when there are
 * none. `lines` names what line numbers count: lines of the file, or of a saved page's text.
 */
function list(title: string, messages: ImportMessage[], lines = 'line'): string[] {
  if (messages.length === 0) return [];
  const label = (message: ImportMessage) =>
    message.field && !message.line ? `${message.field}: ` : message.line ? `${lines} ${message.line}: ` : '';
  return [title, ...messages.map((message) => `  ${label(message)}${message.reason}`)];
}

/** A path as the editor can use it: relative to where they ran npm when inside it, absolute otherwise. */
function shown(path: string, callerDir: string): string {
  const rel = relative(callerDir, path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}

function parse(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        title: { type: 'string' },
        publisher: { type: 'string' },
        published: { type: 'string' },
        wire: { type: 'string', multiple: true },
        url: { type: 'string' },
        byline: { type: 'string' },
        'out-dir': { type: 'string' },
        force: { type: 'boolean', default: false },
        text: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return fail([(error as Error).message, '', USAGE]);
  }
}

/** The saved-page importer, loaded only for a page: its DOM and Readability cost a second of start-up. */
function pageImporter() {
  return import('../lib/importer/page/import-page.ts');
}

/** The import itself; returns the report to print on success. */
async function main(args: readonly string[], callerDir: string): Promise<string> {
  const { values, positionals } = parse(args);
  if (values.help) return USAGE;
  if (positionals.length !== 1) {
    fail([positionals.length === 0 ? 'Give the text file or saved page to import.' : `Give one file to import; got ${positionals.length}.`, '', USAGE]);
  }
  const file = resolve(callerDir, positionals[0]!);
  const input = readArticleFile(file);
  if (!input.ok) fail([input.reason]);
  const isPage = input.kind === 'page';
  if (values.text) {
    const text = isPage ? (await pageImporter()).readPage(input.text)?.text : input.text;
    return text ?? fail([`Readability found no article in ${shown(file, callerDir)}. Open the page in a browser, copy the article into a .txt file and import that.`]);
  }

  const overrides: Overrides = {};
  for (const key of ['title', 'publisher', 'published', 'url', 'byline'] as const) {
    const value = values[key]?.trim();
    if (value) overrides[key] = value;
  }
  if (values.wire) overrides.wire = values.wire.flatMap((names) => names.split(',')).map((name) => name.trim()).filter(Boolean);

  const result = isPage ? (await pageImporter()).importPage(input.text, overrides) : importArticle(input.text, overrides);
  // A saved page's messages count the lines of the article's text, which --text prints.
  const lines = isPage ? 'text line' : 'line';
  const report = [
    ...(isPage ? [`Read ${shown(file, callerDir)} as a saved web page; "text line" numbers count the lines of its article text (print them with --text).`] : []),
    ...list('Read, joined and dropped:', result.messages, lines),
    ...list('Not determined:', result.undetermined, lines),
  ];
  if (result.errors.length > 0 || result.mdx === null || result.id === null) {
    const required = result.errors.flatMap((error) => (error.field ? [`--${error.field}`] : []));
    const other = result.errors.filter((error) => !error.field);
    fail([
      ...report,
      ...list('Cannot write the source:', other, lines),
      required.length > 0 ? `Nothing was written. Pass ${required.join(' and ')}, then run the import again.` : 'Nothing was written.',
    ]);
  }

  // The CLI is the last line of defence: never write a file the site would reject.
  const frontmatter = SourceSchema.safeParse(result.frontmatter);
  if (!frontmatter.success) {
    fail([
      ...report,
      'The frontmatter would not pass the source schema:',
      ...frontmatter.error.issues.map((issue) => `  ${issue.path.join('.') || 'frontmatter'}: ${issue.message}`),
      'Nothing was written. Fix the flag concerned and run the import again.',
    ]);
  }

  const outDir = values['out-dir'] ? resolve(callerDir, values['out-dir']) : resolve(ROOT, 'content/sources');
  mkdirSync(outDir, { recursive: true });
  const path = resolve(outDir, `${result.id}.mdx`);
  const written = writeFileAtomic(path, result.mdx, { force: values.force });
  if (!written.ok) fail([...report, written.reason.replace(path, shown(path, callerDir))]);
  const items = result.paragraphs.filter((paragraph) => paragraph.kind === 'item').length;
  const counted = `${result.paragraphs.length} paragraphs${items > 0 ? `, ${items} of them list items` : ''}`;
  return [`Wrote ${shown(path, callerDir)} (${counted})`, ...report].join('\n');
}

/**
 * Runs `npm run import` with the arguments after `--`; `callerDir` is where the editor ran npm, which
 * relative paths start from. Returns what to print and the exit code instead of printing, so the
 * tests can run the command in their own process (src/cli/import.ts is the command itself).
 */
export async function importCommand(args: readonly string[], callerDir: string): Promise<CommandResult> {
  try {
    return { code: 0, stdout: `${await main(args, callerDir)}\n`, stderr: '' };
  } catch (error) {
    // A refusal is expected and already says what to do; anything else is a bug, reported without a stack trace.
    const lines =
      error instanceof Refusal
        ? error.lines
        : [`The importer failed unexpectedly: ${(error as Error).message}`, 'Nothing was written. Please report this with the input file.'];
    return { code: 1, stdout: '', stderr: `${lines.join('\n')}\n` };
  }
}
