import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs one real `astro build` of the project into a fresh temporary folder and returns that folder. */
export function buildSite(env: Record<string, string> = {}): string {
  const outDir = mkdtempSync(join(tmpdir(), 'briefing-dist-'));
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: process.cwd(),
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`astro build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return outDir;
}
