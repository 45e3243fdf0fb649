import type { BriefingEvent, Figure, ResolvedDate, Statement } from '../model.ts';

/** Sort key of a date: its start, or its end for ranges open at the start ("by December"); undated last. */
function dateKey(date: ResolvedDate | null): string {
  return date?.start ?? date?.end ?? '9999-99-99';
}

/** Events in date order; ties keep a stable order by id. */
export function orderEvents(events: BriefingEvent[]): BriefingEvent[] {
  return [...events].sort((a, b) => dateKey(a.date).localeCompare(dateKey(b.date)) || a.id.localeCompare(b.id));
}

/** Statements by government, then date, so a position's development reads in order. */
export function orderStatements(statements: Statement[]): Statement[] {
  return [...statements].sort(
    (a, b) => (a.government ?? '~').localeCompare(b.government ?? '~') || dateKey(a.date).localeCompare(dateKey(b.date)) || a.id.localeCompare(b.id),
  );
}

/** Figures by category in the topic data's order, then by value. */
export function orderFigures(figures: Figure[], categoryOrder: string[]): Figure[] {
  const rank = (category: string) => (categoryOrder.includes(category) ? categoryOrder.indexOf(category) : categoryOrder.length);
  return [...figures].sort((a, b) => rank(a.category) - rank(b.category) || (a.value ?? Infinity) - (b.value ?? Infinity) || a.id.localeCompare(b.id));
}
