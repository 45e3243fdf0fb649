import type { TestProject } from 'vitest/node';
import { findBrowser, type FoundBrowser } from '../helpers/browser/find-browser.ts';
import { sharedBuilds } from '../helpers/shared-builds.ts';
import { SPLIT_BASE } from '../helpers/split-build.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';
import { startCheckOfRun } from '../typecheck/background-check.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The browser the tests launch. */
    browser: FoundBrowser;
    /** The root-served build: its folder and its URL (`http://127.0.0.1:<port>/`). */
    siteDir: string;
    siteUrl: string;
    /** The split build (test/helpers/split-build.ts), made for `/briefing/` and served there: its folder and URL. */
    baseSiteDir: string;
    baseSiteUrl: string;
  }
}

/**
 * Finds the browser first (so a machine without one learns what to do before anything is built),
 * then serves two real builds on 127.0.0.1 with the tests' own static server: the site at the root
 * and the split build under its base path. The test files launch the browser themselves.
 */
export default async function setup(project: TestProject) {
  const browser = await findBrowser();
  startCheckOfRun(project);
  console.log(`Browser tests run in ${browser.source}: ${browser.executablePath}`);
  const { builds, release } = await sharedBuilds(project);
  const sites: StaticSite[] = [];
  const teardown = async () => {
    await Promise.all(sites.map((site) => site.close()));
    await release();
  };
  try {
    sites.push(await serveStatic(builds.farTimeZone.distDir, '/'));
    sites.push(await serveStatic(builds.split.distDir, SPLIT_BASE));
  } catch (error) {
    await teardown();
    throw error;
  }
  project.provide('browser', browser);
  project.provide('siteDir', builds.farTimeZone.distDir);
  project.provide('baseSiteDir', builds.split.distDir);
  project.provide('siteUrl', (sites[0] as StaticSite).url);
  project.provide('baseSiteUrl', (sites[1] as StaticSite).url);
  return teardown;
}
