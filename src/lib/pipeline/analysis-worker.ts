/**
 * A worker thread that runs the per-source stages (`assembleSources`, a chunk at a time) for the sources it is given and
 * keeps each result in the analysis cache, as the pipeline would. Started by background-analysis.ts
 * (the worker alone, while the build does other work) and by shared-analysis.ts (the worker beside
 * the main thread); this file is the thread's entry point and does nothing when imported elsewhere.
 *
 * The sources are taken chunk by chunk from a queue the starting thread may also take from
 * (chunk-queue.ts). Results are posted on `port` as each chunk is done (`AnalysedMessage`), then one
 * `DoneMessage`. A failure is posted as a `FailedMessage` and the worker stops: the sources it did not
 * analyse are then analysed by the main thread, which meets the same error and reports it where the
 * build reports its own. A thread may also be started early, before its sources are read, and be
 * given them in its first message (`EarlyWorkerData`).
 */
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { Topic } from '../content/load-topic.ts';
import type { SourceDocument } from '../model.ts';
import { createActorLexicon } from '../topic/actor-lexicon.ts';
import { assembleSources } from './assemble-source.ts';
import { claimChunk, markBusy } from './chunk-queue.ts';
import { sourceCache } from './source-cache.ts';

/** Marks this thread's `workerData`, so that the file, imported in some other worker, does nothing. */
export const ANALYSIS_WORKER = 'briefing-source-analysis';

/** What the thread is started with (`workerData`). */
export interface AnalysisWorkerData {
  kind: typeof ANALYSIS_WORKER;
  /** The project root: the analysis cache is keyed by its code (source-cache.ts). */
  root: string;
  topic: Topic;
  sources: SourceDocument[];
  /** Which chunks of `sources` are taken (chunk-queue.ts). */
  queue: Int32Array;
  /** Where the results go; the main thread reads them from the other end. */
  port: MessagePort;
}

/**
 * Sources analysed, one chunk: `json[i]` is the `SourceCandidates` of source `first + i`, as JSON. As
 * text, which the cache writes anyway: copying strings between threads and parsing them costs a
 * fraction of copying the objects (at 3,000 sources, 30 MB of candidates). One message per chunk,
 * not per source: each message wakes the main thread, and one per source cost it nearly a second at
 * 3,000 sources.
 */
export interface AnalysedMessage {
  kind: 'analysed';
  first: number;
  json: string[];
}

export interface DoneMessage {
  kind: 'done';
}

export interface FailedMessage {
  kind: 'failed';
  message: string;
}

export type AnalysisMessage = AnalysedMessage | DoneMessage | FailedMessage;

function analyse({ root, topic, sources, queue, port }: AnalysisWorkerData): void {
  const post = (message: AnalysisMessage) => port.postMessage(message);
  try {
    const lexicon = createActorLexicon(topic.actors);
    const cache = sourceCache(root, topic);
    for (;;) {
      markBusy(queue, true);
      const chunk = claimChunk(queue, sources.length);
      if (!chunk) break;
      const [first, end] = chunk;
      const chunkSources = sources.slice(first, end);
      const json = assembleSources(chunkSources, lexicon, topic.figureCategories).map((candidates, i) => {
        const text = JSON.stringify(candidates);
        cache?.writeText(chunkSources[i] as SourceDocument, text);
        return text;
      });
      post({ kind: 'analysed', first, json });
      markBusy(queue, false);
    }
    post({ kind: 'done' });
  } catch (error) {
    post({ kind: 'failed', message: (error as Error).message });
  } finally {
    markBusy(queue, false);
  }
}

/**
 * What a thread started before its sources are known is started with (`workerData`): it loads the
 * extraction code, then waits for its `AnalysisWorkerData` as its first message.
 */
export interface EarlyWorkerData {
  kind: typeof ANALYSIS_WORKER;
  early: true;
}

if (!isMainThread && (workerData as { kind?: unknown } | null)?.kind === ANALYSIS_WORKER) {
  if ((workerData as Partial<EarlyWorkerData>).early) parentPort?.once('message', (data: AnalysisWorkerData) => analyse(data));
  else analyse(workerData as AnalysisWorkerData);
}
