import type { EntryKind } from '../views/paths.ts';
import { areaOf } from '../views/moved-entries.ts';
import { looseMemberKey, parseMember } from './members.ts';
import type { AnchorManifest } from './manifest.ts';

/** A published entry as id assignment sees it. */
export interface LockedEntry {
  id: string;
  /** True when an editor suppressed it: an item that is also another published entry keeps the other's id. */
  suppressed: boolean;
  /** Its members as stored (`<source>#p<n>: <evidence>`). */
  members: readonly string[];
  /** Publication day of its earliest source when last published; '' when the manifest does not say. */
  firstReported: string;
}

/** What the manifest says about the ids of one kind of entry (see claim-ids.ts). */
export interface IdLock {
  /** Published entries of this kind that have records, by id. */
  entries: ReadonlyMap<string, LockedEntry>;
  /** Stored member (exact, then loose: source and evidence) → ids of the entries that have it. */
  byMember: ReadonlyMap<string, readonly string[]>;
  byLooseMember: ReadonlyMap<string, readonly string[]>;
  /** Ids of this kind the site has published, with or without a record: an item whose own id is one of them may take it back. */
  published: ReadonlySet<string>;
  /** Every id the manifest knows, of any kind: no new entry is given one of them. */
  taken: ReadonlySet<string>;
}

/** No lock: every item gets the id its content gives it. */
export const NO_LOCK: IdLock = { entries: new Map(), byMember: new Map(), byLooseMember: new Map(), published: new Set(), taken: new Set() };

function add(index: Map<string, string[]>, key: string, id: string): void {
  const list = index.get(key);
  if (!list) index.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

/** What the editor's overrides (content/briefing.yaml) say about ids. */
export interface OverrideIds {
  /** Ids of suppressed entries. */
  suppressed: ReadonlySet<string>;
  /** Ids of entries the editor added: kept for them, never claimed by an extracted item. */
  added: ReadonlySet<string>;
}

/**
 * The lock of each kind of entry in `manifest`. Ids the overrides add are left out of the
 * entries an item may claim (the added entry has them), but no new item is given one either.
 */
export function idLocks(manifest: AnchorManifest | null, overrides: OverrideIds = { suppressed: new Set(), added: new Set() }): Record<EntryKind, IdLock> {
  if (manifest === null) return { event: NO_LOCK, statement: NO_LOCK, figure: NO_LOCK };
  const taken = new Set([...Object.keys(manifest.entries), ...overrides.added]);
  const published: Record<EntryKind, Set<string>> = { event: new Set(), statement: new Set(), figure: new Set() };
  for (const anchor of manifest.anchors) {
    const hash = anchor.indexOf('#');
    if (hash < 0) continue;
    const kind = areaOf(anchor.slice(0, hash));
    const id = anchor.slice(hash + 1);
    if (kind === null || id === '') continue;
    if (!overrides.added.has(id)) published[kind].add(id);
    taken.add(id);
  }
  const lock = (kind: EntryKind): IdLock => {
    const entries = new Map<string, LockedEntry>();
    const byMember = new Map<string, string[]>();
    const byLooseMember = new Map<string, string[]>();
    for (const [id, record] of Object.entries(manifest.entries)) {
      if (record.kind !== kind || overrides.added.has(id)) continue;
      entries.set(id, { id, suppressed: overrides.suppressed.has(id), members: record.members, firstReported: record.firstReported });
      published[kind].add(id);
      for (const key of record.members) {
        add(byMember, key, id);
        const member = parseMember(key);
        if (member) add(byLooseMember, looseMemberKey(member), id);
      }
    }
    return { entries, byMember, byLooseMember, published: published[kind], taken };
  };
  return { event: lock('event'), statement: lock('statement'), figure: lock('figure') };
}
