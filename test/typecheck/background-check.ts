/**
 * `astro check` of the project, started once per test run by the first global setup (in watch mode,
 * once per session, like the shared builds), so that it runs while the shared builds are made
 * (test/helpers/shared-builds.ts) instead of holding a test worker.
 *
 * Astro's checker asks the language service for each file's diagnostics and sleeps 10 ms at each
 * file and after every 10 ms of work (Volar waits for editor events it never gets here): up to half
 * of its time is spent asleep, which the builds fill, where a worker of its own left that share of a
 * core idle.
 *
 * Global setups run one after the other, each with its own copy of this module, so the run is kept
 * on `globalThis` (one test run, one process), like the shared builds.
 */
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { runAstro, type AstroRun } from '../helpers/run-astro.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** The name of the vitest project whose test reads the check's result (vitest.config.ts). */
export const CHECK_PROJECT = 'astro-check';

interface Registry {
  check?: Promise<AstroRun>;
  stop: AbortController;
}

const registry: Registry = ((globalThis as { [key: symbol]: Registry })[Symbol.for('briefing.background-check')] ??= { stop: new AbortController() });

/**
 * Starts `astro check` unless it is under way already, when this run includes the astro-check
 * project (so `npm run test:unit` starts none); every global setup calls this first of all.
 */
export function startCheckOfRun(project: TestProject): void {
  if (!project.vitest.projects.some((other) => other.name === CHECK_PROJECT)) return;
  if (registry.check) return;
  registry.check = runAstro(ROOT, ['check'], {}, registry.stop.signal);
  // A run that stops in another global setup (a failed build) never tears the check down: end it with vitest.
  process.once('exit', stopCheck);
  // Awaited by the astro-check test; a failure to start is reported there, not as an unhandled rejection.
  registry.check.catch(() => undefined);
}

/** The check's outcome, once it has ended (started here if no setup started it). */
export function checkResult(project: TestProject): Promise<AstroRun> {
  startCheckOfRun(project);
  return registry.check as Promise<AstroRun>;
}

/** Kills the check if it is still running (a run cancelled or narrowed before its test ran). */
export function stopCheck(): void {
  registry.stop.abort();
}
