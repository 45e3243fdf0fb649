/** Words of context taken on each side of a matched word. */
const CONTEXT_WORDS = 3;

/** Leading punctuation, the word, trailing punctuation: `(SSB),` → `(`, `SSB`, `),`. */
const WORD = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;

/**
 * A text fragment directive (`text=prefix-,word,-suffix`) for the word at `index`
 * of a paragraph's `words`, with up to three words of the same paragraph on either
 * side as context, so the browser highlights this occurrence and scrolls to it
 * rather than to the same word earlier on the page (in a title, say).
 *
 * The punctuation that clings to the word goes into the context, since a text
 * fragment matches whole words; the words must be the paragraph's text exactly as
 * the page shows it. Null when the word has no letters or digits.
 */
export function textDirective(words: readonly string[], index: number): string | null {
  const word = words[index];
  if (word === undefined) return null;
  const [, lead = '', core = '', trail = ''] = WORD.exec(word) ?? [];
  if (core === '') return null;
  const [from, to] = contextSpan(words.length, index);
  const before = words.slice(from, index).join(' ');
  const after = words.slice(index + 1, to).join(' ');
  const prefix = `${before}${before !== '' && lead !== '' ? ' ' : ''}${lead}`;
  const suffix = `${trail}${after !== '' && trail !== '' ? ' ' : ''}${after}`;
  return `text=${prefix !== '' ? `${encodePart(prefix)}-,` : ''}${encodePart(core)}${suffix !== '' ? `,-${encodePart(suffix)}` : ''}`;
}

/** The words `[from, to)` a directive for the word at `index` quotes: the word and its context. */
export function contextSpan(wordCount: number, index: number): [number, number] {
  return [Math.max(0, index - CONTEXT_WORDS), Math.min(wordCount, index + 1 + CONTEXT_WORDS)];
}

/** Percent-encodes a part of a text directive; `-`, `,` and `&` are its syntax, so they are encoded too. */
export function encodePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}
