/**
 * What befell the things a figure counts, as its clause tells it: "200 people died" and "200
 * injuries" are two counts of one category that a reader must see apart, however alike their
 * number, qualifier and claimant. Generic English, read the way the figure detector reads the
 * clause (`predicateAfter`): the predicate after the figure, else the verb right before it ("the
 * blast killed 60 people", "capturing two wounded soldiers": the detector's span may end inside the
 * noun phrase, so the verb is read whether or not its object ends with the span), else its own
 * noun, else a toll named right before it ("the death toll of 200").
 * Null when none of these names a fate: reconciliation then compares the figure as before.
 */
import { predicateAfter } from '../detect/figures/predicate.ts';
import type { Token } from '../detect/figures/types.ts';

/** What befell the counted: one fate, or several told together ("killed or wounded" is `killed+wounded`). */
export type Fate = string;

/** The fates, each with the words that tell it in any form a clause gives them. */
const FATE_WORDS: readonly [fate: string, words: RegExp][] = [
  ['killed', /^(?:kill|kills|killed|killing|dead|die|dies|died|dying|death|deaths|fatalities|fatality|perished|slain|lives|bodies)$/],
  ['wounded', /^(?:wound|wounds|wounded|wounding|injure|injures|injured|injuring|injury|injuries|hurt|maimed|hospitali[sz]ed)$/],
  ['missing', /^(?:missing|unaccounted|disappeared)$/],
  ['captured', /^(?:captured|capturing|prisoner|prisoners|captives?|detained|detainees?|hostages?|abducted|kidnapped|arrested|imprisoned)$/],
  ['freed', /^(?:released|freed|repatriated|exchanged|swapped)$/],
  ['displaced', /^(?:evacuated|evacuees?|evacuation|fled|flee|flees|fleeing|displaced|refugees?|uprooted)$/],
  ['deployed', /^(?:deployed|deploying|deployment|sent|dispatched|stationed)$/],
];

/** The fate one word tells, if any. */
function fateOf(word: string): string | null {
  return FATE_WORDS.find(([, pattern]) => pattern.test(word))?.[0] ?? null;
}

/** Words that join two fates told of the same counted: "killed or wounded", "killed and injured". */
const JOINS_FATES: ReadonlySet<string> = new Set(['and', 'or', 'and/or']);

/**
 * The fate the run of words from `from` tells: its word and those joined to it ("killed or
 * wounded" is `killed+wounded`), in a fixed order. What follows the run is another clause's:
 * "one was killed and another was injured" tells a death.
 */
function runFrom(words: readonly string[], from: number): Fate | null {
  const fates = new Set<string>();
  for (let i = from; i < words.length; i += 2) {
    const fate = fateOf(words[i] as string);
    if (fate === null) break;
    fates.add(fate);
    if (!JOINS_FATES.has(words[i + 1] ?? '')) break;
  }
  const ordered = FATE_WORDS.map(([fate]) => fate).filter((fate) => fates.has(fate));
  return ordered.length > 0 ? ordered.join('+') : null;
}

/**
 * Words that end the part of a predicate that says what befell the counted: "died of their wounds"
 * tells deaths, "were killed in a strike that injured …" tells deaths; what follows tells how or where.
 */
const ENDS_FATE: ReadonlySet<string> = new Set(['of', 'from', 'in', 'at', 'by', 'after', 'during', 'on', 'with', 'near', 'when', 'while', 'as', 'to', 'that', 'which']);

/**
 * The fate of a predicate or a unit noun: its first word of fate and those joined to it, before it
 * goes on to how, where or why ("troops killed", "killed and wounded", "were killed in a strike").
 */
function fateOfWords(text: string): Fate | null {
  const words = text.toLowerCase().split(/\s+/);
  for (let i = 0; i < words.length && !ENDS_FATE.has(words[i] as string); i++) {
    if (fateOf(words[i] as string) !== null) return runFrom(words, i);
  }
  return null;
}

/** How far back a toll may be named: "the death toll of", "the death toll rose to". */
const TOLL_REACH = 5;

/** "the death toll of 200", "the death toll has risen to 200": a toll of deaths named before the figure. */
function tollBefore(tokens: readonly Token[], first: number): Fate | null {
  for (let k = first - 1; k >= Math.max(0, first - TOLL_REACH); k--) {
    const token = tokens[k] as Token;
    if (token.kind === 'punct') return null;
    if (token.lower === 'toll') return fateOf(tokens[k - 1]?.lower ?? '');
  }
  return null;
}

/**
 * The fate of the figure spanning `[start, end)` of the paragraph whose tokens are `tokens`, told
 * by the first of: its predicate, the verb right before it, its unit noun, a toll before it.
 */
export function figureFate(tokens: readonly Token[], start: number, end: number, unit: string): Fate | null {
  const first = tokens.findIndex((token) => token.start >= start);
  if (first < 0) return null;
  let last = first;
  while (last + 1 < tokens.length && (tokens[last + 1] as Token).end <= end) last += 1;
  const predicate = predicateAfter(tokens, last);
  const before = tokens[first - 1];
  const verb = before?.kind === 'word' ? fateOf(before.lower) : null;
  return (predicate === null ? null : fateOfWords(predicate)) ?? verb ?? fateOfWords(unit) ?? tollBefore(tokens, first);
}
