import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Topic } from '../content/load-topic.ts';
import type { SourceDocument } from '../model.ts';
import { startAnalysisThread, takeWaiting } from './analysis-thread.ts';
import { assembleSources, type SourceCandidates } from './assemble-source.ts';
import { BACKGROUND_MINIMUM } from './background-analysis.ts';
import { claimChunk, createChunkQueue, waitWhileBusy } from './chunk-queue.ts';
import { lexiconOf } from './lexicon.ts';
import type { SourceCache } from './source-cache.ts';

/**
 * Sources a worker needs on a two-CPU machine before it shortens the analysis. It loads the extraction
 * code and warms up its own JIT compiler first (about a second of CPU), and there each of two busy
 * threads runs at about half to two thirds of the speed of one alone, so the worker pays only on many
 * sources. Measured (alternated runs, medians of the wall time with it against without): 250 sources
 * 7% slower, 1,000 3% slower, 2,000 6% faster, 3,000 4% faster; 40 to 80% more CPU at every size.
 */
export const TWO_CPU_SHARING_MINIMUM = 1500;

/**
 * The fewest sources worth sharing with a worker (`analyseSharingWork`) on a machine of `cpus` CPUs:
 * `BACKGROUND_MINIMUM` with more than two, `TWO_CPU_SHARING_MINIMUM` with two, none with one.
 */
export function sharingMinimum(cpus: number = availableParallelism()): number {
  if (cpus > 2) return BACKGROUND_MINIMUM;
  return cpus === 2 ? TWO_CPU_SHARING_MINIMUM : Infinity;
}

/**
 * Analyses `sources` (the per-source stages, `assembleSources` a chunk at a time) on this thread and a worker thread
 * together, and returns once every source is analysed; each result is kept in `cache` as the
 * pipeline would keep it.
 *
 * Why: a model built outside `astro build` (the report, the anchors command, a benchmark's
 * extraction step) had nothing else to do while it analysed every source on one core of a
 * two-core machine. Both threads claim chunks from one queue (chunk-queue.ts), so the worker's late
 * start costs only the chunks it misses. With fewer than `minimum` sources no thread is started: it
 * would cost more than it saves (background-analysis.ts). A worker started `early`
 * (startEarlyAnalysisThread) is given the work, or ended when there is too little to share. A source
 * the worker could not analyse is missing from the results: the pipeline analyses it itself, and so
 * meets and reports the error.
 */
export function analyseSharingWork(
  sources: readonly SourceDocument[],
  topic: Topic,
  root: string,
  cache: SourceCache | null,
  minimum = BACKGROUND_MINIMUM,
  early: Worker | null = null,
): ReadonlyMap<SourceDocument, SourceCandidates> {
  const results = new Map<SourceDocument, SourceCandidates>();
  if (sources.length === 0 || sources.length < minimum) {
    void early?.terminate();
    return results;
  }

  const queue = createChunkQueue();
  const { worker, port } = startAnalysisThread(sources, topic, root, queue, early);
  try {
    const lexicon = lexiconOf(topic.actors);
    for (let chunk = claimChunk(queue, sources.length); chunk; chunk = claimChunk(queue, sources.length)) {
      const chunkSources = sources.slice(...chunk);
      assembleSources(chunkSources, lexicon, topic.figureCategories).forEach((candidates, i) => {
        const source = chunkSources[i] as SourceDocument;
        cache?.write(source, candidates);
        results.set(source, candidates);
      });
    }
    // Every chunk is claimed; the worker's last ones are in its port once it is idle.
    waitWhileBusy(queue);
    takeWaiting(port, sources, results);
    return results;
  } finally {
    port.close();
    void worker.terminate();
  }
}
