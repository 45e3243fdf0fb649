import { ContentError, type ContentProblem } from '../content/content-error.ts';

/** The checked-in list of published anchors, relative to the project root. */
export const ANCHORS_FILE = 'content/anchors.json';

/** The command that rewrites the manifest on purpose; every message that mentions it uses this text. */
export const UPDATE_COMMAND = 'npm run anchors -- --update';

/** The manifest as stored: a version, so the shape can change later, and the sorted anchors. */
export interface AnchorManifest {
  version: 1;
  /** Site-relative link targets (`/sources/<id>/#p4`, `/chronology/#<id>`), sorted. */
  anchors: string[];
}

/**
 * The manifest's text: two-space JSON with one anchor per line and a final newline, so a
 * change to the published anchors reads as a line-by-line diff in review.
 */
export function formatManifest(anchors: string[]): string {
  const manifest: AnchorManifest = { version: 1, anchors: [...new Set(anchors)].sort() };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** 1-based line of the JSON syntax error, when the parser's message gives a place. */
function errorLine(text: string, message: string): number | undefined {
  const line = /\(line (\d+) column \d+\)/.exec(message);
  if (line) return Number(line[1]);
  const position = /at position (\d+)/.exec(message);
  return position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
}

/** The parser's reason without the excerpt of the file it quotes (`…, ..."s": [",]" is not valid JSON`). */
function errorReason(message: string): string {
  return message.replace(/,\s*(?:\.\.\.)?".*$/s, '').replace(/ in JSON at position.*$/s, '');
}

const RESTORE = `Restore it from version control (git checkout ${ANCHORS_FILE}) or correct it by hand`;

/**
 * Reads the manifest's text and returns its anchors. Throws a `ContentError` naming `file`
 * when the JSON is broken or the shape is not `{ "version": 1, "anchors": [strings] }`:
 * an unreadable manifest must stop the build, not silently protect nothing.
 */
export function parseManifest(text: string, file: string = ANCHORS_FILE): string[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const line = errorLine(text, message);
    throw new ContentError(
      [{ file, path: '', ...(line === undefined ? {} : { line }), message: `the JSON is not valid: ${errorReason(message)}. ${RESTORE}.` }],
      'The manifest of published anchors cannot be read',
    );
  }

  const problems: ContentProblem[] = [];
  const problem = (path: string, message: string) => problems.push({ file, path, message });
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problem('', `expected an object { "version": 1, "anchors": [...] }. ${RESTORE}.`);
  } else {
    const { version, anchors } = data as Record<string, unknown>;
    if (version !== 1) problem('version', `expected 1, got ${JSON.stringify(version) ?? 'nothing'}; this build reads version 1 manifests only`);
    if (!Array.isArray(anchors)) {
      problem('anchors', `expected a list of anchors such as "/sources/<id>/#p1", got ${JSON.stringify(anchors) ?? 'nothing'}`);
    } else {
      anchors.forEach((anchor, i) => {
        if (typeof anchor !== 'string' || !anchor.startsWith('/')) {
          problem(`anchors[${i}]`, `expected a site-relative path starting with "/", got ${JSON.stringify(anchor)}`);
        }
      });
    }
  }
  if (problems.length > 0) throw new ContentError(problems, 'The manifest of published anchors has the wrong shape');
  return (data as AnchorManifest).anchors;
}
