import { loadContent, type Content } from './content/load-content.ts';
import type { Briefing, SourceDocument } from './model.ts';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentFingerprint } from './content/content-fingerprint.ts';
import type { BriefingFile } from '../schemas/briefing.ts';
import { runPipeline } from './pipeline/index.ts';
import { sourceCache, type SourceCache } from './pipeline/source-cache.ts';
import type { SourceCandidates } from './pipeline/assemble-source.ts';
import { analyseInBackground, type BackgroundAnalysis } from './pipeline/background-analysis.ts';
import { startEarlyAnalysisThread } from './pipeline/analysis-thread.ts';
import { SOURCES_DIR } from './content/load-sources.ts';
import { analyseSharingWork, sharingMinimum } from './pipeline/shared-analysis.ts';
import { readManifest } from './anchors/manifest-file.ts';
import type { AnchorManifest } from './anchors/manifest.ts';

/** The model cannot be published: an override does not apply, or a citation is not supported by its source. */
export class BriefingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BriefingError';
  }
}

/** `content/briefing.yaml, overrides item 2, added item ` when an override added the item `id`, so the editor knows where to fix it. */
function addedBy(file: BriefingFile, id: string): string {
  const index = file.overrides.findIndex((override) => override.action === 'add' && override.id === id);
  return index < 0 ? '' : `content/briefing.yaml, overrides item ${index + 1}, added item `;
}

/**
 * The manifest (content/anchors.json) each model was built with. The site's anchors are worked out
 * against it (site-anchors.ts) without reading and validating the file a second time: 53 MB of
 * JSON at 10,000 sources. On `globalThis`, like the model below: the bundled pages load this module
 * as a copy of their own.
 */
const MANIFESTS = Symbol.for('briefing-site.model-manifests');
const manifests: WeakMap<Briefing, AnchorManifest | null> = ((globalThis as { [MANIFESTS]?: WeakMap<Briefing, AnchorManifest | null> })[MANIFESTS] ??= new WeakMap());

/** The manifest `briefing` was built with (null: none); undefined for a model `loadBriefing` did not build. */
export function manifestOf(briefing: Briefing): AnchorManifest | null | undefined {
  return manifests.get(briefing);
}

/** What a model is built from: `content/` read and validated, the manifest its ids keep, the analysis cache. */
export interface BriefingInput {
  content: Content;
  anchors: AnchorManifest | null;
  cache: SourceCache | null;
}

/** Reads what the model of `root` is built from; throws a `ContentError` for invalid files (content/anchors.json included). */
export function readBriefingInput(root: string = process.cwd()): BriefingInput {
  const content = loadContent(root);
  return { content, anchors: readManifest(root), cache: sourceCache(root, content.topic) };
}

/**
 * Builds the briefing model from `input`, or throws a `BriefingError` for overrides and provenance
 * that says what to fix. Published ids are kept as content/anchors.json lists them; what each source
 * contributes comes from `analysed`, else from the analysis cache (pipeline/source-cache.ts), else
 * from analysing it.
 */
export function buildBriefing({ content, anchors, cache }: BriefingInput, analysed?: ReadonlyMap<SourceDocument, SourceCandidates>): Briefing {
  const { briefingFile, sources, topic } = content;
  const { briefing, overrideProblems, provenanceProblems } = runPipeline({ sources, topic, briefing: briefingFile, anchors, cache, analysed });
  const lines = [
    ...overrideProblems.map((p) => `  content/briefing.yaml, overrides item ${p.position}: ${p.message}`),
    ...provenanceProblems.map((p) => `  ${addedBy(briefingFile, p.item)}${p.item}: ${p.message}`),
  ];
  if (lines.length > 0) {
    const hints = [
      overrideProblems.length > 0 ? 'Fix the overrides named above in content/briefing.yaml.' : '',
      provenanceProblems.length > 0 ? 'Every citation must quote its source paragraph word for word: correct the evidence, or the override that added it.' : '',
    ];
    throw new BriefingError(
      `The briefing cannot be published: ${lines.length} problem(s) with overrides or citations:\n${lines.join('\n')}\n${hints.filter(Boolean).join('\n')}`,
    );
  }
  manifests.set(briefing, anchors);
  return briefing;
}

/** The sources of `input` the analysis cache does not hold: every source when there is no cache. */
function uncachedSources({ content, cache }: BriefingInput): SourceDocument[] {
  return cache ? content.sources.filter((source) => !cache.has(source)) : content.sources;
}

/**
 * Reads `content/` and builds the briefing model, or throws an error that says what to fix:
 * a `ContentError` for invalid files, a `BriefingError` for overrides and provenance. The sources the
 * analysis cache lacks are analysed on two threads where a second one pays (pipeline/shared-analysis.ts).
 */
export function loadBriefing(root: string = process.cwd()): Briefing {
  // With enough sources for this machine's CPUs, the worker loads the extraction code while this thread reads the content.
  const minimum = sharingMinimum();
  const early = sourceFileCount(root) >= minimum ? startEarlyAnalysisThread() : null;
  try {
    const input = readBriefingInput(root);
    const { topic } = input.content;
    return buildBriefing(input, analyseSharingWork(uncachedSources(input), topic, root, input.cache, minimum, early));
  } finally {
    // Ended already when it was given work or none; not when the content could not be read.
    void early?.terminate();
  }
}

/** How many source files `content/sources` holds (0 without the folder, which reading the content reports). */
function sourceFileCount(root: string): number {
  try {
    return readdirSync(join(root, SOURCES_DIR)).filter((name) => /\.mdx?$/i.test(name)).length;
  } catch {
    return 0;
  }
}

/** How long a cached model is trusted before the content folder is looked at again. */
const RECHECK_MS = 1000;
/**
 * The cache lives on `globalThis`: the build's integrations and the bundled pages load this module
 * separately but run in one process, so a per-module cache would build the model three times.
 */
const CACHE = Symbol.for('briefing-site.model');
/** A build's model in the making (`startBriefing`), on `globalThis` for the same reason. */
const PENDING = Symbol.for('briefing-site.pending-model');

interface CachedModel {
  root: string;
  fingerprint: string;
  checkedAt: number;
  briefing: Briefing;
  /** Set by `holdBriefing`: the content cannot change until the process ends, so it is not looked at again. */
  held: boolean;
}

/** A model `startBriefing` began: its input read, its sources being analysed. */
interface PendingModel {
  root: string;
  input: BriefingInput;
  analysis: BackgroundAnalysis;
}

const store = globalThis as { [CACHE]?: CachedModel; [PENDING]?: PendingModel };

/**
 * The briefing for this build: built once per process and shared by the integrations and every
 * page, and built again only when a file under `content/` changes (as in `astro dev`).
 */
export function getBriefing(projectRoot: string = process.cwd()): Briefing {
  const root = resolve(projectRoot);
  const pending = store[PENDING];
  if (pending?.root === root) {
    // Asked for before `finishBriefing`: built now, from what the analysis thread has done so far.
    delete store[PENDING];
    return hold(root, buildBriefing(pending.input, pending.analysis.resultsSoFar()));
  }
  const cached = store[CACHE];
  const now = Date.now();
  if (cached && cached.root === root && (cached.held || now - cached.checkedAt < RECHECK_MS)) return cached.briefing;
  const fingerprint = contentFingerprint(root);
  if (cached && cached.root === root && cached.fingerprint === fingerprint) {
    cached.checkedAt = now;
    return cached.briefing;
  }
  const briefing = loadBriefing(root);
  store[CACHE] = { root, fingerprint, checkedAt: now, briefing, held: false };
  return briefing;
}

/**
 * Keeps the briefing of `projectRoot` for the rest of the process, without looking at `content/`
 * again: for `astro build`, which reads the content once. Looking again costs a `stat` of every
 * file under `content/`, once a second while pages render; with 10,000 sources that is tens of
 * milliseconds a second for as long as the build runs, a cost that grows with the square of the
 * number of sources.
 */
export function holdBriefing(projectRoot: string = process.cwd()): Briefing {
  const briefing = getBriefing(projectRoot);
  const cached = store[CACHE];
  if (cached) cached.held = true;
  return briefing;
}

/** Holds `briefing` as the model of `root` (see `holdBriefing`); it is never compared with `content/` again, so it needs no fingerprint. */
function hold(root: string, briefing: Briefing): Briefing {
  store[CACHE] = { root, fingerprint: '', checkedAt: Date.now(), briefing, held: true };
  return briefing;
}

/**
 * For `astro build`: reads and validates `content/` at once, so that invalid content stops the build
 * before Astro reads it, and analyses the sources the analysis cache lacks on another thread
 * (pipeline/background-analysis.ts) while Astro compiles and bundles the pages. `finishBriefing`
 * then builds the model from the results and holds it (`holdBriefing`); a `getBriefing` before
 * that builds it at once, analysing itself what the thread has not done yet.
 */
export function startBriefing(projectRoot: string = process.cwd()): void {
  const root = resolve(projectRoot);
  const input = readBriefingInput(root);
  const { topic } = input.content;
  const analysis = analyseInBackground(uncachedSources(input), topic, root);
  store[PENDING] = { root, input, analysis };
}

/**
 * The model `startBriefing` began, once its sources are analysed, held for the rest of the process;
 * throws a `BriefingError` as `loadBriefing` does. Without `startBriefing`, `holdBriefing`.
 */
export async function finishBriefing(projectRoot: string = process.cwd()): Promise<Briefing> {
  const root = resolve(projectRoot);
  const pending = store[PENDING];
  if (pending?.root === root) {
    const analysed = await pending.analysis.results();
    // Unless a `getBriefing` meanwhile built it.
    if (store[PENDING] === pending) {
      delete store[PENDING];
      return hold(root, buildBriefing(pending.input, analysed));
    }
  }
  return holdBriefing(root);
}
