/**
 * Whom a count of attacks was aimed at. A topic's category of attacks counts attacks on the craft its
 * units name (ships, convoys); "more than 100 attacks on Freedonian forces" or "three missile attacks
 * against Ruritania" were aimed at someone else, and filing them there would show an attack on one side
 * as an attack on the other. Generic English: a noun of attacks, "on", "against" or "at", or a verb of
 * aim ("four attacks targeted the base"), and the target.
 */
import { MONTH_WORDS, WEEKDAY_NAMES } from '../dates/words.ts';
import type { UnitMatcher } from './categories.ts';
import { isPeopleNoun } from './people.ts';
import { singular } from './plural.ts';
import type { Draft } from './read-figure.ts';
import type { Token } from './types.ts';

/** Nouns that count attacks as events (singular): "attacks", "incidents", "assaults". */
const ATTACK_NOUNS: ReadonlySet<string> = new Set(['attack', 'incident', 'assault']);

/** Prepositions that name what an attack was aimed at: "attacks on", "against", "at". */
const AIMED_AT: ReadonlySet<string> = new Set(['on', 'against', 'at', 'upon']);

/** Verbs whose object is what the attacks were aimed at: "four attacks targeted the base", "two attacks hit Marsh City". */
const AIM_VERBS: ReadonlySet<string> = new Set(['targeted', 'targeting', 'hit', 'hitting', 'struck', 'striking']);

/** Words that end the target's noun phrase: prepositions, conjunctions and time words after it. */
const PHRASE_ENDS: ReadonlySet<string> = new Set([
  'in', 'across', 'throughout', 'by', 'since', 'from', 'near', 'off', 'of', 'over', 'during', 'and', 'or', 'with', 'as',
  'to', 'at', 'on', 'for', 'last', 'this', 'that', 'which', 'who', 'after', 'before', 'between', 'along', 'around',
]);

/** Installations and places (singular) that an attack on them was aimed at, not at a craft: "attacks on bases". */
const INSTALLATIONS: ReadonlySet<string> = new Set([
  'base', 'facility', 'installation', 'position', 'post', 'embassy', 'city', 'town', 'village', 'territory', 'target',
  'airport', 'airbase', 'camp', 'outpost', 'infrastructure',
]);

/**
 * Bodies of people (singular) an attack on them was aimed at, as at their members: "five attacks against
 * the militant group", "attacks on the militia". Not "a group of vessels": the craft after it still decide.
 */
const BODIES: ReadonlySet<string> = new Set(['group', 'militia', 'movement', 'organisation', 'organization', 'faction', 'regime']);

/** Words for the sea and its traffic: a target phrase with one of them still tells of shipping ("attacks on Freedonia and on shipping"). */
const SEA_WORDS: ReadonlySet<string> = new Set([
  'shipping', 'maritime', 'merchant', 'commercial', 'sea', 'seas', 'waterway', 'waterways', 'strait', 'lane', 'lanes', 'navigation', 'trade', 'traffic',
]);

/** Articles and possessives: a capitalised name after one of them may be a craft's ("the Marsh Star"). */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those']);

/** Weekday names in lower case. */
const WEEKDAY_WORDS: ReadonlySet<string> = new Set(WEEKDAY_NAMES.map((name) => name.toLowerCase()));

/** Whether `word` names a day or a month ("Monday", "Nov."): "attacks on Monday", "on Nov. 19" tell when, not whom. */
function isDayOrMonth(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return WEEKDAY_WORDS.has(lower) || MONTH_WORDS.has(lower);
}

/** Prefixes of a ship's name, which no determiner need precede: "attacks on USS Marsh Star", "on MV Ostwind". */
const SHIP_PREFIXES: ReadonlySet<string> = new Set(['uss', 'hms', 'mv', 'mt', 'ss', 'ins', 'fs']);

/** Marks that close the clause the target stands in. */
const CLAUSE_ENDS = /^[,;:.!?—–()"“”]$/;

/**
 * The category of a count of attacks aimed at something its category's craft are not: the category
 * a word of the count's own noun phrase names ("three missile attacks against Ruritania" are missiles
 * fired at it, as the topic's category of missiles counts them), or null when none does (the figure is
 * dropped: a missed figure is a smaller error than a contradicted one). Undefined when the rule does not
 * apply: the count's category counts no attacks, its noun is no noun of attacks, no target follows it,
 * or the target, or anything after it in its clause, names a craft of the category or the sea.
 */
export function categoryOfAttacksElsewhere(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher, sentence: string): string | null | undefined {
  const own = draft.category;
  const head = draft.unit?.split(/\s+/).at(-1) ?? '';
  if (own === null || !matcher.countsAttacks(own) || !ATTACK_NOUNS.has(singular(head))) return undefined;
  const preposition = draft.lastToken + 1;
  if (!AIMED_AT.has(tokens[preposition]?.lower ?? '') && !AIM_VERBS.has(tokens[preposition]?.lower ?? '')) return undefined;
  const target = targetHead(tokens, preposition + 1);
  if (target === null || !aimedElsewhere(target)) return undefined;
  if (namesCraftOrSea(tokens, preposition + 1, own, matcher)) return undefined;
  const named = new Set(
    modifiersOf(draft, tokens)
      .map((word) => matcher.match([word], sentence)?.category ?? null)
      .filter((category): category is string => category !== null && !matcher.countsAttacks(category)),
  );
  return named.size === 1 ? ([...named][0] as string) : null;
}

/** The target's head: the last word of the noun phrase from `from`, and whether an article, a possessive or a ship's prefix opens it. */
function targetHead(tokens: readonly Token[], from: number): { word: Token; determined: boolean } | null {
  let last: Token | null = null;
  let determined = false;
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== 'word' || PHRASE_ENDS.has(token.lower)) break;
    // "attacks on Monday 18 December": a date after the noun says when.
    if (i === from && isDayOrMonth(token.text)) return null;
    // "attacks on USS Marsh Star", "on M/V Ostwind": a ship's name, as after an article.
    if (i === from && (DETERMINERS.has(token.lower) || SHIP_PREFIXES.has(token.lower))) {
      determined = true;
      continue;
    }
    if (i === from && /^\p{Lu}$/u.test(token.text) && tokens[i + 1]?.text === '/') {
      determined = true;
      i += 2;
      continue;
    }
    last = token;
  }
  return last === null ? null : { word: last, determined };
}

/**
 * Whether a target's head names no craft: people or a force ("forces", "troops", "Freedonians"), a body
 * of them ("the militant group"), an installation or place ("bases", "facilities"), or a name with no article ("Ruritania", "Marsh City");
 * "the Marsh Star" may be a ship's name.
 */
function aimedElsewhere({ word, determined }: { word: Token; determined: boolean }): boolean {
  if (isPeopleNoun(word.text) || INSTALLATIONS.has(singular(word.text)) || BODIES.has(singular(word.lower))) return true;
  return !determined && /^\p{Lu}/u.test(word.text) && !isDayOrMonth(word.text);
}

/** Whether the clause from `from` on names a craft the category `id` counts, or the sea: "on Ruritania and on ships". */
function namesCraftOrSea(tokens: readonly Token[], from: number, id: string, matcher: UnitMatcher): boolean {
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind === 'punct' && CLAUSE_ENDS.test(token.text)) return false;
    if (token.kind !== 'word') continue;
    if (SEA_WORDS.has(token.lower)) return true;
    if (!ATTACK_NOUNS.has(singular(token.lower)) && matcher.listsHead(id, token.lower)) return true;
  }
  return false;
}

/** The words of the count's noun phrase before its head: "cross-border" and "missile" of "several cross-border missile attacks". */
function modifiersOf(draft: Draft, tokens: readonly Token[]): string[] {
  return tokens
    .slice(draft.span.last + 1, draft.lastToken)
    .filter((token) => token.kind === 'word')
    .map((token) => token.lower);
}
