import { expect, inject, it } from 'vitest';
import { DISABLE_FEATURES_ARG, launchChromium, PLAYWRIGHT_DISABLED_FEATURES, UNUSED_FEATURES } from '../helpers/browser/launch.ts';

/*
 * test/helpers/browser/launch.ts repeats Playwright's `--disable-features` list in its own, since
 * Chromium keeps only the last one. Read back from the browser itself: Playwright's list is still
 * the one launch.ts copies, Chromium got ours last, and a new context (a window) opens only its page,
 * no omnibox pop-up beside it.
 */
it('the browser runs with Playwright’s features and ours off, and a new context preloads no omnibox pop-up', async () => {
  // Chromium returns its command line only to a client of a browser started with --enable-automation.
  const browser = await launchChromium(inject('browser'), ['--enable-automation']);
  try {
    const cdp = await browser.newBrowserCDPSession();
    const { arguments: args } = await cdp.send('Browser.getBrowserCommandLine');
    const disabled = args.filter((arg) => arg.startsWith('--disable-features='));
    expect(disabled[0]?.replace('--disable-features=', '').split(','), 'Playwright’s list; copy it into PLAYWRIGHT_DISABLED_FEATURES').toEqual(PLAYWRIGHT_DISABLED_FEATURES);
    expect(disabled.at(-1)).toBe(DISABLE_FEATURES_ARG);
    expect(DISABLE_FEATURES_ARG).toContain(UNUSED_FEATURES.join(','));

    const context = await browser.newContext();
    await context.newPage();
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{}] });
    expect(targetInfos.filter((target) => target.type !== 'tab').map((target) => `${target.type} ${target.url}`)).toEqual(['page about:blank']);
  } finally {
    await browser.close();
  }
});
