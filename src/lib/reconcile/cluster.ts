/** How two candidates compare: `same` merges, `uncertain` merges and tells the editor, `different` keeps apart. */
export type Match = 'same' | 'uncertain' | 'different';

export interface Cluster<T> {
  /** The first candidate in reading order; its wording represents the merged item. */
  representative: T;
  members: T[];
  /** True when any member joined on an `uncertain` match. */
  uncertain: boolean;
}

/**
 * Greedy clustering in the given order: each candidate joins the first cluster whose representative
 * it matches, or starts a new one. The order is the sources' order, so results are deterministic.
 */
export function cluster<T>(candidates: readonly T[], compare: (representative: T, candidate: T) => Match): Cluster<T>[] {
  const clusters: Cluster<T>[] = [];
  for (const candidate of candidates) {
    let joined = false;
    for (const group of clusters) {
      const match = compare(group.representative, candidate);
      if (match === 'different') continue;
      group.members.push(candidate);
      group.uncertain ||= match === 'uncertain';
      joined = true;
      break;
    }
    if (!joined) clusters.push({ representative: candidate, members: [candidate], uncertain: false });
  }
  return clusters;
}
