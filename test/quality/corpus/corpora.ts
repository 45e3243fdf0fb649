/**
 * The corpora the scorer knows: the seed articles (topic data in content/) and every folder of
 * test/fixtures/corpus/ with its fixed dev/test split (test/fixtures/corpus/split.yaml).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '../../..');
const CORPUS_DIR = join(ROOT, 'test/fixtures/corpus');

export type Half = 'seeds' | 'dev' | 'test';

export interface Corpus {
  name: string;
  /** Folder holding actors.yaml, figure-categories.yaml and briefing.yaml. */
  topicDir: string;
  /** Folder of the pasted articles, `<id>.txt`. */
  articlesDir: string;
  /** Folder of the gold files, `<id>.yaml`. */
  goldDir: string;
  /** Article id → the half it belongs to. */
  halves: Map<string, Half>;
}

/** `split.yaml`: per corpus, the article ids of each half. */
type SplitFile = Record<string, { dev: string[]; test: string[] }>;

function readSplit(): SplitFile {
  const file = join(CORPUS_DIR, 'split.yaml');
  return existsSync(file) ? ((parse(readFileSync(file, 'utf8')) as SplitFile | null) ?? {}) : {};
}

export function listCorpora(): Corpus[] {
  const seedsDir = join(ROOT, 'test/fixtures/seeds');
  const seeds: Corpus = {
    name: 'seeds',
    topicDir: join(ROOT, 'content'),
    articlesDir: seedsDir,
    goldDir: join(ROOT, 'test/fixtures/expected/seeds'),
    halves: new Map(readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).map((n) => [n.slice(0, -4), 'seeds'])),
  };
  const split = readSplit();
  const others = readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry): Corpus => {
      const dir = join(CORPUS_DIR, entry.name);
      const halves = new Map<string, Half>();
      for (const id of split[entry.name]?.dev ?? []) halves.set(id, 'dev');
      for (const id of split[entry.name]?.test ?? []) halves.set(id, 'test');
      return { name: entry.name, topicDir: join(dir, 'topic'), articlesDir: join(dir, 'articles'), goldDir: join(dir, 'gold'), halves };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return [seeds, ...others];
}
