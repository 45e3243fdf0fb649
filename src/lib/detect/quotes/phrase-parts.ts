/**
 * The parts of a speaker phrase (a `PhraseRange` read by `noun-phrase.ts`) that the attribution readers
 * take: its span in the text, and its head word.
 */
import type { PhraseRange } from './noun-phrase.ts';
import type { SentenceView, Span, Token } from './types.ts';

/** Where the phrase is in the text. */
export function spanOf(phrase: PhraseRange): Span {
  return { start: phrase.start, end: phrase.end };
}

/** The phrase's head word: its last, or the one a postmodifier follows ("officials" in "officials familiar with …"). */
export function lastWord(view: SentenceView, phrase: PhraseRange): string {
  return (view.tokens[phrase.head ?? phrase.last] as Token).text;
}
