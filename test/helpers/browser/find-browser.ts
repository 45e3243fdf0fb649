/**
 * Which Chrome or Chromium the browser tests, the benchmark's first-search measurement and the
 * Lighthouse script drive. Three ways, tried in this order; the first that has a browser wins:
 *
 * 1. `CHROMIUM_PATH`: a browser someone chose on purpose comes first. Set but wrong is an error,
 *    not a reason to quietly test in another browser.
 * 2. A Chrome or Chromium installed on the machine, as `chrome-launcher` finds them on Linux, macOS
 *    and Windows: a full browser its owner keeps up to date.
 * 3. `@sparticuz/chromium`, the Chromium build `npm install` brings along (Linux x64), so that
 *    `npm install && npm test` works on a machine with no browser at all.
 *
 * Each way either finds a browser or says why it has none; when none has one, the error lists
 * what each way found and what to do about each.
 */
import { bundledChromiumWay } from './bundled-chromium.ts';
import { chromiumPathWay } from './chromium-path.ts';
import { installedChromeWay } from './installed-chrome.ts';

/** A browser to launch. Plain data, so a vitest global setup can hand it to the test workers. */
export interface FoundBrowser {
  /** The executable to start. */
  executablePath: string;
  /** Which way found it, for messages: `CHROMIUM_PATH`, `installed Chrome or Chromium`, `@sparticuz/chromium 153.0.0`. */
  source: string;
  /** Variables the browser needs on top of the inherited environment (empty but for the bundled build). */
  env: Record<string, string>;
}

/** Why a way has no browser: "not set", "chrome-launcher found none". */
export interface NoBrowser {
  missing: string;
}

/** One way of finding a browser. */
export interface BrowserWay {
  /** What this way looks for, as the error lists it. */
  name: string;
  /** What a user does to make this way find a browser. */
  remedy: string;
  /** The browser this way has, or why it has none. Throws only when the way is set up wrong. */
  find: () => Promise<FoundBrowser | NoBrowser>;
}

/** The three ways, in the order they are tried. */
export const BROWSER_WAYS: readonly BrowserWay[] = [chromiumPathWay(), installedChromeWay(), bundledChromiumWay()];

/** The browser of the first way that has one; throws, naming every way and its remedy, when none has. */
export async function findBrowser(ways: readonly BrowserWay[] = BROWSER_WAYS): Promise<FoundBrowser> {
  const misses: string[] = [];
  for (const way of ways) {
    const result = await way.find();
    if (!('missing' in result)) return result;
    misses.push(result.missing);
  }
  throw new Error(noBrowserMessage(ways, misses));
}

function noBrowserMessage(ways: readonly BrowserWay[], misses: readonly string[]): string {
  return [
    'Found no Chrome or Chromium to run. Looked, in this order, for:',
    ...ways.map((way, i) => `  ${i + 1}. ${way.name}: ${misses[i]}.`),
    'Any one of these fixes it:',
    ...ways.map((way) => `  - ${way.remedy};`),
    'then run the command again.',
  ].join('\n');
}
