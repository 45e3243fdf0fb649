/**
 * `npm run bench`: what building and searching the briefing costs as the number of sources
 * grows. For each size it generates a synthetic corpus from the real sources
 * (generate.ts), builds it in a temporary project, and measures:
 *
 * 1. the whole `astro build` (wall time, peak memory), with a probe that counts the model
 *    builds and times Pagefind's indexing inside it (build-probe.ts);
 * 2. one model build alone, in a child process (extraction-step.ts);
 * 3. the size of `dist/`, its largest HTML page and the search index;
 * 4. the bytes a reader downloads for a first search, in Chrome or Chromium (test/helpers/browser/);
 * 5. a plain Astro build of the same MDX, as a baseline.
 *
 * Flags: --sizes 10,100,1000  --seed 1  --query <words>  --out <file.md>  --keep
 *        --no-plain  --no-browser
 * Nothing is asserted: the table is printed with the targets beside it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadTopic } from '../../src/lib/content/load-topic.ts';
import type { Actor } from '../../src/schemas/actor.ts';
import { readBaseSources } from './base-sources.ts';
import { REPO, writeBriefingProject, writePlainProject } from './corpus-project.ts';
import { measureDist, type DistSize } from './dist-size.ts';
import type { ExtractionResult } from './extraction-step.ts';
import { findBrowser, type FoundBrowser } from '../helpers/browser/find-browser.ts';
import { measureFirstQuery, type QueryCost } from './first-query.ts';
import { DEFAULT_SEED, generateCorpus, type GeneratedSource } from './generate.ts';
import { GNU_TIME, runBuild, type BuildRun } from './run-build.ts';
import { shortName } from './swap-names.ts';
import { formatBytes, formatMs, formatTable, TARGETS, type BenchRow } from './table.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,100,1000' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    query: { type: 'string' },
    out: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'no-plain': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
  },
});

const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  throw new Error(`--sizes must be whole numbers separated by commas, e.g. --sizes 10,100; got "${values.sizes}".`);
}
const seed = Number(values.seed);

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

function extraction(root: string): ExtractionResult {
  const output = execFileSync(process.execPath, [join(import.meta.dirname, 'extraction-step.ts'), root], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(output.trim().split('\n').at(-1) as string) as ExtractionResult;
}

interface SizeResult {
  row: BenchRow;
  build: BuildRun;
  plain: BuildRun | null;
  model: ExtractionResult;
  dist: DistSize;
  query: QueryCost | null;
  load: string;
}

async function measureSize(size: number, actors: readonly Actor[], work: string, browser: FoundBrowser | null): Promise<SizeResult> {
  const bases = readBaseSources(REPO);
  const corpus = generateCorpus(bases, actors, size, seed);
  const dir = join(work, String(size));
  mkdirSync(dir);
  const root = writeBriefingProject(dir, corpus);
  const load = loadavg().map((n) => n.toFixed(2)).join(' ');
  say(`\n[${size}] ${corpus.length} sources from ${bases.length} originals in ${root} (load average ${load})`);

  say(`[${size}] extraction alone…`);
  const model = extraction(root);
  say(`[${size}]   ${formatMs(model.ms)}: ${model.events} events, ${model.statements} statements, ${model.figures} figures, ${model.diagnostics} diagnostics`);

  say(`[${size}] astro build…`);
  const dist = join(root, 'dist');
  const build = await runBuild(root, dist, { probe: true });
  say(`[${size}]   ${formatMs(build.wallMs)}, model built ${build.modelBuilds ?? '?'} time(s), Pagefind ${build.pagefindMs === null ? 'n/a' : formatMs(build.pagefindMs)}`);
  const sizes = measureDist(dist);

  let query: QueryCost | null = null;
  if (browser) {
    const words = values.query ?? commonName(corpus, actors);
    say(`[${size}] first search for "${words}" in ${browser.source}…`);
    query = await measureFirstQuery(dist, words, browser);
    say(`[${size}]   ${formatBytes(query.bytes)} in ${query.requests} requests (${query.method}): ${query.outcome}`);
  }

  let plain: BuildRun | null = null;
  if (!values['no-plain']) {
    say(`[${size}] plain astro build…`);
    const plainRoot = writePlainProject(dir, root);
    plain = await runBuild(plainRoot, join(plainRoot, 'dist'));
    say(`[${size}]   ${formatMs(plain.wallMs)}`);
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
    },
    build,
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
  for (const { row, build, plain, model, dist, query, load } of results) {
    lines.push(`- ${row.sources} sources (load average before: ${load}): model ${model.events} events, ${model.statements} statements, ${model.figures} figures, ${model.diagnostics} diagnostics; model built ${build.modelBuilds ?? '?'} time(s) per build; extraction alone peaks at ${formatBytes(model.maxRssKb * 1024)}.`);
    lines.push(`  memory: largest process ${build.maxRssKb === null ? 'n/a (no GNU time)' : formatBytes(build.maxRssKb * 1024)}, process tree (sampled) ${formatBytes(build.treePeakKb * 1024)}${plain ? `; plain Astro build ${peak(plain)}` : ''}.`);
    lines.push(`  dist: ${dist.files} files, ${dist.htmlPages} HTML pages; search index ${dist.searchIndexFiles} files. Largest pages: ${dist.largestPages.map((page) => `/${page.path.replace(/index\.html$/, '')} ${formatBytes(page.bytes)}`).join(', ')}.`);
    if (query) lines.push(`  first search "${query.query}" (${query.method}): ${formatBytes(query.bytes)} in ${query.requests} requests, of which Pagefind ${formatBytes(query.pagefindBytes)}; shown: "${query.outcome}".`);
  }
  return lines.join('\n');
}

// Found before anything is built, so a machine without a browser learns what to do at once.
const browser = values['no-browser'] ? null : await findBrowser();
const work = mkdtempSync(join(tmpdir(), 'briefing-bench-'));
const actors = loadTopic(REPO).actors;
say(`Benchmark in ${work}: sizes ${sizes.join(', ')}, seed ${seed}; ${cpus().length} CPU(s), ${formatBytes(totalmem())} RAM; Node ${process.version}.`);
if (!existsSync(GNU_TIME)) say(`GNU time is not at ${GNU_TIME} (apt-get install -y time): peak memory comes from sampling the process tree alone.`);
const results: SizeResult[] = [];
try {
  for (const size of sizes) results.push(await measureSize(size, actors, work, browser));
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
  else say(`Kept ${work}.`);
}

const report = [
  formatTable(results.map((result) => result.row)),
  '',
  `Targets (not asserted): ${TARGETS.join('; ')}.`,
  '',
  details(results),
  '',
].join('\n');
process.stdout.write(report);
if (values.out) writeFileSync(values.out, report);
