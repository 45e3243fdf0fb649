import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every HTML file under `dir`, as paths relative to it. */
export function htmlFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) files.push(relative(dir, path));
    }
  };
  walk(dir);
  return files.sort();
}

export function readPage(distDir: string, file: string): HTMLElement {
  return parse(readFileSync(join(distDir, file), 'utf8'));
}

/** The page file for a site path such as `/sources/x/`. */
export function pageFile(path: string): string {
  return join(path.replace(/^\//, ''), 'index.html');
}
