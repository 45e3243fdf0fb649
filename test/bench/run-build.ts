import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ProbeEvent } from './build-probe.ts';
import { sampleTreeRss } from './process-tree.ts';

/** GNU time, for the exact peak memory of the build (Debian: `apt-get install -y time`). */
export const GNU_TIME = '/usr/bin/time';

/** What one `astro build` cost. */
export interface BuildRun {
  wallMs: number;
  /** Peak resident memory of the largest process (GNU time), kilobytes; null without GNU time. */
  maxRssKb: number | null;
  /** Highest sampled memory of the whole process tree (node and the Pagefind binary), kilobytes. */
  treePeakKb: number;
  /**
   * CPU time of the build and every process it waited for (the Pagefind binary included), user plus
   * system, from GNU time; null without it. On a machine shared with other work, wall time grows
   * with the load and this much less, so ratios of CPU times compare runs made under different loads.
   */
  cpuMs: number | null;
  /** How many times the build built the briefing model (see build-probe.ts); null without the probe. */
  modelBuilds: number | null;
  /** How long Pagefind's indexing service ran inside the build; null when it did not run. */
  pagefindMs: number | null;
  /** The build's console output, for when it fails. */
  log: string;
}

/** The build failed; the message ends with the tail of its log. */
export class BuildFailed extends Error {
  constructor(root: string, code: number | null, log: string) {
    super(`the build failed in ${root} (exit ${code}). Last lines of its output:\n${log.split('\n').slice(-40).join('\n')}`);
    this.name = 'BuildFailed';
  }
}

function pagefindMs(events: readonly ProbeEvent[]): number | null {
  const start = events.find((event) => event.event === 'pagefind-start');
  const end = events.findLast((event) => event.event === 'pagefind-end');
  return start && end ? end.at - start.at : null;
}

/**
 * Builds the project in `root` into `outDir` as a child process on this Node, under GNU time when
 * it is installed, and with build-probe.ts preloaded (into every Node process of the build) when
 * `probe` is set; `env` adds to the environment (the benchmark's own analysis cache folder).
 * `npm` runs the project's `npm run build` (src/cli/build.ts, which runs `astro build` and then
 * writes the search index in its own process), `astro` a bare `astro build` (the plain baseline).
 */
export async function runBuild(
  root: string,
  outDir: string,
  { probe = false, env: extra = {} as NodeJS.ProcessEnv, via = 'npm' as 'npm' | 'astro' } = {},
): Promise<BuildRun> {
  const entry = via === 'npm' ? [join(root, 'src/cli/build.ts')] : [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'];
  const timeFile = join(outDir, '..', `time-${Date.now()}.txt`);
  const probeFile = join(outDir, '..', `probe-${Date.now()}.jsonl`);
  const useTime = existsSync(GNU_TIME);
  const command = [process.execPath, ...entry, '--outDir', outDir];
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', ...extra };
  if (probe) {
    env.BENCH_PROBE_FILE = probeFile;
    env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --import ${pathToFileURL(join(import.meta.dirname, 'build-probe.ts')).href}`.trim();
  }

  const started = performance.now();
  const child = spawn(useTime ? GNU_TIME : (command[0] as string), useTime ? ['-v', '-o', timeFile, ...command] : command.slice(1), {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const sampler = sampleTreeRss(child.pid as number);
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = performance.now() - started;
  const treePeakKb = sampler.stop();
  if (code !== 0) throw new BuildFailed(root, code, log);

  const time = useTime ? readFileSync(timeFile, 'utf8') : '';
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(time);
  const user = /User time \(seconds\): ([\d.]+)/.exec(time);
  const system = /System time \(seconds\): ([\d.]+)/.exec(time);
  const events: ProbeEvent[] = probe && existsSync(probeFile)
    ? readFileSync(probeFile, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as ProbeEvent)
    : [];
  rmSync(timeFile, { force: true });
  rmSync(probeFile, { force: true });
  return {
    wallMs,
    maxRssKb: rss ? Number(rss[1]) : null,
    treePeakKb,
    cpuMs: user && system ? (Number(user[1]) + Number(system[1])) * 1000 : null,
    modelBuilds: probe ? events.filter((event) => event.event === 'model-build').length : null,
    pagefindMs: pagefindMs(events),
    log,
  };
}
