/**
 * `npm run bench`: what building and searching the briefing costs as the number of sources
 * grows. For each size it generates a synthetic corpus from the real sources
 * (generate.ts), builds it in a temporary project, and measures:
 *
 * 1. the whole `npm run build` (wall time, peak memory), with a probe that counts the model
 *    builds and times Pagefind's indexing inside it (build-probe.ts);
 * 2. one model build alone, in a child process (extraction-step.ts);
 * 3. the size of `dist/`, its largest HTML page and the search index;
 * 4. the bytes a reader downloads for a first search, in Chrome or Chromium (test/helpers/browser/);
 * 5. a plain Astro build of the same MDX, as a baseline, timed right after each of ours: the two
 *    are timed `--runs` times in turn, each of ours from an empty cache (paired-runs.ts);
 * 6. a newsroom's next build: the anchors recorded in content/anchors.json as `npm run build`
 *    records them, one source more (copy number `size` of the corpus), and the build again,
 *    whose per-source analysis cache (src/lib/pipeline/source-cache.ts) holds every other
 *    source; and one model build of that content alone, timed with the warm cache.
 *
 * Each size has its own analysis cache folder (BRIEFING_CACHE_DIR), empty before the first
 * build, so the first build pays the whole analysis and the extraction alone (step 2, run with
 * the cache off) measures analysing every source.
 *
 * Flags: --sizes 10,100,1000  --seed 1  --query <words>  --out <file.md>  --keep  --runs 2
 *        --no-plain  --no-browser  --no-rebuild
 * Nothing is asserted: the table is printed with the targets beside it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { SOURCES_DIR } from '../../src/lib/content/load-sources.ts';
import type { Actor } from '../../src/schemas/actor.ts';
import { readBenchMaterial, type BenchMaterial } from './bench-material.ts';
import { REPO, writeBriefingProject, writePlainProject } from './corpus-project.ts';
import { measureDist, type DistSize } from './dist-size.ts';
import type { ExtractionResult } from './extraction-step.ts';
import { findBrowser, type FoundBrowser } from '../helpers/browser/find-browser.ts';
import { measureFirstQuery, type QueryCost } from './first-query.ts';
import { generateCopy, generateCorpus, type GeneratedSource } from './generate.ts';
import { BENCH_USAGE, readBenchOptions } from './options.ts';
import { optionsOrExit } from '../helpers/usage-error.ts';
import { pairLines, summariseRuns, type PairedRuns } from './paired-runs.ts';
import { ENGINE_FLAGS } from '../../src/cli/engine-flags.ts';
import { GNU_TIME, runBuild, type BuildRun } from './run-build.ts';
import { shortName } from './swap-names.ts';
import { checkTargets, formatBytes, formatMs, formatTable, TARGETS, type BenchRow } from './table.ts';

// Checked before any work starts: a wrong command line prints the usage and exits with status 2.
const values = optionsOrExit(BENCH_USAGE, () => readBenchOptions(process.argv.slice(2)));
const { sizes, seed } = values;

const say = (line: string): void => void process.stderr.write(`${line}\n`);

/** The person named most often in the corpus: a query a reader would type, with many hits. */
function commonName(corpus: readonly GeneratedSource[], actors: readonly Actor[]): string {
  const counts = actors
    .filter((actor) => actor.kind === 'person')
    .map((actor) => {
      const name = shortName(actor);
      return { name, count: corpus.reduce((sum, source) => sum + source.mdx.split(name).length - 1, 0) };
    });
  return counts.reduce((best, next) => (next.count > best.count ? next : best), { name: 'said', count: 0 }).name;
}

function extraction(root: string, env: NodeJS.ProcessEnv): ExtractionResult {
  // With the engine options `npm run build` gives Astro's process, so the step times the build's extraction.
  const output = execFileSync(process.execPath, [...ENGINE_FLAGS, join(import.meta.dirname, 'extraction-step.ts'), root], { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, ...env } });
  return JSON.parse(output.trim().split('\n').at(-1) as string) as ExtractionResult;
}

/** How many analyses the cache under `dir` wrote since `since` (ms since the epoch): the sources a build analysed. */
function cacheFilesWrittenSince(dir: string, since: number): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.json') && statSync(join(entry.parentPath, entry.name)).mtimeMs >= since).length;
}

interface SizeResult {
  row: BenchRow;
  /** The means of `runs` (paired-runs.ts); the log and model builds of the last. */
  build: BuildRun;
  runs: PairedRuns;
  rebuild: { build: BuildRun; model: ExtractionResult; cold: ExtractionResult; recordMs: number; analysed: number } | null;
  /** Likewise for the plain build; null without one. */
  plain: BuildRun | null;
  model: ExtractionResult;
  dist: DistSize;
  query: QueryCost | null;
  load: string;
}

/**
 * Puts the project back where its first build started: no analysis cache, no recorded anchors
 * (content/anchors.json, which `npm run build` writes), no content-layer cache (`.astro`), so each of
 * our timed builds does the same work as the first.
 */
function startAfresh(root: string, cacheDir: string): void {
  for (const path of [cacheDir, join(root, 'content/anchors.json'), join(root, '.astro')]) rmSync(path, { recursive: true, force: true });
}

async function measureSize(size: number, material: BenchMaterial, work: string, browser: FoundBrowser | null): Promise<SizeResult> {
  const { bases, actors } = material;
  const corpus = generateCorpus(bases, actors, size, seed);
  const dir = join(work, String(size));
  mkdirSync(dir);
  const root = writeBriefingProject(dir, corpus, material.topic);
  const load = loadavg().map((n) => n.toFixed(2)).join(' ');
  say(`\n[${size}] ${corpus.length} sources from ${bases.length} originals (${material.summary}) in ${root} (load average ${load})`);

  const cache = { BRIEFING_CACHE_DIR: join(dir, 'analysis-cache') };
  say(`[${size}] extraction alone, without the analysis cache…`);
  const model = extraction(root, { BRIEFING_CACHE: 'off' });
  say(`[${size}]   ${formatMs(model.ms)}: ${model.events} events, ${model.statements} statements, ${model.figures} figures, ${model.diagnostics} diagnostics`);

  // Ours and the plain build one after the other, `runs` times (paired-runs.ts), each from the same start.
  const dist = join(root, 'dist');
  const plainRoot = values.plain ? writePlainProject(dir, root) : null;
  const runs: PairedRuns = { ours: [], plain: [] };
  for (let run = 1; run <= values.runs; run++) {
    if (run > 1) startAfresh(root, cache.BRIEFING_CACHE_DIR);
    say(`[${size}] npm run build (run ${run} of ${values.runs})…`);
    const ours = await runBuild(root, dist, { probe: true, env: cache });
    runs.ours.push(ours);
    say(`[${size}]   ${formatMs(ours.wallMs)}, model built ${ours.modelBuilds ?? '?'} time(s), Pagefind ${ours.pagefindMs === null ? 'n/a' : formatMs(ours.pagefindMs)}`);
    if (plainRoot) {
      if (run > 1) rmSync(join(plainRoot, '.astro'), { recursive: true, force: true });
      say(`[${size}] plain astro build (run ${run} of ${values.runs})…`);
      // The probe here only makes the build wait for Pagefind's process, so its CPU time counts as in ours.
      const plain = await runBuild(plainRoot, join(plainRoot, 'dist'), { via: 'astro', probe: true });
      runs.plain.push(plain);
      say(`[${size}]   ${formatMs(plain.wallMs)}`);
    }
  }
  const build = { ...(runs.ours.at(-1) as BuildRun), ...summariseRuns(runs.ours) };
  const plain = runs.plain.length > 0 ? { ...(runs.plain.at(-1) as BuildRun), ...summariseRuns(runs.plain) } : null;
  const sizes = measureDist(dist);

  let query: QueryCost | null = null;
  if (browser) {
    const words = values.query ?? commonName(corpus, actors);
    say(`[${size}] first search for "${words}" in ${browser.source}…`);
    query = await measureFirstQuery(dist, words, browser);
    say(`[${size}]   ${formatBytes(query.bytes)} in ${query.requests} requests (${query.method}): ${query.outcome}`);
  }

  let rebuild: SizeResult['rebuild'] = null;
  if (values.rebuild) {
    say(`[${size}] recording the anchors (npm run anchors -- --update)…`);
    const recordStart = performance.now();
    execFileSync(process.execPath, [join(root, 'src/cli/anchors.ts'), '--update'], { cwd: root, env: { ...process.env, ...cache }, stdio: 'ignore' });
    const recordMs = performance.now() - recordStart;
    const added = generateCopy(bases, actors, size, seed);
    writeFileSync(join(root, SOURCES_DIR, `${added.id}.mdx`), added.mdx);
    say(`[${size}] npm run build again with one source more (${added.id}), the analysis cache warm…`);
    const started = Date.now();
    const again = await runBuild(root, dist, { probe: true, env: cache });
    // The cache writes a file for each source it had to analyse.
    const analysed = cacheFilesWrittenSince(cache.BRIEFING_CACHE_DIR, started);
    // Both timings one after the other, so that the machine's load weighs on them alike.
    const warm = extraction(root, cache);
    const cold = extraction(root, { BRIEFING_CACHE: 'off' });
    say(`[${size}]   ${formatMs(again.wallMs)}; ${analysed} source(s) analysed; model built ${again.modelBuilds ?? '?'} time(s), each ${formatMs(warm.ms)} with the cache, ${formatMs(cold.ms)} without`);
    rebuild = { build: again, model: warm, cold, recordMs, analysed };
  }

  const largest = sizes.largestPages[0] ?? null;
  return {
    row: {
      sources: size,
      buildMs: build.wallMs,
      extractionMs: model.ms,
      modelBuilds: build.modelBuilds,
      pagefindMs: build.pagefindMs,
      peakKb: Math.max(build.maxRssKb ?? 0, build.treePeakKb),
      distBytes: sizes.totalBytes,
      largestPage: largest,
      indexBytes: sizes.searchIndexBytes,
      firstQueryBytes: query?.bytes ?? null,
      plainBuildMs: plain?.wallMs ?? null,
      cpuMs: build.cpuMs,
      plainCpuMs: plain?.cpuMs ?? null,
      rebuildMs: rebuild?.build.wallMs ?? null,
      rebuildExtractionMs: rebuild?.model.ms ?? null,
    },
    build,
    runs,
    rebuild,
    plain,
    model,
    dist: sizes,
    query,
    load,
  };
}

function details(results: readonly SizeResult[]): string {
  const lines = ['Details:', ''];
  const peak = (run: BuildRun): string => formatBytes(Math.max(run.maxRssKb ?? 0, run.treePeakKb) * 1024);
  for (const { row, build, runs, plain, model, dist, query, load, rebuild } of results) {
    lines.push(`- ${row.sources} sources (load average before: ${load}): model ${model.events} events, ${model.statements} statements, ${model.figures} figures, ${model.diagnostics} diagnostics; model built ${build.modelBuilds ?? '?'} time(s) per build; extraction alone peaks at ${formatBytes(model.maxRssKb * 1024)}.`);
    lines.push(`  our build${plain ? ' and the plain one, one after the other' : ''} (the table shows the means): ${pairLines(runs).join('; ')}.`);
    lines.push(`  memory: largest process ${build.maxRssKb === null ? 'n/a (no GNU time)' : formatBytes(build.maxRssKb * 1024)}, process tree (sampled) ${formatBytes(build.treePeakKb * 1024)}${plain ? `; plain Astro build ${peak(plain)}` : ''}.`);
    lines.push(`  dist: ${dist.files} files, ${dist.htmlPages} HTML pages; search index ${dist.searchIndexFiles} files. Largest pages: ${dist.largestPages.map((page) => `/${page.path.replace(/index\.html$/, '')} ${formatBytes(page.bytes)}`).join(', ')}.`);
    if (rebuild) lines.push(`  one source more: anchors recorded in ${formatMs(rebuild.recordMs)} (npm run anchors -- --update, cache warm); the build again ${formatMs(rebuild.build.wallMs)}, analysing ${rebuild.analysed} source(s) of ${row.sources + 1}; model built ${rebuild.build.modelBuilds ?? '?'} time(s), each ${formatMs(rebuild.model.ms)} with the cache and ${formatMs(rebuild.cold.ms)} without (timed one after the other), Pagefind ${rebuild.build.pagefindMs === null ? 'n/a' : formatMs(rebuild.build.pagefindMs)}.`);
    if (query) lines.push(`  first search "${query.query}" (${query.method}): ${formatBytes(query.bytes)} in ${query.requests} requests, of which Pagefind ${formatBytes(query.pagefindBytes)}; shown: "${query.outcome}".`);
  }
  return lines.join('\n');
}

// Found before anything is built, so a machine without a browser learns what to do at once.
const browser = values.browser ? await findBrowser() : null;
const work = mkdtempSync(join(tmpdir(), 'briefing-bench-'));
const material = readBenchMaterial(REPO);
say(`Benchmark in ${work}: sizes ${sizes.join(', ')}, seed ${seed}; ${cpus().length} CPU(s), ${formatBytes(totalmem())} RAM; Node ${process.version}.`);
if (!existsSync(GNU_TIME)) say(`GNU time is not at ${GNU_TIME} (apt-get install -y time): peak memory comes from sampling the process tree alone.`);
const results: SizeResult[] = [];
try {
  for (const size of sizes) results.push(await measureSize(size, material, work, browser));
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
  else say(`Kept ${work}.`);
}

const report = [
  formatTable(results.map((result) => result.row)),
  '',
  `Targets (not asserted): ${TARGETS.join('; ')}.`,
  '',
  ...checkTargets(results.map((result) => result.row)).map((line) => `- ${line}`),
  '',
  details(results),
  '',
].join('\n');
process.stdout.write(report);
if (values.out) writeFileSync(values.out, report);
