/**
 * "P, the agency quoted Ruhl as saying on Tuesday.", "P, Ruhl said on Tuesday on a trip to Marsh
 * City.", "P, Ruhl said Tuesday after a briefing.": after a verb that follows its words, a day and where
 * the speaker was tell when and where it was said, never what; the words are before the verb.
 */
import { SPEECH_SETTING } from './attribution-patterns.ts';
import { isCalendarWord } from './tokens.ts';

/** Whether `afterVerb` (the words after the verb, tails removed) only dates or places the speech. */
export function onlyWhenOrWhereSaid(afterVerb: string, asSaying: boolean): boolean {
  const words = afterVerb.replace(/[.!?]+$/, '').split(/\s+/).filter(Boolean);
  // The day's phrase ends at its calendar word or the time of day after it, not at an "on" that opens the setting.
  let end = 0;
  for (let i = 0; i < words.length && (TIME_WORDS.has((words[i] as string).toLowerCase()) || isCalendarWord(words[i] as string)); i++) {
    if (isCalendarWord(words[i] as string) || DAY_PARTS.has(words[i] as string)) end = i + 1;
  }
  const dated = end > 0;
  const rest = words.slice(end).join(' ');
  // "as saying on Tuesday": a participle that quotes, then its day only.
  if (rest === '') return asSaying && dated;
  // "…, a lawmaker said Tuesday after a briefing by the agency": the day, then the occasion it was said at.
  return TRAVEL_SETTING.test(rest) || (dated && SPEECH_SETTING.test(rest));
}

/** Words of a day's phrase besides the calendar word: "on Tuesday", "late on Monday", "Friday evening". */
const TIME_WORDS: ReadonlySet<string> = new Set(['on', 'late', 'early', 'earlier', 'later', 'last', 'this', 'morning', 'afternoon', 'evening', 'night']);

/** Parts of a day that close a day's phrase: "Friday evening". */
const DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);

/** Where a travelling speaker was: "on a trip to …", "during his tour of …", "on a visit to …". */
const TRAVEL_SETTING = /^(?:on|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:trip|tour|visit|mission|stopover)(?:\s+(?:to|of|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?$/u;
