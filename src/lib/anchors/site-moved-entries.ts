import type { Briefing } from '../model.ts';
import type { CategoryInfo } from '../views/figures.ts';
import { movedEntries, type MovedEntry } from '../views/moved-entries.ts';
import { movedEntryViews, type MovedEntryView } from '../views/moved-entry-view.ts';
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

/**
 * This build's stubs as the pages show them, each saying where its entry is now (`movedEntryViews`);
 * `categories` name the figure categories. Pages pick their own with `movedFrom`.
 */
export function siteMovedEntryViews(briefing: Briefing, categories: readonly CategoryInfo[] = [], root: string = process.cwd()): MovedEntryView[] {
  return movedEntryViews(siteMovedEntries(briefing, root), briefing, sitePlacement(briefing), categories);
}
