/** The fields of a source that its position in the sources list depends on. */
export interface SortableSource {
  id: string;
  data: { published: string };
}

/**
 * Sources newest first, ties broken by id (ascending) so the order is the same on
 * every build. Newest first because readers come back to a briefing to see what
 * has been added; the chronology is where events are read oldest first.
 * Returns a new array.
 */
export function sortSourcesNewestFirst<T extends SortableSource>(sources: readonly T[]): T[] {
  return [...sources].sort((a, b) => {
    // `YYYY-MM-DD` strings sort as dates.
    if (a.data.published !== b.data.published) return a.data.published < b.data.published ? 1 : -1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
