import { loadBriefingFile } from '../content/load-briefing-file.ts';
import { loadTopic } from '../content/load-topic.ts';
import type { Briefing } from '../model.ts';
import type { CategoryInfo } from '../views/figures.ts';
import { earlierLinkViews, type EarlierLinkView } from '../views/moved-entry-view.ts';
import { sitePlacement } from '../views/site-placement.ts';
import { manifestOf } from '../load-briefing.ts';
import { readManifest } from './manifest-file.ts';
import { anchorStatus, type AnchorStatus } from './status.ts';

/**
 * Anchors worked out, by briefing. On `globalThis`, like the model (load-briefing.ts): the build's
 * integration and the bundled pages load this module as two copies, and each worked them out again
 * (6 s of CPU time at 10,000 sources).
 */
const CACHE = Symbol.for('briefing-site.site-anchors');
const cache: WeakMap<Briefing, AnchorStatus> = ((globalThis as { [CACHE]?: WeakMap<Briefing, AnchorStatus> })[CACHE] ??= new WeakMap());

/**
 * This build's anchors: content/anchors.json under `root`, where each of its anchors lands and
 * what `npm run build` records. Worked out once per briefing, since the integration and every
 * page of entries ask.
 */
export function siteAnchors(briefing: Briefing, root: string = process.cwd()): AnchorStatus {
  let status = cache.get(briefing);
  if (!status) {
    const overrides = loadBriefingFile(root).overrides;
    const suppressed = new Map(overrides.flatMap((override) => (override.action === 'suppress' ? [[override.id, override.reason] as const] : [])));
    const categories = loadTopic(root).figureCategories;
    // The manifest the model's ids were kept from, when the model was loaded (load-briefing.ts).
    const builtWith = manifestOf(briefing);
    status = anchorStatus(builtWith !== undefined ? builtWith : readManifest(root), briefing, sitePlacement(briefing), { suppressed, categories });
    cache.set(briefing, status);
  }
  return status;
}

/** The stubs and notices this build keeps on pages of entries: each has the page it is on. */
export function siteEarlierLinks(briefing: Briefing, root: string = process.cwd()): { page: string }[] {
  const { landings } = siteAnchors(briefing, root);
  return [...landings.moved, ...landings.notices];
}

/**
 * This build's stubs and notices as the pages show them (`earlierLinkViews`); `categories` name
 * the figure categories. Pages pick their own with `movedFrom`.
 */
export function siteEarlierLinkViews(briefing: Briefing, categories: readonly CategoryInfo[] = [], root: string = process.cwd()): EarlierLinkView[] {
  const { landings, manifest } = siteAnchors(briefing, root);
  return earlierLinkViews(landings, manifest, briefing, sitePlacement(briefing), categories);
}
