import { describe, expect, it } from 'vitest';
import { assembleSource } from '../../src/lib/pipeline/assemble-source.ts';
import { CHUNK, claimChunk, createChunkQueue } from '../../src/lib/pipeline/chunk-queue.ts';
import { analyseSharingWork } from '../../src/lib/pipeline/shared-analysis.ts';
import { sourceCache } from '../../src/lib/pipeline/source-cache.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { useAnalysisProject } from '../helpers/analysis-project.ts';

const project = useAnalysisProject();

describe('the chunk queue', () => {
  it('hands out every source once, in chunks, then nothing', () => {
    const queue = createChunkQueue();
    const count = 2 * CHUNK + 3;
    const chunks: [number, number][] = [];
    for (let chunk = claimChunk(queue, count); chunk; chunk = claimChunk(queue, count)) chunks.push(chunk);
    expect(chunks).toEqual([
      [0, CHUNK],
      [CHUNK, 2 * CHUNK],
      [2 * CHUNK, count],
    ]);
    expect(claimChunk(queue, count)).toBeNull();
  });
});

describe('analysing sources on two threads', () => {
  it('gives, for each source, what the pipeline would work out itself, and keeps it in the analysis cache', () => {
    const { topic } = project.content;
    // Enough sources that both threads get chunks: the project's few, several times over under other ids.
    const sources = Array.from({ length: 10 }, (_, copy) => project.content.sources.map((source) => ({ ...source, id: `${source.id}-${copy}` }))).flat();
    expect(sources.length).toBeGreaterThan(2 * CHUNK);
    const cache = sourceCache(project.root, topic);
    const results = analyseSharingWork(sources, topic, project.root, cache, 1);

    const lexicon = createActorLexicon(topic.actors);
    expect(new Set(results.keys())).toEqual(new Set(sources));
    // Compared as JSON: the worker's results arrive as JSON, which leaves out properties set to undefined.
    for (const source of sources) expect(JSON.parse(JSON.stringify(results.get(source)))).toEqual(JSON.parse(JSON.stringify(assembleSource(source, lexicon, topic.figureCategories))));
    // Read afresh: a cache lists its folder once, before the worker had written its share.
    const written = sourceCache(project.root, topic);
    expect(sources.filter((source) => !written!.has(source))).toEqual([]);
    // A worker thread loads the pipeline afresh: on a busy machine that alone can pass 5 s.
  }, 60_000);

  it('starts no thread for fewer sources than are worth one, leaving them to the pipeline', () => {
    const { sources, topic } = project.content;
    expect(analyseSharingWork(sources, topic, project.root, null, sources.length + 1).size).toBe(0);
  });
});
