import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { BriefingFileSchema, type BriefingFile } from '../../schemas/briefing.ts';

/** Where the briefing's title, description and overrides live, relative to the project root. */
export const BRIEFING_FILE = 'content/briefing.yaml';

/**
 * Reads and validates `content/briefing.yaml`. Throws an error an editor can act
 * on: it names the file, the line (for YAML syntax errors) or the field, and
 * what to do.
 */
export function loadBriefingFile(root: string = process.cwd()): BriefingFile {
  const path = join(root, BRIEFING_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`${BRIEFING_FILE} could not be read (looked at ${path}). Create it with at least a title and a description.`);
  }

  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0].line;
      const where = line === undefined ? '' : `, line ${line}`;
      // The parser's own first line says what is wrong ("Nested mappings are not allowed…").
      const detail = error.message.split('\n')[0];
      throw new Error(`${BRIEFING_FILE}${where}: the YAML is not valid: ${detail}. Fix the syntax there and build again.`);
    }
    throw error;
  }

  const result = BriefingFileSchema.safeParse(raw ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const field = issue.path.length === 0 ? '(whole file)' : issue.path.map(String).join('.');
      return `  field ${field}: ${issue.message}`;
    });
    throw new Error(`${BRIEFING_FILE} has invalid fields:\n${problems.join('\n')}\nCorrect them and build again.`);
  }
  return result.data;
}
