import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The `dist/` of one real build, shared by every build test. */
    distDir: string;
  }
}

/** One real build for all build tests; they only read it. */
export default function setup(project: TestProject) {
  const distDir = buildSite();
  project.provide('distDir', distDir);
  return () => rmSync(distDir, { recursive: true, force: true });
}
