/**
 * Where the writer goes on to the next dated happening after a report: "Freedonia declared that it
 * would stay out of the war, and on Monday, the Sylvanian council accepted a truce". Generic English.
 */
import { isCalendarWord, tokenize } from './tokens.ts';

/**
 * ", and", a few words set off by commas, then a subject of its own: a name, or a determiner and a
 * word or a quotation ("…, and on Monday, Ruhl …", "…, and in October, the “interim” council …").
 * Not "and that", which opens a second content of the report. The words between the commas are kept
 * to be read for a date.
 */
const FRONTED_AFTER_AND = /,\s+and\s+(?!that\b)((?:[\p{L}\d’'.-]+\s+){0,3}[\p{L}\d’'.-]+),\s+(?=\p{Lu}|(?:the|its|their|his|her|a|an)\s+[\p{L}\u2592])/gu;

/**
 * Where, in `words` (a report's words, quotations masked), a clause opens with "and" and a date of its
 * own set off by commas before a subject of its own: the report's words end at its comma, and what
 * follows is the writer's. A clause joined with a date inside it ("…, and that on Monday the port
 * would open"), with words that are no date between the commas ("…, and if needed, Ruhl would …"), or
 * with no subject after them ("…, and on Monday, would …") goes on with the report. -1 when none.
 */
export function datedNextClause(words: string): number {
  // "and" and a comma first: most reports hold no such clause.
  if (!words.includes(', and ')) return -1;
  for (const match of words.matchAll(FRONTED_AFTER_AND)) {
    if (tokenize(match[1] ?? '').some((token) => isCalendarWord(token.text))) return match.index;
  }
  return -1;
}
