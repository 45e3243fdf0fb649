/**
 * The person a sentence is about when it reports no speech: "Grandmother of four Anna Berg arrived in
 * an old car." After it, a "she said" may be hers or the last speaker's (`SpeakerMemory.byPronoun`).
 * Copy introduces the people it meets in a few set ways, each read here: a name after a dateline or an
 * opening date ("Until May, Anna Berg …"), a private person with a name in apposition ("The second
 * captive, rifleman Lind, …", "His neighbour, Karl Weiss, …"), a lone name with a trade or an age
 * ("Mira was a medic", "Marek, 58, …"), and an introduction told backwards ("Among the arrivals was
 * 58-year-old Marek").
 */
import type { ActorLexicon } from '../../topic/actor-lexicon.ts';
import type { NameRegistry } from './speaker-names.ts';
import { isCapitalised, isPlainGap } from './tokens.ts';
import type { Token } from './types.ts';
import { AGE_NOUN, CALENDAR_WORDS, isRoleNoun, KIN, PRIVATE_PERSONS } from './word-lists.ts';

/** Lower-case words a description before a name may hold: "Grandmother of four", "Mother of two". */
const DESCRIPTION_WORDS = new Set(['of', 'the', 'a', 'an', 'for', 'from', 'at', 'in', 'and', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/**
 * The personal name that opens a sentence's subject, or null. Only capitalised words and a few joining
 * words may come before it: "Police arrested Anna Berg" is about the police.
 */
export function namedSubject(text: string, tokens: readonly Token[], names: NameRegistry, lexicon: ActorLexicon): string | null {
  // "Until this week, Anna Berg was a nurse": a name after an opening date or place is the subject.
  // (Not a description: "In the video, a soldier sits on a bed" tells of someone the reader cannot name.)
  const opening = openingAdverbialEnd(text, tokens);
  if (opening > 0) {
    const first = tokens[opening]?.text ?? '';
    return isCapitalised(first) && !ARTICLES.test(first) ? namedSubject(text, tokens.slice(opening), names, lexicon) : null;
  }
  let end = 0;
  while (end < tokens.length && end < 10) {
    const token = tokens[end] as Token;
    if (end > 0 && !isPlainGap(text.slice((tokens[end - 1] as Token).end, token.start))) break;
    if (!isCapitalised(token.text) && !DESCRIPTION_WORDS.has(token.text) && !isRoleNoun(token.text) && !/^\d+$/.test(token.text)) break;
    end += 1;
  }
  // "A captured soldier appeared in the video": a private person the sentence is about.
  const person = privatePersonSubject(text, tokens) ?? introducedByInversion(text, tokens, lexicon) ?? namedInApposition(text, tokens, lexicon);
  if (person) return person;
  // "Ruhl, however, disagreed": a surname alone names a person the topic data or the source knows.
  if (end === 1) return knownSurname((tokens[0] as Token).text, names, lexicon) ?? introducedByTrade(tokens, lexicon) ?? introducedByAge(text, tokens, lexicon);
  if (end < 2) return null;
  const phrase = text.slice((tokens[0] as Token).start, (tokens[end - 1] as Token).end);
  const { name } = names.split(phrase, lexicon);
  if (!name) return null;
  const actor = lexicon.resolveSpeakerPhrase(name).actor;
  const kind = actor ? lexicon.actor(actor)?.kind : 'person';
  return kind === 'person' || kind === 'commentator' ? name : null;
}

/** Words that open a date or place before a sentence's subject: "Until this week, …", "In Marsh City, …". */
const OPENING_WORDS = new Set(['On', 'In', 'At', 'Since', 'Until', 'Till', 'After', 'Before', 'During', 'Earlier', 'Later', 'Last', 'This', 'Overnight']);

/**
 * Words that open a clause of time or of being asked before a sentence's subject: "When questioned by
 * reporters about the raid, Ruhl declined to comment", "Asked about the convoy, Berg said nothing".
 * The person after it is the one the sentence is about, whom a later "he" may mean.
 */
const FRONTED_CLAUSE_WORDS = new Set(['When', 'While', 'Asked', 'Questioned', 'Pressed', 'Speaking', 'Responding', 'Replying', 'Reacting', 'Commenting']);

/** How many words a fronted clause may take before its comma: longer than a date, as a question's topic may be. */
const FRONTED_CLAUSE_WORDS_MAX = 14;

/**
 * The number of tokens an opening date or place takes, its comma included, or 0: "Until this week,"
 * is three. Only a short phrase that opens with a word of time or place and ends at the first comma;
 * or a fronted clause of time or of being asked (`FRONTED_CLAUSE_WORDS`), which may run longer.
 */
function openingAdverbialEnd(text: string, tokens: readonly Token[]): number {
  const dateline = datelineEnd(text, tokens);
  if (dateline > 0) return dateline;
  const fronted = FRONTED_CLAUSE_WORDS.has(tokens[0]?.text ?? '');
  if (!fronted && !OPENING_WORDS.has(tokens[0]?.text ?? '')) return 0;
  for (let i = 0; i < Math.min(tokens.length - 1, fronted ? FRONTED_CLAUSE_WORDS_MAX : 6); i++) {
    const gap = text.slice((tokens[i] as Token).end, (tokens[i + 1] as Token).start);
    if (/^\s*,\s*$/.test(gap)) return i + 1;
    if (!isPlainGap(gap)) return 0;
  }
  return 0;
}

/**
 * The number of tokens a dateline takes, or 0: "MARSH CITY, Sylvania —", "Fredonburg, Sylvania (Courier) –":
 * capitalised words (a place, its country, an agency in parentheses) up to a dash.
 */
function datelineEnd(text: string, tokens: readonly Token[]): number {
  for (let i = 0; i < Math.min(tokens.length - 1, 6); i++) {
    if (!isCapitalised((tokens[i] as Token).text)) return 0;
    const gap = text.slice((tokens[i] as Token).end, (tokens[i + 1] as Token).start);
    if (/^\)?\s*(?:[—–]|--)\s*$/.test(gap)) return i + 1;
    if (!/^(?:\s+|,\s+|\s+\()$/.test(gap)) return 0;
  }
  return 0;
}

/** An article or "one" opening a description, capitalised or not. */
const ARTICLES = /^(?:a|an|the|one)$/i;

/** Lone capitalised words that open sentences without naming anyone: "It was a soldier who …", "There is a medic". */
const NOT_A_NAME = new Set(['It', 'There', 'This', 'That', 'Here', 'What', 'Who', 'Which', 'One', 'Each', 'Everyone', 'Someone', 'Nobody', 'Anyone', 'He', 'She', 'They']);

/**
 * "Anna was a nurse at the port": a lone name the source introduces by a private person's trade
 * (`PRIVATE_PERSONS`), "was" or "is", "a" or "an", up to two words, then the trade; the name, or null.
 * A name the topic data lists is read by `knownSurname`; a weekday or a place is introduced by no trade.
 */
function introducedByTrade(tokens: readonly Token[], lexicon: ActorLexicon): string | null {
  const [name, verb, article] = tokens.map((t) => t.text);
  if (!name || NOT_A_NAME.has(name) || CALENDAR_WORDS.has(name) || !/^(?:was|is)$/.test(verb ?? '') || !/^an?$/.test(article ?? '')) return null;
  if (lexicon.findMentions(name).length > 0 || lexicon.findDemonyms(name).length > 0) return null;
  const trade = tokens.slice(3, 6).findIndex((t) => PRIVATE_PERSONS.has(t.text.toLowerCase()));
  return trade >= 0 && tokens.slice(3, 3 + trade).every((t) => /^\p{Ll}/u.test(t.text)) ? name : null;
}

/** Words that open an introduction told backwards: "Among the arrivals was …", "One of them was …", "Also waiting was …". */
const INVERTED_OPENERS = /^(?:Among|One|Also|There|Then|And|Here)$/;

/**
 * "Among the new arrivals was 58-year-old Marek, a former guard", "One of them was Lena Ost": the
 * person an introduction told backwards names after its "was" or "is" (an article, an age or a role
 * may come first); the name, or null. Not a name the topic data lists as no person ("Among the
 * targets was Fredonburg"), nor a place after other words ("There was little left of Ostmark").
 */
function introducedByInversion(text: string, tokens: readonly Token[], lexicon: ActorLexicon): string | null {
  if (!INVERTED_OPENERS.test(tokens[0]?.text ?? '')) return null;
  const verb = tokens.findIndex((t, i) => i > 0 && i < 8 && /^(?:was|is)$/.test(t.text));
  if (verb < 0) return null;
  let at = verb + 1;
  // Only an article, an age or a role may come before the name: "was 58-year-old Marek", "is the teacher Lena Ost".
  while (at < tokens.length && at - verb <= 3 && !isCapitalised((tokens[at] as Token).text)) {
    const word = (tokens[at] as Token).text;
    if (!ARTICLES.test(word) && !AGE_NOUN.test(word) && !isRoleNoun(word)) return null;
    at += 1;
  }
  const name: Token[] = [];
  for (let i = at; i < tokens.length && name.length < 4 && isCapitalised((tokens[i] as Token).text); i++) {
    name.push(tokens[i] as Token);
    if (!isPlainGap(text.slice((tokens[i] as Token).end, tokens[i + 1]?.start ?? text.length))) break;
  }
  const first = name[0];
  const last = name.at(-1);
  if (!first || !last || CALENDAR_WORDS.has(first.text)) return null;
  const written = text.slice(first.start, last.end);
  const actor = lexicon.resolveSpeakerPhrase(written).actor;
  const kind = actor ? lexicon.actor(actor)?.kind : undefined;
  if (actor ? kind !== 'person' && kind !== 'commentator' : lexicon.findDemonyms(written).length > 0) return null;
  return written;
}

/**
 * "Marek, 58, arrived with his grandchildren": a lone name the source introduces by an age between
 * commas, as copy introduces the people it meets; the name, or null. Not a name the topic data lists
 * as no person, nor a weekday ("Monday, 12, …" is no age after a calendar word).
 */
function introducedByAge(text: string, tokens: readonly Token[], lexicon: ActorLexicon): string | null {
  const [name, age] = tokens;
  if (!name || !age || NOT_A_NAME.has(name.text) || CALENDAR_WORDS.has(name.text) || !/^\d{1,2}$/.test(age.text)) return null;
  if (!/^,\s+$/.test(text.slice(name.end, age.start)) || !/^,\s/.test(text.slice(age.end, age.end + 2))) return null;
  return lexicon.findMentions(name.text).length > 0 || lexicon.findDemonyms(name.text).length > 0 ? null : name.text;
}

/** "A 26-year-old soldier", "The captured sailor", "One prisoner": a private person opening the sentence; their words, or null. */
function privatePersonSubject(text: string, tokens: readonly Token[]): string | null {
  // "His neighbour, Marek Nowak, lost his house": someone's kin or neighbour, when the sentence names them.
  if (POSSESSIVE_OPENERS.test(tokens[0]?.text ?? '')) {
    const noun = (tokens[1]?.text ?? '').toLowerCase();
    return PRIVATE_PERSONS.has(noun) || KIN.has(noun) ? appositiveName(text, tokens, 1) : null;
  }
  if (!ARTICLES.test(tokens[0]?.text ?? '')) return null;
  for (let i = 1; i < Math.min(tokens.length, 6); i++) {
    const word = (tokens[i] as Token).text;
    if (PRIVATE_PERSONS.has(word.toLowerCase())) return appositiveName(text, tokens, i) ?? tokens.slice(0, i + 1).map((t) => t.text).join(' ');
    if (/^(?:said|says|told|was|is|has|had)$/.test(word)) return null;
  }
  return null;
}

/**
 * "Sylvania's defence minister, Tomas Ruhl, visited the port", "The Freedonian envoy, Anna Berg, …": a
 * subject told by a description whose last word is a role, then the person's name between commas; the
 * name, or null. Not a name the topic data lists as no person ("The region's capital, Marsh City, …"),
 * nor a description holding a verb ("The minister said, …"), nor one that opens with "his" or "her".
 */
function namedInApposition(text: string, tokens: readonly Token[], lexicon: ActorLexicon): string | null {
  const gapAfter = (k: number) => text.slice((tokens[k] as Token).end, tokens[k + 1]?.start ?? text.length);
  const comma = tokens.findIndex((_, k) => k < DESCRIPTION_TOKENS && /^\s*,\s*$/.test(gapAfter(k)));
  // "His aide, Karl Weiss, …" is told as the last speaker's; who speaks next stays open (`privatePersonSubject`).
  if (comma < 1 || POSSESSIVE_OPENERS.test(tokens[0]?.text ?? '') || !isRoleNoun((tokens[comma] as Token).text)) return null;
  if (tokens.slice(0, comma).some((t) => DESCRIPTION_VERBS.test(t.text))) return null;
  const name: Token[] = [];
  for (let k = comma + 1; k < tokens.length && name.length < 4 && isCapitalised((tokens[k] as Token).text); k++) {
    name.push(tokens[k] as Token);
    if (/^\s*,\s*$/.test(gapAfter(k))) {
      const written = text.slice((name[0] as Token).start, (tokens[k] as Token).end);
      const actor = lexicon.resolveSpeakerPhrase(written).actor;
      const kind = actor ? lexicon.actor(actor)?.kind : undefined;
      if (actor ? kind !== 'person' && kind !== 'commentator' : lexicon.findMentions(written).length > 0 || lexicon.findDemonyms(written).length > 0) return null;
      return written;
    }
    if (!isPlainGap(gapAfter(k))) return null;
  }
  return null;
}

/** The most tokens a description before a name in apposition takes: "Sylvania's top military leader". */
const DESCRIPTION_TOKENS = 8;

/** Verbs that make the words before a comma a clause, not a description: "The minister said, …". */
const DESCRIPTION_VERBS = /^(?:said|says|told|tells|added|was|is|were|are|has|had|have|will|would)$/i;

/** Possessive determiners opening a subject: "His neighbour", "Her husband". */
const POSSESSIVE_OPENERS = /^(?:His|Her|Their|My|Our)$/;


/**
 * "The second sailor, 19-year-old deckhand Lind, was rescued": the name that closes an appositive
 * between commas right after the subject's last word (`subjectEnd`); null when there is none.
 */
function appositiveName(text: string, tokens: readonly Token[], subjectEnd: number): string | null {
  const gapAfter = (k: number) => text.slice((tokens[k] as Token).end, tokens[k + 1]?.start ?? text.length);
  if (!/^\s*,\s*$/.test(gapAfter(subjectEnd))) return null;
  for (let close = subjectEnd + 1; close < tokens.length && close <= subjectEnd + 6; close++) {
    if (!isPlainGap(gapAfter(close))) {
      if (!/^\s*,\s*$/.test(gapAfter(close))) return null;
      const name: string[] = [];
      for (let k = close; k > subjectEnd && isCapitalised((tokens[k] as Token).text); k--) name.unshift((tokens[k] as Token).text);
      return name.length > 0 ? name.join(' ') : null;
    }
  }
  return null;
}

/** The full name a lone capitalised word stands for: a person the topic data lists by it, or one the source named; null otherwise. */
function knownSurname(word: string, names: NameRegistry, lexicon: ActorLexicon): string | null {
  if (!isCapitalised(word)) return null;
  const known = names.lookup(word);
  if (known) return known.name;
  const actor = lexicon.resolveSpeakerPhrase(word).actor;
  return actor && lexicon.actor(actor)?.kind === 'person' ? (lexicon.actor(actor)?.name ?? null) : null;
}
