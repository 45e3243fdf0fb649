import { slugWords } from '../slug.ts';

/** Words that carry no meaning for telling two reports apart. */
const FILLER = new Set(['a', 'an', 'the', 'and', 'of', 'to', 'in', 'on', 'that', 'is', 'are', 'it', 'this', 'be']);

/** What reconciliation compares of a text. */
export interface TextWords {
  /** The meaningful lowercase words, as numbers (`wordNumber`), ascending and without repeats. */
  content: Int32Array;
  /** All the lowercase words, fillers included, between single spaces: " freedonia troops are in sylvania " (two spaces for none). */
  spaced: string;
}

/**
 * What a text says beyond the names it writes, and the numbers it writes: read only for texts whose
 * words are found alike (`textSaying`), most are not.
 */
export interface TextSaying {
  /** The meaningful words never written as a name (`nameWords`), kept as `TextWords.content` is. */
  plain: Int32Array;
  /** The numbers written, as digits without their thousands separators ("14,000" is "14000", "four" is "4"): what the text counts or dates. */
  numbers: string[];
}

/** A number in digits, with its separators ("14,000", "3.5", "2024"), or in words (`COUNT_WORDS`). */
const NUMBER = /\d(?:[\d,.]*\d)?|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozens?|hundreds|thousands)\b(?!\s+(?:hundred|thousand|million|billion)\b)/gi;

/**
 * Counts written in words, as digits where they have one, so that "four drones" is "4 drones"; "one"
 * is left out, as often a pronoun ("one of them") as a count, and so is a word before "thousand" or
 * "million" ("five thousand" is not 5). English.
 */
const COUNT_WORDS: Record<string, string> = {
  two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', twenty: '20', dozen: '12', dozens: 'dozens', hundreds: 'hundreds', thousands: 'thousands',
};

/** The numbers a text writes (`NUMBER`), as digits without separators. */
function numbersOf(text: string): string[] {
  const found = text.match(NUMBER);
  return found ? [...new Set(found.map((n) => COUNT_WORDS[n.toLowerCase()] ?? n.replace(/,/g, '')))] : [];
}

/**
 * True when both texts write numbers and share none: "more than 100,000 refugees have arrived" and
 * "over 88,000 refugees have fled" tell two counts, however many other words they share.
 */
export function countsDiffer(a: TextSaying, b: TextSaying): boolean {
  return a.numbers.length > 0 && b.numbers.length > 0 && !a.numbers.some((n) => b.numbers.includes(n));
}

/**
 * A word written with a capital after a word or a comma, not at the start of a sentence or quote: a
 * name or the adjective of one ("Sylvania", "Freedonian", "Marsh City"). English.
 */
const NAME_WORD = /(?<=[\p{L}\p{N},;:)]\s+)\p{Lu}[\p{L}\p{N}]*/gu;

/** The same, or a capital at the start of a reported clause, which goes on from the reporting verb: "said Freedonia had …". */
const NAME_WORD_OR_FIRST = /(?:^|(?<=[\p{L}\p{N},;:)]\s+))\p{Lu}[\p{L}\p{N}]*/gu;

/** The lowercase words a text writes as names (`NAME_WORD`). */
function nameWords(text: string, reported: boolean): Set<string> {
  const names = text.match(reported ? NAME_WORD_OR_FIRST : NAME_WORD);
  return names ? new Set(slugWords(names.join(' '))) : new Set();
}

/**
 * A number for each distinct word seen: the only state kept between models, and bounded by the
 * language's vocabulary, not by the texts (each candidate keeps its own words, reconcile/index.ts).
 */
const wordNumbers = new Map<string, number>();

/** A number for each distinct word, so that two texts' words compare as sorted numbers. */
function wordNumber(word: string): number {
  let number = wordNumbers.get(word);
  if (number === undefined) wordNumbers.set(word, (number = wordNumbers.size));
  return number;
}

/** The words of `text` as reconciliation compares them. */
export function textWords(text: string): TextWords {
  const all = slugWords(text);
  const content = [...new Set(all.filter((word) => !FILLER.has(word)).map(wordNumber))].sort((x, y) => x - y);
  return { content: Int32Array.from(content), spaced: ` ${all.join(' ')} ` };
}

/**
 * What `text` (whose `words` these are) says beyond its names, and its numbers. A `reported` clause
 * goes on from its reporting verb, so a capital at its start is a name's; a quote's starts a sentence.
 */
export function textSaying(text: string, words: TextWords, reported: boolean): TextSaying {
  const names = new Set([...nameWords(text, reported)].map(wordNumber));
  return { plain: words.content.filter((word) => !names.has(word)), numbers: numbersOf(text) };
}

/**
 * Overlap coefficient |A ∩ B| / min(|A|, |B|) of two texts' meaningful words: 1 when one text's
 * words are all in the other, so a partial quote matches the full quote another outlet printed.
 */
export function overlap(a: TextWords, b: TextWords): number {
  return overlapOf(a.content, b.content);
}

/**
 * The overlap of the words two texts say beyond the names they write: every statement of a story
 * names its parties, so "accused Freedonia of arming Sylvania in the war" and "denounced Freedonia's
 * admission of sending troops to Sylvania in the war" share most of their words and none of what they say.
 */
export function plainOverlap(a: TextSaying, b: TextSaying): number {
  // A text of names alone ("Sylvania and Freedonia") says nothing more: its names, compared already, decide.
  if (a.plain.length === 0 || b.plain.length === 0) return 1;
  return overlapOf(a.plain, b.plain);
}

function overlapOf(a: Int32Array, b: Int32Array): number {
  const smaller = Math.min(a.length, b.length);
  if (smaller === 0) return 0;
  return sharedCount(a, b) / smaller;
}

/** How many numbers two ascending lists without repeats have in common. */
function sharedCount(a: Int32Array, b: Int32Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) shared++;
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return shared;
}
