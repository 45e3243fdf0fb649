import type { EventCandidate, FigureCandidate, Origin } from './assemble/candidate.ts';
import type { StatementCandidate } from './assemble/candidate.ts';
import { claimIds } from './anchors/claim-ids.ts';
import { NO_LOCK, type IdLock } from './anchors/id-lock.ts';
import type { Citation, Speaker } from './model.ts';
import { joinSlug, slugify, slugWords } from './slug.ts';

/*
 * Ids are anchors readers link to, so they come from what an item says (date, who, a few words),
 * never from its position in a list: adding a source leaves existing ids alone. Once published,
 * an id is kept by the manifest of anchors (anchors/claim-ids.ts), whatever the item says later.
 */

function speakerSlug(speaker: Speaker): string {
  return speaker.actor ?? (speaker.name ? slugify(speaker.name, 3) : slugify(speaker.description, 4));
}

export function eventBaseId(event: EventCandidate): string {
  const when = event.date.start ?? (event.date.end ? `by-${event.date.end}` : 'undated');
  return joinSlug(when, event.expected ? 'expected' : null, event.governments[0] ?? event.actors[0], slugify(event.summary, 4));
}

export function statementBaseId(statement: StatementCandidate): string {
  const words = slugify(statement.quote ?? statement.reported ?? '', 5);
  // "Fredonburg had not confirmed it": the verb tells more than "it".
  // Every word, "not" included: an anchor must never read as the opposite of its entry.
  const said = statement.quote === null && statement.negated && words.split('-').length < 2 ? slugWords(`${statement.verb ?? ''} ${statement.reported ?? ''}`).slice(0, 6).join('-') : words;
  return joinSlug(speakerSlug(statement.speaker), said);
}

export function figureBaseId(figure: FigureCandidate): string {
  // A vague amount has no value; its lower bound keeps the id it had when the floor was the value.
  return joinSlug(figure.category, speakerSlug(figure.claimant), String(figure.value ?? figure.bounds.min ?? figure.qualifier ?? 'unstated'));
}

/**
 * Gives each item its id and aliases. Items that are published entries (their citations include
 * the entry's members in `lock`) keep the entry's id; the others get their base id. When several
 * share a base id, the earliest report keeps it and the others get a suffix hashed from their own
 * place and words, so it does not depend on order. A counter is the last resort for items
 * identical in every respect.
 */
export function assignIds<C extends { origin: Origin; citations: Citation[] }>(
  items: C[],
  baseId: (item: C) => string,
  lock: IdLock = NO_LOCK,
): (C & { id: string; aliases: string[] })[] {
  const claimed = claimIds(items, baseId, lock);
  return items.map((item, i) => ({ ...item, ...claimed[i]! }));
}
