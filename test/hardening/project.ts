import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** Puts the real project's `content/` back into `root`, undoing a test's damage. */
export function resetContent(root: string): void {
  rmSync(join(root, 'content'), { recursive: true, force: true });
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
}

/** Runs the safe build (`npm run build`'s command) in `root`, on vitest's Node 24, without colour codes. */
export function runBuild(root: string): { status: number | null; output: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, ['src/cli/build.ts'], { cwd: root, env, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Every file under `dir`, as paths relative to it, in a stable order. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** One hash of every file's path and bytes under `dir`: equal hashes mean an untouched folder. */
export function hashDir(dir: string): string {
  if (!existsSync(dir)) return '(no folder)';
  const hash = createHash('sha256');
  for (const file of filesUnder(dir)) hash.update(file).update('\0').update(readFileSync(join(dir, file))).update('\0');
  return hash.digest('hex');
}

/** Folders a build may leave beside `dist/` (the safe build's temporary and old copies). */
export function strayBuildFolders(root: string): string[] {
  return readdirSync(root).filter((name) => /^\.dist-(tmp|old)-/.test(name));
}
