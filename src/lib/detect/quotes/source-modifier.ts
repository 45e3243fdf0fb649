/**
 * "According to one of the lawmakers attending the meeting, P", "According to lawmakers briefed by
 * the agency, P", "According to the agency, which briefed lawmakers, P": words that describe the
 * source, up to the comma before what it says, belong to the source, not to what was said.
 */
import type { SentenceView } from './types.ts';

/**
 * Where the description after a source phrase ending at `phraseEnd` ends (the offset of its closing
 * comma), when "according to" opens the sentence at `start` and a participle or relative clause
 * follows the phrase; null otherwise, or when no words follow the comma.
 */
export function sourceModifierEnd(view: SentenceView, start: number, phraseEnd: number): number | null {
  if (view.masked.slice(view.start, start).trim() !== '') return null;
  const after = view.masked.slice(phraseEnd, view.end);
  const modifier = SOURCE_MODIFIER.exec(after);
  if (!modifier) return null;
  const end = phraseEnd + modifier[0].length - 1;
  // Something is said after the comma: more than a few characters before the sentence's end.
  return view.masked.slice(end + 1, view.end).trim().length > 3 ? end : null;
}

/**
 * A participle ("attending …", "briefed by …") or a relative clause ("who attended …", ", which
 * briefed …") right after the source phrase, with no other mark before its comma.
 */
const SOURCE_MODIFIER = /^(?:\s+(?:\p{Ll}+(?:ing|ed)|who|which|that)\b|,\s+(?:who|which)\b)[^,;:.!?\u2592]{1,80},/u;
