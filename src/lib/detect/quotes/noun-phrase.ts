/**
 * Reads the speaker phrase next to a speech verb: leftwards from the verb ("… , a senior official said")
 * or rightwards after it ("said Anna Berg", "according to officials"). No part-of-speech tagger:
 * a phrase is a run of words without punctuation that stops at clause words and ends in a head a
 * speaker can have (a capitalised name, an acronym, a role noun, a pronoun).
 */
import { gapBetween, isAcronym, isCalendarWord, isCapitalised, isPlainGap } from './tokens.ts';
import type { SentenceView, Span, Token } from './types.ts';
import {
  BUSINESSES,
  CAPTIVE_PARTICIPLES,
  CAPTIVITY_ADVERBS,
  ESTRANGED_MODIFIERS,
  isRoleNoun,
  PERSON_ROLES,
  PHRASE_ADJECTIVES,
  PHRASE_PREPOSITIONS,
  PHRASE_STOP_WORDS,
  PLACE_OR_AGENT,
  PLACE_PREPOSITIONS,
  PRIVATE_PERSONS,
  SPOTS,
  PRONOUNS,
  SPEAKER_QUALIFIERS,
  TIME_WORDS,
} from './word-lists.ts';

/** A run of tokens `[first, last]` of a sentence view, and the offsets of its text. */
export interface PhraseRange {
  first: number;
  last: number;
  /** The head word when it is not the last: "officials" in "officials familiar with the matter". */
  head?: number;
  start: number;
  end: number;
}

/** Where the phrase is in the text. */
export function spanOf(phrase: PhraseRange): Span {
  return { start: phrase.start, end: phrase.end };
}

/** The phrase's head word: its last, or the one a postmodifier follows ("officials" in "officials familiar with …"). */
export function lastWord(view: SentenceView, phrase: PhraseRange): string {
  return (view.tokens[phrase.head ?? phrase.last] as Token).text;
}

/** Why a leftward reading stopped: the word it stopped at (lower case), `punctuation`, or `start`. */
export type StopReason = string;

/** Words that take a part of a group: "one of the soldiers", "some of the officials". */
const PARTITIVES = new Set(['one', 'two', 'three', 'some', 'many', 'several', 'most', 'each', 'both', 'none', 'all']);

/** Roles named with whom they are sent or attached to: "ambassador to", "adviser to". */
const SERVES_TO = new Set([
  'ambassador', 'ambassadors', 'envoy', 'envoys', 'adviser', 'advisers', 'advisor', 'advisors', 'aide', 'aides',
  'representative', 'representatives', 'delegate', 'delegates', 'delegation', 'delegations', 'mission', 'missions', 'attache', 'attaché', 'counsellor', 'counselor',
]);

/** Unnamed parties a list of speakers may end with: "and others", "and its allies". */
const OTHERS = /^(?:others|allies|partners)$/i;

/** Articles and numbers, after which a participle of captivity is an adjective: "a captured", "two detained". */
const DETERMINERS = /^(?:the|a|an|another|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)$/i;

/** Articles: they open a phrase but never end one. */
const ARTICLES = new Set(['the', 'a', 'an']);

/** The longest phrase a speaker phrase may have, in words. */
const MAX_WORDS = 16;

/** A description ending in a role noun ("the ministry's spokesperson") before a name of capitalised words only ("Anna Berg"). */
export function describesNamed(view: SentenceView, description: PhraseRange, name: PhraseRange): boolean {
  const nameWords = view.tokens.slice(name.first, name.last + 1);
  const ownName = nameWords.length >= 2 && nameWords.length <= 4 && nameWords.every((t) => isCapitalised(t.text) && !isAcronym(t.text));
  return (ownName && (isRoleNoun(lastWord(view, description).toLowerCase()) || roleBeforeWhatItIsOf(view, description))) || firmNamed(view, description, nameWords);
}

/**
 * "the vessel's operator, Marshco": a business is often named by one word, which after a business's
 * role ("operator", "company", "owner") names it as two words would; not a weekday or a month.
 */
function firmNamed(view: SentenceView, description: PhraseRange, nameWords: readonly Token[]): boolean {
  const word = nameWords.length === 1 ? (nameWords[0] as Token).text : '';
  return /^\p{Lu}\p{Ll}{2,}$/u.test(word) && !isCalendarWord(word) && BUSINESSES.has(lastWord(view, description).toLowerCase());
}

/** Prepositions after a role that open what or whom it is of: "the owner of the Marsh Star", "a spokesman for Eagle Lines". */
const ROLE_OF = new Set(['of', 'for', 'at', 'aboard']);

/**
 * Whether a description is a role before its first preposition, whatever name ends it: "the owner of
 * the Marsh Star", "a spokesman for Eagle Lines", "the Ombudsman of Sylvania"; capitalised, only a
 * person's office ("the Bank of Sylvania", "the Council of Europe" are names).
 */
function roleBeforeWhatItIsOf(view: SentenceView, description: PhraseRange): boolean {
  const words = view.tokens.slice(description.first, description.last + 1);
  const preposition = words.findIndex((w, i) => i > 0 && (PHRASE_PREPOSITIONS.has(w.text) || ROLE_OF.has(w.text) || w.text === 'to'));
  const role = words[preposition - 1];
  if (preposition <= 0 || !ROLE_OF.has((words[preposition] as Token).text) || role === undefined) return false;
  // "the Commissioner for Human Rights": an office a person holds, capitalised as titles are.
  return isCapitalised(role.text) ? PERSON_ROLES.has(role.text.toLowerCase()) : isRoleNoun(role.text);
}

/** Gap between token `i - 1` and token `i` of the view (or from the sentence start). */
export function gapBefore(view: SentenceView, i: number): string {
  return gapBetween(view.masked, view.tokens[i - 1], view.tokens[i], view.start, view.end);
}

/** Gap between token `i` and token `i + 1` (or to the sentence end). */
export function gapAfter(view: SentenceView, i: number): string {
  return gapBetween(view.masked, view.tokens[i], view.tokens[i + 1], view.start, view.end);
}

/**
 * The phrase that ends at token `last`, read leftwards, and why the reading stopped.
 * Returns null for the phrase when no word could be taken.
 */
export function phraseBefore(view: SentenceView, last: number): { phrase: PhraseRange | null; stop: StopReason } {
  const { tokens } = view;
  const end = last;
  let lastWord = last;
  // "Freedonia’s Directorate-General for External Security (DGES)": the acronym in parentheses belongs to the name.
  const acronym = tokens[last];
  if (acronym && isAcronym(acronym.text) && /^\s*\($/.test(gapBefore(view, last)) && /^\)/.test(gapAfter(view, last))) {
    lastWord = last - 1;
  }
  const head = tokens[lastWord];
  if (!head) return { phrase: null, stop: 'start' };
  if (PRONOUNS.has(head.text)) {
    // "one of them said": one person of a group, not the group.
    const of = tokens[lastWord - 1];
    const quantifier = tokens[lastWord - 2];
    if (of?.text === 'of' && quantifier && PARTITIVES.has(quantifier.text.toLowerCase()) && isPlainGap(gapBefore(view, lastWord)) && isPlainGap(gapBefore(view, lastWord - 1))) {
      const first = lastWord - 2;
      const stop = first > 0 && isPlainGap(gapBefore(view, first)) ? (tokens[first - 1] as Token).text.toLowerCase() : first > 0 ? 'punctuation' : 'start';
      return { phrase: range(view, first, end), stop };
    }
    // The word before a pronoun still tells its role: "what it said", "as he said".
    const before = lastWord > 0 && isPlainGap(gapBefore(view, lastWord)) ? tokens[lastWord - 1]?.text.toLowerCase() : undefined;
    return { phrase: range(view, lastWord, end), stop: before ?? (lastWord > 0 ? 'punctuation' : 'start') };
  }
  // "Freedonia Today said": a capitalised time word after a name ends the name, not the phrase.
  const nameBefore = lastWord > 0 && isPlainGap(gapBefore(view, lastWord)) ? tokens[lastWord - 1] : undefined;
  if (stopsPhrase(head, nameBefore && isCapitalised(nameBefore.text) ? nameBefore : undefined, undefined) || isCalendarWord(head.text)) return { phrase: null, stop: head.text.toLowerCase() };

  let first = lastWord;
  let headIndex: number | undefined;
  let stop: StopReason = 'start';
  while (first > 0) {
    // "the Maritime Trade Operations (MTO) agency": an acronym in parentheses after a name, before the
    // noun that heads the phrase, belongs to the phrase; reading goes on before it.
    if (first >= 2 && acronymInsideName(view, first)) {
      first -= 2;
      continue;
    }
    // "the Maritime Trade Office (MTO) of the Sylvanian Navy", "the Refugee Agency (RA) in Fredonburg":
    // the name's acronym in parentheses, then what the name is of or where it works; the name before
    // the acronym heads the phrase, not the words after it.
    if (first >= 2 && acronymBeforeItsPlace(view, first)) {
      first -= 2;
      continue;
    }
    // "RFE/RL’s Sylvanian service": two acronyms joined by a slash are one name.
    if (slashJoinsAcronyms(view, first)) {
      first -= 1;
      continue;
    }
    if (!isPlainGap(gapBefore(view, first))) {
      stop = 'punctuation';
      break;
    }
    const candidate = tokens[first - 1] as Token;
    // "officials familiar with the matter", "a source with knowledge of the talks": read on past the
    // qualifier; the head comes before it.
    const qualifierStart = headIndex === undefined ? qualifierEndingAt(view, first - 1) : null;
    if (qualifierStart !== null && qualifierStart >= 1) {
      headIndex = qualifierStart - 1;
      first = qualifierStart;
      continue;
    }
    // "one of the soldiers": a partitive opens the phrase.
    const quantifier = tokens[first - 2];
    if (candidate.text === 'of' && quantifier && PARTITIVES.has(quantifier.text.toLowerCase()) && isPlainGap(gapBefore(view, first - 1))) {
      first -= 2;
      stop = first > 0 && isPlainGap(gapBefore(view, first)) ? (tokens[first - 1] as Token).text.toLowerCase() : first > 0 ? 'punctuation' : 'start';
      break;
    }
    if (stopsPhrase(candidate, tokens[first - 2], tokens[first], tokens[first + 1]) || isCalendarWord(candidate.text)) {
      stop = candidate.text.toLowerCase();
      break;
    }
    if (lastWord - first + 2 > MAX_WORDS) return { phrase: null, stop: 'too-long' };
    first -= 1;
  }
  if (first === 0 && stop === 'start' && !isPlainGap(gapBefore(view, 0))) stop = 'punctuation';
  // "… the border town of Lisse, and Marsh City called …": "and" after a comma opens a clause of its
  // own, not the last part of a list of names; the phrase starts after it.
  const opener = tokens[first]?.text.toLowerCase() ?? '';
  if (stop === 'punctuation' && first < lastWord && (opener === 'and' || opener === 'nor')) {
    // "Sylvanian, Ruritanian, and Freedonian officials": a list of names sharing the noun is one phrase.
    const list = opener === 'and' ? sharedModifierListStart(view, first) : null;
    if (list !== null) {
      first = list;
      stop = first > 0 ? 'punctuation' : 'start';
    } else {
      first += 1;
      stop = opener;
    }
  }
  // "Freedonia, Sylvania and the Council said": a list without a comma before its "and" goes back over
  // the commas to its first name.
  if (stop === 'punctuation' && opensWithJoinedName(view, first, lastWord)) {
    const list = listOfNamesStart(view, first);
    // "Residents of Marsh City, Fredonburg and Lisse said": the names are where the role's people are from.
    const start = list ?? roleOfNamesStart(view, first);
    if (start !== null) {
      first = start;
      stop = first > 0 ? (isPlainGap(gapBefore(view, first)) ? (tokens[first - 1] as Token).text.toLowerCase() : 'punctuation') : 'start';
    }
  }
  if (headIndex !== undefined && headIndex < first) return { phrase: null, stop };
  return { phrase: { ...range(view, first, end), ...(headIndex !== undefined ? { head: headIndex } : {}) }, stop };
}

/**
 * Whether token `i` and the one before it are acronyms joined by a slash alone: "RFE/RL", "AP/NORC",
 * one name an outlet goes by. "Fredonburg/Marsh City" (places) and "he/she" are not acronyms.
 */
function slashJoinsAcronyms(view: SentenceView, i: number): boolean {
  if (i < 1 || gapBefore(view, i) !== '/') return false;
  const bare = (token: Token | undefined) => (token?.text ?? '').replace(/['’]s$/u, '');
  return isAcronym(bare(view.tokens[i - 1])) && isAcronym(bare(view.tokens[i]));
}

/**
 * Whether the token before `first` is an acronym in parentheses right after a capitalised word:
 * "Trade Operations (MTO) …". The cheap test (a closing parenthesis in the gap) comes first.
 */
function followsAcronymOfName(view: SentenceView, first: number): boolean {
  const gap = gapBefore(view, first);
  if (!gap.startsWith(')')) return false;
  return /^\)\s+$/.test(gap) && isAcronym((view.tokens[first - 1] as Token).text) && /^\s+\($/.test(gapBefore(view, first - 1)) && isCapitalised((view.tokens[first - 2] as Token).text);
}

/** Whether `first`, a lower-case noun of the phrase, goes on with a name and its acronym: "Trade Operations (MTO) agency". */
function acronymInsideName(view: SentenceView, first: number): boolean {
  const head = view.tokens[first] as Token;
  return followsAcronymOfName(view, first) && !isCapitalised(head.text) && isRoleNoun(head.text);
}

/** Prepositions after a name's acronym that tell what the name is part of or where it works: "(MTO) of the Navy", "(RA) in Fredonburg". */
const AFTER_ACRONYM = new Set(['of', 'in', 'at']);

/** Whether `first` is a preposition that goes on with a name and its acronym: "Trade Office (MTO) of the Navy". */
function acronymBeforeItsPlace(view: SentenceView, first: number): boolean {
  return AFTER_ACRONYM.has((view.tokens[first] as Token).text) && followsAcronymOfName(view, first);
}

/** Words that open a clause before a subject: a list of names may follow them ("as Freedonia, Sylvania and …"). */
const LIST_OPENERS = new Set(['as', 'while', 'whereas', 'but', 'and', 'since', 'because', 'although', 'though', 'when', 'after', 'that', 'where']);

/** Whether the words from `first` are a name of capitalised words ("the" may open it) and then "and" or "nor". */
function opensWithJoinedName(view: SentenceView, first: number, last: number): boolean {
  const end = nameItemEnd(view, first);
  const joiner = end === null ? undefined : view.tokens[end + 1]?.text;
  return end !== null && end + 1 < last && (joiner === 'and' || joiner === 'nor');
}

/** The last token of a name item from `first` (at most LIST_ITEM_WORDS capitalised words after an optional "the"), or null. */
function nameItemEnd(view: SentenceView, first: number): number | null {
  const start = view.tokens[first]?.text.toLowerCase() === 'the' ? first + 1 : first;
  let end = start - 1;
  while (end + 1 < view.tokens.length && end + 1 - start < LIST_ITEM_WORDS && isListName(view.tokens[end + 1] as Token) && (end < start || isPlainGap(gapBefore(view, end + 1)))) end += 1;
  return end >= start ? end : null;
}

/** The first token of a name item that ends at `itemEnd` (at most LIST_ITEM_WORDS capitalised words), or null when `itemEnd` is no name word. */
function nameItemStart(view: SentenceView, itemEnd: number): number | null {
  let itemStart = itemEnd;
  while (itemStart > 0 && itemEnd - itemStart + 1 < LIST_ITEM_WORDS && isPlainGap(gapBefore(view, itemStart)) && isListName(view.tokens[itemStart - 1] as Token)) itemStart -= 1;
  return isListName(view.tokens[itemStart] as Token) ? itemStart : null;
}

/** A word that may be part of a listed name: capitalised, and no clause word, time or date ("Earlier", "On", "Monday"). */
function isListName(token: Token): boolean {
  const lower = token.text.toLowerCase();
  return isCapitalised(token.text) && !isCalendarWord(token.text) && !PHRASE_STOP_WORDS.has(lower) && !PHRASE_PREPOSITIONS.has(lower) && !TIME_WORDS.has(lower) && !/ly$/.test(lower);
}

/**
 * Where a list of names that ends at the item starting at token `item` starts: each earlier item is a
 * name of capitalised words ("the" may open it) set off by a comma, and the first opens the sentence,
 * follows punctuation or a word that opens a clause ("as"). Null when no such item comes before, or
 * when one does not open so ("In Fredonburg, Sylvania and …" holds a place, not a speaker).
 */
function listOfNamesStart(view: SentenceView, item: number): number | null {
  let start: number | null = null;
  let next = item;
  while (next > 0 && /^\s*,\s*$/.test(gapBefore(view, next))) {
    const itemEnd = next - 1;
    let itemStart = nameItemStart(view, itemEnd);
    if (itemStart === null) return null;
    if (itemStart > 0 && isPlainGap(gapBefore(view, itemStart)) && view.tokens[itemStart - 1]?.text.toLowerCase() === 'the') itemStart -= 1;
    if (nameItemEnd(view, itemStart) !== itemEnd) return null;
    start = itemStart;
    next = itemStart;
  }
  if (start === null || start === 0 || !isPlainGap(gapBefore(view, start))) return start;
  // The first item follows a word: only a clause opener may stand there.
  return LIST_OPENERS.has((view.tokens[start - 1] as Token).text.toLowerCase()) ? start : null;
}

/**
 * Where the phrase starts when a list of names that ends at the item starting at token `item` follows
 * a lower-case role and its preposition: "residents of Marsh City, Fredonburg and Lisse" (the phrase
 * of "residents"). Null when the list follows anything else.
 */
function roleOfNamesStart(view: SentenceView, item: number): number | null {
  let start: number | null = null;
  let next = item;
  while (next > 0 && /^\s*,\s*$/.test(gapBefore(view, next))) {
    const itemStart = nameItemStart(view, next - 1);
    if (itemStart === null) return null;
    start = itemStart;
    next = itemStart;
  }
  if (start === null || start < 2 || !isPlainGap(gapBefore(view, start)) || !isPlainGap(gapBefore(view, start - 1))) return null;
  const preposition = view.tokens[start - 1] as Token;
  const role = view.tokens[start - 2] as Token;
  // A role opening the sentence is capitalised: "Officials from Freedonia, Sylvania and …".
  const lowerRole = !isCapitalised(role.text) || (start - 2 === 0 && isPlainGap(gapBefore(view, 0)));
  if (!PHRASE_PREPOSITIONS.has(preposition.text) || !lowerRole || !isRoleNoun(role.text)) return null;
  return phraseBefore(view, start - 2).phrase?.first ?? null;
}

/** The most capitalised words one item of a list of names may have: "South Sylvanian". */
const LIST_ITEM_WORDS = 3;

/**
 * Where a list of capitalised names before ", and" starts, when the words before the "and" at `and`
 * are such a list: "Sylvanian, Ruritanian, and Freedonian officials" (each item set off by a comma,
 * the first after punctuation or at the sentence start). Null when an item holds any other word ("the
 * border town of Lisse, and Marsh City called …" joins two clauses).
 */
function sharedModifierListStart(view: SentenceView, and: number): number | null {
  let start: number | null = null;
  let i = and - 1;
  while (i >= 0 && /^\s*,\s*$/.test(gapBefore(view, i + 1))) {
    let itemStart = i;
    while (itemStart > 0 && i - itemStart + 1 < LIST_ITEM_WORDS && isPlainGap(gapBefore(view, itemStart)) && isCapitalised(view.tokens[itemStart - 1]?.text ?? '')) itemStart -= 1;
    const words = view.tokens.slice(itemStart, i + 1);
    if (!words.every((t) => isCapitalised(t.text))) return start;
    // The item must open after punctuation or the sentence start, not go on leftwards with other words.
    if (itemStart > 0 && isPlainGap(gapBefore(view, itemStart))) return start;
    start = itemStart;
    i = itemStart - 1;
  }
  return start;
}

/**
 * The phrase that starts at token `first`, read rightwards to the first punctuation or clause word,
 * then shortened until it ends in a head a speaker can have. Null when none does.
 */
export function phraseAfter(view: SentenceView, first: number): PhraseRange | null {
  const { tokens } = view;
  const start = tokens[first];
  if (!start) return null;
  if (PRONOUNS.has(start.text)) return range(view, first, first);
  // "said one of the soldiers", "said one of them": a partitive opens the phrase, the rest heads it.
  if (PARTITIVES.has(start.text.toLowerCase()) && tokens[first + 1]?.text === 'of' && isPlainGap(gapAfter(view, first)) && isPlainGap(gapAfter(view, first + 1))) {
    if (PRONOUNS.has(tokens[first + 2]?.text ?? '')) return range(view, first, first + 2);
    const rest = phraseAfter(view, first + 2);
    return rest && { ...rest, first, start: start.start };
  }
  let last = first - 1;
  for (let i = first; i < tokens.length && i - first < MAX_WORDS; i++) {
    const token = tokens[i] as Token;
    if (i > first && !isPlainGap(gapBefore(view, i)) && !slashJoinsAcronyms(view, i)) break;
    // "the Commissioner for Human Rights in the unrecognized Republic": a participle between an article
    // and a name describes the name, inside the phrase.
    const describesName = i > first && ARTICLES.has((tokens[i - 1] as Token).text.toLowerCase()) && /^\p{Ll}+(?:ed|en)$/u.test(token.text) && isCapitalised(tokens[i + 1]?.text ?? '') && isPlainGap(gapAfter(view, i));
    // "the internationally unrecognized Republic": so does an adverb in -ly before such a participle, and the participle after it.
    const adverbOfName = (k: number) => k > first && ARTICLES.has((tokens[k - 1] as Token).text.toLowerCase()) && /^\p{Ll}+ly$/u.test((tokens[k] as Token).text) && /^\p{Ll}+(?:ed|en)$/u.test(tokens[k + 1]?.text ?? '') && isCapitalised(tokens[k + 2]?.text ?? '') && isPlainGap(gapAfter(view, k)) && isPlainGap(gapAfter(view, k + 1));
    const describesNamed = describesName || adverbOfName(i) || (i > first + 1 && adverbOfName(i - 1));
    if (!describesNamed && (stopsPhrase(token, i > first ? tokens[i - 1] : undefined, tokens[i + 1], tokens[i + 2]) || isCalendarWord(token.text))) break;
    if (i > first && startsPredicate(token, tokens[i - 1] as Token)) break;
    if (i > first && opensContactClause(view, i)) break;
    last = i;
  }
  // "a Sylvanian officer in Freedonian captivity": the captive comes before the words of the captivity.
  for (let head = first; head < last; head++) {
    if (captivityTailEnd(view, head) !== null && isHead(tokens[head] as Token, tokens[head - 1])) {
      last = head;
      break;
    }
  }
  while (last >= first && !isHead(tokens[last] as Token, tokens[last - 1])) last -= 1;
  // "Tomas Ruhl's divers begin …": a possessive names whose the subject is, not the subject.
  if (last >= first && /['’]s?$/u.test((tokens[last] as Token).text) && last + 1 < tokens.length && isPlainGap(gapAfter(view, last))) return null;
  if (last < first) return null;
  // "said a soldier familiar with drone operations in the region": the qualifier's tail belongs to the
  // speaker, up to the punctuation that ends it; the head stays the soldier.
  const tail = qualifierTailEnd(view, last) ?? captivityTailEnd(view, last);
  return tail === null ? range(view, first, last) : { ...range(view, first, tail), head: last };
}

/**
 * "said a soldier in the video Ruhl posted", "the captain of the ship Sylvania attacked": a name right
 * after a lower-case noun, followed by a verb in the past of its own, opens a relative clause without
 * "that"; it names who posted or attacked, not the speaker, and ends the speaker's words before it.
 * (A name that ends the phrase, "the tanker Marlin", is the noun's own.)
 */
function opensContactClause(view: SentenceView, at: number): boolean {
  const { tokens } = view;
  // "the video the Defence Ministry published": the clause's subject may open with an article.
  const name = ARTICLES.has((tokens[at] as Token).text) && isPlainGap(gapAfter(view, at)) ? at + 1 : at;
  const before = tokens[at - 1] as Token;
  if (!isCapitalised(tokens[name]?.text ?? '') || !/^\p{Ll}+$/u.test(before.text) || ARTICLES.has(before.text) || PHRASE_PREPOSITIONS.has(before.text) || /^(?:and|or|nor)$/.test(before.text)) return false;
  // "leader Tomas Ruhl observed the tests", "rifleman Lind fired": a person's title names the one it comes before.
  if (PERSON_ROLES.has(before.text) || PRIVATE_PERSONS.has(before.text)) return false;
  let end = name;
  while (end + 1 < tokens.length && isCapitalised((tokens[end + 1] as Token).text) && isPlainGap(gapAfter(view, end))) end += 1;
  const verb = tokens[end + 1];
  // A past tense only: a word in -s may be a plural noun as well ("Western agencies").
  return verb !== undefined && isPlainGap(gapAfter(view, end)) && /^\p{Ll}{3,}ed$/u.test(verb.text);
}

/**
 * The last token of a captivity tail right after token `head` ("captured by Freedonian forces", "held
 * in Fredonburg"), or null: it tells that the speaker is a captive, who speaks for no government.
 */
export function captivityTailEnd(view: SentenceView, head: number): number | null {
  const { tokens } = view;
  // Only after a role ("the officer"): a name ("Tomas Ruhl, who was detained") is whom the topic data says.
  if (isCapitalised(tokens[head]?.text ?? '')) return null;
  // "an officer who defected to Freedonia", "the officer, who was captured in May": a relative clause
  // of captivity describes the speaker the same way.
  let at = head + 1;
  const relative = tokens[at]?.text === 'who';
  if (relative) {
    at += 1;
    while (CAPTIVITY_AUXILIARIES.has(tokens[at]?.text ?? '')) at += 1;
  }
  // "a soldier recently captured by Freedonia", "a pilot now held in Fredonburg": an adverb may come
  // before the participle.
  if (!relative && CAPTIVITY_ADVERBS.has(tokens[at]?.text ?? '')) at += 1;
  const participle = tokens[at]?.text.toLowerCase() ?? '';
  const next = tokens[at + 1]?.text.toLowerCase() ?? '';
  const captive =
    CAPTIVE_PARTICIPLES.has(participle) ||
    (participle === 'held' && /^(?:captive|prisoner|by|in)$/.test(next)) ||
    (participle === 'taken' && /^(?:prisoner|captive)$/.test(next)) ||
    // "in Freedonian captivity", "in the custody of Freedonia".
    (participle === 'in' && tokens.slice(at + 1, at + 4).some((t) => /^(?:captivity|custody)$/i.test(t.text)));
  if (!captive) return null;
  if (!isPlainGap(gapAfter(view, head)) && !(relative && /^\s*,\s*$/.test(gapAfter(view, head)))) return null;
  for (let i = head + 1; i < at; i++) if (!isPlainGap(gapAfter(view, i))) return null;
  let end = at;
  while (end + 1 < tokens.length && end - head < MAX_WORDS && isPlainGap(gapAfter(view, end)) && !stopsTail(tokens[end + 1] as Token)) end += 1;
  // "captured last week": the preposition or article left before a cut-off time word goes with it.
  while (end > at && ENDS_NO_TAIL.test((tokens[end] as Token).text)) end -= 1;
  return end;
}

/** Words between "who" and a participle of captivity: "who was captured", "who had later defected". */
const CAPTIVITY_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'had', 'has', 'have', 'been', ...CAPTIVITY_ADVERBS, 'then']);

/** Words a tail cannot end with: prepositions and articles. */
const ENDS_NO_TAIL = /^(?:the|a|an|of|for|at|in|from|under|by|inside|near|on|to)$/i;

/** Words that end a tail after a speaker: a clause opener or a time word ("captured last week"). */
function stopsTail(token: Token): boolean {
  const lower = token.text.toLowerCase();
  // Capitalised, a stop word is part of a name or a month: "captured in May".
  if (isCapitalised(token.text)) return false;
  return (PHRASE_STOP_WORDS.has(lower) && !PHRASE_PREPOSITIONS.has(lower) && !PLACE_OR_AGENT.has(lower)) || TIME_WORDS.has(lower);
}

/** The last token of a qualifier's tail right after token `head` ("familiar with …", "close to …"), or null. */
function qualifierTailEnd(view: SentenceView, head: number): number | null {
  const { tokens } = view;
  const preposition = qualifierStartingAt(view, head + 1);
  if (preposition === null || !isPlainGap(gapAfter(view, head))) return null;
  let end = preposition;
  while (end + 1 < tokens.length && end - head < MAX_WORDS && isPlainGap(gapAfter(view, end))) end += 1;
  return end > preposition ? end : null;
}

/**
 * "with knowledge of", "with direct knowledge of": a qualifier of a speaker that is a noun after
 * "with", as "familiar with" is an adjective ("a source with knowledge of the talks said").
 */
const KNOWLEDGE_QUALIFIER = ['with', 'knowledge', 'of'] as const;
/** Adjectives of the knowledge: "with direct knowledge of". */
const KNOWLEDGE_ADJECTIVES: ReadonlySet<string> = new Set(['direct', 'close', 'detailed', 'first-hand', 'firsthand', 'intimate']);

/**
 * The index of the preposition that ends a speaker's qualifier opening at token `at` ("familiar" of
 * "familiar with", "with" of "with knowledge of"), all its words joined by plain gaps; null for none.
 */
function qualifierStartingAt(view: SentenceView, at: number): number | null {
  const { tokens } = view;
  const word = tokens[at]?.text;
  if (word === undefined) return null;
  const preposition = SPEAKER_QUALIFIERS.get(word);
  if (preposition !== undefined) return tokens[at + 1]?.text === preposition && isPlainGap(gapAfter(view, at)) ? at + 1 : null;
  if (word !== KNOWLEDGE_QUALIFIER[0]) return null;
  const noun = KNOWLEDGE_ADJECTIVES.has(tokens[at + 1]?.text ?? '') ? at + 2 : at + 1;
  if (tokens[noun]?.text !== KNOWLEDGE_QUALIFIER[1] || tokens[noun + 1]?.text !== KNOWLEDGE_QUALIFIER[2]) return null;
  for (let i = at; i <= noun; i++) if (!isPlainGap(gapAfter(view, i))) return null;
  return noun + 1;
}

/** The first token of a speaker's qualifier whose preposition is token `preposition` ("familiar" before "with"), or null. */
function qualifierEndingAt(view: SentenceView, preposition: number): number | null {
  // Two words back for an adjective's qualifier, three or four for "with (direct) knowledge of".
  for (const length of [2, 3, 4]) {
    const at = preposition - length + 1;
    if (at >= 1 && qualifierStartingAt(view, at) === preposition && isPlainGap(gapBefore(view, at))) return at;
  }
  return null;
}

/**
 * "The rebel group backs Sylvania": read rightwards, a plain lower-case word right after a role noun is
 * the verb, not part of the phrase ("the ministry spokesperson", "officials in the capital" go on).
 */
function startsPredicate(token: Token, left: Token): boolean {
  const word = token.text;
  if (isCapitalised(word) || isRoleNoun(word) || PHRASE_PREPOSITIONS.has(word) || /^(?:and|or|nor|of)$/.test(word)) return false;
  // "according to media reports": read rightwards, the noun of the press's reports.
  if (PRESS_REPORTS.reports.test(word) && PRESS_REPORTS.press.test(left.text)) return false;
  // "deputy foreign minister", "acting defence chief": a rank before the office it qualifies.
  if (RANK_MODIFIERS.has(left.text.toLowerCase())) return false;
  return !isCapitalised(left.text) && !/['’]s?$/u.test(left.text) && isRoleNoun(left.text);
}

/** Words that qualify the office after them: "deputy", "vice", "acting". */
const RANK_MODIFIERS = new Set(['deputy', 'vice', 'acting', 'assistant', 'interim', 'senior', 'chief', 'principal']);

/** Prepositions a speaker's phrase never opens with: "on Telegram", "in the region", "via its channel". */
const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'via', 'during', 'through', 'into', 'onto', 'across', 'amid', 'near', 'inside', 'within']);

/** Whether a phrase can name a speaker: it ends in a name, acronym or role noun, or is a lone pronoun. */
export function isSpeakerPhrase(view: SentenceView, phrase: PhraseRange): boolean {
  const words = view.tokens.slice(phrase.first, phrase.last + 1);
  const head = phrase.head !== undefined ? view.tokens[phrase.head] : lastWordOf(view, phrase);
  if (!head) return false;
  if (words.length === 1 && PRONOUNS.has(head.text)) return true;
  // "The command earlier on Telegram said", "losses among troops fighting on the side of Sylvania, …,
  // said Berg": words that open with a preposition inside the sentence tell where or when, never who.
  // (Opening the sentence, a phrase may still hold its subject: "On Monday the Bureau said".)
  if (phrase.first > 0 && OPENING_PREPOSITIONS.has((words[0] as Token).text.toLowerCase())) return false;
  // "one of them": a partitive before the pronoun.
  if (words.length === 3 && PARTITIVES.has((words[0] as Token).text.toLowerCase()) && words[1]?.text === 'of' && PRONOUNS.has(head.text)) return true;
  // "Freedonia and others", "Sylvania and its allies": the named party heads the phrase.
  const and = words.findIndex((w, i) => w.text === 'and' && OTHERS.test(words.at(-1)?.text ?? '') && i >= words.length - 3 && i > 0);
  if (and > 0 && phrase.head === undefined) {
    const { head: _, ...named } = { ...phrase, last: phrase.first + and - 1, end: (words[and - 1] as Token).end };
    return isSpeakerPhrase(view, named);
  }
  if (words.some((w) => PRONOUNS.has(w.text))) return false;
  if (isHead(head, view.tokens[view.tokens.indexOf(head) - 1])) return true;
  // "the leader of the militia": the role before "of" heads the phrase, whatever it is the leader of,
  // when the phrase ends in a noun ("residents of the", before "disputed territories", ends in none).
  const last = head.text.toLowerCase();
  const endsInNoun = !ARTICLES.has(last) && !PHRASE_PREPOSITIONS.has(last) && !PHRASE_STOP_WORDS.has(last) && !/(?:ed|ing)$/.test(last);
  // "Officials in the region", "an officer aboard the destroyer", "villagers near the dam": so does a
  // role before where it is held or where they are; a role opening the sentence is capitalised.
  // "The Foreign Ministry of the republic": an institution's capitalised name after "the" heads the
  // phrase before "of" too ("Sylvania Ministry of the …" after a name stays unread).
  const theInstitution = (i: number) => (words[0] as Token).text.toLowerCase() === 'the' && (words[i + 1] as Token).text === 'of';
  const lowerRole = (i: number) => !isCapitalised((words[i] as Token).text) || (i === 0 && phrase.first === 0) || theInstitution(i);
  const heldAt = (i: number) => (words[i] as Token).text === 'of' || PLACE_PREPOSITIONS.has((words[i] as Token).text);
  // Where people are only after the first noun: "the attack on soldiers near the village" is an attack.
  const firstPreposition = words.findIndex((w, i) => i > 0 && (PHRASE_PREPOSITIONS.has(w.text) || WHERE_PEOPLE_ARE.has(w.text) || w.text === 'on'));
  const isAt = (i: number) => (WHERE_PEOPLE_ARE.has((words[i] as Token).text) || onTheSpot(words, i)) && i === firstPreposition;
  return endsInNoun && words.some((_, i) => i > 0 && (heldAt(i) || isAt(i)) && isRoleNoun((words[i - 1] as Token).text) && lowerRole(i - 1));
}

/**
 * "commanders on the ground", "reporters at the scene": "on" with the few nouns that only say where
 * people are, closing the phrase ("the curbs on the ground forces" goes on and tells what they are about).
 */
function onTheSpot(words: Token[], i: number): boolean {
  return words[i]?.text === 'on' && words[i + 1]?.text === 'the' && i + 2 === words.length - 1 && SPOTS.has(words[i + 2]?.text ?? '');
}

/**
 * Prepositions after a role that tell where its holder is, not whom they speak for: "aboard", "near".
 * Not "on", which as often tells what a role is about ("the curbs on doctors") as where it is.
 */
const WHERE_PEOPLE_ARE: ReadonlySet<string> = new Set(['aboard', 'onboard', 'near', 'from']);

/** The phrase's last word, skipping an acronym in parentheses. */
function lastWordOf(view: SentenceView, phrase: PhraseRange): Token | undefined {
  const last = view.tokens[phrase.last];
  if (last && view.masked[last.end] === ')' && phrase.last > phrase.first) return view.tokens[phrase.last - 1];
  return last;
}

/** "Sylvanian media reports", "press reports": reports that name the press as their source speak for it. */
const PRESS_REPORTS = { press: /^(?:media|press|news)$/i, reports: /^reports?$/i };

/** A word that can end a speaker phrase, given the word before it. */
function isHead(token: Token, before?: Token): boolean {
  const word = token.text;
  if (PRESS_REPORTS.reports.test(word) && before && PRESS_REPORTS.press.test(before.text)) return true;
  if (isCalendarWord(word)) return false;
  const lower = word.toLowerCase();
  // "In" opening a sentence is capitalised, but a preposition never ends a speaker phrase.
  // "Freedonia Today": a capitalised time word after a capitalised word is the end of a name.
  const endsName = TIME_WORDS.has(lower) && before !== undefined && isCapitalised(before.text) && !TIME_WORDS.has(before.text.toLowerCase());
  if (isCapitalised(word)) return !PHRASE_STOP_WORDS.has(lower) && !PHRASE_PREPOSITIONS.has(lower) && (!TIME_WORDS.has(lower) || endsName) && !ARTICLES.has(lower);
  // "a press release from the ministry", "the news release", "the release said": a document, as "a
  // statement" is ("the release of the sailors" is none, and "release" after a word that is no
  // determiner is a verb or another noun's).
  if (lower === 'release') return before !== undefined && /^(?:press|news|the|its|their|this|that|latest|official|joint)$/i.test(before.text);
  // "…,” the letter said", "the message read": a letter or message speaks for its writer, as a statement does.
  if (lower === 'letter' || lower === 'message') return true;
  return isRoleNoun(word.replace(/['’]s?$/u, ''));
}

/**
 * Whether `token` ends a phrase being read, given its `left` and `right` neighbours: "and" and "nor" stay
 * only between capitalised words ("Freedonia and Sylvania", "Freedonia and the Council", "Neither
 * Freedonia nor Sylvania"), a preposition only after a role noun or a
 * name ("the spokesperson for the ministry", "officials in Fredonburg").
 */
function stopsPhrase(token: Token, left: Token | undefined, right: Token | undefined, afterRight?: Token): boolean {
  const word = token.text;
  const lower = word.toLowerCase();
  if (lower === 'and' || lower === 'nor') {
    const named = right && (isCapitalised(right.text) || (right.text === 'the' && afterRight !== undefined && isCapitalised(afterRight.text)));
    // "Freedonia and others", "Sylvania and its allies": a named party with unnamed ones.
    const unnamedOthers = right !== undefined && (OTHERS.test(right.text) || (/^(?:its|their)$/i.test(right.text) && afterRight !== undefined && OTHERS.test(afterRight.text)));
    return !(left && isCapitalised(left.text) && (named || unnamedOthers));
  }
  // "witnesses from inside the region": a compound preposition goes on after "from".
  // "a press release from the ministry": whose document it is, inside the phrase.
  if (PHRASE_PREPOSITIONS.has(word)) return !(left && (isRoleNoun(left.text) || isCapitalised(left.text) || left.text === 'release' || (left.text === 'from' && /^(?:inside|within)$/.test(word))) && right);
  // "Sylvania's ambassador to Freedonia", "an adviser to Ruhl": whom the role serves, inside the phrase.
  if (lower === 'to' && left && right && SERVES_TO.has(left.text.toLowerCase())) return false;
  // Function and time words stop a phrase ("after", "last week", "Yesterday …" opening a sentence);
  // capitalised inside a phrase they are part of a name: "The Left Party", "The Evening Herald".
  const inName = isCapitalised(word) && left !== undefined;
  if ((PHRASE_STOP_WORDS.has(lower) || TIME_WORDS.has(lower)) && !inName) return true;
  // "the captured soldier", "a wounded sailor": a participle right before a role noun describes it;
  // so does one of captivity or exile right after an article or a number ("a captured Sylvanian
  // officer", "an ousted minister"), which tells that the speaker speaks for no government.
  const describesRole = right !== undefined && isRoleNoun(right.text);
  const describesCaptive = left !== undefined && right !== undefined && DETERMINERS.test(left.text) && (CAPTIVE_PARTICIPLES.has(lower) || ESTRANGED_MODIFIERS.has(lower));
  if (!isCapitalised(word) && (word.endsWith('ed') || word.endsWith('ing')) && !word.includes('-') && !PHRASE_ADJECTIVES.has(word) && !describesRole && !describesCaptive) return true;
  // "Sylvania re-classified the group": a hyphenated form before a determiner is the verb, not a
  // compound modifier ("the Sylvania-backed group", "the re-elected president" go on to their noun).
  if (!isCapitalised(word) && word.includes('-') && /ed$/.test(word) && right !== undefined && OBJECT_DETERMINER.test(right.text)) return true;
  return false;
}

/** Words that open the object of a verb: "re-classified the group", "re-elected its leader". */
const OBJECT_DETERMINER = /^(?:the|a|an|its|their|his|her|this|these|those)$/i;

function range(view: SentenceView, first: number, last: number): PhraseRange {
  const a = view.tokens[first] as Token;
  const b = view.tokens[last] as Token;
  const end = view.masked[b.end] === ')' ? b.end + 1 : b.end;
  return { first, last, start: a.start, end };
}
