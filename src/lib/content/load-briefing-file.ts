import { BriefingFileSchema, type BriefingFile } from '../../schemas/briefing.ts';
import { ContentError } from './content-error.ts';
import { readYamlFile } from './yaml-file.ts';

/** Where the briefing's title, description and overrides live, relative to the project root. */
export const BRIEFING_FILE = 'content/briefing.yaml';

/**
 * Reads and validates `content/briefing.yaml`. Every problem comes back in one `ContentError`
 * naming the file, the line and the field, as for the other content files.
 */
export function loadBriefingFile(root: string = process.cwd()): BriefingFile {
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
  return result.data;
}
