// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkParagraphAnchors from './src/plugins/remark-paragraph-anchors.ts';
import briefing from './src/integrations/briefing.ts';
import pagefind from './src/integrations/pagefind.ts';

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
    // Smart quotes stay off: source text is shown exactly as published, and
    // citations are checked verbatim against it.
    processor: unified({ gfm: true, smartypants: false, remarkPlugins: [remarkGfm, remarkParagraphAnchors] }),
  },
  // Pagefind indexes the finished site, so it comes last.
  integrations: [briefing(), mdx(), sitemap(), pagefind()],
});
