/**
 * "According to one of the lawmakers attending the meeting, P", "According to lawmakers briefed by
 * the agency, P", "According to the agency, which briefed lawmakers, P": words that describe the
 * source, up to the comma before what it says, belong to the source, not to what was said. So do the
 * words that say when it spoke: "According to the Courier on Friday, P", "According to a Courier
 * report on the 30th of last month, P".
 */
import { isCalendarWord } from './tokens.ts';
import type { SentenceView } from './types.ts';
import { TIME_WORDS } from './word-lists.ts';

/**
 * Where the description after a source phrase ending at `phraseEnd` ends (the offset of its closing
 * comma), when "according to" opens the sentence at `start` and a participle or relative clause
 * follows the phrase; null otherwise, or when no words follow the comma.
 */
export function sourceModifierEnd(view: SentenceView, start: number, phraseEnd: number): number | null {
  if (view.masked.slice(view.start, start).trim() !== '') return null;
  const after = view.masked.slice(phraseEnd, view.end);
  const modifier = SOURCE_MODIFIER.exec(after) ?? timeOfReport(after);
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

/**
 * "on Friday", "on June 30, 2025", "on the 30th of last month", "last week", up to its comma; after
 * the source's record when an acronym closed its name ("a Radio Marsh (RM) report on Friday,").
 */
const TIME_BEFORE_COMMA = /^\s+(?:(?:report|statement|bulletin|broadcast)\s+)?(?:(?:on|in)\s+)?([^,;:.!?\u2592]{1,40}?)(?:,\s*\d{4})?,/u;

/** Words that only go with a date's own: "the 30th of last month", "early June", "mid-March". */
const DATE_LINKS: ReadonlySet<string> = new Set(['the', 'of', 'this', 'early', 'mid', 'late']);

/**
 * The words that date the source's report right after it and their comma ("on Friday,", "on the 30th
 * of last month,"), as `SOURCE_MODIFIER` matches; null when any word there does more than date ("on
 * Friday the boats", "in Marsh City").
 */
function timeOfReport(after: string): RegExpExecArray | null {
  const time = TIME_BEFORE_COMMA.exec(after);
  if (!time) return null;
  const words = (time[1] as string).split(/[\s-]+/).filter((word) => word !== '');
  const dates = words.filter((word) => isCalendarWord(word) || TIME_WORDS.has(word.toLowerCase()));
  return dates.length > 0 && words.every((word) => dates.includes(word) || DATE_LINKS.has(word.toLowerCase())) ? time : null;
}
