import { QUOTE_MARKS } from './noun-phrase.ts';
import type { Token } from './types.ts';

/** A past participle in its usual spellings: "injured", "wounded", "taken", "hurt" is left out. */
const PARTICIPLE = /^[a-z]{3,}(?:ed|en)$/;

/** An adverb of manner or degree before a participle: "seriously", "badly", "critically". */
const ADVERB = /^[a-z]{3,}ly$/;

/** Forms of "be" before a passive participle: "were killed", "had been killed". */
const BE: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);

/** How many words back from "and" the clause before may hold its passive: "had been killed in the attack and". */
const PASSIVE_REACH = 6;

/** Whether a passive ("were killed") stands among the words of the clause that ends at `end`, no punctuation between. */
function passiveBefore(tokens: readonly Token[], end: number): boolean {
  for (let i = end; i > end - PASSIVE_REACH && tokens[i]?.kind === 'word'; i -= 1) {
    if (PARTICIPLE.test(tokens[i]?.lower ?? '') && BE.has(tokens[i - 1]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * "Two of them were killed and three others seriously injured": the participle a count of "others"
 * takes when its auxiliary is left out because the clause before, joined by "and", holds a passive of
 * its own ("were killed in the blast and …"). The writer's quotation marks may stand around it ("two
 * others “seriously injured”"). Null when the clause before has no passive ("met two and three others
 * injured") or no participle follows.
 */
export function gappedParticiple(tokens: readonly Token[], first: number, last: number): string | null {
  if (tokens[first - 1]?.lower !== 'and' || !passiveBefore(tokens, first - 2)) return null;
  let i = last + 1;
  if (QUOTE_MARKS.test(tokens[i]?.text ?? '')) i += 1;
  if (ADVERB.test(tokens[i]?.lower ?? '') && tokens[i]?.kind === 'word') i += 1;
  const word = tokens[i]?.kind === 'word' ? (tokens[i]?.lower ?? '') : '';
  return PARTICIPLE.test(word) ? word : null;
}
