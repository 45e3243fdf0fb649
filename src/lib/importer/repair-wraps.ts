import { finalPunctuation } from './detect-headline.ts';
import type { ImportMessage, Line } from './types.ts';

/** The lines with broken words rejoined, and a message for each join and each doubtful break. */
export interface WrapResult {
  lines: Line[];
  messages: ImportMessage[];
}

/**
 * Short English words that a line may legitimately end or start with; a fragment that
 * is one of them is not evidence of a broken word.
 */
const COMMON_WORDS = new Set(
  (
    'a an the and or but nor of in on at to for from by with as is are was were be been it its he she they we you i ' +
    'his her their our that this these those which who what when where why how not no so if then than said says say ' +
    'will would could should can may might must has have had do does did also about after before over under into out ' +
    'up down more most some any all one two there here de la le von van der da du del di al el bin'
  ).split(' '),
);

/** Words of `text`, lowercased, apostrophes kept inside words. */
function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu) ?? []);
}

/** How often each word occurs in the lines. */
function vocabulary(lines: Line[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) for (const word of words(line.text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Why the end of `before` and the start of `after` are one broken word, or null when nothing says so. */
function brokenWord(before: string, after: string, counts: Map<string, number>): { head: string; tail: string; why: string } | null {
  // The line must end on a lower-case letter with no space after it, and the next
  // must start with lower-case letters with no space before them: a break inside a word.
  const head = /(\p{L}+)$/u.exec(before)?.[1];
  const tail = /^(\p{Ll}+)(?![\p{L}])/u.exec(after)?.[1];
  if (!head || !tail || !/\p{Ll}$/u.test(head)) return null;
  const joined = (head + tail).toLowerCase();
  if ((counts.get(joined) ?? 0) > 0) {
    return { head, tail, why: `“${head + tail}” occurs elsewhere in the text` };
  }
  // Each fragment occurs once, here; a fragment found elsewhere or a common word is a word of its own.
  const alone = (fragment: string) => (counts.get(fragment.toLowerCase()) ?? 0) <= 1 && !COMMON_WORDS.has(fragment.toLowerCase());
  if (alone(head) && alone(tail)) {
    return { head, tail, why: `neither “${head}” nor “${tail}” is a word elsewhere in the text` };
  }
  return null;
}

/**
 * Rejoins words broken across two adjacent lines ("offi" / "cial"), and nothing else.
 * Every other line break stays a paragraph break: a line that ends without sentence
 * punctuation before a line that starts in lower case is reported for the editor to
 * check, never joined, because a paragraph may end on a word ("… said the minister")
 * and the next may start in lower case (a brand, "de Berg").
 *
 * A break is a broken word only when the line ends on a lower-case letter with no
 * trailing space, the next line starts with lower-case letters, and the text itself
 * vouches for it: the joined word occurs elsewhere in the article, or neither piece
 * occurs anywhere else as a word (and neither is a common short word).
 */
export function repairWraps(lines: Line[]): WrapResult {
  const counts = vocabulary(lines);
  const messages: ImportMessage[] = [];
  const out: Line[] = [];
  let previous: { line: Line; lastN: number } | null = null;

  for (const line of lines) {
    const adjacent = previous !== null && previous.line.text !== '' && line.text !== '' && line.n === previous.lastN + 1;
    if (previous && adjacent) {
      const joined = brokenWord(previous.line.raw, line.raw, counts);
      if (joined) {
        const raw = previous.line.raw + line.raw;
        const merged: Line = { n: previous.line.n, raw, text: raw.trim() };
        out[out.length - 1] = merged;
        messages.push({
          rule: 'wrap/broken-word',
          line: previous.lastN,
          reason: `joined “${joined.head}” + “${joined.tail}” (lines ${previous.lastN}–${line.n}) into “${joined.head + joined.tail}”: ${joined.why}`,
        });
        previous = { line: merged, lastN: line.n };
        continue;
      }
      if (finalPunctuation(previous.line.text) === '' && /^\p{Ll}/u.test(line.text)) {
        messages.push({
          rule: 'wrap/check',
          line: line.n,
          reason: `the line before ends without sentence punctuation and this one starts in lower case; kept as separate paragraphs. If one sentence was broken there, join the lines in the text file and import again.`,
        });
      }
    }
    out.push(line);
    previous = { line, lastN: line.n };
  }
  return { lines: out, messages };
}
