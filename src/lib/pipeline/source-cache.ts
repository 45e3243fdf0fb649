import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { Topic } from '../content/load-topic.ts';
import type { SourceDocument } from '../model.ts';
import type { SourceCandidates } from './assemble-source.ts';

/*
 * Adding one source to a large briefing should cost the analysis of that source, not of all of
 * them. What a source contributes before reconciliation (assemble-source.ts) depends only on its
 * text, the topic data and the extraction code, so it is kept on disk under a hash of the three:
 *
 *   node_modules/.cache/briefing/sources/<code+topic hash>/<source id>.<content hash>.json
 *
 * The folder is safe to delete at any time (the next build analyses every source again), is
 * outside version control (under node_modules/), and is never trusted blindly: a file that cannot
 * be read or parsed is a miss. `BRIEFING_CACHE=off` turns it off; `BRIEFING_CACHE_DIR` moves it.
 */

/** Kept analyses, looked up by source. */
export interface SourceCache {
  /** Whether an analysis of `source` is kept, without reading it (`read` may still miss, on a damaged file). */
  has(source: SourceDocument): boolean;
  read(source: SourceDocument): SourceCandidates | null;
  write(source: SourceDocument, candidates: SourceCandidates): void;
  /** `write`, given the candidates' JSON text (`JSON.stringify(candidates)`) by a caller that needs that text too. */
  writeText(source: SourceDocument, text: string): void;
}

/** Where the cache lives under the project root unless `BRIEFING_CACHE_DIR` says otherwise. */
export const CACHE_DIR = 'node_modules/.cache/briefing/sources';

/** How many code+topic folders to keep: a few briefings (tests, another topic) share one node_modules. */
const KEEP_FOLDERS = 8;

function hash(...parts: (string | Buffer)[]): string {
  const h = createHash('sha256');
  for (const part of parts) h.update(part).update('\0');
  return h.digest('hex').slice(0, 16);
}

/** Every file of the extraction code and its dependencies' versions; null when the code is not under `root`. */
function codeHash(root: string): string | null {
  const lib = join(root, 'src/lib');
  const schemas = join(root, 'src/schemas');
  const parts: (string | Buffer)[] = [];
  try {
    for (const dir of [lib, schemas]) {
      const files = readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
        .map((entry) => join(entry.parentPath, entry.name))
        .sort();
      for (const file of files) parts.push(file.slice(root.length), readFileSync(file));
    }
  } catch {
    return null;
  }
  try {
    parts.push(readFileSync(join(root, 'package-lock.json')));
  } catch {
    // Without a lockfile the code alone keys the cache.
  }
  return hash(...parts);
}

/** The cache folder for the topic and code of `root`; null when caching is off or impossible. */
export function sourceCache(root: string, topic: Topic, env: Readonly<Record<string, string | undefined>> = process.env): SourceCache | null {
  if (env.BRIEFING_CACHE === 'off') return null;
  const code = codeHash(root);
  if (code === null) return null;
  const base = env.BRIEFING_CACHE_DIR ? env.BRIEFING_CACHE_DIR : join(root, CACHE_DIR);
  const folder = join(base, hash(code, JSON.stringify(topic)));
  try {
    mkdirSync(folder, { recursive: true });
    pruneFolders(base, folder);
  } catch {
    return null;
  }
  // A source's file name hashes the whole source; a build that misses asks for it twice (read, write).
  const names = new WeakMap<SourceDocument, string>();
  const nameOf = (source: SourceDocument): string => {
    let name = names.get(source);
    if (name === undefined) names.set(source, (name = `${source.id}.${hash(JSON.stringify(source))}.json`));
    return name;
  };
  // The folder's files by source id (ids hold no dots), listed once. Listing the folder again for each
  // source written cost a first build of 10,000 sources over a minute; with the list, a source that has
  // no file (every source, on a first build) is not looked for on disk.
  let listing: Map<string, string[]> | null = null;
  const filesOf = (id: string): string[] => {
    listing ??= Map.groupBy(readdirSync(folder).filter((name) => name.endsWith('.json')), (name) => name.slice(0, name.indexOf('.')));
    return listing.get(id) ?? [];
  };
  const writeText = (source: SourceDocument, text: string): void => {
    const name = nameOf(source);
    const file = join(folder, name);
    // Unique to this thread: the analysis thread (background-analysis.ts) writes beside the main one.
    const temp = `${file}.${process.pid}-${threadId}.tmp`;
    try {
      // Older versions of the same source are of no more use.
      for (const older of filesOf(source.id)) if (older !== name) rmSync(join(folder, older), { force: true });
      writeFileSync(temp, text);
      renameSync(temp, file);
      listing?.set(source.id, [name]);
    } catch {
      rmSync(temp, { force: true });
    }
  };
  return {
    has(source) {
      try {
        return filesOf(source.id).includes(nameOf(source));
      } catch {
        return false;
      }
    },
    read(source) {
      try {
        const name = nameOf(source);
        if (!filesOf(source.id).includes(name)) return null;
        return JSON.parse(readFileSync(join(folder, name), 'utf8')) as SourceCandidates;
      } catch {
        return null;
      }
    },
    write: (source, candidates) => writeText(source, JSON.stringify(candidates)),
    writeText,
  };
}

/** Removes the least recently used code+topic folders beyond `KEEP_FOLDERS`; `current` is kept and marked used. */
function pruneFolders(base: string, current: string): void {
  // Marks the folder as used, so a folder in use is never the oldest.
  writeFileSync(join(current, '.used'), '');
  const folders = readdirSync(base, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const path = join(base, entry.name);
      let used = 0;
      try {
        used = statSync(join(path, '.used')).mtimeMs;
      } catch {
        used = 0;
      }
      return { path, used };
    })
    .sort((a, b) => b.used - a.used);
  for (const { path } of folders.slice(KEEP_FOLDERS)) if (path !== current) rmSync(path, { recursive: true, force: true });
}
