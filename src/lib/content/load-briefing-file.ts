import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BriefingFileSchema, type BriefingFile } from '../../schemas/briefing.ts';
import { ContentError } from './content-error.ts';
import { readYamlFile } from './yaml-file.ts';

/** Where the briefing's title, description and overrides live, relative to the project root. */
export const BRIEFING_FILE = 'content/briefing.yaml';

/**
 * The last file read under each path, with what it gave. Every page's layout asks for the title and
 * language: parsing the YAML again for each of 10,000 pages costs seconds, and reading a small
 * file to compare its text costs nothing, so an edit (`astro dev`) is still seen at once.
 */
const lastRead = new Map<string, { text: string; file: BriefingFile }>();

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/**
 * Reads and validates `content/briefing.yaml`. Every problem comes back in one `ContentError`
 * naming the file, the line and the field, as for the other content files.
 */
export function loadBriefingFile(root: string = process.cwd()): BriefingFile {
  const path = join(root, BRIEFING_FILE);
  const text = readText(path);
  const known = lastRead.get(path);
  if (known && text !== null && known.text === text) return known.file;
  const read = readYamlFile(root, BRIEFING_FILE);
  if (!read.yaml) throw new ContentError(read.problems, 'The briefing file cannot be read');
  const { yaml } = read;
  const result = BriefingFileSchema.safeParse(yaml.data ?? {});
  if (!result.success) {
    throw new ContentError(
      result.error.issues.map((issue) => ({
        file: BRIEFING_FILE,
        line: yaml.lineOf(issue.path),
        path: issue.path.map(String).join('.'),
        message: issue.message,
      })),
      'The briefing file has problems to fix before the site can be built',
    );
  }
  if (text !== null) lastRead.set(path, { text, file: result.data });
  return result.data;
}
