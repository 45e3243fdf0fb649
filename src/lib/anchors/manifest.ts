import { ContentError, type ContentProblem } from '../content/content-error.ts';
import { AnchorManifestSchema, type AnchorManifest } from '../../schemas/anchor-manifest.ts';

export type { AnchorManifest, EntryRecord, SourceRecord } from '../../schemas/anchor-manifest.ts';

/** The checked-in lockfile of published anchors, relative to the project root. */
export const ANCHORS_FILE = 'content/anchors.json';

/** The command that records the anchors without building; every message that mentions it uses this text. */
export const UPDATE_COMMAND = 'npm run anchors -- --update';

/** A manifest that protects nothing yet, or only `anchors` (as version 1 held them). */
export function emptyManifest(anchors: readonly string[] = []): AnchorManifest {
  return { version: 2, anchors: [...new Set(anchors)].sort(), sources: {}, sections: {}, entries: {} };
}

/** `record` with its keys in code-unit order, so the file reads the same on every machine. */
function sortedRecord<T>(record: Record<string, T>, each: (value: T) => T = (value) => value): Record<string, T> {
  return Object.fromEntries(Object.keys(record).sort().map((key) => [key, each(record[key] as T)]));
}

/**
 * The manifest's text: two-space JSON, anchors and members one per line and sorted, keys sorted,
 * a final newline, so a change to what the site publishes reads as a line-by-line diff in review.
 */
export function formatManifest(manifest: AnchorManifest): string {
  const sorted: AnchorManifest = {
    version: 2,
    anchors: [...new Set(manifest.anchors)].sort(),
    sources: sortedRecord(manifest.sources),
    sections: sortedRecord(manifest.sections),
    entries: sortedRecord(manifest.entries, (entry) => ({
      kind: entry.kind,
      label: entry.label,
      firstReported: entry.firstReported,
      members: [...new Set(entry.members)].sort(),
      ...(entry.mergedInto === undefined ? {} : { mergedInto: entry.mergedInto }),
    })),
  };
  return `${JSON.stringify(sorted, null, 2)}\n`;
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
 * Reads the manifest's text. A version 1 manifest (anchors alone) is read as a version 2 one
 * without records: the next recording adds them. Throws a `ContentError` naming `file` when the
 * JSON is broken or the shape is wrong: an unreadable manifest must stop the build, not silently
 * protect nothing.
 */
export function parseManifest(text: string, file: string = ANCHORS_FILE): AnchorManifest {
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
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ContentError([{ file, path: '', message: `expected an object { "version": 2, "anchors": [...], … }. ${RESTORE}.` }], 'The manifest of published anchors has the wrong shape');
  }
  const object = data as Record<string, unknown>;
  // Version 1 is version 2 without records.
  const candidate = object.version === 1 && Object.keys(object).every((key) => key === 'version' || key === 'anchors') ? { ...object, version: 2 } : object;
  const parsed = AnchorManifestSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const problems: ContentProblem[] = parsed.error.issues.map((issue) => ({
    file,
    path: issue.path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`)).join(''),
    message: issue.path[0] === 'version' ? `expected 1 or 2, got ${JSON.stringify(object.version) ?? 'nothing'}; ${issue.message}` : issue.message,
  }));
  throw new ContentError(problems, 'The manifest of published anchors has the wrong shape');
}
