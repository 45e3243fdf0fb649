import type { Briefing } from '../model.ts';
import { actorLookup } from '../views/actor-lookup.ts';
import { eventLabel, figureLabel, statementLabel } from '../views/entry-label.ts';
import type { EntryKind } from '../views/paths.ts';
import type { Placement } from '../views/placement.ts';
import { sourceAdditions } from './additions.ts';
import { emptyManifest, type AnchorManifest, type EntryRecord } from './manifest.ts';
import { memberKey } from './members.ts';
import { publishedAnchors, publishedSections } from './published.ts';

/**
 * The manifest after this build, as `npm run build` writes it: everything `previous` holds, and
 * what this build publishes. Nothing is removed, like a lockfile that only grows:
 *
 * - every anchor the site publishes is added to `anchors`;
 * - each source gets its record (title, paragraphs, when it joined: additions.ts);
 * - each section its heading;
 * - each entry its record: kind, label, first report, and its citations added to its members,
 *   so it is recognised by any of them later. An id merged into an entry records which
 *   (`mergedInto`). Records of entries, sections and sources that are gone stay as they were:
 *   their notices quote them.
 *
 * `categories` name the figure categories for section headings.
 */
export function recordAnchors(
  previous: AnchorManifest | null,
  briefing: Briefing,
  placement: Placement,
  categories: readonly { id: string; label: string }[] = [],
): AnchorManifest {
  const before = previous ?? emptyManifest();
  const next: AnchorManifest = {
    version: 2,
    anchors: [...new Set([...before.anchors, ...publishedAnchors(briefing, placement)])].sort(),
    sources: { ...before.sources },
    sections: { ...before.sections, ...Object.fromEntries(publishedSections(briefing, categories)) },
    entries: { ...before.entries },
  };

  const additions = sourceAdditions(briefing.sources, before.sources);
  for (const source of briefing.sources) {
    const { order, added } = additions.get(source.id)!;
    next.sources[source.id] = { title: source.title, publisher: source.publisher, published: source.published, paragraphs: source.paragraphs.length, order, added };
  }

  const actors = actorLookup(briefing);
  const record = (kind: EntryKind, entry: Briefing['events'][number] | Briefing['statements'][number] | Briefing['figures'][number], label: string) => {
    const old: EntryRecord | undefined = before.entries[entry.id];
    next.entries[entry.id] = {
      kind,
      label,
      firstReported: entry.firstReported,
      members: [...new Set([...(old?.kind === kind ? old.members : []), ...entry.citations.map(memberKey)])].sort(),
    };
    for (const alias of entry.aliases) {
      const merged = before.entries[alias];
      if (merged) next.entries[alias] = { ...merged, mergedInto: entry.id };
    }
  };
  for (const event of briefing.events) record('event', event, eventLabel(event));
  for (const statement of briefing.statements) record('statement', statement, statementLabel(statement, actors));
  for (const figure of briefing.figures) record('figure', figure, figureLabel(figure, actors));
  return next;
}
