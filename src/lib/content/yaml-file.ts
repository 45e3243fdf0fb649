import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import type { ContentProblem } from './content-error.ts';
import { readPlainList } from './plain-yaml-list.ts';

/** A parsed YAML content file that can say on which line a value was written. */
export interface YamlFile {
  /** Path relative to the project root, as shown to editors. */
  file: string;
  /** The file's data as plain JavaScript (`null` for an empty file). */
  data: unknown;
  /**
   * 1-based line of the value at `path` (`[3, 'aliases', 2]`), or of its nearest
   * written ancestor when the value itself is missing (a required field left out).
   */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** Either the parsed file or the problems that kept it from being read. */
export type YamlFileResult = { yaml: YamlFile; problems: [] } | { yaml?: undefined; problems: ContentProblem[] };

/**
 * Reads and parses one YAML file under `root`. Missing files and syntax errors come
 * back as problems (with the line of the error) rather than exceptions, so a loader
 * can report every file's problems at once.
 */
export function readYamlFile(root: string, file: string): YamlFileResult {
  let text: string;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch {
    return { problems: [{ file, path: '', message: `the file could not be read (looked in ${root}); create it as a YAML list` }] };
  }

  // A list in the plain shapes (plain-yaml-list.ts) is read without the parser, which runs only if
  // a line must be found for a problem.
  const plain = readPlainList(text);
  if (plain !== undefined) {
    let parsed: Parsed | undefined;
    return { yaml: { file, data: plain, lineOf: (path) => lineOf((parsed ??= parse(text)), path) }, problems: [] };
  }
  const parsed = parse(text);
  if (parsed.document.errors.length > 0) return { problems: syntaxProblems(file, text, parsed.document.errors, parsed.lineCounter) };

  return {
    yaml: { file, data: parsed.document.toJS(), lineOf: (path) => lineOf(parsed, path) },
    problems: [],
  };
}

/** A parsed document and the line counter its positions are read with. */
interface Parsed {
  document: Document;
  lineCounter: LineCounter;
}

function parse(text: string): Parsed {
  const lineCounter = new LineCounter();
  // prettyErrors off: we place the error ourselves and keep the parser's one-line reason.
  return { document: parseDocument(text, { lineCounter, prettyErrors: false }), lineCounter };
}

/**
 * The first syntax mistake of the file, as one problem (the parser often reports one mistake two or
 * three ways). A mistake it only notices on the next line (a mis-indented key) names both lines; a quote
 * or bracket never closed is noticed at the end, so the editor is sent to look above; tabs get their own hint.
 */
function syntaxProblems(file: string, text: string, errors: readonly YAMLError[], lineCounter: LineCounter): ContentProblem[] {
  const lines = text.split(/\r?\n/);
  const sorted = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const byLine = Map.groupBy(sorted, (error) => lineCounter.linePos(error.pos[0]).line);
  // After its first mistake the parser is often lost and flags every following line (one tab can make
  // hundreds of errors), so only the first is shown, with a count of the rest.
  const [line, group] = [...byLine][0]!;
  const first = group[0]!;
  const last = Math.max(...group.map((error) => lineCounter.linePos(Math.max(error.pos[0], error.pos[1] - 1)).line));
  const tabbed = lines.slice(line - 1, last).some((written) => /^\s*\t/.test(written));
  const where = last > line ? `lines ${line}–${last}` : 'this line';
  const hint = tabbed
    ? `Fix the syntax on ${where}: YAML does not allow tabs for indentation; indent with spaces`
    : first.code === 'MISSING_CHAR'
      ? 'Fix the syntax: a quotation mark or bracket opened above this line is never closed; find where it opens and close it'
      : `Fix the syntax on ${where} (check indentation, colons and quotes)`;
  const reason = first.message.split('\n')[0]!.replace(/\.$/, '');
  const more = byLine.size > 1 ? ` The parser stopped making sense of the file here: fix this and build again to see whether anything after it is wrong (${byLine.size - 1} later line(s) were flagged).` : '';
  return [{ file, line, path: '', message: `the YAML is not valid: ${reason}. ${hint}.${more}` }];
}

/** Walks up `path` until a node with a position is found; yaml nodes keep `[start, valueEnd, nodeEnd]` offsets. */
function lineOf({ document, lineCounter }: Parsed, path: readonly PropertyKey[]): number | undefined {
  for (let length = path.length; length >= 0; length -= 1) {
    const keys = path.slice(0, length).map((key) => (typeof key === 'symbol' ? String(key) : key));
    const node = length === 0 ? document.contents : document.getIn(keys, true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return lineCounter.linePos(range[0]).line;
  }
  return undefined;
}
