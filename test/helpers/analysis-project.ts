import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { loadContent, type Content } from '../../src/lib/content/load-content.ts';
import { tempProject } from './temp-project.ts';

/** A test file's project and its content, made once, for tests of the analysis threads. */
export interface AnalysisProject {
  root: string;
  content: Content;
}

/**
 * Registers hooks that make one temporary project for the file, and a fresh analysis cache folder for
 * each test: an analysis worker reads BRIEFING_CACHE_DIR from the environment it inherits. The returned
 * object is filled once the file's `beforeAll` has run.
 */
export function useAnalysisProject(): AnalysisProject {
  const shared = { root: '', content: null as unknown as Content };
  let project: ReturnType<typeof tempProject>;
  let cacheDir = '';
  beforeAll(() => {
    project = tempProject();
    shared.root = project.root;
    shared.content = loadContent(project.root);
  });
  afterAll(() => project.remove());
  beforeEach(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'briefing-analysis-'));
    vi.stubEnv('BRIEFING_CACHE_DIR', cacheDir);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(cacheDir, { recursive: true, force: true });
  });
  return shared;
}
