import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Plugin } from 'vite';

/**
 * Collects all garbage at once and gives the memory V8 no longer needs back to the system. V8
 * returns its free pages only after the process has been idle for seconds; a last-resort
 * collection (the kind V8 runs before giving up on memory) returns them at once.
 *
 * `gc` exists only under `--expose-gc`, which every way of starting a build would have to pass;
 * turning the flag on while one new context is made gives the function without it.
 */
export function releaseMemory(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (options: object) => void;
  setFlagsFromString('--no-expose-gc');
  gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

/** `releaseMemory`, when the process holds at least `aboveBytes` (resident), enough for it to pay. */
export function releaseMemoryIfLarge(aboveBytes = RELEASE_ABOVE_BYTES): void {
  if (process.memoryUsage.rss() >= aboveBytes) releaseMemory();
}

/**
 * Releases memory when the bundler has read every module and before it writes the chunks. Writing
 * them is where the build's memory peaked: the bundler's native memory for every compiled source
 * on top of a heap that still held the garbage of compiling the MDX (at 10,000 sources, Astro's
 * process peaked at 4.05 GB there with the allocator setting of src/cli/build.ts alone, and at 3.5
 * to 3.6 GB, reached earlier while the bundler reads the modules, with this collection as well).
 *
 * Only in the server build, which holds the pages and every compiled source: the client build that
 * follows bundles the search page's one script, and a last-resort collection there cost 0.8 to 1.6 s
 * of CPU time at 1,000 sources (the whole heap, several times over) to free next to nothing.
 */
export function releaseMemoryBeforeOutput(): Plugin {
  return {
    name: 'briefing-release-memory',
    apply: 'build',
    applyToEnvironment: (environment) => environment.config.consumer === 'server',
    buildEnd: () => releaseMemoryIfLarge(),
  };
}

/**
 * The resident size from which the collection before output is worth its cost. A small build's
 * peak comes earlier, whatever is collected here: at 1,000 sources the process holds 0.9 GB at this
 * point (0.66 GB after collecting), its peak was already reached, and the collection took 0.9 s of
 * CPU time and 2 s of wall time, on one thread. At 10,000 sources the process has reached 3.5 GB
 * by this point (see above), well past this.
 */
const RELEASE_ABOVE_BYTES = 2 * 1024 ** 3;
