import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** What the project's code needs beside `content/`, shared with the temporary copy by symlink. */
const SHARED = ['node_modules', 'src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * A throwaway copy of the project whose `content/` a test may break at will; the code is linked,
 * not copied, so the copy builds exactly what the real project builds.
 */
export function tempProject(): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'briefing-project-'));
  for (const name of SHARED) symlinkSync(join(ROOT, name), join(root, name));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
