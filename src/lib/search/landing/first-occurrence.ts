/**
 * Finds where a phrase first occurs in a page's text (see page-text.ts) as plain
 * substring, the widest reading of how a browser matches a text fragment: any place
 * the browser could match comes at or after it.
 *
 * A page has thousands of phrases to look up, so the words of the page are indexed
 * once: a phrase of three or more words has whole words in its middle, and only the
 * places of the rarest of those on the page are tried (a common word such as "the"
 * has thousands of places on a long page). A phrase asked for again is answered from
 * memory: entries on one page share speakers, dates and quoted words, and at 3,000
 * sources 431,000 of the 974,000 look-ups repeated one made on the same page.
 */
export class FirstOccurrence {
  private readonly text: string;
  private readonly wordStarts = new Map<string, number[]>();
  private readonly found = new Map<string, number>();

  constructor(text: string) {
    this.text = text;
    // Words are the runs between single spaces (page-text.ts leaves no other whitespace); a scan
    // with indexOf, since a regular expression's match objects cost more than the rest of the loop.
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf(' ', start);
      if (end < 0) end = text.length;
      if (end > start) {
        const word = text.slice(start, end);
        const starts = this.wordStarts.get(word);
        if (starts) starts.push(start);
        else this.wordStarts.set(word, [start]);
      }
      start = end + 1;
    }
  }

  /** The offset of the first occurrence of `phrase` (lower case, single spaces), or -1. */
  find(phrase: string): number {
    let offset = this.found.get(phrase);
    if (offset === undefined) this.found.set(phrase, (offset = this.firstOffset(phrase)));
    return offset;
  }

  /** `find` without the memory. */
  private firstOffset(phrase: string): number {
    const words = phrase.split(' ');
    if (words.length < 3) return this.text.indexOf(phrase);
    // Each occurrence of the phrase has each middle word at a fixed distance from its start.
    let starts: readonly number[] = [];
    let shift = 0;
    let offset = words[0]!.length + 1;
    for (let i = 1; i < words.length - 1; i += 1) {
      const places = this.wordStarts.get(words[i]!);
      if (places === undefined) return -1;
      if (i === 1 || places.length < starts.length) {
        starts = places;
        shift = offset;
      }
      offset += words[i]!.length + 1;
    }
    // Places in page order, so the first that holds the phrase is its first occurrence. The
    // first word may end a longer word of the page; the last may begin one.
    for (const start of starts) {
      const from = start - shift;
      if (from >= 0 && this.text.startsWith(phrase, from)) return from;
    }
    return -1;
  }

  /**
   * Whether `phrase` at `offset` starts and ends where a word does, so a browser
   * matching whole words matches it there. Cautious: beside a space or an end of the
   * text, or beside punctuation that is not itself inside a word (`(nis`, `monday,`
   * count; `yoon's` and `12,000` do not end after `yoon` and `12`).
   */
  wholeWordsAt(offset: number, phrase: string): boolean {
    return this.edge(offset - 1, -1) && this.edge(offset + phrase.length, 1);
  }

  /** Whether the character at `at` (stepping outwards by `step`) leaves a word edge. */
  private edge(at: number, step: 1 | -1): boolean {
    const next = this.text[at];
    if (next === undefined || next === ' ') return true;
    if (WORD_CHARACTER.test(next)) return false;
    const beyond = this.text[at + step];
    return beyond === undefined || !WORD_CHARACTER.test(beyond);
  }
}

/** A letter, a combining mark or a digit. */
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
