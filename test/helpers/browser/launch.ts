import { chromium, type Browser } from 'playwright-core';
import type { FoundBrowser } from './find-browser.ts';

/** Flags for a quiet headless browser in CI: no sandbox (containers), GPU, or background traffic. */
export const BROWSER_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The features Playwright turns off in every Chromium it launches (playwright-core 1.65,
 * chromiumSwitches.ts). Chromium keeps only the last `--disable-features` it is given, and
 * Playwright's comes first, so ours repeats them; test/browser/launch.test.ts fails when
 * Playwright's list changes.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Features of a full Chrome or Chromium that no test uses. Every browser context is a window of its
 * own, and a full browser (not the headless shell `@sparticuz/chromium` ships) preloads each
 * window's omnibox pop-up: a web page in a renderer process of its own. With Debian's Chromium 156
 * that was about 30% of the browser tests' CPU time.
 */
export const UNUSED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

/** The one `--disable-features` flag Chromium keeps: Playwright's features and ours. */
export const DISABLE_FEATURES_ARG = `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...UNUSED_FEATURES].join(',')}`;

/** This process's environment plus what `browser` needs; a launcher given an environment passes on only that one. */
export function browserEnv(browser: FoundBrowser): Record<string, string> {
  const inherited = Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return { ...Object.fromEntries(inherited), ...browser.env };
}

/** Starts `browser` headless under Playwright, with the flags above (and `extraArgs`) and the features above off. */
export function launchChromium(browser: FoundBrowser, extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: browser.executablePath, args: [...BROWSER_ARGS, DISABLE_FEATURES_ARG, ...extraArgs], env: browserEnv(browser) });
}
