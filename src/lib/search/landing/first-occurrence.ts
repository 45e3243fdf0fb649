/**
 * Finds where a phrase first occurs in a page's text (see page-text.ts) as plain
 * substring, the widest reading of how a browser matches a text fragment: any place
 * the browser could match comes at or after it.
 *
 * A page has thousands of phrases to look up, so the words of the page are indexed
 * once: a phrase of three or more words has whole words in its middle, and only the
 * places of the first of those are tried.
 */
export class FirstOccurrence {
  private readonly text: string;
  private readonly wordStarts = new Map<string, number[]>();

  constructor(text: string) {
    this.text = text;
    for (const match of text.matchAll(/[^ ]+/g)) {
      const starts = this.wordStarts.get(match[0]);
      if (starts) starts.push(match.index);
      else this.wordStarts.set(match[0], [match.index]);
    }
  }

  /** The offset of the first occurrence of `phrase` (lower case, single spaces), or -1. */
  find(phrase: string): number {
    const words = phrase.split(' ');
    if (words.length < 3) return this.text.indexOf(phrase);
    const head = words[0] as string;
    const rest = words.slice(1).join(' ');
    for (const start of this.wordStarts.get(words[1] as string) ?? []) {
      const from = start - 1 - head.length;
      // The first word may end a longer word of the page; the last may begin one.
      if (from >= 0 && this.text.startsWith(head, from) && this.text[start - 1] === ' ' && this.text.startsWith(rest, start)) return from;
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
