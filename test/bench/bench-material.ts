import { ActorsFileSchema, type Actor } from '../../src/schemas/actor.ts';
import { readBaseSources, type BaseSource } from './base-sources.ts';
import { readCorpusBases } from './corpus-bases.ts';
import { mergeTopics, readTopicFiles, type MergedTopic } from './merge-topic.ts';

/** What every benchmark corpus is made from: all the real articles and the topic data that knows their actors. */
export interface BenchMaterial {
  /** The seed sources (content/sources/) then each evaluation corpus's articles, imported. */
  bases: BaseSource[];
  /** content/ merged with every corpus's topic folder (merge-topic.ts): written into the bench project. */
  topic: MergedTopic;
  /** The merged actors, validated: the name swapper draws stand-ins from them. */
  actors: Actor[];
  /** Where the bases come from: `seeds 5, karabakh-2023 10, …`. */
  summary: string;
}

/** Reads the project's real articles and topic data under `repo` (see the README's Benchmark section). */
export function readBenchMaterial(repo: string): BenchMaterial {
  const seeds = readBaseSources(repo);
  const corpora = readCorpusBases();
  const bases = [...seeds, ...corpora.flatMap((corpus) => corpus.bases)];
  const ids = new Set<string>();
  for (const base of bases) {
    if (ids.has(base.id)) throw new Error(`Two real articles have the id ${base.id}; the benchmark needs each once. Rename one of the files.`);
    ids.add(base.id);
  }
  const topic = mergeTopics([readTopicFiles(`${repo}/content`), ...corpora.map((corpus) => readTopicFiles(corpus.topicDir))]);
  return {
    bases,
    topic,
    actors: ActorsFileSchema.parse(topic.actors),
    summary: [`seeds ${seeds.length}`, ...corpora.map((corpus) => `${corpus.name} ${corpus.bases.length}`)].join(', '),
  };
}
