/** What changed between the anchors of the manifest and those the current content publishes. */
export interface AnchorDiff {
  /** Published before, gone now: readers' links to these would break. Sorted. */
  missing: string[];
  /** New anchors, not yet protected by the manifest. Sorted. */
  added: string[];
}

/** Compares the manifest's anchors (`previous`) with the anchors the build would publish (`current`). */
export function checkAnchors(previous: string[], current: string[]): AnchorDiff {
  const before = new Set(previous);
  const now = new Set(current);
  return {
    missing: [...before].filter((anchor) => !now.has(anchor)).sort(),
    added: [...now].filter((anchor) => !before.has(anchor)).sort(),
  };
}
