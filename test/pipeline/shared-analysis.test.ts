import { describe, expect, it } from 'vitest';
import { assembleSource } from '../../src/lib/pipeline/assemble-source.ts';
import { CHUNK, claimChunk, createChunkQueue, LAST_CHUNK } from '../../src/lib/pipeline/chunk-queue.ts';
import { BACKGROUND_MINIMUM } from '../../src/lib/pipeline/background-analysis.ts';
import { analyseSharingWork, sharingMinimum, TWO_CPU_SHARING_MINIMUM } from '../../src/lib/pipeline/shared-analysis.ts';
import { sourceCache } from '../../src/lib/pipeline/source-cache.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { useAnalysisProject } from '../helpers/analysis-project.ts';

const project = useAnalysisProject();

describe('the chunk queue', () => {
  /** Every chunk claimed from a fresh queue of `count` sources, in order. */
  function claimAll(count: number): [number, number][] {
    const queue = createChunkQueue();
    const chunks: [number, number][] = [];
    for (let chunk = claimChunk(queue, count); chunk; chunk = claimChunk(queue, count)) chunks.push(chunk);
    expect(claimChunk(queue, count)).toBeNull();
    return chunks;
  }

  it.each([1, 3, 2 * CHUNK + 3, 1000])('hands out each of %i sources once, in order, then nothing', (count) => {
    const chunks = claimAll(count);
    expect(chunks[0]?.[0]).toBe(0);
    expect(chunks.at(-1)?.[1]).toBe(count);
    chunks.forEach(([first, end], i) => {
      expect(end).toBeGreaterThan(first);
      if (i > 0) expect(first).toBe(chunks[i - 1]?.[1]);
    });
  });

  it('hands out full chunks while many sources are left, then smaller ones, down to a few', () => {
    const sizes = claimAll(1000).map(([first, end]) => end - first);
    expect(sizes.slice(0, 40)).toEqual(Array.from({ length: 40 }, () => CHUNK));
    expect(sizes.at(-2)).toBe(LAST_CHUNK);
    expect(sizes.every((size, i) => i === 0 || size <= (sizes[i - 1] as number))).toBe(true);
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

  it.each([
    [1, Infinity],
    [2, TWO_CPU_SHARING_MINIMUM],
    [3, BACKGROUND_MINIMUM],
    [16, BACKGROUND_MINIMUM],
  ])('on a machine of %i CPU(s), shares at least %s sources with a worker', (cpus, minimum) => {
    // With two CPUs, a second busy thread slows the first: the worker pays only on many sources.
    expect(sharingMinimum(cpus)).toBe(minimum);
  });

  it('starts no thread for fewer sources than are worth one, leaving them to the pipeline', () => {
    const { sources, topic } = project.content;
    expect(analyseSharingWork(sources, topic, project.root, null, sources.length + 1).size).toBe(0);
  });
});
