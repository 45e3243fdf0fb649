import type { Briefing } from '../model.ts';
import { paragraphId } from '../paragraphs.ts';
import { areaOf, type MovedEntry } from '../views/moved-entries.ts';
import { CHRONOLOGY, FIGURES, POSITIONS, SOURCES, type EntryKind } from '../views/paths.ts';
import { entryHref, entryPages, placedPage, type Placement } from '../views/placement.ts';
import { goneReason, type GoneReason } from './gone-reason.ts';
import type { AnchorManifest, SourceRecord } from './manifest.ts';
import { publishedAnchors } from './published.ts';
import { successorOf } from './successor.ts';

/*
 * Where each anchor of content/anchors.json lands in this build. Every anchor ever published must
 * land on something that answers it:
 *
 * - published: the page has it as it is (an entry, a section, a source, a paragraph);
 * - alias: an entry merged into another answers inside that entry, on the same page;
 * - moved: the entry (or the entry it was merged into) is on another page now, and the old page
 *   keeps a stub with its id that links there (moved-entries.ts);
 * - notice: the entry, section, source or paragraph is gone, and a notice with its id says what it
 *   was, why it is gone and, where there is one, what to read instead;
 * - unresolved: none of the above, because the manifest keeps no record of what it was (it was
 *   written by version 1, or edited by hand) or names a page this site never makes. Only these
 *   stop the build.
 */

/** A published anchor whose entry or section is gone, and the notice that answers it in place. */
export interface EntryNotice {
  /** The page the anchor names, which keeps the notice: `/chronology/`. */
  page: string;
  /** The anchor's id, also the notice's. */
  id: string;
  /** What the id named. */
  kind: EntryKind | 'section';
  /** What it was, as last published ("23 Oct 2024: Talks resumed…", "October 2024"). */
  label: string;
  reason: GoneReason;
  /** What to read instead: the entry it became part of or was corrected into; null when there is none. */
  successor: { id: string; kind: EntryKind; href: string } | null;
}

/** A source that is no longer in the briefing, whose page keeps a notice (and its paragraph anchors). */
export interface RemovedSource {
  id: string;
  record: SourceRecord;
  /** The paragraph numbers published links name, ascending. */
  paragraphs: number[];
}

/** Paragraph anchors of a source still in the briefing that its text no longer has (the article was corrected). */
export interface ParagraphNotices {
  source: string;
  /** Ascending. */
  paragraphs: number[];
  /** How many paragraphs the article had when last published; null when not recorded. */
  previously: number | null;
}

export interface AnchorLandings {
  /** Anchors on the page as they are. */
  published: string[];
  /** `page#alias` anchors that land inside the entry they were merged into. */
  aliases: string[];
  /** Stubs for entries that moved, and for ids merged into an entry on another page; sorted by page, then id. */
  moved: MovedEntry[];
  /** Notices for entries and sections that are gone; sorted by page, then id. */
  notices: EntryNotice[];
  removedSources: RemovedSource[];
  paragraphNotices: ParagraphNotices[];
  /** Anchors that would resolve to nothing; sorted. The build stops on them. */
  unresolved: string[];
}

/** What the editor's overrides (content/briefing.yaml) say about suppressed ids: id → reason. */
export type Suppressed = ReadonlyMap<string, string>;

const MAIN_PAGES = new Set([CHRONOLOGY, POSITIONS, FIGURES]);

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Where every anchor of `manifest` lands in the site `briefing` and `placement` make (see above). */
export function anchorLandings(manifest: AnchorManifest, briefing: Briefing, placement: Placement, suppressed: Suppressed = new Map()): AnchorLandings {
  const current = new Set(publishedAnchors(briefing, placement));
  const sources = new Map(briefing.sources.map((source) => [source.id, source]));
  const aliasOf = new Map<string, string>();
  for (const [kind, list] of [['event', briefing.events], ['statement', briefing.statements], ['figure', briefing.figures]] as const) {
    for (const entry of list) for (const alias of entry.aliases) aliasOf.set(`${kind}:${alias}`, entry.id);
  }
  const builtPages = new Set([...MAIN_PAGES, ...entryPages(placement).map((page) => page.path)]);

  const landings: AnchorLandings = { published: [], aliases: [], moved: [], notices: [], removedSources: [], paragraphNotices: [], unresolved: [] };
  const removed = new Map<string, RemovedSource>();
  const paragraphs = new Map<string, ParagraphNotices>();

  for (const anchor of [...new Set(manifest.anchors)].sort()) {
    if (current.has(anchor)) {
      landings.published.push(anchor);
      continue;
    }
    const hash = anchor.indexOf('#');
    const page = hash < 0 ? anchor : anchor.slice(0, hash);
    const id = hash < 0 ? '' : anchor.slice(hash + 1);

    const sourceId = sourcePage(page);
    if (sourceId !== null) {
      const paragraph = /^p([1-9]\d*)$/.exec(id);
      if (id !== '' && !paragraph) {
        landings.unresolved.push(anchor);
        continue;
      }
      const n = paragraph ? Number(paragraph[1]) : null;
      const source = sources.get(sourceId);
      if (source) {
        // The page exists; only a paragraph it no longer has needs a notice.
        if (n === null || source.paragraphs.some((p) => p.n === n)) landings.published.push(anchor);
        else {
          const notices = paragraphs.get(sourceId) ?? { source: sourceId, paragraphs: [], previously: manifest.sources[sourceId]?.paragraphs ?? null };
          paragraphs.set(sourceId, notices);
          notices.paragraphs.push(n);
        }
        continue;
      }
      const record = manifest.sources[sourceId];
      if (!record) {
        landings.unresolved.push(anchor);
        continue;
      }
      const gone = removed.get(sourceId) ?? { id: sourceId, record, paragraphs: [] };
      removed.set(sourceId, gone);
      if (n !== null) gone.paragraphs.push(n);
      continue;
    }

    const kind = areaOf(page);
    if (kind === null || id === '') {
      // A page of entries without a fragment lands while the page is built.
      if (kind !== null && builtPages.has(page)) landings.published.push(anchor);
      else landings.unresolved.push(anchor);
      continue;
    }
    const entryId = placedPage(placement, kind, id) !== null ? id : aliasOf.get(`${kind}:${id}`);
    if (entryId !== undefined) {
      const now = placedPage(placement, kind, entryId);
      if (now === page) landings.aliases.push(anchor);
      else landings.moved.push({ page, id, kind, href: entryHref(placement, kind, entryId), ...(entryId === id ? {} : { merged: true as const }) });
      continue;
    }
    const record = manifest.entries[id];
    if (record && record.kind === kind) {
      const successor = successorOf(record, briefing, kind);
      landings.notices.push({
        page,
        id,
        kind,
        label: record.label,
        reason: goneReason(id, record, briefing, suppressed),
        successor: successor === null ? null : { id: successor, kind, href: entryHref(placement, kind, successor) },
      });
      continue;
    }
    // Sections (a month, a government, a figure category) are only ever on the main pages.
    const section = MAIN_PAGES.has(page) ? manifest.sections[anchor] : undefined;
    if (section !== undefined) {
      landings.notices.push({ page, id, kind: 'section', label: section, reason: { kind: 'section-empty', area: kind }, successor: null });
      continue;
    }
    landings.unresolved.push(anchor);
  }

  landings.removedSources = [...removed.values()].map((gone) => ({ ...gone, paragraphs: gone.paragraphs.sort((a, b) => a - b) }));
  landings.paragraphNotices = [...paragraphs.values()].map((notices) => ({ ...notices, paragraphs: notices.paragraphs.sort((a, b) => a - b) }));
  landings.moved.sort((a, b) => compare(a.page, b.page) || compare(a.id, b.id));
  landings.notices.sort((a, b) => compare(a.page, b.page) || compare(a.id, b.id));
  return landings;
}

/** The source id of a source page path (`/sources/<id>/`); null for any other path. */
function sourcePage(page: string): string | null {
  const match = new RegExp(`^${SOURCES}([a-z0-9]+(?:-[a-z0-9]+)*)/$`).exec(page);
  return match ? match[1]! : null;
}

/** The anchors that keep answering because of a stub, notice or alias: each lands on an element with its id. */
export function keptAnchors(landings: AnchorLandings): string[] {
  return [
    ...landings.aliases,
    ...landings.moved.map((entry) => `${entry.page}#${entry.id}`),
    ...landings.notices.map((notice) => `${notice.page}#${notice.id}`),
    ...landings.removedSources.flatMap((source) => [`${SOURCES}${source.id}/`, ...source.paragraphs.map((n) => `${SOURCES}${source.id}/#${paragraphId(n)}`)]),
    ...landings.paragraphNotices.flatMap((notices) => notices.paragraphs.map((n) => `${SOURCES}${notices.source}/#${paragraphId(n)}`)),
  ].sort();
}
