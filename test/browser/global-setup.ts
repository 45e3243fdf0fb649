import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../build/build-site.ts';
import { findBrowser, type FoundBrowser } from '../helpers/browser/find-browser.ts';
import { serveStatic, type StaticSite } from './helpers/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The browser the tests launch (test/helpers/browser/find-browser.ts). */
    browser: FoundBrowser;
    /** The root-served build: its folder and its URL (`http://127.0.0.1:<port>/`). */
    siteDir: string;
    siteUrl: string;
    /** A build with `BASE_PATH=/briefing/`, served under `/briefing/`. */
    baseSiteUrl: string;
  }
}

/** The base path of the second build, as a reader's host would serve it. */
export const TEST_BASE = '/briefing/';

/**
 * Two real builds, one served at the root and one under a base path, each on
 * 127.0.0.1 by the tests' own static server. Nothing else is started; the browser
 * is launched by the test files. Finds the browser first, so a machine without one learns what
 * to do before anything is built.
 */
export default async function setup(project: TestProject) {
  const browser = await findBrowser();
  console.log(`Browser tests run in ${browser.source}: ${browser.executablePath}`);
  const dirs: string[] = [];
  const sites: StaticSite[] = [];
  const teardown = async () => {
    await Promise.all(sites.map((site) => site.close()));
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  };
  try {
    dirs.push(buildSite());
    dirs.push(buildSite({ BASE_PATH: TEST_BASE }));
    sites.push(await serveStatic(dirs[0] as string, '/'));
    sites.push(await serveStatic(dirs[1] as string, TEST_BASE));
  } catch (error) {
    await teardown();
    throw error;
  }
  project.provide('browser', browser);
  project.provide('siteDir', dirs[0] as string);
  project.provide('siteUrl', (sites[0] as StaticSite).url);
  project.provide('baseSiteUrl', (sites[1] as StaticSite).url);
  return teardown;
}
