import type { Briefing } from '../model.ts';
import { movedEntries, type MovedEntry } from '../views/moved-entries.ts';
import { sitePlacement } from '../views/site-placement.ts';
import { readManifest } from './manifest-file.ts';

const cache = new WeakMap<Briefing, MovedEntry[]>();

/**
 * The stubs this build keeps: the entries that anchors of `content/anchors.json` (under `root`)
 * expect on a page they have left. None without a manifest. Read once per briefing, since
 * every page of entries asks.
 */
export function siteMovedEntries(briefing: Briefing, root: string = process.cwd()): MovedEntry[] {
  let moved = cache.get(briefing);
  if (!moved) cache.set(briefing, (moved = movedEntries(sitePlacement(briefing), readManifest(root) ?? [])));
  return moved;
}
