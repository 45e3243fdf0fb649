import { byOrigin, type Origin } from '../assemble/candidate.ts';
import type { Citation } from '../model.ts';
import { shortHash } from '../slug.ts';
import { looseMemberKey, memberKey } from './members.ts';
import type { IdLock, LockedEntry } from './id-lock.ts';

/*
 * Ids are kept like a lockfile's versions. An item whose citations include members of a published
 * entry is that entry and keeps its id, whatever its words now read and whichever report is now
 * the earliest; the content's own id (ids.ts) is only for what was never published.
 *
 * 1. Members: each pair of a published entry and an item sharing members is scored by how much
 *    they share (|shared| / |together|); pairs are taken best first, each entry's id going to one
 *    item and each item taking one id. Ties go to the item whose content id is the entry's (two
 *    items read from the same words, a figure of 3,000 and one of 10,000 in one sentence, share
 *    their members), then to the item whose content id it is with the suffix step 3 adds (two
 *    reports of one sentence, each also reported earlier elsewhere), then to the entry published
 *    first, then to the item reported first, so the earliest report keeps the id when an entry is
 *    split. An item far less alike in words (its content id against the entry's) than another item
 *    sharing the entry's members does not take the entry: "said A, while rejecting B" read as two
 *    reports leaves the entry to the one saying A. An entry the editor suppressed comes after all
 *    others, so merging it with a published entry does not suppress that one too.
 * 2. Merges: a published entry whose id went to no item, but whose members an item has, is merged
 *    into that item (the one sharing most): the item answers to its id as an alias.
 * 3. Everything else gets its content id (`baseId`); a published id of this kind nobody claimed
 *    is taken back by the item that would have it anyway (a corrected word, an id from a
 *    manifest of version 1, which has no members). Other ids the manifest knows are never given
 *    to a new entry: a suffix hashed from the item's place and words tells it apart.
 */

/** What claiming gives an item: its id, and the published ids merged into it. */
export interface Claimed {
  id: string;
  aliases: string[];
}

interface Item {
  origin: Origin;
  citations: readonly Pick<Citation, 'source' | 'paragraph' | 'evidence'>[];
}

interface Pair {
  entry: LockedEntry;
  item: number;
  score: number;
  shared: number;
  /**
   * How surely the entry's id is the item's own (see `ownership`): what tells apart items that cite
   * the same words.
   */
  same: number;
  /** Share of words the item's content id and the entry's id have in common. */
  alike: number;
}

/** How much less alike than another item sharing its members an item may be and still claim an entry. */
const SPLIT_OFF = 0.4;

/** Share of the words two ids have in common (|both| / |either|). */
function wordOverlap(a: string, b: string): number {
  const left = new Set(a.split('-'));
  const right = new Set(b.split('-'));
  const both = [...left].filter((word) => right.has(word)).length;
  return both / Math.max(new Set([...left, ...right]).size, 1);
}

/** Ids of published entries sharing members with `item`, with how many of its citations each shares. */
function sharedMembers(item: Item, lock: IdLock): Map<string, number> {
  const shared = new Map<string, number>();
  for (const citation of item.citations) {
    const ids = lock.byMember.get(memberKey(citation)) ?? lock.byLooseMember.get(looseMemberKey(citation)) ?? [];
    for (const id of ids) shared.set(id, (shared.get(id) ?? 0) + 1);
  }
  return shared;
}

/** The id step 3 gives an item whose content id `base` another item already has: the base and a suffix of its place and words. */
function suffixedId(base: string, item: Item): string {
  const { source, paragraph, index: offset } = item.origin;
  return `${base}-${shortHash(`${source}|${paragraph}|${offset}|${item.citations[0]?.evidence ?? ''}`)}`;
}

/**
 * 2 when `id` is the item's content id, 1 when it is that id with the suffix step 3 gives when the
 * content id was taken (two reports of one sentence, each also reported elsewhere first, both carry
 * one), 0 otherwise.
 */
function ownership(id: string, base: string, item: Item): number {
  if (id === base) return 2;
  return id === suffixedId(base, item) || (id.startsWith(`${base}-`) && /^\d+$/.test(id.slice(base.length + 1))) ? 1 : 0;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Earliest first, with entries whose first report is unknown last. */
function compareFirstReported(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  return compareText(a, b);
}

/**
 * The id and aliases of each item (in the items' order), claimed from `lock` as described above.
 * `baseId` is the id an item's content gives it.
 */
export function claimIds<C extends Item>(items: readonly C[], baseId: (item: C) => string, lock: IdLock): Claimed[] {
  const ids: (string | null)[] = items.map(() => null);
  const aliases: string[][] = items.map(() => []);
  const used = new Set<string>();

  // 1. Members.
  const bases = items.map((item) => baseId(item) || 'item');
  const pairs: Pair[] = [];
  items.forEach((item, index) => {
    for (const [id, shared] of sharedMembers(item, lock)) {
      const entry = lock.entries.get(id)!;
      const together = new Set([...entry.members, ...item.citations.map(memberKey)]).size;
      pairs.push({ entry, item: index, shared, score: shared / Math.max(together, 1), same: ownership(id, bases[index]!, item), alike: wordOverlap(bases[index]!, id) });
    }
  });
  pairs.sort(
    (a, b) =>
      Number(a.entry.suppressed) - Number(b.entry.suppressed) ||
      b.score - a.score ||
      b.same - a.same ||
      compareFirstReported(a.entry.firstReported, b.entry.firstReported) ||
      compareText(a.entry.id, b.entry.id) ||
      byOrigin(items[a.item]!, items[b.item]!) ||
      a.item - b.item,
  );
  // An item whose words are far from the entry's, when another item sharing its members says what the
  // entry said, is a report split off from it: the entry is merged into that other item (2.) instead.
  const mostAlike = new Map<string, number>();
  for (const pair of pairs) mostAlike.set(pair.entry.id, Math.max(mostAlike.get(pair.entry.id) ?? 0, pair.alike));
  for (const pair of pairs) {
    if (used.has(pair.entry.id) || ids[pair.item] !== null) continue;
    if ((mostAlike.get(pair.entry.id) ?? 0) - pair.alike > SPLIT_OFF) continue;
    ids[pair.item] = pair.entry.id;
    used.add(pair.entry.id);
  }

  // 2. Merges: the item sharing most of the entry's members, then the most alike (then the order above).
  const mergedInto = new Map<string, Pair>();
  for (const pair of pairs) {
    if (used.has(pair.entry.id)) continue;
    const best = mergedInto.get(pair.entry.id);
    if (!best || pair.shared > best.shared || (pair.shared === best.shared && pair.alike > best.alike)) mergedInto.set(pair.entry.id, pair);
  }
  for (const [id, pair] of mergedInto) {
    aliases[pair.item]!.push(id);
    used.add(id);
  }

  // 3. Content ids, the earliest report of each first.
  const rest = items.map((item, index) => ({ item, index })).filter(({ index }) => ids[index] === null);
  const byBase = Map.groupBy(rest, ({ index }) => bases[index]!);
  const taken = new Set([...lock.taken, ...used]);
  const claimable = (id: string) => lock.published.has(id) && !used.has(id);
  for (const [base, group] of byBase) {
    group.sort((a, b) => byOrigin(a.item, b.item) || a.index - b.index);
    group.forEach(({ item, index }, i) => {
      let id = i === 0 ? base : suffixedId(base, item);
      for (let n = 2; taken.has(id) && !claimable(id); n++) id = `${base}-${n}`;
      ids[index] = id;
      used.add(id);
      taken.add(id);
    });
  }
  return items.map((_, index) => ({ id: ids[index]!, aliases: aliases[index]!.sort() }));
}
