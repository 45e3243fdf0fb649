/**
 * Runs the whole product on one corpus as a newsroom would: a throwaway project whose content/ is the
 * corpus's topic data, each pasted article imported with the importer, then the model built from it.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importArticle } from '../../../src/lib/importer/import-article.ts';
import { loadTopic } from '../../../src/lib/content/load-topic.ts';
import { loadBriefing } from '../../../src/lib/load-briefing.ts';
import type { Briefing } from '../../../src/lib/model.ts';
import { findStatements, type StatementMention } from '../../../src/lib/detect/quotes/index.ts';
import type { SourceDocument } from '../../../src/lib/model.ts';
import { createActorLexicon } from '../../../src/lib/topic/actor-lexicon.ts';
import type { Corpus } from './corpora.ts';
import type { GoldArticle } from './gold.ts';

const TOPIC_FILES = ['actors.yaml', 'figure-categories.yaml', 'briefing.yaml'];

export interface BuiltCorpus {
  briefing: Briefing;
  /** Gold article id → the source id the importer gave it. */
  sourceOf: Map<string, string>;
  /** The government a speaker phrase names by the topic data ("Fredonburg" → freedonia), or null. */
  governmentNamed: (phrase: string) => string | null;
  /** The statements the detector finds in one source, each with how its speaker was found. */
  statementsOf: (source: SourceDocument) => StatementMention[];
}

/**
 * Imports every gold article and builds the model. The publication date, publisher and wire come from
 * the gold file, as an editor passes them with `--published`; the headline falls back to the id's words
 * when the importer cannot find one, as an editor passes `--title`.
 */
export function buildCorpus(corpus: Corpus, articles: GoldArticle[]): BuiltCorpus {
  const root = mkdtempSync(join(tmpdir(), `score-${corpus.name}-`));
  try {
    mkdirSync(join(root, 'content/sources'), { recursive: true });
    for (const name of TOPIC_FILES) copyFileSync(join(corpus.topicDir, name), join(root, 'content', name));
    const sourceOf = new Map<string, string>();
    for (const article of articles) {
      const text = readFileSync(join(corpus.articlesDir, `${article.id}.txt`), 'utf8');
      const overrides = {
        published: article.published,
        wire: article.wire,
        ...(article.publisher ? { publisher: article.publisher } : {}),
        ...(article.url ? { url: article.url } : {}),
      };
      let result = importArticle(text, overrides);
      if (!result.mdx) result = importArticle(text, { ...overrides, title: article.id.replace(/-/g, ' ') });
      if (!result.mdx || !result.id) {
        throw new Error(`${corpus.name}/${article.id}: the importer refused the article: ${result.errors.map((e) => e.reason).join('; ')}`);
      }
      // Two articles of one day and outlet with the same first headline words would collide.
      const id = sourceOfUnique(result.id, sourceOf);
      writeFileSync(join(root, 'content/sources', `${id}.mdx`), result.mdx);
      sourceOf.set(article.id, id);
    }
    const lexicon = createActorLexicon(loadTopic(root).actors);
    return {
      briefing: loadBriefing(root),
      sourceOf,
      governmentNamed: (phrase) => lexicon.resolveSpeakerPhrase(phrase).government,
      statementsOf: (source) => findStatements(source.paragraphs, lexicon, { publisher: source.publisher }),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function sourceOfUnique(id: string, taken: Map<string, string>): string {
  const used = new Set(taken.values());
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
  return candidate;
}
