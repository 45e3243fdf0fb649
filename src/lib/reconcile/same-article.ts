import type { EventCandidate } from '../assemble/candidate.ts';
import type { Match } from './cluster.ts';
import { clauseNumbers, happeningStems, happeningVerbs } from './happening-words.ts';

/*
 * One article telling one happening twice: a lead sentence and, paragraphs later, the same thing
 * in other words ("Freedonia moved 300 boats …" / "The 300 boats Freedonia moved on Monday reached
 * …"). Their sentences share too few words for the comparison across articles, which compares
 * whole sentences, so here the happening itself is compared. Merging two different happenings is
 * worse than showing one twice, so every test below can only keep reports apart:
 *
 * 1. the same dates, to the same precision (checked by the caller), and the same expectation (two
 *    date words of one sentence that resolve to one day, a dateline's and the clause's, are one too);
 * 2. the same parties: they share one, and neither names a party the other leaves out while the
 *    other names one it leaves out (a call with one leader, a call with another);
 * 3. the same kind of happening: a verb in common ("moved" / "moved"), and at least half of the
 *    shorter clause's happening words, no fewer than `MIN_SHARED`, in the other;
 * 4. no numbers that disagree: "300 boats" and "200 boats" are two moves, or two claims a reader
 *    must see side by side.
 */

/** Fewer shared words than this say too little to tell a happening by. */
const MIN_SHARED = 3;

/** Share of the shorter clause's happening words the other must have. */
const SAME_HAPPENING = 0.5;

/** The clause that tells the happening: the model's headline (the event without its attribution), else the sentence. */
function clauseOf(event: EventCandidate): string {
  return event.headline || event.summary;
}

/** True when the parties of two reports can be the same: one shared, and one list within the other. */
export function sameParties(a: readonly string[], b: readonly string[]): boolean {
  const onlyA = a.filter((x) => !b.includes(x));
  const onlyB = b.filter((x) => !a.includes(x));
  const shared = a.length - onlyA.length;
  return shared > 0 && (onlyA.length === 0 || onlyB.length === 0);
}

/** True when two clauses tell the same kind of happening (rules 3 and 4 above). */
export function sameHappening(clauseA: string, clauseB: string, dateText: string): boolean {
  const numbersA = clauseNumbers(clauseA);
  const numbersB = clauseNumbers(clauseB);
  if (numbersA.size > 0 && numbersB.size > 0 && ![...numbersA].some((n) => numbersB.has(n))) return false;
  const verbsA = happeningVerbs(clauseA);
  if (![...happeningVerbs(clauseB)].some((verb) => verbsA.has(verb))) return false;
  const wordsA = happeningStems(clauseA, dateText);
  const wordsB = happeningStems(clauseB, dateText);
  const shared = [...wordsA].filter((word) => wordsB.has(word)).length;
  return shared >= MIN_SHARED && shared >= SAME_HAPPENING * Math.min(wordsA.size, wordsB.size);
}

/** How two reports of one article compare: `same` or `different`, never a guess. */
export function compareReportsInArticle(a: EventCandidate, b: EventCandidate): Match {
  if (a.date.precision !== b.date.precision || a.expected !== b.expected) return 'different';
  if (!sameParties(a.actors, b.actors)) return 'different';
  const dateWords = `${a.date.text} ${b.date.text}`;
  return sameHappening(clauseOf(a), clauseOf(b), dateWords) ? 'same' : 'different';
}
