/**
 * A list of counts told with one verb: "800 guns, 5,000 rounds and six armored vehicles were handed
 * over so far". Commas part the list's items, so each item's own clause holds neither the verb after
 * the list nor the words before it; the stage of every item is read in the clause of the whole list.
 */

/** A figure as its paragraph holds it: where it starts, and its words. */
interface Placed {
  index: number;
  text: string;
}

/**
 * What may stand between two items of a list: a comma, "and", "or", or a comma and either, after the
 * rest of the item's noun phrase ("5,000 rounds of munitions and …").
 */
const BETWEEN_ITEMS = /^(?:\s+of\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2}?)?(?:,\s+|,?\s+(?:and|or)\s+)$/u;

/** Whether the words between two items join the list's last item ("and", "or"). */
const LAST_JOIN = /\s(?:and|or)\s+$/;

/**
 * The first and last figure of the list `figure` belongs to, in `text`: figures in a row parted only by
 * commas, "and" or "or", the last joined by "and" or "or", at least three items with a comma between two
 * of them (two items joined by "and" alone share a clause already). Null when `figure` is in no such list.
 */
export function listAround<T extends Placed>(text: string, figures: readonly T[], figure: Placed): { first: T; last: T } | null {
  const at = figures.findIndex((f) => f.index === figure.index);
  if (at < 0) return null;
  const joined = (a: T, b: T) => BETWEEN_ITEMS.test(text.slice(a.index + a.text.length, b.index));
  let from = at;
  while (from > 0 && joined(figures[from - 1] as T, figures[from] as T)) from -= 1;
  let to = at;
  while (to < figures.length - 1 && joined(figures[to] as T, figures[to + 1] as T)) to += 1;
  if (to - from < 2) return null;
  const first = figures[from] as T;
  const last = figures[to] as T;
  const beforeLast = figures[to - 1] as T;
  return LAST_JOIN.test(text.slice(beforeLast.index + beforeLast.text.length, last.index)) ? { first, last } : null;
}
