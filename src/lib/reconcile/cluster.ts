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
 * Where a candidate may find its cluster. `filed` are the keys a representative is filed under;
 * `sought` the keys a candidate looks under. The promise: when none of a candidate's sought keys is
 * among a representative's filed keys, the two compare `different`.
 */
export interface ClusterKeys<T> {
  filed(representative: T): readonly string[];
  sought(candidate: T): readonly string[];
}

/** Without keys, every candidate is compared with every cluster. */
const EVERY_CLUSTER: ClusterKeys<unknown> = { filed: () => [''], sought: () => [''] };

/**
 * Greedy clustering in the given order: each candidate joins the first cluster whose representative
 * it matches, or starts a new one. The order is the sources' order, so results are deterministic.
 * `keys` only narrows which clusters are compared (those it cannot rule out, still in the order they
 * were made), so the first match, and the result, is the same as comparing with every cluster.
 */
export function cluster<T>(
  candidates: readonly T[],
  compare: (representative: T, candidate: T) => Match,
  keys: ClusterKeys<T> = EVERY_CLUSTER,
): Cluster<T>[] {
  const clusters: Cluster<T>[] = [];
  const filed = new Map<string, number[]>();
  for (const candidate of candidates) {
    const group = firstMatch(candidate, clustersUnder(filed, keys.sought(candidate)), clusters, compare);
    if (group) continue;
    const index = clusters.push({ representative: candidate, members: [candidate], uncertain: false }) - 1;
    for (const key of new Set(keys.filed(candidate))) {
      const list = filed.get(key);
      if (list) list.push(index);
      else filed.set(key, [index]);
    }
  }
  return clusters;
}

/** Adds `candidate` to the first of the clusters at `indices` it matches; returns that cluster, if any. */
function firstMatch<T>(
  candidate: T,
  indices: readonly number[],
  clusters: Cluster<T>[],
  compare: (representative: T, candidate: T) => Match,
): Cluster<T> | undefined {
  for (const index of indices) {
    const group = clusters[index] as Cluster<T>;
    const match = compare(group.representative, candidate);
    if (match === 'different') continue;
    group.members.push(candidate);
    group.uncertain ||= match === 'uncertain';
    return group;
  }
  return undefined;
}

/** The indices of the clusters filed under any of `keys`, in the order the clusters were made. */
function clustersUnder(filed: ReadonlyMap<string, number[]>, keys: readonly string[]): readonly number[] {
  let indices: readonly number[] = [];
  for (const key of keys) {
    const list = filed.get(key);
    if (list) indices = indices.length === 0 ? list : mergeAscending(indices, list);
  }
  return indices;
}

/** Two ascending lists of indices as one, without repeats. */
function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && (a[i] as number) <= (b[j] as number)) ? (a[i++] as number) : (b[j++] as number);
    if (merged.at(-1) !== next) merged.push(next);
  }
  return merged;
}
