import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readManifest, writeManifest } from '../../src/lib/anchors/manifest-file.ts';
import { publishedAnchors } from '../../src/lib/anchors/published.ts';
import { loadTopic } from '../../src/lib/content/load-topic.ts';
import { loadBriefing } from '../../src/lib/load-briefing.ts';
import { placeEntries } from '../../src/lib/views/placement.ts';
import { readBaseSources } from '../bench/base-sources.ts';
import { generateCorpus } from '../bench/generate.ts';

/*
 * The content and settings of the shared `split` build (test/helpers/shared-builds.ts): one build that
 * turns every knob a reader's host or a large briefing turns, so the tests of each read it instead
 * of building the project once per knob.
 *
 * - The seed sources and 40 synthetic copies (the benchmark's generator), published over three months.
 * - A page budget of 4 entries (BRIEFING_PAGE_BUDGET): the chronology, positions and figures split as
 *   a briefing of a thousand sources would, and the list of sources too (`/sources/months/…`, with a
 *   month cut into parts).
 * - The project's content/anchors.json (written when everything was on one page) plus the anchors of
 *   an earlier edition split with a budget of 3 (more, smaller parts): every link it lists must land.
 * - Served under a base path, `/briefing/`, as a host serving the site from a sub-folder would.
 *
 * Read by test/build/split-pages.test.ts, test/build/sources-list-split.test.ts and the base-path
 * search of test/browser/search.test.ts.
 */

/** The page budget the build splits with, in entries. */
export const SPLIT_BUDGET = 4;

/** The budget of the earlier edition whose anchors content/anchors.json also lists. */
export const EARLIER_BUDGET = 3;

/** The base path the build is made for and served under. */
export const SPLIT_BASE = '/briefing/';

/** Synthetic sources added to the seeds; with fewer, the list of sources spans fewer than three months. */
const SYNTHETIC_SOURCES = 40;

/**
 * The entries the search index holds one record each (`BRIEFING_SEARCH_BUDGET`): so few that its
 * entries share search records, as a big briefing's do (src/lib/search/entry-groups.ts).
 */
export const SPLIT_SEARCH_BUDGET = 40;

/** The environment of the build. */
export const SPLIT_ENV = { BASE_PATH: SPLIT_BASE, BRIEFING_PAGE_BUDGET: String(SPLIT_BUDGET), BRIEFING_SEARCH_BUDGET: String(SPLIT_SEARCH_BUDGET) };

/** Turns the copy of the project at `root` into the split build's content (before it is built). */
export function prepareSplitContent(root: string): void {
  const corpus = generateCorpus(readBaseSources(root), loadTopic(root).actors, SYNTHETIC_SOURCES, 5);
  for (const source of corpus) writeFileSync(join(root, 'content/sources', `${source.id}.mdx`), source.mdx);
  const recorded = readManifest(root);
  if (!recorded) throw new Error('The project has no content/anchors.json; the split build starts from it.');
  const briefing = loadBriefing(root);
  const earlier = publishedAnchors(briefing, placeEntries(briefing, { entries: EARLIER_BUDGET }));
  const problem = writeManifest(root, { ...recorded, anchors: [...recorded.anchors, ...earlier] });
  if (problem !== null) throw new Error(`The split build could not write content/anchors.json: ${problem}`);
}

/** A site path of the split build without its base: `/briefing/sources/` → `/sources/`. */
export function withoutBase(href: string): string {
  return href.startsWith(SPLIT_BASE) ? href.slice(SPLIT_BASE.length - 1) : href;
}
