import type { Briefing } from '../model.ts';
import type { Placement } from '../views/placement.ts';
import { anchorLandings, type AnchorLandings, type Suppressed } from './landings.ts';
import { emptyManifest, formatManifest, type AnchorManifest } from './manifest.ts';
import { publishedAnchors } from './published.ts';
import { recordAnchors } from './record.ts';

/** The manifest, where its anchors land now, and what recording this build would add. */
export interface AnchorStatus {
  /** content/anchors.json as read; null when there is none yet. */
  manifest: AnchorManifest | null;
  landings: AnchorLandings;
  /** Anchors this build publishes that the manifest does not list yet; sorted. */
  added: string[];
  /** The manifest once this build is recorded (record.ts). */
  next: AnchorManifest;
  /** `next` as content/anchors.json holds it (`formatManifest`). */
  readonly nextText: string;
  /** True when `next` says more than `manifest`: anchors, records or headings to write. */
  readonly changed: boolean;
}

/** Options: the editor's suppressions (id → reason) and the figure categories' labels, for notices and records. */
export interface StatusOptions {
  suppressed?: Suppressed;
  categories?: readonly { id: string; label: string }[];
}

/**
 * Where every anchor of `manifest` lands in the site `briefing` and `placement` make, and what
 * recording would add. Without a manifest nothing was published, so nothing can be missing.
 */
export function anchorStatus(manifest: AnchorManifest | null, briefing: Briefing, placement: Placement, options: StatusOptions = {}): AnchorStatus {
  const landings = anchorLandings(manifest ?? emptyManifest(), briefing, placement, options.suppressed);
  const listed = new Set(manifest?.anchors ?? []);
  const added = publishedAnchors(briefing, placement).filter((anchor) => !listed.has(anchor));
  const next = recordAnchors(manifest, briefing, placement, options.categories);
  // Formatted only when asked, and once: only recording needs the text, and at 10,000 sources each
  // formatting of the manifest (53 MB of JSON) took over a second.
  let nextText: string | undefined;
  let changed: boolean | undefined;
  const formattedNext = () => (nextText ??= formatManifest(next));
  return {
    manifest,
    landings,
    added,
    next,
    get nextText() {
      return formattedNext();
    },
    get changed() {
      return (changed ??= manifest === null || formattedNext() !== formatManifest(manifest));
    },
  };
}
