import { paragraphHref } from '../citation.ts';
import type { Briefing, ResolvedDate } from '../model.ts';
import { actorLookup, actorName } from '../views/actor-lookup.ts';
import { periodKey } from '../views/format/date-order.ts';
import { periodLabel } from '../views/format/period-label.ts';
import { CHRONOLOGY, FIGURES, OTHER_VOICES, POSITIONS, sectionHref, sourceHref } from '../views/paths.ts';
import { entryHref, type Placement } from '../views/placement.ts';
import { sitePlacement } from '../views/site-placement.ts';

/*
 * Links are made with the same helpers and ids the pages use (src/lib/views), so the manifest
 * lists what the pages render rather than a second opinion of it. Entries are listed on the
 * page the placement puts them on; the month, government and figure category sections stay on
 * `/chronology/`, `/positions/` and `/figures/` whether those pages list the entries or link
 * to the pages that do.
 */

/**
 * The chronology section (`YYYY-MM`, or `YYYY` for a date known only to the year) an event is
 * listed under: that of its start, or of its end when the range is open at the start ("by
 * December"); null for an undated event.
 */
export function monthSection(date: ResolvedDate): string | null {
  return periodKey(date);
}

/**
 * Every link target the site publishes for this model, as site-relative paths without the
 * base path: each source page and its paragraphs, chronology months and events, positions
 * sections and statements, figure categories and figures. Sorted and without duplicates,
 * so two builds of the same content give the same list. Stubs and notices kept for links
 * published earlier are not here (see landings.ts): they are what the manifest already lists.
 */
export function publishedAnchors(briefing: Briefing, placement: Placement = sitePlacement(briefing)): string[] {
  const anchors = new Set<string>();

  for (const source of briefing.sources) {
    anchors.add(sourceHref(source.id));
    // The same function writes every citation's link, so the manifest checks what readers follow.
    for (const paragraph of source.paragraphs) anchors.add(paragraphHref(source.id, paragraph.n));
  }
  for (const event of briefing.events) {
    anchors.add(entryHref(placement, 'event', event.id));
    const month = monthSection(event.date);
    if (month) anchors.add(sectionHref(CHRONOLOGY, month));
  }
  for (const statement of briefing.statements) {
    anchors.add(entryHref(placement, 'statement', statement.id));
    anchors.add(sectionHref(POSITIONS, statement.government ?? OTHER_VOICES.id));
  }
  for (const figure of briefing.figures) {
    anchors.add(entryHref(placement, 'figure', figure.id));
    anchors.add(sectionHref(FIGURES, figure.category));
  }
  // Code-unit order, not locale order: the manifest must sort the same on every machine.
  return [...anchors].sort();
}

/**
 * The section anchors the site publishes (`/chronology/#2024-10`, `/positions/#<government>`,
 * `/figures/#<category>`) with their headings ("October 2024", "Freedonia", "Boats"), so a
 * notice can name a section once nothing is left in it. `categories` name the figure
 * categories (content/figure-categories.yaml); one they do not list is named by its id.
 */
export function publishedSections(briefing: Briefing, categories: readonly { id: string; label: string }[] = []): Map<string, string> {
  const actors = actorLookup(briefing);
  const labels = new Map(categories.map((category) => [category.id, category.label]));
  const sections = new Map<string, string>();
  for (const event of briefing.events) {
    const month = monthSection(event.date);
    if (month) sections.set(sectionHref(CHRONOLOGY, month), periodLabel(month));
  }
  for (const statement of briefing.statements) {
    const government = statement.government ?? OTHER_VOICES.id;
    sections.set(sectionHref(POSITIONS, government), government === OTHER_VOICES.id ? OTHER_VOICES.name : actorName(government, actors));
  }
  for (const figure of briefing.figures) sections.set(sectionHref(FIGURES, figure.category), labels.get(figure.category) ?? figure.category);
  return sections;
}
