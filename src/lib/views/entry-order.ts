import type { BriefingEvent, Statement } from '../model.ts';
import { compareDays, compareIds, datePoint } from './format/date-order.ts';
import { firstPublished, type SourceLookup } from './source-lookup.ts';

/*
 * The order entries are read in, in one place: the pages list entries in this order, and the
 * placement (placement.ts) cuts a long list into pages in the same order, so a page holds a
 * run of consecutive entries.
 */

/** Events by the day they are filed under (start, or end when open at the start), then by id; undated last. */
export function eventsInOrder(events: readonly BriefingEvent[]): BriefingEvent[] {
  return [...events].sort((a, b) => compareDays(datePoint(a.date), datePoint(b.date)) || compareIds(a.id, b.id));
}

/**
 * Dated statements by date; undated ones after them; ties by first report, then by speaker (so
 * one speaker's statements of a day stand together), then id. Speakers are told apart by actor
 * id, else name, else description, so the placement and the pages read the same order.
 */
export function statementsInOrder(statements: readonly Statement[], sources: SourceLookup): Statement[] {
  const speaker = (s: Statement) => s.speaker.actor ?? (s.speaker.name ?? s.speaker.description).toLowerCase();
  return [...statements].sort(
    (a, b) =>
      compareDays(datePoint(a.date), datePoint(b.date)) ||
      compareDays(firstPublished(a.citations, sources), firstPublished(b.citations, sources)) ||
      compareIds(speaker(a), speaker(b)) ||
      compareIds(a.id, b.id),
  );
}
