import { CHRONOLOGY, FIGURES, POSITIONS, type EntryKind } from './paths.ts';
import { entryHref, entryPages, placedPage, type Placement } from './placement.ts';

/*
 * A reader's link to an entry names the page the entry was on when they copied it. When the
 * briefing grows and the entry moves to a page of its own (placement.ts), the old page keeps
 * a stub with the entry's id that links to its new place: the old link still lands on
 * something that leads on, without JavaScript. Only links the site published are kept, that
 * is the anchors of the manifest (content/anchors.json): a briefing that starts big has no
 * old links to keep.
 */

/** An entry that a published link (`page#id`) expects on a page it is no longer on. */
export interface MovedEntry {
  /** The page the link names and that keeps the stub: `/chronology/`. */
  page: string;
  /** The entry's id, also the stub's id. */
  id: string;
  kind: EntryKind;
  /** Where the entry is now: `/chronology/2024-10/#<id>`. */
  href: string;
  /** True when `id` is that of an entry merged into the one `href` names (anchors/landings.ts). */
  merged?: true;
}

/** The pages under which a link's fragment names an entry of this kind. */
const AREAS = [
  { kind: 'event', root: CHRONOLOGY, depth: 2 },
  { kind: 'statement', root: POSITIONS, depth: 3 },
  { kind: 'figure', root: FIGURES, depth: 2 },
] as const;

/** A path segment as placement.ts writes them: a period, a government or category id, or a part number. */
const SEGMENT = /^[a-z0-9][a-z0-9-]*$/;

/**
 * The kind of entry a link to `page` names, when `page` is a page of entries or one placement
 * could once have made (`/chronology/`, `/chronology/<period>/<part>/`, `/positions/<government>/…`,
 * `/figures/<category>/<part>/`);
 * null for any other path, so a manifest cannot make the site grow pages anywhere else.
 */
export function areaOf(page: string): EntryKind | null {
  for (const { kind, root, depth } of AREAS) {
    if (!page.startsWith(root)) continue;
    const segments = page.slice(root.length).split('/');
    // A page path ends with a slash, so the last segment is empty.
    if (segments.pop() !== '') return null;
    return segments.length <= depth && segments.every((segment) => SEGMENT.test(segment)) ? kind : null;
  }
  return null;
}

/**
 * The entries that anchors of `manifest` expect on a page they are no longer on, and where
 * each is now, sorted by page then id, from the placement alone. An anchor whose entry is gone
 * or merged into another is not here: anchors/landings.ts, which knows the model, gives it a
 * notice or leads it to the entry it joined.
 */
export function movedEntries(placement: Placement, manifest: readonly string[]): MovedEntry[] {
  const moved = new Map<string, MovedEntry>();
  for (const anchor of manifest) {
    const hash = anchor.indexOf('#');
    if (hash < 0) continue;
    const page = anchor.slice(0, hash);
    const id = anchor.slice(hash + 1);
    const kind = areaOf(page);
    if (kind === null || id === '') continue;
    const now = placedPage(placement, kind, id);
    if (now === null || now === page) continue;
    moved.set(anchor, { page, id, kind, href: entryHref(placement, kind, id) });
  }
  return [...moved.values()].sort((a, b) => compare(a.page, b.page) || compare(a.id, b.id));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The stubs (and notices) one page keeps, in the order given. */
export function movedFrom<T extends { page: string }>(moved: readonly T[], page: string): T[] {
  return moved.filter((entry) => entry.page === page);
}

/**
 * Pages that only keep stubs: named by published links, but holding no entries any more (the
 * briefing was split and is one page again, or a period's parts were cut differently).
 * Sorted; each is built so the old links still land.
 */
export function stubOnlyPages(placement: Placement, moved: readonly { page: string }[]): string[] {
  const pages = new Set([CHRONOLOGY, POSITIONS, FIGURES, ...entryPages(placement).map((page) => page.path)]);
  return [...new Set(moved.map((entry) => entry.page))].filter((page) => !pages.has(page)).sort(compare);
}

/** The anchors the stubs keep resolving: `page#id` of every moved entry. */
export function stubAnchors(moved: readonly MovedEntry[]): string[] {
  return moved.map((entry) => `${entry.page}#${entry.id}`);
}
