import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A file of the built site and its size. */
export interface SizedFile {
  /** Path inside `dist/`, with forward slashes. */
  path: string;
  bytes: number;
}

/** What the built site weighs. */
export interface DistSize {
  totalBytes: number;
  files: number;
  htmlPages: number;
  /** The HTML pages, largest first. */
  largestPages: SizedFile[];
  /** Everything under `pagefind/`. */
  searchIndexBytes: number;
  searchIndexFiles: number;
}

function walk(dir: string, found: SizedFile[], root: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, found, root);
    else if (entry.isFile()) found.push({ path: relative(root, path).replace(/\\/g, '/'), bytes: statSync(path).size });
  }
}

/** Sizes of the build in `dist` (uncompressed bytes on disk). `top` largest HTML pages are kept. */
export function measureDist(dist: string, top = 5): DistSize {
  const files: SizedFile[] = [];
  walk(dist, files, dist);
  const html = files.filter((file) => file.path.endsWith('.html')).sort((a, b) => b.bytes - a.bytes);
  const index = files.filter((file) => file.path.startsWith('pagefind/'));
  return {
    totalBytes: files.reduce((sum, file) => sum + file.bytes, 0),
    files: files.length,
    htmlPages: html.length,
    largestPages: html.slice(0, top),
    searchIndexBytes: index.reduce((sum, file) => sum + file.bytes, 0),
    searchIndexFiles: index.length,
  };
}
