import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { SOURCES_DIR } from '../../src/lib/content/load-sources.ts';
import { ACTORS_FILE, FIGURE_CATEGORIES_FILE } from '../../src/lib/content/load-topic.ts';
import type { GeneratedSource } from './generate.ts';
import type { MergedTopic } from './merge-topic.ts';

/** The project this benchmark measures. */
export const REPO = resolve(import.meta.dirname, '../..');

/** What the project's code needs beside `content/`, linked as test/helpers/temp-project.ts links it. */
const SHARED = ['node_modules', 'public', 'package.json', 'tsconfig.json'];
/**
 * Copied, not linked: with `src` a symlink, Vite resolves a page's `<script>` to the real
 * path while Astro compiled the page under the link, and the build stops with "No cached
 * compile metadata found for …/search.astro?astro&type=script". The config goes with the code it
 * imports: linked, it is loaded from its real path and imports the integrations from the
 * repository, so a kept project built again after the repository's code changed would mix the
 * two versions (its pages from the copy, its integrations from the repository).
 */
const COPIED = ['src', 'astro.config.mjs'];

/** Content files a synthetic corpus must not carry: the published-anchor manifest names anchors of the real sources. */
const LEFT_OUT = new Set(['content/anchors.json', SOURCES_DIR]);

/**
 * A temporary copy of the project whose sources are `corpus`: dependencies linked, code copied,
 * the topic data of every corpus merged (`topic`, see merge-topic.ts), no anchor manifest (so
 * the anchor check does not apply) and no editorial overrides (they name items of the real
 * sources). Returns the project root, `<dir>/briefing`.
 */
export function writeBriefingProject(dir: string, corpus: readonly GeneratedSource[], topic: MergedTopic): string {
  const root = join(dir, 'briefing');
  mkdirSync(root, { recursive: true });
  for (const name of SHARED) symlinkSync(join(REPO, name), join(root, name));
  for (const name of COPIED) cpSync(join(REPO, name), join(root, name), { recursive: true });
  cpSync(join(REPO, 'content'), join(root, 'content'), {
    recursive: true,
    filter: (path) => !LEFT_OUT.has(path.slice(REPO.length + 1).replace(/\\/g, '/')),
  });
  const briefingFile = join(root, 'content/briefing.yaml');
  const briefing = parseYaml(readFileSync(briefingFile, 'utf8')) as Record<string, unknown>;
  if (Array.isArray(briefing.overrides) && briefing.overrides.length > 0) writeFileSync(briefingFile, stringify({ ...briefing, overrides: [] }));
  writeFileSync(join(root, ACTORS_FILE), stringify(topic.actors));
  writeFileSync(join(root, FIGURE_CATEGORIES_FILE), stringify(topic.categories));
  mkdirSync(join(root, SOURCES_DIR));
  for (const source of corpus) writeFileSync(join(root, SOURCES_DIR, `${source.id}.mdx`), source.mdx);
  return root;
}

const PLAIN_CONFIG = `// Benchmark baseline: the same MDX sources, MDX integration only, no briefing;
// Pagefind indexes the source pages after the build, as the briefing's build does.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

const pagefind = {
  name: 'plain-pagefind',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const site = fileURLToPath(dir);
      const { index } = await createIndex({ forceLanguage: 'en' });
      await index.addDirectory({ path: site, glob: 'sources/*/index.html' });
      await index.writeFiles({ outputPath: site + 'pagefind/' });
      await close();
    },
  },
};

// The content layer's cache in the project, as the briefing's config keeps it: by default it would be
// node_modules/.astro, the repository's (node_modules is linked), shared by every run of every size.
export default defineConfig({ cacheDir: './.astro', integrations: [mdx(), pagefind] });
`;

const PLAIN_COLLECTION = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { SourceSchema } from './schemas/source.ts';

export const collections = { sources: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/sources' }), schema: SourceSchema }) };
`;

const PLAIN_PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const sources = await getCollection('sources');
  return sources.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main><h1>{entry.data.title}</h1><Content /></main></body>
</html>
`;

/**
 * The baseline: a minimal Astro project that renders the same sources (linked from the
 * briefing project) one page each, with the same frontmatter schema, and Pagefind's index
 * of those pages written after the build; nothing else.
 * Returns its root, `<dir>/plain`.
 */
export function writePlainProject(dir: string, briefingRoot: string): string {
  const root = join(dir, 'plain');
  mkdirSync(join(root, 'src/pages/sources'), { recursive: true });
  mkdirSync(join(root, 'content'));
  for (const name of ['node_modules', 'package.json', 'tsconfig.json']) symlinkSync(join(REPO, name), join(root, name));
  symlinkSync(join(REPO, 'src/schemas'), join(root, 'src/schemas'));
  symlinkSync(join(briefingRoot, SOURCES_DIR), join(root, SOURCES_DIR));
  writeFileSync(join(root, 'astro.config.mjs'), PLAIN_CONFIG);
  writeFileSync(join(root, 'src/content.config.ts'), PLAIN_COLLECTION);
  writeFileSync(join(root, 'src/pages/sources/[id].astro'), PLAIN_PAGE);
  return root;
}
