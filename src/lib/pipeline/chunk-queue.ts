/**
 * Sources shared out between threads in chunks. Each thread claims the next chunk with an atomic
 * update of memory both threads see, so the faster thread takes more and a thread that starts late (a
 * worker loads the extraction code first, about 0.3 s) takes only what is left: no split decided in
 * advance can be wrong.
 */

/** The slots of the shared memory: the first source not yet claimed; 1 while the worker analyses a chunk it claimed. */
const NEXT = 0;
const BUSY = 1;

/** Sources per chunk at most: large enough that claiming and posting the results cost nothing. */
export const CHUNK = 20;

/**
 * Sources in the last chunks: the chunks shrink as the queue empties, so that the thread that takes
 * the last one (often the worker, the slower of the two) keeps the other waiting for a few sources,
 * not twenty.
 */
export const LAST_CHUNK = 4;

/** How many of the `left` sources not yet claimed the next chunk takes: a tenth of them, between `LAST_CHUNK` and `CHUNK`. */
export function chunkSize(left: number): number {
  return Math.min(left, Math.max(LAST_CHUNK, Math.min(CHUNK, Math.ceil(left / 10))));
}

/** Shared memory for one queue, handed to the worker in its `workerData`. */
export function createChunkQueue(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
}

/** The next chunk of `count` sources, as [first, end) indices, or null when every chunk is claimed. */
export function claimChunk(queue: Int32Array, count: number): [number, number] | null {
  for (;;) {
    const first = Atomics.load(queue, NEXT);
    if (first >= count) return null;
    const end = first + chunkSize(count - first);
    // Claimed unless the other thread claimed this chunk meanwhile; then the next one is tried.
    if (Atomics.compareExchange(queue, NEXT, first, end) === first) return [first, end];
  }
}

/**
 * Brackets the worker's work: marked busy before it claims a chunk and idle only after it has posted
 * the chunk's results, so a thread that finds the queue empty and the worker idle has every result
 * the worker will send already in its port.
 */
export function markBusy(queue: Int32Array, busy: boolean): void {
  Atomics.store(queue, BUSY, busy ? 1 : 0);
  if (!busy) Atomics.notify(queue, BUSY);
}

/** Blocks this thread until the worker is idle (see `markBusy`). */
export function waitWhileBusy(queue: Int32Array): void {
  while (Atomics.load(queue, BUSY) === 1) Atomics.wait(queue, BUSY, 1, 1000);
}
