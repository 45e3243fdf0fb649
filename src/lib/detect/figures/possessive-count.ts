/**
 * A count whose noun is a pronoun: "Refugees kept arriving. Their number reached 28,000", "people
 * taking refuge in Sylvania, whose number has reached 13,500". Generic English: "their" and "whose"
 * point back to a plural noun, and the number counts what that noun counts. The unit stays empty, as
 * the text leaves it out.
 */
import type { UnitMatcher } from './categories.ts';
import { STOP_WORDS } from './noun-phrase.ts';
import { isNumberWord } from './number-words.ts';
import { looksPlural } from './plural.ts';
import type { Draft } from './read-figure.ts';
import type { Token } from './types.ts';

/** Nouns of a count that name nothing counted: "their number", "whose total". */
const COUNT_NOUNS: ReadonlySet<string> = new Set(['number', 'numbers', 'total', 'count']);

/** Adjectives between the pronoun and its count noun: "their total number", "whose overall number". */
const COUNT_ADJECTIVES: ReadonlySet<string> = new Set(['total', 'overall', 'combined']);

/** How many tokens back "their" may find its noun: the sentence before, a long one included. */
const THEIR_REACH = 40;

/** How many tokens back "whose" may find its noun: a place or two after it ("people taking refuge in Marsh City, whose"). */
const WHOSE_REACH = 6;

/** Marks that end a sentence or a clause, past which "whose" finds no noun of its own. */
const ENDS_CLAUSE = /^[.;:!?]$/;

/**
 * The count that the possessive before the count noun at `k` points back to, as a draft of the
 * topic's category for the noun it stands for; null when no pronoun stands there, or no plural unit
 * noun of the topic is found for it. "Whose" takes the nearest such noun before it in its clause;
 * "their", opening a sentence, the first of the sentence before (most often the subject: "A stream of
 * refugees crossed the border in cars and buses. Their number …" counts refugees, not buses).
 * `before` is the token where the verb reaching the number stands; the words from the noun up to it
 * decide the category, as the cue words of a sentence do.
 */
export function countOfPossessor(draft: Draft, tokens: readonly Token[], k: number, before: number, matcher: UnitMatcher): Draft | null {
  if (!COUNT_NOUNS.has(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower === 'of') return null;
  let p = k - 1;
  if (COUNT_ADJECTIVES.has(tokens[p]?.lower ?? '')) p -= 1;
  const pronoun = tokens[p]?.lower;
  const noun = pronoun === 'whose' ? nearestNounBefore(tokens, p, matcher) : pronoun === 'their' ? firstNounOfSentenceBefore(tokens, p, matcher) : null;
  if (noun === null) return null;
  const words = tokens.slice(noun, before).filter((t) => t.kind === 'word').map((t) => t.lower);
  const category = matcher.match([tokens[noun]?.lower ?? ''], words.join(' '))?.category;
  return category ? { ...draft, unit: '', category, noun: 'count' } : null;
}

/** Whether the token at `i` is a plural noun the topic counts. */
function isCountedNoun(tokens: readonly Token[], i: number, matcher: UnitMatcher): boolean {
  const token = tokens[i];
  return token?.kind === 'word' && looksPlural(token.text) && matcher.isUnitHead(token.lower);
}

/** The nearest plural unit noun a few tokens before "whose" at `p`, in its clause: "people taking refuge in Marsh City, whose". */
function nearestNounBefore(tokens: readonly Token[], p: number, matcher: UnitMatcher): number | null {
  if (tokens[p - 1]?.text !== ',') return null;
  for (let i = p - 2; i >= 0 && i >= p - 1 - WHOSE_REACH; i--) {
    if (ENDS_CLAUSE.test(tokens[i]?.text ?? '')) return null;
    if (isCountedNoun(tokens, i, matcher)) return i;
  }
  return null;
}

/**
 * The first plural noun of the sentence before the one "their" at `p` opens, when the topic counts
 * it: most often that sentence's subject ("Donations came from residents. Their number …" counts
 * donations, no figure). Null when "their" opens no sentence ("the refugees and their number" has its
 * noun in its own sentence) or that noun is no unit.
 */
function firstNounOfSentenceBefore(tokens: readonly Token[], p: number, matcher: UnitMatcher): number | null {
  if (p > 0 && !ENDS_CLAUSE.test(tokens[p - 1]?.text ?? '')) return null;
  let start = p - 1;
  while (start > 0 && start >= p - THEIR_REACH && !ENDS_CLAUSE.test(tokens[start - 1]?.text ?? '')) start -= 1;
  if (start < 0 || (start > 0 && !ENDS_CLAUSE.test(tokens[start - 1]?.text ?? ''))) return null;
  const first = tokens.slice(start, p - 1).findIndex((t) => t.kind === 'word' && isPluralNoun(t));
  return first >= 0 && isCountedNoun(tokens, start + first, matcher) ? start + first : null;
}

/** Whether a word looks like a plural noun: not a function word, a number word ("thousands") or a singular in -s ("crisis"). */
function isPluralNoun(token: Token): boolean {
  return looksPlural(token.text) && !STOP_WORDS.has(token.lower) && !isNumberWord(token.lower) && !VAGUE_PLURALS.has(token.lower) && !/(?:ss|us|is)$/.test(token.lower);
}

/** Plurals that make a vague amount: "thousands of people" has its noun after them. */
const VAGUE_PLURALS: ReadonlySet<string> = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'tens', 'scores']);
