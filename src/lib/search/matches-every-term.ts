/** A word as Pagefind indexes it: lower case, letters and digits only. */
function normalised(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Whether the matched words (those Pagefind found for `q`, in one entry) include a match for each
 * word of `q`. Pagefind matches stems, prefixes ("un" finds "United") and words one letter away
 * ("Jong" finds "Yong"), so a matched word (or a part of a compound word) answers to a searched word when they agree but for an
 * ending of up to two letters, or but for one letter.
 */
export function matchesEveryTerm(matched: readonly string[], q: string): boolean {
  // A compound word is also indexed as its parts ("Yong-hyun": "yong", "hyun").
  const found = matched.flatMap((word) => [normalised(word), ...word.split(/[^\p{L}\p{N}]+/u).map(normalised)]).filter((word) => word !== '');
  return q.split(/\s+/).map(normalised).filter((term) => term !== '').every((term) => found.some((word) => sharePrefix(term, word) || oneLetterApart(term, word)));
}

function sharePrefix(term: string, word: string): boolean {
  let common = 0;
  while (common < term.length && common < word.length && term[common] === word[common]) common += 1;
  return common > 0 && common >= Math.min(term.length, word.length) - 2;
}

/** Whether one letter changed, added or removed turns `a` into `b`. */
function oneLetterApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const rest = (x: string, skip: number) => x.slice(i + skip);
  return rest(a, 1) === rest(b, 1) || rest(a, 1) === rest(b, 0) || rest(a, 0) === rest(b, 1);
}
