/** One row of the results: a corpus size and what building and searching it cost. */
export interface BenchRow {
  sources: number;
  buildMs: number;
  /** One model build, timed alone (extraction-step.ts). */
  extractionMs: number;
  /** How many times the build built the model; extraction in the build ≈ runs × extractionMs. */
  modelBuilds: number | null;
  pagefindMs: number | null;
  /** Peak of the largest process (GNU time), else the sampled process tree, kilobytes. */
  peakKb: number;
  distBytes: number;
  largestPage: { path: string; bytes: number } | null;
  indexBytes: number;
  firstQueryBytes: number | null;
  plainBuildMs: number | null;
  /** CPU time (user + system) of the build's process tree, and of the plain build's; null without GNU time. */
  cpuMs: number | null;
  plainCpuMs: number | null;
  /** The build again after adding one source, its analysis cache warm; null when not measured. */
  rebuildMs: number | null;
  /** One model build of that rebuild's content with the warm cache, timed alone. */
  rebuildExtractionMs: number | null;
}

/** The targets the README states; checked beside the table (`checkTargets`), never asserted. */
export const TARGETS = [
  '10,000 sources build in under 5 minutes with peak memory under 4 GB',
  'every build at most 2.5× the plain build (Astro and Pagefind) of the same sources',
  'from 1,000 to 10,000 sources, time per source grows by at most 20%',
  'a first search downloads under 300 KB at 10,000 sources',
  'no HTML page over 1 MB',
];

/** Build time per source, ms. */
export function msPerSource(row: BenchRow): number {
  return row.buildMs / row.sources;
}

/** Peak memory per source, bytes. */
export function bytesPerSource(row: BenchRow): number {
  return (row.peakKb * 1024) / row.sources;
}

/**
 * Each target that the rows measure, with the measured value and whether it is met: one line
 * each, "met" or "NOT met". A target the rows do not reach (no 10,000 row) is left out.
 */
export function checkTargets(rows: readonly BenchRow[]): string[] {
  const lines: string[] = [];
  const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
  const largest = rows.find((row) => row.sources === 10_000);
  if (largest) {
    const gb = (largest.peakKb * 1024) / 1e9;
    lines.push(`10,000 sources in under 5 minutes: ${formatMs(largest.buildMs)}, ${verdict(largest.buildMs < 300_000)}; peak memory under 4 GB: ${formatBytes(largest.peakKb * 1024)}, ${verdict(gb < 4)}`);
    if (largest.firstQueryBytes !== null) lines.push(`first search under 300 KB at 10,000 sources: ${formatBytes(largest.firstQueryBytes)}, ${verdict(largest.firstQueryBytes < 300_000)}`);
  }
  for (const row of rows) {
    if (row.plainBuildMs !== null) {
      const ratio = row.buildMs / row.plainBuildMs;
      const cpu = row.cpuMs !== null && row.plainCpuMs !== null ? ` (CPU time ${(row.cpuMs / row.plainCpuMs).toFixed(2)}×)` : '';
      lines.push(`${row.sources.toLocaleString('en-US')} sources at most 2.5× plain: ${ratio.toFixed(2)}×${cpu}, ${verdict(ratio <= 2.5)}`);
    }
    if (row.largestPage) lines.push(`${row.sources.toLocaleString('en-US')} sources, no page over 1 MB: largest ${formatBytes(row.largestPage.bytes)}, ${verdict(row.largestPage.bytes <= 1_000_000)}`);
  }
  const from = rows.find((row) => row.sources === 1_000);
  if (from && largest) {
    const growth = msPerSource(largest) / msPerSource(from) - 1;
    const signed = (x: number) => `${x >= 0 ? '+' : ''}${Math.round(x * 100)}%`;
    const cpu = from.cpuMs !== null && largest.cpuMs !== null ? `; CPU time per source ${signed((largest.cpuMs / largest.sources) / (from.cpuMs / from.sources) - 1)}` : '';
    lines.push(`time per source from 1,000 to 10,000 grows at most 20%: ${formatMs(msPerSource(from))} → ${formatMs(msPerSource(largest))} (${signed(growth)}${cpu}), ${verdict(growth <= 0.2)}`);
  }
  return lines;
}

/** `1234567` → `1.2 MB`; decimal units, as browsers' network panels show them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(bytes < 10_000 ? 1 : 0)} KB`;
  if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${(bytes / 1_000_000_000).toFixed(2)} GB`;
}

/** `83456` → `83.5 s`; under a second in ms (a tenth of one under 10 ms); from ten minutes on as `m:ss`. */
export function formatMs(ms: number): string {
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 600_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')} min`;
}

const percent = (part: number, whole: number): string => `${Math.round((part / whole) * 100)}%`;

/** Extraction as the build pays it: every model build, with its share of the build. */
export function buildExtractionMs(row: BenchRow): number {
  return row.extractionMs * (row.modelBuilds ?? 1);
}

/** The results as a Markdown table, one row per corpus size. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['sources', 'build total', 'per source', 'extraction', 'Astro', 'Pagefind', 'peak memory', 'per source', 'dist size', 'largest HTML page', 'index size', 'first-query bytes', 'plain build (Astro + Pagefind)', 'ratio', 'CPU time, plain', 'CPU ratio', 'rebuild +1 source', 'its extraction'];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? '---:' : i === 9 ? '---' : '---:')).join('|')}|`];
  for (const row of rows) {
    const extraction = buildExtractionMs(row);
    const astro = row.buildMs - extraction - (row.pagefindMs ?? 0);
    const runs = row.modelBuilds ?? 1;
    const cells = [
      row.sources.toLocaleString('en-US'),
      formatMs(row.buildMs),
      formatMs(msPerSource(row)),
      `${formatMs(extraction)} (${runs > 1 ? `${runs} × ${formatMs(row.extractionMs)}, ` : ''}${percent(extraction, row.buildMs)})`,
      `${formatMs(astro)} (${percent(astro, row.buildMs)})`,
      row.pagefindMs === null ? 'n/a' : `${formatMs(row.pagefindMs)} (${percent(row.pagefindMs, row.buildMs)})`,
      formatBytes(row.peakKb * 1024),
      formatBytes(bytesPerSource(row)),
      formatBytes(row.distBytes),
      row.largestPage ? `${formatBytes(row.largestPage.bytes)} \`/${row.largestPage.path.replace(/index\.html$/, '')}\`` : 'n/a',
      formatBytes(row.indexBytes),
      row.firstQueryBytes === null ? 'n/a' : formatBytes(row.firstQueryBytes),
      row.plainBuildMs === null ? 'n/a' : formatMs(row.plainBuildMs),
      row.plainBuildMs === null ? 'n/a' : `${(row.buildMs / row.plainBuildMs).toFixed(1)}×`,
      row.cpuMs === null ? 'n/a' : `${formatMs(row.cpuMs)}, ${row.plainCpuMs === null ? 'n/a' : formatMs(row.plainCpuMs)}`,
      row.cpuMs === null || row.plainCpuMs === null ? 'n/a' : `${(row.cpuMs / row.plainCpuMs).toFixed(1)}×`,
      row.rebuildMs === null ? 'n/a' : formatMs(row.rebuildMs),
      row.rebuildExtractionMs === null ? 'n/a' : `${formatMs(row.rebuildExtractionMs * (row.modelBuilds ?? 1))}${(row.modelBuilds ?? 1) > 1 ? ` (${row.modelBuilds} × ${formatMs(row.rebuildExtractionMs)})` : ''}`,
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}
