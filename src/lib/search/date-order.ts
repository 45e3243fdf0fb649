import { daysBetween, GROUP_SPAN_DAYS } from './entry-groups.ts';

/** A result of a date-sorted search and the day it sorts by (an ISO day), null when it has none. */
export interface Dated<T> {
  value: T;
  day: string | null;
}

/**
 * Puts the results of a date-sorted search in the order of their own days as Pagefind's records
 * arrive. Pagefind orders records by their sort day: an article's own day, a shared record's earliest
 * entry's (entry-groups.ts), so an entry of a shared record can belong after records that come after
 * it. A result's place is settled once no record still to come can hold one that goes before it:
 * oldest first, records to come start no earlier than the last one, so every result up to its sort
 * day is settled; newest first, they start no later than the last one and span at most
 * `GROUP_SPAN_DAYS`, so every result that many days after its sort day is settled.
 */
export class DateOrder<T> {
  readonly #newestFirst: boolean;
  #waiting: Dated<T>[] = [];
  #last: string | null = null;

  constructor(newestFirst: boolean) {
    this.#newestFirst = newestFirst;
  }

  /** The results of the next record, and its sort day. A result without a day sorts at the record's. */
  add(sortDay: string | null, results: readonly Dated<T>[]): void {
    if (sortDay !== null) this.#last = sortDay;
    for (const result of results) this.#waiting.push({ value: result.value, day: result.day ?? this.#last });
  }

  /** The results whose place is settled, in order, taken out of those waiting; all of them once `finished` (no record is left). */
  take(finished: boolean): T[] {
    const direction = this.#newestFirst ? -1 : 1;
    // Stable: results of one day keep the order they came in.
    this.#waiting.sort((a, b) => direction * (a.day ?? '').localeCompare(b.day ?? ''));
    const settled = finished ? this.#waiting.length : this.#waiting.findIndex((result) => !this.#settled(result.day));
    const count = settled < 0 ? this.#waiting.length : settled;
    return this.#waiting.splice(0, count).map((result) => result.value);
  }

  #settled(day: string | null): boolean {
    if (day === null || this.#last === null) return true;
    return this.#newestFirst ? daysBetween(this.#last, day) >= GROUP_SPAN_DAYS : day <= this.#last;
  }
}
