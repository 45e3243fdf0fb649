/**
 * English number words and how they combine. Generic English only: nothing
 * here knows what is being counted.
 */

/**
 * A table of words without a prototype: `word in table` and `table[word]` find only the words
 * listed, never a name every object inherits, so "constructor" or "toString" in an article is
 * not read as a number.
 */
function wordTable(entries: Record<string, number>): Readonly<Record<string, number>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, number>, entries));
}

/** Words for 1–90 that combine with a scale word ("two hundred", "twenty-five thousand"). */
export const NUMBER_WORDS = wordTable({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/**
 * Words that multiply what comes before them ("a dozen", "two hundred", "8 million").
 * Below a thousand they multiply the current group ("two hundred and forty");
 * from a thousand up they close a group ("twelve thousand five hundred").
 * "lakh" (100,000) and "crore" (ten million) are the scale words of South Asian English ("over 1
 * lakh people"), which read "1" alone otherwise.
 */
export const SCALE_WORDS = wordTable({
  dozen: 12, hundred: 100, thousand: 1_000, lakh: 100_000, million: 1_000_000, crore: 10_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000,
});

/**
 * Scale words shortened and written solid after an amount of money: "€10m", "$2.6bn", "£40k". Read
 * only after a currency sign, where "m" cannot be metres.
 */
export const MONEY_SCALE_ABBREVIATIONS = wordTable({ k: 1_000, m: 1_000_000, mn: 1_000_000, bn: 1_000_000_000 });

/**
 * Vague quantities and their floor, longest first so "tens of thousands" wins
 * over "thousands". A figure read from one of them has `value` = the floor and
 * `qualifier` = the words, e.g. "thousands of troops" → 1000, "thousands".
 */
export const VAGUE_QUANTITIES: readonly { words: string; value: number }[] = [
  { words: 'hundreds of millions', value: 100_000_000 },
  { words: 'tens of millions', value: 10_000_000 },
  { words: 'hundreds of thousands', value: 100_000 },
  { words: 'tens of thousands', value: 10_000 },
  // "tens of casualties": tens of, as some house styles write "dozens of".
  { words: 'tens', value: 10 },
  { words: 'billions', value: 1_000_000_000 },
  { words: 'millions', value: 1_000_000 },
  { words: 'thousands', value: 1_000 },
  { words: 'hundreds', value: 100 },
  { words: 'scores', value: 20 },
  { words: 'dozens', value: 12 },
  // "several drones"; "several thousand" is a scale with its qualifier instead (see `vagueAt`).
  { words: 'several', value: 3 },
];

/** Number and scale words in a set: `isNumberWord` is asked about every word of every paragraph. */
const NUMBER_AND_SCALE_WORDS: ReadonlySet<string> = new Set([...Object.keys(NUMBER_WORDS), ...Object.keys(SCALE_WORDS)]);

/** True when `word` (lowercase) is a number word or a scale word. */
export function isNumberWord(word: string): boolean {
  return NUMBER_AND_SCALE_WORDS.has(word);
}

/**
 * The value of a run of lowercase number words: ["two", "hundred", "and", "forty"] → 240,
 * ["a", "dozen"] → 12, ["twelve", "thousand"] → 12000, ["thousand"] → 1000.
 * "a"/"an" count as one before a scale word; "and" is skipped. Returns null for
 * anything else, so the caller decides where a number ends.
 */
export function parseNumberWords(words: readonly string[]): number | null {
  let total = 0;
  let group = 0;
  let seen = false;
  for (const word of words) {
    if (word === 'and') continue;
    if (word === 'a' || word === 'an') {
      group += 1;
      continue;
    }
    const small = NUMBER_WORDS[word];
    const scale = SCALE_WORDS[word];
    if (small !== undefined) {
      group += small;
    } else if (scale !== undefined && scale < 1_000) {
      group = (group || 1) * scale;
    } else if (scale !== undefined) {
      total += (group || 1) * scale;
      group = 0;
    } else {
      return null;
    }
    seen = true;
  }
  return seen ? total + group : null;
}
