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

/**
 * Parsed pages by path. The build tests only read the shared builds, which no test changes, and a
 * worker runs many of their files (isolate: false): each page is parsed once per worker, not once
 * per look (the feed and back-link checks looked up the same few long pages hundreds of times).
 */
const parsedPages = new Map<string, HTMLElement>();

/** The built page `file` of `distDir`, parsed; the same tree on every call, so never change it. */
export function readPage(distDir: string, file: string): HTMLElement {
  const path = join(distDir, file);
  let page = parsedPages.get(path);
  if (!page) parsedPages.set(path, (page = parse(readFileSync(path, 'utf8'))));
  return page;
}

/** The page file for a site path such as `/sources/x/`. */
export function pageFile(path: string): string {
  return join(path.replace(/^\//, ''), 'index.html');
}
