import type { EventCandidate, FigureCandidate, Origin, StatementCandidate } from './assemble/candidate.ts';
import { byOrigin } from './assemble/candidate.ts';
import type { Speaker } from './model.ts';
import { joinSlug, shortHash, slugify } from './slug.ts';

/*
 * Ids are anchors readers link to, so they come from what an item says (date, who, a few words),
 * never from its position in a list: adding a source leaves existing ids alone.
 */

function speakerSlug(speaker: Speaker): string {
  return speaker.actor ?? (speaker.name ? slugify(speaker.name, 3) : slugify(speaker.description, 4));
}

export function eventBaseId(event: EventCandidate): string {
  const when = event.date.start ?? (event.date.end ? `by-${event.date.end}` : 'undated');
  return joinSlug(when, event.expected ? 'expected' : null, event.governments[0] ?? event.actors[0], slugify(event.summary, 4));
}

export function statementBaseId(statement: StatementCandidate): string {
  return joinSlug(speakerSlug(statement.speaker), slugify(statement.quote ?? statement.reported ?? '', 5));
}

export function figureBaseId(figure: FigureCandidate): string {
  // A vague amount has no value; its lower bound keeps the id it had when the floor was the value.
  return joinSlug(figure.category, speakerSlug(figure.claimant), String(figure.value ?? figure.bounds.min ?? figure.qualifier ?? 'unstated'));
}

/**
 * Gives each item its base id; when several share one, the earliest report keeps it and the
 * others get a suffix hashed from their own place and words, so it does not depend on order.
 * A counter is the last resort for items identical in every respect.
 */
export function assignIds<C extends { origin: Origin; citations: { evidence: string }[] }>(
  items: C[],
  baseId: (item: C) => string,
): (C & { id: string })[] {
  const byBase = Map.groupBy(items, (item) => baseId(item) || 'item');
  const ids = new Map<C, string>();
  const taken = new Set<string>();
  for (const [base, group] of byBase) {
    const ordered = [...group].sort(byOrigin);
    ordered.forEach((item, i) => {
      const { source, paragraph, index } = item.origin;
      let id = i === 0 ? base : `${base}-${shortHash(`${source}|${paragraph}|${index}|${item.citations[0]?.evidence ?? ''}`)}`;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      ids.set(item, id);
    });
  }
  return items.map((item) => ({ ...item, id: ids.get(item)! }));
}
