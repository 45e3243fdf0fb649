import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENGINE_FLAGS } from './engine-flags.ts';

/** Astro's command-line entry, read from its package.json so a renamed bin file does not break us. */
function astroBin(root: string): string {
  const dir = join(root, 'node_modules/astro');
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { bin?: string | Record<string, string> };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.astro;
  if (!bin) throw new Error('node_modules/astro/package.json names no "astro" command; run `npm install` again');
  return join(dir, bin);
}

/**
 * The command line of `astro build` for the project at `root`: this Node (Node 24 under `npm run`), the
 * engine's options for the model build (they must come before the script), Astro's entry, `args`.
 */
export function astroBuildCommand(root: string, args: readonly string[]): { command: string; args: string[] } {
  return { command: process.execPath, args: [...ENGINE_FLAGS, astroBin(root), 'build', ...args] };
}
