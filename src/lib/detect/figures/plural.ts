/** Plural nouns that do not end in -s, so "3,000 people" and "400 personnel" still read as counts. */
const UNMARKED_PLURALS = new Set(['people', 'men', 'women', 'children', 'personnel', 'police', 'staff', 'crew', 'cattle']);

/** Plurals of people not formed with -s, so "one person" meets the unit "people" and "one child" "children". */
const IRREGULAR_SINGULARS: Readonly<Record<string, string>> = { people: 'person', children: 'child', men: 'man', women: 'woman' };

/** A compound of "men" ("seamen", "crewmen", "militiamen"): at least three letters before it. */
const COMPOUND_OF_MEN = /^\p{Ll}{3,}men$/u;

/** Words in "-men" that are no plural of "-man". */
const NOT_OF_MEN: ReadonlySet<string> = new Set(['specimen', 'regimen', 'abdomen', 'acumen', 'albumen', 'bitumen', 'cyclamen', 'stamen']);

/**
 * A rough singular for comparing nouns, not for display: "casualties" →
 * "casualty", "marches" → "march", "troops" → "troop". Words in -ss, -us and
 * -is are left alone ("press", "status", "analysis").
 */
export function singular(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR_SINGULARS[w];
  if (irregular !== undefined) return irregular;
  // "seamen", "crewmen", "gunmen": a compound of "man" makes its plural as "man" does.
  if (COMPOUND_OF_MEN.test(w) && !NOT_OF_MEN.has(w)) return `${w.slice(0, -3)}man`;
  if (/ies$/.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ch|sh|ss|x|z)es$/.test(w)) return w.slice(0, -2);
  if (/[^su]s$/.test(w) && !/is$/.test(w)) return w.slice(0, -1);
  return w;
}

/**
 * Demonyms whose plural `singular` cannot see, written as they are (capitalised): the "-is" and "-ese"
 * plurals ("ten Ostis", "two Taronese"), where lower-case words in "-is" are singular ("crisis").
 */
const CAPITALISED_PLURAL = /^\p{Lu}\p{Ll}+(?:is|ese)$/u;

/** Whether a word looks like a plural noun: the head of a count after any number but one. */
export function looksPlural(word: string): boolean {
  const w = word.toLowerCase();
  return UNMARKED_PLURALS.has(w) || singular(w) !== w || CAPITALISED_PLURAL.test(word);
}
