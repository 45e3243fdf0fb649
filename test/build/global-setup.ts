import type { TestProject } from 'vitest/node';
import { sharedBuilds } from '../helpers/shared-builds.ts';
import { startCheckOfRun } from '../typecheck/background-check.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The `dist/` of one real build, shared by every build test; they only read it. */
    distDir: string;
    /** The same content built in another time zone (see test/helpers/shared-builds.ts); must be byte-identical. */
    farTimeZoneDistDir: string;
    /** The split build (test/helpers/split-build.ts): its copy of the project, content as built, and its `dist/`. */
    splitRoot: string;
    splitDistDir: string;
  }
}

/** The shared builds the build tests read, made once per run (with the browser tests' when both run). */
export default async function setup(project: TestProject) {
  startCheckOfRun(project);
  const { builds, release } = await sharedBuilds(project);
  project.provide('distDir', builds.site.distDir);
  project.provide('farTimeZoneDistDir', builds.farTimeZone.distDir);
  project.provide('splitRoot', builds.split.root);
  project.provide('splitDistDir', builds.split.distDir);
  return release;
}
