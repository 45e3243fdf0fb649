/**
 * A partial quote naming what the speaker says there was none of: "(told …) there were no injuries or
 * “material damage”", "(said) there was no “damage”", "(said the ship) suffered no casualties or “losses”".
 * The quote alone would show the harm as told; the "no" before it denies it, a denial with no denial verb
 * (corpus README, twenty-eighth batch). Generic English.
 */

/**
 * "no" as the quote's own determiner, or that of a list of one to three words joined to the quote by "or"
 * or "nor", after "there is/was/has been" or a verb that finds or suffers. Not "there will be no “mercy”"
 * (a threat), "there was no doubt the strikes were “illegal”" (a clause after the noun), nor "there were
 * “no injuries”" (the "no" is quoted, and shown).
 */
const NONE_BEFORE_QUOTE =
  /\b(?:there\s+(?:is|are|was|were|(?:has|have|had)\s+been)|reported|suffered|sustained|caused|found|saw)\s+no\s+(?:(?:[\p{L}-]+,?\s+){1,3}(?:or|nor)\s+)?$/iu;

/** Whether the quote, inside the reported `words`, names what there was none of (NONE_BEFORE_QUOTE). */
export function quoteNamesNoneOf(words: string, quote: string): boolean {
  const at = words.indexOf(quote);
  if (at < 0) return false;
  const before = words.slice(0, at).replace(/[“"‘']\s*$/u, '');
  return /\bno\s/i.test(before) && NONE_BEFORE_QUOTE.test(before);
}
