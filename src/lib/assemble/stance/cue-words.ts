/**
 * Cue words read once per clause. A stance rule's cue is a list of words or stems one of which every
 * alternative of the rule's pattern holds ("will|would|shall|reserve|sanction|…"); the pattern is asked
 * only where its cue is. Asked one by one, some thirty cues each scan the whole clause. A `CueWords`
 * keeps its cue's regular expression, as written, and reads it differently: the plain words of every
 * cue go into one trie, the clause is folded to lower case once and walked once through it, and each
 * cue then only looks up whether one of its words was met. An alternative that is not a plain word
 * ("ha(?:s|ve)\s+to\s", "^\W*let\s") is kept in a small regular expression of its own, asked only when
 * none of the plain words was met.
 *
 * A `CueWords` holds wherever its regular expression holds, in any case (the walk reads the folded
 * text, a superset of what the expression's flags match), so a pattern asked behind it is asked
 * wherever it was before (test/assemble/stance-cues.test.ts).
 */

/**
 * Every cue's plain words, in one trie over the ASCII characters, kept flat: node 0 is the root, and
 * `children[node * 128 + code]` is the node after `code` (0 where no word goes on).
 */
let children = new Int32Array(128 * 256);
let nodeCount = 1;
/** The cues whose word ends at each node. */
const endingAt: (number[] | undefined)[] = [];

let cueCount = 0;

/**
 * The last few texts walked and the cues met in each. Stance reads a clause and a few of its parts
 * (the words after the verb, the clause unquoted), each many times over in turn; a fixed handful is
 * enough, and nothing grows.
 */
const MEMO_SIZE = 4;
const memoTexts: string[] = [];
const memoMet: Uint8Array[] = [];
let memoNext = 0;

/** The top-level alternatives of a regular expression's source. */
function alternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

/**
 * A word or phrase of ASCII letters, digits, spaces, hyphens and apostrophes: no character a pattern
 * reads otherwise, and none outside the trie's.
 */
const PLAIN = /^[A-Za-z0-9 '-]+$/;

/**
 * The plain words of an alternative, read more widely than written where that is what makes them plain:
 * a word boundary left out ("\bsay\b" is read as "say"), and a group of plain words taken word by word
 * ("\b(?:lay|laid)" as "lay" and "laid"). Undefined when the alternative holds anything else.
 */
function plainWords(alternative: string): string[] | undefined {
  if (PLAIN.test(alternative)) return [alternative];
  const bare = alternative.replace(/^\\b/, '').replace(/\\b$/, '');
  if (bare.startsWith('(?:') && bare.endsWith(')')) {
    const inner = bare.slice(3, -1);
    // One group around the whole: the inner alternatives close no group of their own.
    if (alternatives(inner).every((word) => PLAIN.test(word)) && !/[()]/.test(inner)) return alternatives(inner);
  } else if (bare !== alternative && PLAIN.test(bare)) return [bare];
  return undefined;
}

/**
 * Text folded as a case-insensitive pattern reads it: lower case, with the long s read as "s" (the
 * Kelvin sign is already "k" in lower case).
 */
function folded(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

function addWord(word: string, cue: number): void {
  let node = 0;
  for (let i = 0; i < word.length; i++) {
    const at = node * 128 + word.charCodeAt(i);
    if (children[at] === 0) {
      if (nodeCount * 128 === children.length) {
        const grown = new Int32Array(children.length * 2);
        grown.set(children);
        children = grown;
      }
      children[at] = nodeCount++;
    }
    node = children[at]!;
  }
  const cues = (endingAt[node] ??= []);
  if (!cues.includes(cue)) cues.push(cue);
}

/** The cues one of whose plain words the text holds, walked once (and kept among the last few). */
function cuesMet(text: string): Uint8Array {
  for (let i = 0; i < memoTexts.length; i++) if (memoTexts[i] === text) return memoMet[i]!;
  const met = new Uint8Array(cueCount);
  const lower = folded(text);
  const length = lower.length;
  for (let start = 0; start < length; start++) {
    let code = lower.charCodeAt(start);
    let node = code < 128 ? children[code]! : 0;
    for (let i = start + 1; node !== 0; i++) {
      const cues = endingAt[node];
      if (cues !== undefined) for (const cue of cues) met[cue] = 1;
      if (i === length) break;
      code = lower.charCodeAt(i);
      node = code < 128 ? children[node * 128 + code]! : 0;
    }
  }
  memoTexts[memoNext] = text;
  memoMet[memoNext] = met;
  memoNext = (memoNext + 1) % MEMO_SIZE;
  return met;
}

/** A cue read through the shared walk of the clause; `test` holds wherever `pattern` does. */
export class CueWords {
  /** The cue as written: plain words and stems, with a few alternatives that are not. */
  readonly pattern: RegExp;
  readonly #id: number;
  /** The alternatives that are not plain words, with the cue's flags; undefined when there are none. */
  readonly #rest: RegExp | undefined;

  constructor(pattern: RegExp) {
    this.pattern = pattern;
    this.#id = cueCount++;
    const rest: string[] = [];
    for (const alternative of alternatives(pattern.source)) {
      const words = plainWords(alternative);
      if (words === undefined) rest.push(alternative);
      else for (const word of words) addWord(folded(word), this.#id);
    }
    this.#rest = rest.length > 0 ? new RegExp(rest.join('|'), pattern.flags.replace(/[gy]/g, '')) : undefined;
    // Texts walked before this cue joined the trie were walked without it.
    memoTexts.length = 0;
    memoMet.length = 0;
    memoNext = 0;
  }

  /** The cue's source, as written (for patterns built on it). */
  get source(): string {
    return this.pattern.source;
  }

  /** Whether the text holds one of the cue's words. */
  test(text: string): boolean {
    return cuesMet(text)[this.#id] === 1 || (this.#rest !== undefined && this.#rest.test(text));
  }
}
