import { opensParallelClause } from './parallel-clause.ts';
import { PLACE_PREPOSITIONS } from './predicate.ts';
import type { Draft } from './read-figure.ts';
import { wordAt } from './tokens.ts';
import type { Token } from './types.ts';

/** Words joining a bare number to the figure after it: "from 2,000 to 5,000 troops", "2,000 and 5,000 troops". */
const JOINS_NEXT: ReadonlySet<string> = new Set(['to', 'and', 'or']);

/** Determiners between "of" and the figure a number is part of: "900 of the 12,000 sailors". */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'those', 'these', 'our', 'his', 'her']);

/** Pronouns after "of" that make the number after them part of the figure before: "of whom 20". */
const PARTITIVE: ReadonlySet<string> = new Set(['whom', 'which', 'them', 'those', 'these']);

/** Pronouns after "of" that make the number before them part of a figure told before: "500 of them". */
export const POINTING_BACK: ReadonlySet<string> = new Set(['them', 'those', 'these']);

/** Relative pronouns after "of" that make the number before them part of the figure before: "12 of whom". */
const RELATIVE_PARTITIVE: ReadonlySet<string> = new Set(['whom', 'which']);

/** Words before a number that give the same count at another time: "up from 65,036", "compared with 300". */
const COMPARED: ReadonlySet<string> = new Set(['up from', 'down from', 'compared with', 'compared to']);

/**
 * Gives a bare number the unit it leaves out, from a figure of the same
 * sentence that was kept:
 * - a number marked as a figure by a qualifier, a total, a partitive or an
 *   absolute clause ("a total of 10,000 expected", "10,000 in total", "of whom
 *   20", "with two not reaching the sea") or the subject of a clause set beside the
 *   one before ("96 patients were flown out, while 72 were taken by road") takes the
 *   unit of the nearest figure before it, or else of the figure it is joined to after it;
 * - an unmarked number joined to the next figure ("from 2,000 to 5,000
 *   troops") takes that figure's unit;
 * - any number that is part of the next figure ("900 of the 12,000 sailors")
 *   takes that figure's unit.
 * Any other bare number is skipped: it is too often a year, a label or a count
 * of something the text does not name, and category cue words alone ("sent",
 * "killed") are shared too widely to decide. "one" never borrows: "at least
 * one was hurt" is a pronoun more often than a count (an absolute clause's
 * "with one landing in the sea" excepted). The text stays the
 * number with its qualifier; only `unit` and `category` are borrowed.
 */
export function borrowUnits(
  bare: readonly Draft[],
  kept: readonly Draft[],
  tokens: readonly Token[],
  sentenceOf: (draft: Draft) => number,
): Draft[] {
  const borrowed: Draft[] = [];
  for (const draft of bare) {
    const sentence = sentenceOf(draft);
    // "18 strikes on Monday: 12 on the capital; three in the port; and one in the hills": each item
    // of a list after a colon counts what the figure before the colon counts, "one" included.
    const listed = listItemOf(draft, kept, tokens, sentenceOf) ?? placeItemOf(draft, [...kept, ...borrowed], tokens);
    if (listed) {
      borrowed.push({ ...draft, unit: listed.unit, category: listed.category, noun: 'count' });
      continue;
    }
    const absolute = absoluteSubject(tokens, draft);
    // "with one landing in the sea": the subject of an absolute clause counts, "one" too.
    if (draft.span.kind === 'words' && draft.value === 1 && !absolute) continue;
    const before = kept.filter((k) => k.lastToken < draft.firstToken && sentenceOf(k) === sentence).at(-1);
    const next = kept.find((k) => k.firstToken > draft.lastToken && sentenceOf(k) === sentence);
    const joined = next && next.firstToken === draft.lastToken + 2 && JOINS_NEXT.has(wordAt(tokens, draft.lastToken + 1) ?? '') ? next : undefined;
    // "290 wounded, of which 168 …", "of them 20 …": a part of the figure before.
    // "30 sailors, 12 of whom were cadets": likewise, the pronoun after the number.
    // "10 civilian deaths, among whom five are children": likewise.
    const partitive =
      (/^(?:of|among|amongst)$/.test(wordAt(tokens, draft.firstToken - 2) ?? '') && PARTITIVE.has(wordAt(tokens, draft.firstToken - 1) ?? '')) ||
      (wordAt(tokens, draft.lastToken + 1) === 'of' && RELATIVE_PARTITIVE.has(wordAt(tokens, draft.lastToken + 2) ?? ''));
    // "At least 900 of the 12,000 sailors", "two out of three missiles": a part of the figure after it
    // counts the same things.
    const ofAt = draft.lastToken + (wordAt(tokens, draft.lastToken + 1) === 'out' ? 2 : 1);
    const partOfNext = next && wordAt(tokens, ofAt) === 'of' && (next.firstToken === ofAt + 1 || (next.firstToken === ofAt + 2 && DETERMINERS.has(wordAt(tokens, ofAt + 1) ?? '')) || possessorBetween(tokens, ofAt, next.firstToken));
    // "It said 500 of them were in the port", "Of those, 120 were cadets": a pronoun that points back,
    // to the sentence before if need be.
    // "Of these, registration for 20,800 is complete": the sentence opens by pointing back, so every
    // bare number in it counts a part of what was counted before.
    const pointsBack =
      (wordAt(tokens, draft.lastToken + 1) === 'of' && POINTING_BACK.has(wordAt(tokens, draft.lastToken + 2) ?? '')) ||
      (tokens[draft.firstToken - 1]?.text === ',' && wordAt(tokens, draft.firstToken - 3) === 'of' && POINTING_BACK.has(wordAt(tokens, draft.firstToken - 2) ?? '')) ||
      opensPointingBack(tokens, draft.firstToken);
    const previous = pointsBack ? kept.filter((k) => k.lastToken < draft.firstToken && sentenceOf(k) === sentence - 1).at(-1) : undefined;
    // "70,500 had entered, up from 65,036 on Wednesday": the same count at an earlier time.
    const earlierValue = COMPARED.has(`${wordAt(tokens, draft.firstToken - 2)} ${wordAt(tokens, draft.firstToken - 1)}`);
    // "30 airstrikes, including 10 on the capital": a part of the figure right before it.
    const included = wordAt(tokens, draft.firstToken - 1) === 'including' && tokens[draft.firstToken - 2]?.text === ',' ? kept.find((k) => k.lastToken === draft.firstToken - 3) : undefined;
    // "three missiles on Monday and two more on Tuesday": "more" stands for the noun of the figure before.
    const more = wordAt(tokens, draft.lastToken + 1) === 'more' && before !== undefined;
    // "26,575 are male and 28,670 are female", "Males make up 41,056": a part of the group counted just
    // before, split by sex or age, in its sentence or the one before.
    const split = splitOfGroup(tokens, draft);
    // "airlifted 96 patients, while 72 were taken by ambulance": a clause beside the one before, on the same things.
    const parallel = before !== undefined && opensParallelClause(tokens, draft);
    const marked = draft.qualifier !== null || draft.total || partitive || pointsBack || earlierValue || more || split || absolute || parallel;
    const earlier = previous ?? (split ? kept.filter((k) => k.lastToken < draft.firstToken && sentenceOf(k) === sentence - 1).at(-1) : undefined);
    const source = partOfNext ? next : (included ?? (marked ? (before ?? earlier ?? joined) : joined));
    const lastToken = more && source === before ? draft.lastToken + 1 : draft.lastToken;
    if (source) borrowed.push({ ...draft, lastToken, unit: source.unit, category: source.category, noun: 'count' });
  }
  return borrowed;
}

/** Verbs of saying in -ing: "with one noting that …" picks out a speaker, it counts nothing. */
const SAYING_PARTICIPLES: ReadonlySet<string> = new Set(['saying', 'noting', 'telling', 'adding', 'stating', 'claiming', 'describing', 'explaining', 'calling', 'reporting', 'arguing', 'insisting', 'warning', 'asking']);

/**
 * "Three missiles were fired, with two not reaching the sea and one landing near the ship": a bare
 * number right after "with" and before a verb in -ing (or a participle after "not" or "being": "with
 * 120 being stationed") is the subject of an absolute clause, a part of what the figure before it
 * counts. Not before a verb of saying: "with one noting that …" picks out a speaker.
 */
function absoluteSubject(tokens: readonly Token[], draft: Draft): boolean {
  if (wordAt(tokens, draft.firstToken - 1) !== 'with') return false;
  let verb = draft.lastToken + 1;
  while (wordAt(tokens, verb) === 'not' || wordAt(tokens, verb) === 'being') verb += 1;
  const word = wordAt(tokens, verb) ?? '';
  return verb > draft.lastToken + 1 ? /^\p{L}+(?:ed|en|ing)$/u.test(word) : /^\p{L}{2,}ing$/u.test(word) && !SAYING_PARTICIPLES.has(word);
}

/**
 * Words that split a group by sex or age: "28,670 are female", "Males make up 41,056", "and women 300",
 * "exceeds 40 persons, 13 are children" (the children among the injured, as "of whom 13 are children").
 */
const SPLITS: ReadonlySet<string> = new Set(['male', 'female', 'males', 'females', 'men', 'women', 'boys', 'girls', 'children', 'minors', 'adults']);

/**
 * Whether a bare number counts a part of a group split by sex or age: "28,670 are female" (the
 * number, a copula, a word of `SPLITS`), "Males make up 41,056", "and females 43,900" (the word
 * right before the number, after "and" or a comma, as a list of the split goes on).
 */
function splitOfGroup(tokens: readonly Token[], draft: Draft): boolean {
  const [after, word] = [wordAt(tokens, draft.lastToken + 1), wordAt(tokens, draft.lastToken + 2)];
  if ((after === 'are' || after === 'were') && SPLITS.has(word ?? '')) return true;
  const before = (back: number) => wordAt(tokens, draft.firstToken - back) ?? tokens[draft.firstToken - back]?.text ?? '';
  if (before(2) === 'make' && before(1) === 'up' && SPLITS.has(before(3))) return true;
  return SPLITS.has(before(1)) && (before(2) === 'and' || before(2) === ',') && draft.span.kind === 'digits';
}

/** At most this many tokens between a sentence's opening "Of these," and a number it reaches. */
const OPENING_REACH = 24;

/** Marks that end a sentence among the tokens. */
const SENTENCE_END: ReadonlySet<string> = new Set(['.', '?', '!']);

/**
 * Whether the sentence the token at `at` is in opens with "Of these,", "Of them," or "Of those,"
 * within a few words before it ("Of these, registration for 20,800 is complete, and 7,320 wait").
 */
function opensPointingBack(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && !SENTENCE_END.has(tokens[k]?.text ?? '')) {
    if (k < at - OPENING_REACH) return false;
    k--;
  }
  // `k` is the mark that ends the sentence before, or -1 at the start of the text.
  return wordAt(tokens, k + 1) === 'of' && POINTING_BACK.has(wordAt(tokens, k + 2) ?? '') && tokens[k + 3]?.text === ',' && k + 3 < at;
}

/** At most this many words name the owner of a whole: "of Marsh City’s 120,000", "of the city’s 120,000". */
const POSSESSOR_WORDS = 3;

/**
 * "More than 100,000 of Marsh City’s 120,000 residents": a name or noun in the possessive stands
 * between "of" and the whole, as a determiner does.
 */
function possessorBetween(tokens: readonly Token[], ofAt: number, whole: number): boolean {
  const words = tokens.slice(ofAt + 1, whole);
  if (words.length === 0 || words.length > POSSESSOR_WORDS || words.some((t) => t.kind !== 'word')) return false;
  return /['’]s?$/.test(words.at(-1)?.text ?? '');
}

/**
 * The figure a bare number itemises when it opens an item of a list after a colon (right after the
 * colon, or after ";", "," or "and": "18 strikes: eight near the port, six in the hills and four in
 * the north"), and that figure comes before the colon in the same sentence; undefined otherwise.
 * A lead-in that counts nothing itself ("1,200 refugees were housed. The breakdown is as follows:
 * 700 in Fredonburg, 500 in Marsh City") itemises the last figure of the sentence before, when the
 * items are counts by place.
 */
function listItemOf(draft: Draft, kept: readonly Draft[], tokens: readonly Token[], sentenceOf: (draft: Draft) => number): Draft | undefined {
  const opener = draft.firstToken - 1;
  const mark = wordAt(tokens, opener) === 'and' ? 'and' : tokens[opener]?.text;
  if (mark !== ':' && mark !== ';' && mark !== ',' && mark !== 'and') return undefined;
  let colon = -1;
  for (let i = opener; i >= 0 && tokens[i]?.text !== '.'; i--) {
    if (tokens[i]?.text === ':') {
      colon = i;
      break;
    }
  }
  if (colon < 0) return undefined;
  const sentence = sentenceOf(draft);
  const before = kept.filter((k) => k.lastToken < colon && sentenceOf(k) === sentence).at(-1);
  if (before || !PLACE_PREPOSITIONS.has(wordAt(tokens, draft.lastToken + 1) ?? '') || !leadInCountsNothing(tokens, colon)) return before;
  return kept.filter((k) => k.category !== null && sentenceOf(k) === sentence - 1).at(-1);
}

/** Whether the words of its sentence before the colon at `colon` hold no number: "The distribution is as follows:". */
function leadInCountsNothing(tokens: readonly Token[], colon: number): boolean {
  for (let i = colon - 1; i >= 0 && !SENTENCE_END.has(tokens[i]?.text ?? ''); i--) {
    if (tokens[i]?.kind === 'number') return false;
  }
  return true;
}


/** At most this many words in the place of one item: "in the port city of Marsh". */
const PLACE_WORDS = 8;

/** At most this many words of a predicate between the first item's number and its place: "1,305 are accommodated in Syunik". */
const PREDICATE_WORDS = 8;

/**
 * The figure a bare number itemises in a list of counts by place with no colon: "struck three targets
 * in Fredonburg, two in Marsh City and one in Ruhl", "1,305 are housed in Fredonburg, 700 in Marsh
 * City". The number opens an item after "," or "and", a place preposition follows it, and the item
 * before it is a figure (or an item of the same list) followed by a place of its own, or by a few
 * words of its predicate and then its place; undefined otherwise. "one" is an item too.
 */
function placeItemOf(draft: Draft, figures: readonly Draft[], tokens: readonly Token[]): Draft | undefined {
  if (draft.span.kind === 'vague' || !PLACE_PREPOSITIONS.has(wordAt(tokens, draft.lastToken + 1) ?? '')) return undefined;
  const opener = draft.firstToken - 1;
  const and = wordAt(tokens, opener) === 'and';
  if (!and && tokens[opener]?.text !== ',') return undefined;
  // The last word of the place before: past the opener and an Oxford comma.
  const end = opener - (and && tokens[opener - 1]?.text === ',' ? 2 : 1);
  for (let k = end; k >= 1 && k >= end - PLACE_WORDS; k--) {
    const token = tokens[k] as Token;
    if (token.kind === 'number' || (token.kind === 'punct' && token.text !== '-')) return undefined;
    if (!PLACE_PREPOSITIONS.has(token.lower)) continue;
    const item = figures.find((f) => f.category !== null && f.lastToken < k && f.lastToken >= k - 1 - PREDICATE_WORDS && tokens.slice(f.lastToken + 1, k).every((t) => t.kind === 'word'));
    if (item) return item;
  }
  return undefined;
}

/**
 * The bare numbers that itemise, by place, a list whose first item is one of `figures` (or an item
 * found before them): `placeItemOf` for numbers left over once the figures whose nouns are elided
 * are known ("1,305 are housed in Fredonburg, 700 in Marsh City"). In reading order.
 */
export function placeItems(drafts: readonly Draft[], figures: readonly Draft[], tokens: readonly Token[]): Draft[] {
  const items: Draft[] = [];
  for (const draft of drafts) {
    const item = placeItemOf(draft, [...figures, ...items], tokens);
    if (item) items.push({ ...draft, unit: item.unit, category: item.category, noun: 'count' });
  }
  return items;
}

/** Nouns that stand for the unit of the figure before: "five fighters and six others", "200 more". */
const STAND_INS: ReadonlySet<string> = new Set(['others', 'more']);

/**
 * "killed five fighters and wounded six others": a count of "others" or "more" counts what the figure
 * before it in the sentence counts, so it takes that figure's category (its own clause may change it
 * later). Every other draft is returned as it was.
 */
export function withStandInCategories(drafts: readonly Draft[], sentenceOf: (draft: Draft) => number): Draft[] {
  return drafts.map((draft, i) => {
    if (draft.category !== null || draft.noun !== 'count' || !STAND_INS.has(draft.unit ?? '')) return draft;
    const before = drafts.slice(0, i).filter((d) => d.category !== null && sentenceOf(d) === sentenceOf(draft)).at(-1);
    return before ? { ...draft, category: before.category } : draft;
  });
}
