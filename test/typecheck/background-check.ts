/**
 * `astro check` of the project, started once per test run by the first global setup (in watch mode,
 * once per session, like the shared builds), so that it runs beside the shared builds
 * (test/helpers/shared-builds.ts) and the tests instead of holding a test worker.
 *
 * Astro's checker asks the language service for each file's diagnostics and sleeps 10 ms at each
 * file and after every 10 ms of work (Volar waits for editor events it never gets here): up to half
 * of its time is spent asleep, which the builds and tests fill, where a worker of its own left that
 * share of a core idle.
 *
 * When the run makes shared builds, the check skips its own `astro sync` (`--noSync`): each build
 * syncs its copy of the project first, and the types that sync writes into `.astro/` (Astro's and
 * the content collections', made from the same `src/`) are copied into the project instead. The
 * check's own sync loaded the config and every source once more, about 2 s of CPU. So the check
 * starts once the first build of the unchanged project is done; its test still reads the outcome last.
 *
 * Global setups run one after the other, each with its own copy of this module, so the run is kept
 * on `globalThis` (one test run, one process), like the shared builds.
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { runAstro, type AstroRun, type BuiltCopy } from '../helpers/run-astro.ts';
import { startSharedBuilds } from '../helpers/shared-builds.ts';

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
  const builds = startSharedBuilds(project);
  registry.check = builds.length > 0 ? checkWithTypesOf(builds, registry.stop.signal) : runAstro(ROOT, ['check'], {}, registry.stop.signal);
  // A run that stops in another global setup (a failed build) never tears the check down: end it with vitest.
  process.once('exit', stopCheck);
  // Awaited by the astro-check test; a failure to start is reported there, not as an unhandled rejection.
  registry.check.catch(() => undefined);
}

/**
 * `astro check --noSync` once the first of `builds` is done, with the types its sync wrote; the
 * whole `astro check`, sync included, when every build failed or its types cannot be copied.
 */
async function checkWithTypesOf(builds: Promise<BuiltCopy>[], signal: AbortSignal): Promise<AstroRun> {
  try {
    copyGeneratedTypes((await Promise.any(builds)).root, ROOT);
  } catch {
    return runAstro(ROOT, ['check'], {}, signal);
  }
  return runAstro(ROOT, ['check', '--noSync'], {}, signal);
}

/** Copies the type declarations `astro sync` wrote into `from`'s `.astro/` (types.d.ts, content.d.ts) into `to`'s. */
function copyGeneratedTypes(from: string, to: string): void {
  const declarations = readdirSync(join(from, '.astro')).filter((name) => name.endsWith('.d.ts'));
  if (!declarations.includes('types.d.ts')) throw new Error(`${from}/.astro holds no types.d.ts`);
  mkdirSync(join(to, '.astro'), { recursive: true });
  for (const name of declarations) copyFileSync(join(from, '.astro', name), join(to, '.astro', name));
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
