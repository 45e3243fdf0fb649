import type { Briefing, Citation } from '../model.ts';
import { actorLookup } from './actor-lookup.ts';
import { eventLabel, figureLabel, statementLabel } from './entry-label.ts';
import type { EntryKind } from './paths.ts';
import { entryHref, type Placement } from './placement.ts';
import { sitePlacement } from './site-placement.ts';

/** A briefing entry that cites a source paragraph, as listed beside that paragraph. */
export interface Backlink {
  id: string;
  kind: EntryKind;
  /** Short: "23 Oct 2024: Talks resumed at the port…", "Anna Berg: “We will…”", "around 300 boats (Coast Guard)". */
  label: string;
  /** The entry on the page it is on (see placement.ts): `/chronology/#id`, `/positions/<government>/#id`, `/figures/#id`. */
  href: string;
}

/** Source id → paragraph number → the entries citing that paragraph. */
export type BacklinksView = Map<string, Map<number, Backlink[]>>;

/**
 * Indexes every citation of the briefing by source and paragraph, so a source page
 * can list beside each paragraph the entries that rest on it. Entries come events
 * first, then statements, then figures, each in the model's order; an entry citing
 * one paragraph twice is listed once. Links go to the page `placement` puts each entry on.
 */
export function backlinksView(briefing: Briefing, placement: Placement = sitePlacement(briefing)): BacklinksView {
  const actors = actorLookup(briefing);
  const view: BacklinksView = new Map();
  const add = (kind: EntryKind, id: string, label: string, citations: readonly Citation[]) => {
    for (const { source, paragraph } of citations) {
      const paragraphs = view.get(source) ?? new Map<number, Backlink[]>();
      view.set(source, paragraphs);
      const entries = paragraphs.get(paragraph) ?? [];
      paragraphs.set(paragraph, entries);
      if (!entries.some((entry) => entry.kind === kind && entry.id === id)) entries.push({ id, kind, label, href: entryHref(placement, kind, id) });
    }
  };
  for (const event of briefing.events) add('event', event.id, eventLabel(event), event.citations);
  for (const statement of briefing.statements) add('statement', statement.id, statementLabel(statement, actors), statement.citations);
  for (const figure of briefing.figures) add('figure', figure.id, figureLabel(figure, actors), figure.citations);
  return view;
}

const cache = new WeakMap<Briefing, BacklinksView>();

/** `backlinksView` built once per briefing: every paragraph of every source page asks for it. */
export function cachedBacklinksView(briefing: Briefing): BacklinksView {
  let view = cache.get(briefing);
  if (!view) cache.set(briefing, (view = backlinksView(briefing)));
  return view;
}

/** The entries citing one paragraph; empty when none does. */
export function backlinksFor(view: BacklinksView, source: string, paragraph: number): Backlink[] {
  return view.get(source)?.get(paragraph) ?? [];
}
