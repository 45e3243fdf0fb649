import type { Topic } from '../content/load-topic.ts';
import type { SourceDocument } from '../model.ts';
import type { AnalysisMessage } from './analysis-worker.ts';
import { startAnalysisThread, takeAnalysed, takeWaiting } from './analysis-thread.ts';
import type { SourceCandidates } from './assemble-source.ts';
import { createChunkQueue } from './chunk-queue.ts';

/**
 * The per-source stages of sources the analysis cache lacks, run on a thread of their own
 * (analysis-worker.ts) while this one does other work.
 *
 * Why: a first build analyses every source (7 of the 10.6 s of the model at 3,000 sources), and
 * it did so before Astro started, while Astro's work up to rendering the pages (reading the
 * content collection, compiling each MDX source, bundling) runs on one thread: the second core of
 * a two-core machine sat idle through both. `astro build` starts the analysis when it starts and
 * takes the results once the pages are bundled (load-briefing.ts, `startBriefing`).
 */
export interface BackgroundAnalysis {
  /**
   * The results, once the thread has finished, by source. A source the thread could not analyse
   * (it failed or was stopped) is missing: the pipeline analyses it itself, and so meets and
   * reports any error there.
   */
  results(): Promise<ReadonlyMap<SourceDocument, SourceCandidates>>;
  /** The results that have arrived so far, without waiting; the thread is stopped. */
  resultsSoFar(): ReadonlyMap<SourceDocument, SourceCandidates>;
}

/**
 * Fewer sources than this are left to the pipeline: starting the thread (it loads the extraction
 * code again) costs about 0.3 s of CPU time, more than a few dozen sources take to analyse.
 */
export const BACKGROUND_MINIMUM = 50;

/**
 * Starts analysing `sources` on another thread, `topic` and `root` as the pipeline and its cache
 * (source-cache.ts) use them; with fewer than `minimum` sources, starts nothing and gives no results.
 */
export function analyseInBackground(sources: readonly SourceDocument[], topic: Topic, root: string, minimum = BACKGROUND_MINIMUM): BackgroundAnalysis {
  const results = new Map<SourceDocument, SourceCandidates>();
  if (sources.length === 0 || sources.length < minimum) return { results: () => Promise.resolve(results), resultsSoFar: () => results };

  // The worker claims every chunk: this thread has the build's other work to do.
  const { worker, port } = startAnalysisThread(sources, topic, root, createChunkQueue());
  let finished = false;
  const take = (message: AnalysisMessage): void => {
    if (takeAnalysed(message, sources, results)) finished = true;
  };
  // Messages not yet delivered as events, taken at once: the thread may have ended before they were.
  const drain = (): void => {
    if (takeWaiting(port, sources, results)) finished = true;
  };
  // Results are taken as they come, so their copying is spread over the build rather than paid at the end.
  port.on('message', take);
  // Nothing here keeps the process alive unless it is waited for (`results`): a build that stops first exits.
  port.unref();
  worker.unref();

  const ended = new Promise<void>((resolve) => {
    port.on('message', (message: AnalysisMessage) => message.kind !== 'analysed' && resolve());
    worker.once('error', () => resolve());
    worker.once('exit', () => resolve());
  });
  const stop = (): void => {
    port.close();
    if (!finished) void worker.terminate();
  };
  return {
    async results() {
      port.ref();
      worker.ref();
      await ended;
      drain();
      stop();
      return results;
    },
    resultsSoFar() {
      drain();
      stop();
      return results;
    },
  };
}
