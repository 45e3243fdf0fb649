import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../importer/write-atomic.ts';
import { ANCHORS_FILE, formatManifest, parseManifest, type AnchorManifest } from './manifest.ts';

/**
 * The manifest of `content/anchors.json` under `root` (a version 1 file is read as version 2
 * without records), or null when the file does not exist (a briefing never built with
 * `npm run build`). Throws a `ContentError` when the file exists but cannot be read as a manifest.
 */
export function readManifest(root: string): AnchorManifest | null {
  let text: string;
  try {
    text = readFileSync(join(root, ANCHORS_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return parseManifest(text, ANCHORS_FILE);
}

/**
 * Writes the manifest under `root` in one step (a temporary file renamed over the old one), so
 * an interrupted write never leaves half a list that would protect nothing. A file that already
 * reads the same is left untouched. `text` is the manifest formatted, when the caller has it
 * (`AnchorStatus.nextText`). Returns the reason when it could not write.
 */
export function writeManifest(root: string, manifest: AnchorManifest, text: string = formatManifest(manifest)): string | null {
  const path = join(root, ANCHORS_FILE);
  try {
    if (readFileSync(path, 'utf8') === text) return null;
  } catch {
    // No file yet, or unreadable: write it.
  }
  const result = writeFileAtomic(path, text, { force: true });
  return result.ok ? null : result.reason;
}
