/**
 * `npm run build`: builds the site into a temporary folder beside `dist/` and moves it into place only
 * when the build succeeds.
 *
 * Why: `astro build` empties `dist/` before it writes the new site, so a build that stops on bad
 * content (an invalid date, an unsupported citation, broken YAML) would leave a half-written or empty
 * `dist/`, and a host that deploys `dist/` would publish a broken site. Here a failed build leaves the
 * last good `dist/` exactly as it was; only a complete site replaces it.
 *
 * Astro runs in a child process on this same Node (`process.execPath`, Node 24 under `npm run`), with
 * the same environment (plus the switch that makes the build record its anchors in
 * content/anchors.json, like a lockfile, and the bundler's allocator setting below) and the
 * terminal's stdio, so the editor sees Astro's and the briefing's messages exactly as `astro build`
 * prints them. Extra arguments are passed through; when they
 * include `--outDir`, the caller chose the destination and Astro writes there directly, unswapped
 * (the tests build that way into throwaway folders).
 *
 * The search index is written here, in this small process, once Astro's has exited: the build leaves
 * its search records in the site (src/lib/search/write-search-index.ts), so Pagefind's process, the
 * largest of the build, never runs beside Astro's.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { constants } from 'node:os';
import { join, resolve } from 'node:path';
import { RECORD_VARIABLE } from '../lib/anchors/record-mode.ts';
import { astroBuildCommand } from './astro-command.ts';
import { SEARCH_BUNDLE } from '../lib/search/indexed-pages.ts';
import { INDEX_AFTER_BUILD_VARIABLE, writeSearchIndexFrom } from '../lib/search/write-search-index.ts';

/** The project being built: npm runs scripts from the project root. */
const ROOT = process.cwd();
/** Where the published site lives; `npm run preview` and the hosts read it. */
const DIST = join(ROOT, 'dist');
/** Per-process names, so two builds at once never write into each other's folder. */
const TMP = join(ROOT, `.dist-tmp-${process.pid}`);
const OLD = join(ROOT, `.dist-old-${process.pid}`);

/**
 * The bundler's allocator (mimalloc, inside Rolldown) keeps memory its threads freed for a while
 * before giving it back, and threads that then sit idle never give it back: at 10,000 sources Astro's
 * process kept 2.6 GB of it while it rendered the pages, and 0.7 GB with this at 0 (given back at
 * once). The allocator reads it when Astro's process starts, so it is set for that process.
 */
const PURGE_DELAY_VARIABLE = 'MIMALLOC_PURGE_DELAY';

/**
 * Runs `astro build` with `args`; resolves to its exit code (128 + the signal's number when it was
 * stopped by one). Ctrl-C reaches Astro on its own (same process group); a signal sent to this
 * process alone is passed on, so the build stops and the temporary folder is still cleaned up.
 */
function astroBuild(args: readonly string[]): Promise<{ code: number; stopped: boolean }> {
  return new Promise((resolve, reject) => {
    // `npm run build` records the anchors it publishes in content/anchors.json (src/lib/anchors/record-mode.ts).
    // …and leaves the search index to this process (see above).
    const env = { ...process.env, [RECORD_VARIABLE]: '1', [INDEX_AFTER_BUILD_VARIABLE]: '1', [PURGE_DELAY_VARIABLE]: process.env[PURGE_DELAY_VARIABLE] ?? '0' };
    const astro = astroBuildCommand(ROOT, args);
    const child = spawn(astro.command, astro.args, { cwd: ROOT, env, stdio: 'inherit' });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
    for (const signal of signals) process.on(signal, forward);
    const done = () => {
      for (const signal of signals) process.off(signal, forward);
    };
    child.on('error', (error) => {
      done();
      reject(new Error(`astro could not be started: ${error.message}`));
    });
    child.on('exit', (code, signal) => {
      done();
      resolve(signal ? { code: 128 + (constants.signals[signal] ?? 0), stopped: true } : { code: code ?? 1, stopped: false });
    });
  });
}

/**
 * Puts the new site in place of `dist/`: the old one is first moved aside (a rename, so `dist/` is
 * never half old, half new), and put back if the new one cannot be moved in.
 */
function swapIntoDist(): void {
  const hadDist = existsSync(DIST);
  if (hadDist) renameSync(DIST, OLD);
  try {
    renameSync(TMP, DIST);
  } catch (error) {
    if (hadDist) renameSync(OLD, DIST);
    throw error;
  }
  if (hadDist) rmSync(OLD, { recursive: true, force: true });
}

/** Whether process `pid` is still running. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temporary folders of earlier builds that were killed outright (`kill -9`, a power cut) and so
 * could not clean up. Only `.dist-tmp-*` of processes no longer running: an unfinished site, never the
 * published one. (A `.dist-old-*` is left alone: if a build died mid-swap, it holds the last good site.)
 */
function removeStaleTemporaryFolders(): void {
  for (const name of readdirSync(ROOT)) {
    const pid = /^\.dist-tmp-(\d+)$/.exec(name)?.[1];
    if (pid && Number(pid) !== process.pid && !alive(Number(pid))) rmSync(join(ROOT, name), { recursive: true, force: true });
  }
}

/** The folder an `--outDir <dir>` or `--outDir=<dir>` argument names, or null. */
function outDirArgument(args: readonly string[]): string | null {
  const at = args.findIndex((arg) => /^--(outDir|out-dir)(=|$)/.test(arg));
  if (at < 0) return null;
  const arg = args[at] as string;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : (args[at + 1] ?? null);
}

/** Writes the search index of the site Astro built into `outDir`; false (with the reason printed) when Pagefind failed. */
async function indexSite(outDir: string): Promise<boolean> {
  try {
    const summary = await writeSearchIndexFrom(outDir);
    if (summary) console.log(`Search index: ${summary.pages} page(s) and ${summary.entries} entries, written to ${SEARCH_BUNDLE}.`);
    return true;
  } catch (error) {
    console.error(`The search index could not be built: ${(error as Error).message}\nBuild again; if it fails again, report the message above.`);
    return false;
  }
}

async function main(args: readonly string[]): Promise<number> {
  const outDir = outDirArgument(args);
  if (outDir !== null) {
    const { code } = await astroBuild(args);
    if (code !== 0) return code;
    return (await indexSite(resolve(ROOT, outDir))) ? 0 : 1;
  }

  removeStaleTemporaryFolders();
  rmSync(TMP, { recursive: true, force: true });
  try {
    const { code, stopped } = await astroBuild(['--outDir', TMP, ...args]);
    if (code !== 0) {
      const what = stopped ? 'The build was stopped' : 'The build failed';
      console.error(`\n${what}; ${existsSync(DIST) ? 'dist/ still holds the last good site' : 'nothing was written to dist/'}.`);
      return code;
    }
    if (!existsSync(TMP)) throw new Error(`astro reported success but wrote nothing to ${TMP}`);
    if (!(await indexSite(TMP))) {
      console.error(`\nThe build failed; ${existsSync(DIST) ? 'dist/ still holds the last good site' : 'nothing was written to dist/'}.`);
      return 1;
    }
    swapIntoDist();
    return 0;
  } finally {
    rmSync(TMP, { recursive: true, force: true });
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Anything here is a file-system or installation problem, not the content: say so without a stack trace.
  console.error(`The build could not finish: ${(error as Error).message}\ndist/ was left as it was.`);
  process.exitCode = 1;
}
