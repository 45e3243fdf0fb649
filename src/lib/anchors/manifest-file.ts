import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../importer/write-atomic.ts';
import type { Briefing } from '../model.ts';
import { movedEntries, stubAnchors } from '../views/moved-entries.ts';
import type { Placement } from '../views/placement.ts';
import { sitePlacement } from '../views/site-placement.ts';
import { checkAnchors, type AnchorDiff } from './check.ts';
import { ANCHORS_FILE, formatManifest, parseManifest } from './manifest.ts';
import { publishedAnchors } from './published.ts';

/**
 * The anchors of `content/anchors.json` under `root`, or null when the file does not exist
 * (the first build, before anyone ran the update command). Throws a `ContentError` when the
 * file exists but cannot be read as a manifest.
 */
export function readManifest(root: string): string[] | null {
  let text: string;
  try {
    text = readFileSync(join(root, ANCHORS_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return parseManifest(text, ANCHORS_FILE);
}

/**
 * Writes the manifest under `root` in one step (a temporary file renamed over the old one),
 * so an interrupted update never leaves half a list that would protect nothing.
 * Returns the reason when it could not write.
 */
export function writeManifest(root: string, anchors: string[]): string | null {
  const result = writeFileAtomic(join(root, ANCHORS_FILE), formatManifest(anchors), { force: true });
  return result.ok ? null : result.reason;
}

/** The anchors the site resolves, those of the manifest (null when there is none) and the difference. */
export interface AnchorStatus extends AnchorDiff {
  /**
   * What the site resolves, sorted: the anchors it publishes, and the manifest's links to
   * entries that moved to another page, which their old page keeps as stubs. The update
   * command writes this, so old links stay protected beside the new ones.
   */
  current: string[];
  manifest: string[] | null;
}

/**
 * Compares what `briefing` resolves with the manifest under `root`; with no manifest nothing
 * is missing. A manifest anchor whose entry moved to another page is not missing: the old page
 * keeps a stub with its id (moved-entries.ts).
 */
export function anchorStatus(root: string, briefing: Briefing, placement: Placement = sitePlacement(briefing)): AnchorStatus {
  const published = publishedAnchors(briefing, placement);
  const manifest = readManifest(root);
  if (manifest === null) return { current: published, manifest, missing: [], added: published };
  const current = [...new Set([...published, ...stubAnchors(movedEntries(placement, manifest))])].sort();
  return { current, manifest, ...checkAnchors(manifest, current) };
}
