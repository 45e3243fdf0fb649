import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import type { SourceDocument } from '../../src/lib/model.ts';
import { runPipeline } from '../../src/lib/pipeline/index.ts';
import { sourceCache, type SourceCache } from '../../src/lib/pipeline/source-cache.ts';
import { tempProject } from '../helpers/temp-project.ts';

let project: ReturnType<typeof tempProject>;
let cacheDir: string;
beforeAll(() => {
  project = tempProject();
  cacheDir = mkdtempSync(join(tmpdir(), 'briefing-cache-'));
});
afterAll(() => {
  project.remove();
  rmSync(cacheDir, { recursive: true, force: true });
});

const env = () => ({ BRIEFING_CACHE_DIR: cacheDir });

/** The cache of the project's current content, counting what it is asked. */
function counted(cache: SourceCache | null) {
  const counts = { hits: [] as string[], misses: [] as string[] };
  const wrapped: SourceCache = {
    has: (source) => cache!.has(source),
    read(source: SourceDocument) {
      const found = cache!.read(source);
      (found ? counts.hits : counts.misses).push(source.id);
      return found;
    },
    write: (source, candidates) => cache!.write(source, candidates),
    writeText: (source, text) => cache!.writeText(source, text),
  };
  return { cache: wrapped, counts };
}

function build(cache: SourceCache | null) {
  const { sources, topic, briefingFile } = loadContent(project.root);
  return runPipeline({ sources, topic, briefing: briefingFile, cache }).briefing;
}

// Each case builds the seeds' model two or three times: a few seconds on a loaded machine.
describe('the per-source analysis cache', { timeout: 30_000 }, () => {
  it('gives the same model as analysing every source, and a second build reads every source from it', () => {
    const { topic } = loadContent(project.root);
    const uncached = build(null);
    const first = counted(sourceCache(project.root, topic, env()));
    expect(build(first.cache)).toEqual(uncached);
    expect(first.counts.misses).toHaveLength(uncached.sources.length);

    const second = counted(sourceCache(project.root, topic, env()));
    expect(build(second.cache)).toEqual(uncached);
    expect(second.counts).toEqual({ hits: uncached.sources.map((s) => s.id), misses: [] });
  });

  it('analyses again only a source whose text changed, and keeps one file per source', () => {
    const { topic, sources } = loadContent(project.root);
    const changed = sources[1]!;
    const file = join(project.root, changed.file);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n$/, '\n\nA paragraph added by the test, on Monday.\n'));
    const run = counted(sourceCache(project.root, topic, env()));
    build(run.cache);
    expect(run.counts.misses).toEqual([changed.id]);
    const [folder] = readdirSync(cacheDir);
    expect(readdirSync(join(cacheDir, folder!)).filter((name) => name.startsWith(`${changed.id}.`))).toHaveLength(1);
  });

  it('starts afresh when the topic data or the extraction code changes', () => {
    const { topic } = loadContent(project.root);
    const otherTopic = counted(sourceCache(project.root, { ...topic, actors: topic.actors.slice(1) }, env()));
    build(otherTopic.cache);
    expect(otherTopic.counts.hits).toEqual([]);

    appendFileSync(join(project.root, 'src/lib/slug.ts'), '\n// A change to the code.\n');
    const otherCode = counted(sourceCache(project.root, topic, env()));
    build(otherCode.cache);
    expect(otherCode.counts.hits).toEqual([]);
  });

  it('treats a damaged file as a miss, survives being deleted, and can be turned off', () => {
    const { topic, sources } = loadContent(project.root);
    rmSync(cacheDir, { recursive: true, force: true });
    const cache = sourceCache(project.root, topic, env())!;
    build(cache);
    const source = sources[0]!;
    const [folder = ''] = readdirSync(cacheDir).map((name) => join(cacheDir, name));
    const file = readdirSync(folder).find((name) => name.startsWith(`${source.id}.`))!;
    writeFileSync(join(folder, file), '{ "half": ');
    expect(cache.read(source)).toBeNull();

    rmSync(cacheDir, { recursive: true, force: true });
    const fresh = counted(sourceCache(project.root, topic, env()));
    expect(build(fresh.cache)).toEqual(build(null));
    expect(fresh.counts.hits).toEqual([]);

    expect(sourceCache(project.root, topic, { ...env(), BRIEFING_CACHE: 'off' })).toBeNull();
  });
});
