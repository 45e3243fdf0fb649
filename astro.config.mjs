// @ts-check
import { setFlagsFromString } from 'node:v8';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkParagraphAnchors from './src/plugins/remark-paragraph-anchors.ts';
import remarkPlainProse from './src/plugins/remark-plain-prose.ts';
import briefing, { briefingAnchorsIntegration } from './src/integrations/briefing.ts';
import pagefind from './src/integrations/pagefind.ts';
import { sitemapFilter } from './src/lib/site/sitemap-filter.ts';

// V8 collects garbage once the heap has grown by half since the last full collection, instead of
// by up to 4× on a machine with plenty of memory. The build's live heap stays near 0.2 GB at 1,000
// sources, but compiling the MDX makes garbage fast: by default the heap reached 1.1 GB before V8
// first collected it, and Node's peak memory with it. This caps nothing (a bigger site still gets
// the memory it needs) and costs about 0.5 s of collection at 1,000 sources. V8 reads the flag at
// every collection, so setting it here, in the build's own process, covers every way the site is
// built (`npm run build`, `astro build`, the tests, the bench) without a command-line option.
setFlagsFromString('--heap-growing-percent=50');

// Where the site is served. Both come from the environment so one build recipe
// serves a root domain (`/`) or a sub-path such as `/briefing/`.
const site = process.env.SITE_URL ?? 'https://briefing.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // `getCollection` under vitest reads the data store from here.
  cacheDir: './.astro',
  devToolbar: { enabled: false },
  // The Content-Security-Policy allows no inline style, so every stylesheet is a file.
  build: { inlineStylesheets: 'never' },
  markdown: {
    // Source articles are news text, never code: no highlighter to load (Shiki's start alone cost
    // 0.4 s of every build), and a highlighted block would carry inline styles the CSP forbids.
    syntaxHighlight: false,
    // Smart quotes stay off: source text is shown exactly as published, and
    // citations are checked verbatim against it. A body of plain prose skips the parser (remark-plain-prose.ts).
    processor: unified({ gfm: true, smartypants: false, remarkPlugins: [remarkPlainProse, remarkGfm, remarkParagraphAnchors] }),
  },
  // Pagefind indexes the finished site, so it comes after the pages; the anchors of content/anchors.json
  // are recorded (by `npm run build` only) once everything else is written, so it comes last.
  // The sitemap leaves out the noindex pages that only keep links published earlier.
  integrations: [briefing(), mdx(), sitemap({ filter: sitemapFilter(base) }), pagefind(), briefingAnchorsIntegration()],
});
