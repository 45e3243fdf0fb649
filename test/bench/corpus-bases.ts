import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importArticle } from '../../src/lib/importer/import-article.ts';
import { listCorpora, type Corpus } from '../quality/corpus/corpora.ts';
import { readGoldFolder } from '../quality/corpus/gold.ts';
import { parseBaseSource, type BaseSource } from './base-sources.ts';

/** An evaluation corpus (test/fixtures/corpus/<name>/): its topic folder and its articles as sources. */
export interface CorpusBases {
  name: string;
  topicDir: string;
  bases: BaseSource[];
}

/**
 * Imports one pasted article as an editor would: the publication day, publisher and wire from its
 * gold file (as `--published`, `--publisher`, `--wire`), the id's words as the title when the
 * importer finds no headline.
 */
function importBase(corpus: Corpus, gold: ReturnType<typeof readGoldFolder>[number]): BaseSource {
  const file = join(corpus.articlesDir, `${gold.id}.txt`);
  const text = readFileSync(file, 'utf8');
  const overrides = { published: gold.published, wire: gold.wire, ...(gold.publisher ? { publisher: gold.publisher } : {}) };
  let result = importArticle(text, overrides);
  if (!result.mdx) result = importArticle(text, { ...overrides, title: gold.id.replace(/-/g, ' ') });
  if (!result.mdx || !result.id) {
    throw new Error(`${file}: the importer refused the article (${result.errors.map((error) => error.reason).join('; ')}); fix the article or its gold file.`);
  }
  return parseBaseSource(result.id, result.mdx);
}

/**
 * Every evaluation corpus with its articles imported, in name order, articles in id order.
 * The seed articles are not among them: they are `content/sources/` (base-sources.ts).
 */
export function readCorpusBases(): CorpusBases[] {
  return listCorpora()
    .filter((corpus) => corpus.name !== 'seeds')
    .map((corpus) => ({ name: corpus.name, topicDir: corpus.topicDir, bases: readGoldFolder(corpus.goldDir).map((gold) => importBase(corpus, gold)) }));
}
