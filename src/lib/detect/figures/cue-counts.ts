import type { FigureCategory } from '../../../schemas/figure-category.ts';
import { kindAt, LETTER } from '../characters.ts';

/**
 * How many cue words of each category a text holds as whole words (no letter or digit touching them).
 *
 * Why an index: the figure detector asks about the cues of every category for each predicate and
 * sentence it reads, and a topic lists hundreds of cues. A cue of ASCII letters and digits alone
 * stands in a text as a whole word exactly when it is one of the text's words (its runs of letters
 * and digits), so those cues are filed by word and the text's few words are looked up; only the
 * others ("carried out", "nov. 19") are searched for, and only in a text that holds their first word.
 */
export class CueCounts {
  /** The categories, in the order listed; counts come in this order. */
  readonly categories: readonly FigureCategory[];
  /** Each plain cue with the category of every listing of it (a cue listed twice counts twice). */
  readonly #plain = new Map<string, number[]>();
  /**
   * The other cues, in lower case, with their category and their first word when an ASCII character
   * other than a letter or digit ends it ("carried" of "carried out"): a text holds such a cue as a
   * whole word only if it holds that word.
   */
  readonly #others: { category: number; cue: string; first: string | null }[] = [];

  constructor(categories: readonly FigureCategory[]) {
    this.categories = categories;
    categories.forEach((category, k) => {
      const cues = category.cues.map((c) => c.toLowerCase());
      const listed = new Set(cues);
      // "refugees arriving in the capital", "ships diverting around the cape": a past form's present
      // participle tells the same as the cue does, unless the category lists it itself.
      const participles = cues.map(presentParticiple).filter((p): p is string => p !== null && !listed.has(p));
      for (const cue of [...cues, ...participles]) {
        if (cue === '') continue;
        if (/^[a-z0-9]+$/.test(cue)) {
          const listed = this.#plain.get(cue);
          if (listed) listed.push(k);
          else this.#plain.set(cue, [k]);
        } else {
          this.#others.push({ category: k, cue, first: /^([a-z0-9]+)[\x00-\x2f\x3a-\x60\x7b-\x7f]/.exec(cue)?.[1] ?? null });
        }
      }
    });
  }

  /** How many of each category's cues stand in `text`, in the order of `categories`. */
  counts(text: string): number[] {
    const lower = text.toLowerCase();
    const counts = new Array<number>(this.categories.length).fill(0);
    const words = wordsOf(lower);
    for (const word of words) {
      for (const k of this.#plain.get(word) ?? []) counts[k] = (counts[k] as number) + 1;
    }
    for (const { category, cue, first } of this.#others) {
      if ((first === null || words.has(first)) && wholeWordAt(lower, cue) >= 0) counts[category] = (counts[category] as number) + 1;
    }
    return counts;
  }
}

/** The distinct runs of letters and digits of `text`. */
function wordsOf(text: string): Set<string> {
  const words = new Set<string>();
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isWordCharAt(text, i)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.add(text.slice(start, i));
      start = -1;
    }
  }
  return words;
}

/** Where the category's first cue word starts in `text`; Infinity when none does. */
export function firstCueAt(category: FigureCategory, text: string): number {
  const lower = text.toLowerCase();
  let first = Infinity;
  for (const cue of category.cues) {
    const at = wholeWordAt(lower, cue.toLowerCase());
    if (at >= 0 && at < first) first = at;
    const participle = presentParticiple(cue.toLowerCase());
    const atParticiple = participle === null ? -1 : wholeWordAt(lower, participle);
    if (atParticiple >= 0 && atParticiple < first) first = atParticiple;
  }
  return first;
}

/**
 * The present participle of a regular past form one word long ("arrived" → "arriving", "diverted"
 * → "diverting", "stopped" → "stopping", "carried" → "carrying"); null for any other cue, and for a
 * stem too short to be sure of ("fled", "freed", "used").
 */
export function presentParticiple(cue: string): string | null {
  if (!/^[a-z]+ed$/.test(cue)) return null;
  if (cue.endsWith('ied')) return cue.length > 4 ? `${cue.slice(0, -3)}ying` : null;
  const stem = cue.slice(0, -2);
  return stem.length >= 4 && !stem.endsWith('e') ? `${stem}ing` : null;
}

/**
 * Where `word` first stands in `text` as a whole word (no letter or digit touching it on either
 * side); -1 when nowhere. Both in lower case: a search by index, which a case-insensitive Unicode
 * expression per cue and sentence made several times slower.
 */
function wholeWordAt(text: string, word: string): number {
  if (word === '') return -1;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isWordCharAt(text, at - 1) && !isWordCharAt(text, at + word.length)) return at;
  }
  return -1;
}

/** A letter or an ASCII digit at `i` (what `[\p{L}\d]` matches); false past either end. */
function isWordCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return (kindAt(text, i) & LETTER) !== 0 || (code >= 0x30 && code <= 0x39);
}
