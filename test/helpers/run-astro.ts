import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { tempProject } from './temp-project.ts';

/** Astro's command-line entry, read from its package.json (as src/cli/astro-command.ts does), so no `npx` start-up per build. */
function astroBin(): string {
  const manifest = createRequire(import.meta.url).resolve('astro/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: string | Record<string, string> };
  return join(dirname(manifest), typeof bin === 'string' ? bin : (bin.astro as string));
}

/** What an `astro` command printed and how it ended. */
export interface AstroRun {
  status: number | null;
  output: string;
}

/**
 * Runs `astro <args>` in `root` on this Node (Node 24 under vitest), with `env` added to the
 * environment; resolves when it ends (rejects, the process killed, when `signal` aborts).
 * Asynchronous, so a global setup can run several builds at once.
 */
export function runAstro(root: string, args: readonly string[], env: Record<string, string> = {}, signal?: AbortSignal): Promise<AstroRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astroBin(), ...args], { cwd: root, env: { ...process.env, ...env }, signal });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** Runs `astro build` of the project in `root` into `outDir`. */
export function astroBuild(root: string, outDir: string, env: Record<string, string> = {}): Promise<AstroRun> {
  return runAstro(root, ['build', '--outDir', outDir], env);
}

/** A finished build of a copy of the project. */
export interface BuiltCopy {
  /** The copy of the project, content as it was built. */
  root: string;
  /** The built site: `<copy>/dist`. */
  distDir: string;
  /** Removes the copy, site included. */
  remove: () => void;
}

/**
 * Builds a throwaway copy of the project (`tempProject()`) with `env` added, into the copy's own
 * `dist/`, after `prepare` (when given) has changed the copy's content; rejects with Astro's output
 * when the build fails. A copy, so that several builds can run
 * at once, and beside `astro check`: Astro keeps intermediate files in the project (`.astro/`, and
 * `.astro/.prerender/` for an `--outDir` outside it), which two runs in one folder would overwrite
 * under each other ("Cannot read properties of undefined (reading 'setInternals')").
 */
export async function buildCopy(env: Record<string, string> = {}, prepare?: (root: string) => void): Promise<BuiltCopy> {
  const copy = tempProject();
  const distDir = join(copy.root, 'dist');
  const { status, output } = await (async () => {
    prepare?.(copy.root);
    return astroBuild(copy.root, distDir, env);
  })().catch((error: unknown) => {
    copy.remove();
    throw error;
  });
  if (status !== 0) {
    copy.remove();
    throw new Error(`astro build failed (exit ${status}):\n${output}`);
  }
  return { root: copy.root, distDir, remove: copy.remove };
}
