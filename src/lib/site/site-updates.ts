import { sourceAdditions } from '../anchors/additions.ts';
import { siteAnchors } from '../anchors/site-anchors.ts';
import type { Briefing } from '../model.ts';
import { sitePlacement } from '../views/site-placement.ts';
import { updatesView, type UpdatesView } from '../views/updates.ts';

const cache = new WeakMap<Briefing, UpdatesView>();

/**
 * This build's updates: what each source brought, in the order content/anchors.json records
 * sources joining (anchors/additions.ts). Made once per briefing: the Updates pages and the
 * feed ask.
 */
export function siteUpdates(briefing: Briefing, root: string = process.cwd()): UpdatesView {
  let view = cache.get(briefing);
  if (!view) {
    const { manifest } = siteAnchors(briefing, root);
    view = updatesView(briefing, sourceAdditions(briefing.sources, manifest?.sources ?? {}), sitePlacement(briefing));
    cache.set(briefing, view);
  }
  return view;
}
