import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { ContentProblem } from './content-error.ts';

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

  const lineCounter = new LineCounter();
  // prettyErrors off: we place the error ourselves and keep the parser's one-line reason.
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    return {
      problems: document.errors.map((error) => ({
        file,
        line: lineCounter.linePos(error.pos[0]).line,
        path: '',
        message: `the YAML is not valid: ${error.message}. Fix the syntax on this line (check indentation, colons and quotes).`,
      })),
    };
  }

  return {
    yaml: { file, data: document.toJS(), lineOf: (path) => lineOf(document, lineCounter, path) },
    problems: [],
  };
}

/** Walks up `path` until a node with a position is found; yaml nodes keep `[start, valueEnd, nodeEnd]` offsets. */
function lineOf(document: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let length = path.length; length >= 0; length -= 1) {
    const keys = path.slice(0, length).map((key) => (typeof key === 'symbol' ? String(key) : key));
    const node = length === 0 ? document.contents : document.getIn(keys, true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return lineCounter.linePos(range[0]).line;
  }
  return undefined;
}
