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

/** This process's environment plus what `browser` needs; a launcher given an environment passes on only that one. */
export function browserEnv(browser: FoundBrowser): Record<string, string> {
  const inherited = Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return { ...Object.fromEntries(inherited), ...browser.env };
}

/** Starts `browser` headless under Playwright, with the flags above. */
export function launchChromium(browser: FoundBrowser): Promise<Browser> {
  return chromium.launch({ executablePath: browser.executablePath, args: BROWSER_ARGS, env: browserEnv(browser) });
}
