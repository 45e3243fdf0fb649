/**
 * Sources shared out between threads in chunks. Each thread claims the next chunk with an atomic add
 * on memory both threads see, so the faster thread takes more and a thread that starts late (a
 * worker loads the extraction code first, about 0.3 s) takes only what is left: no split decided in
 * advance can be wrong.
 */

/** The slots of the shared memory: the next chunk to claim; 1 while the worker analyses a chunk it claimed. */
const NEXT = 0;
const BUSY = 1;

/** Sources per chunk: small enough that the threads finish close together, large enough that claiming costs nothing. */
export const CHUNK = 20;

/** Shared memory for one queue, handed to the worker in its `workerData`. */
export function createChunkQueue(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
}

/** The next chunk of `count` sources, as [first, end) indices, or null when every chunk is claimed. */
export function claimChunk(queue: Int32Array, count: number): [number, number] | null {
  const first = Atomics.add(queue, NEXT, 1) * CHUNK;
  return first < count ? [first, Math.min(count, first + CHUNK)] : null;
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
