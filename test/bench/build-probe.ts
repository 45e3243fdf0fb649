/**
 * Preloaded into the `astro build` process (`NODE_OPTIONS=--import …/build-probe.ts`) to see
 * two things a build does not log: how often it builds the briefing model, and how long
 * Pagefind's indexing service runs. It appends one JSON line per event to the file named by
 * BENCH_PROBE_FILE and changes nothing the build does.
 *
 * - A model build starts when `loadSources` lists `content/sources` (no other code lists it
 *   synchronously; Astro's glob loader reads the folder asynchronously).
 * - The Pagefind step is the life of the `pagefind` service process the Node API spawns:
 *   from `createIndex` to `close()` (which kills it): the indexing and the writing of the bundle.
 *   The process waits for the killed service to exit, so its CPU time is counted (see below).
 */
import childProcess from 'node:child_process';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

/** One line of the probe file. */
export interface ProbeEvent {
  event: 'model-build' | 'pagefind-start' | 'pagefind-end';
  /** Milliseconds since the Unix epoch. */
  at: number;
}

const file = process.env.BENCH_PROBE_FILE;

function record(event: ProbeEvent['event']): void {
  if (file) fs.appendFileSync(file, `${JSON.stringify({ event, at: Date.now() } satisfies ProbeEvent)}\n`);
}

if (file) {
  const readdirSync = fs.readdirSync;
  fs.readdirSync = function (this: unknown, path: fs.PathLike, ...rest: unknown[]) {
    if (String(path).replace(/\\/g, '/').replace(/\/+$/, '').endsWith('content/sources')) record('model-build');
    return (readdirSync as (...args: unknown[]) => unknown).call(this, path, ...rest);
  } as typeof fs.readdirSync;

  const spawn = childProcess.spawn;
  childProcess.spawn = function (this: unknown, command: string, ...rest: unknown[]) {
    const child = (spawn as (...args: unknown[]) => childProcess.ChildProcess).call(this, command, ...rest);
    if (/pagefind/.test(String(command))) {
      record('pagefind-start');
      // `close()` kills the service; the build may exit before the child's 'exit' event runs.
      let ended = false;
      const end = (): void => {
        if (!ended) record('pagefind-end');
        ended = true;
      };
      const kill = child.kill.bind(child);
      child.kill = (signal?: NodeJS.Signals | number) => {
        end();
        const killed = kill(signal);
        // The Node API lets its process exit without waiting for the service, which is then never
        // reaped, and GNU time leaves its CPU time out of the build's. Waiting for it counts it.
        child.ref();
        return killed;
      };
      child.once('exit', end);
    }
    return child;
  } as typeof childProcess.spawn;

  // Modules that import `{ readdirSync }` by name see the wrapper too.
  syncBuiltinESMExports();
}
