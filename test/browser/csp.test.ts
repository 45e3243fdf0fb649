import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PagePool, workerBrowser } from './helpers/browser.ts';
import { openSearch, resultItems, statusCount } from './helpers/search-page.ts';
import { readBriefingJson, speakerSubject } from './helpers/subjects.ts';

const siteUrl = inject('siteUrl');
const briefing = readBriefingJson(inject('siteDir'));

let pages: PagePool;
beforeAll(async () => {
  pages = new PagePool(await workerBrowser());
});
afterAll(async () => {
  // The worker's browser stays open for the next file (workerBrowser).
  await pages?.close();
});

describe('Content-Security-Policy', () => {
  it('blocks an inline script injected into a page, and reports the violation', async ({ onTestFinished }) => {
    const { page, close } = await pages.take(onTestFinished);
    await page.goto(`${siteUrl}chronology/`);
    const outcome = await page.evaluate(
      () =>
        new Promise<{ ran: boolean; violated: string | null }>((resolve) => {
          let violated: string | null = null;
          document.addEventListener('securitypolicyviolation', (event) => (violated = event.effectiveDirective));
          const script = document.createElement('script');
          script.textContent = 'window.__injected = true';
          document.head.append(script);
          setTimeout(() => resolve({ ran: (window as { __injected?: boolean }).__injected === true, violated }), 200);
        }),
    );
    await close();
    expect(outcome).toEqual({ ran: false, violated: 'script-src-elem' });
  });

  it('lets the search page load Pagefind and its WebAssembly, with nothing blocked', async ({ onTestFinished }) => {
    const { page, problems, close } = await pages.take(onTestFinished);
    const status = await openSearch(page, siteUrl, `?q=${encodeURIComponent(speakerSubject(briefing).name)}`);
    expect(statusCount(status)).toBeGreaterThan(0);
    expect(await resultItems(page).count()).toBeGreaterThan(0);
    await close();
    expect(problems).toEqual([]);
  });
});
