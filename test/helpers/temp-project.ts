import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** What the project's code needs beside `content/`, shared with the temporary copy by symlink. */
const SHARED = ['node_modules', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * A throwaway copy of the project whose `content/` a test may break at will. `src/` is copied, not
 * linked: Vite resolves a link to its real path, outside the project root, and Astro then cannot
 * find the compiled `<script>` of a page, so only a copy builds completely.
 */
export function tempProject(): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'briefing-project-'));
  for (const name of SHARED) symlinkSync(join(ROOT, name), join(root, name));
  for (const name of ['content', 'src']) cpSync(join(ROOT, name), join(root, name), { recursive: true });
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
