/**
 * Personal names in speaker phrases: splitting "Deputy Press Secretary Anna Berg" into a title
 * and a name, and remembering the names a source has used so that a later "Berg" is the same person.
 */
import type { ActorLexicon } from '../../topic/actor-lexicon.ts';
import { kindAt, SPACE } from '../characters.ts';
import { isAcronym, isCalendarWord, isCapitalised, isPlainGap, isPossessive, tokenize } from './tokens.ts';
import type { Token } from './types.ts';
import { isRoleNoun, NAME_PARTICLES, PHRASE_PREPOSITIONS, PHRASE_STOP_WORDS, PRONOUNS, TIME_WORDS, TITLE_WORDS } from './word-lists.ts';

/** A speaker phrase split into the title before a name and the name itself. */
export interface NameSplit {
  /** The personal name: two or more capitalised words at the end of the phrase; null when there is none. */
  name: string | null;
  /** The words before the name ("Sylvanian Defence Minister"), or the whole phrase when there is no name. */
  title: string;
}

/**
 * Splits a phrase at its trailing personal name. Words that are office titles, acronyms, possessives,
 * or part of a non-person actor the lexicon knows ("Marsh City") never belong to a name.
 */
export function splitName(phrase: string, lexicon?: ActorLexicon): NameSplit {
  const tokens = tokenize(phrase);
  const blocked = nonPersonRanges(phrase, lexicon);
  let first = tokens.length;
  let words = 0;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i] as Token;
    const gap = phrase.slice(token.end, tokens[i + 1]?.start ?? phrase.length);
    if (i < tokens.length - 1 && !isSpaces(gap)) break;
    if (NAME_PARTICLES.has(token.text) && words > 0 && nameWordBefore(tokens, i, blocked)) {
      first = i;
      continue;
    }
    if (!isNameWord(token, blocked)) break;
    first = i;
    words += 1;
  }
  if (first === tokens.length && tokens.length > 0) {
    // A name must end the phrase: "Berg’s office" has none.
    return { name: null, title: phrase.trim() };
  }
  const lastToken = tokens[tokens.length - 1];
  const trailing = lastToken ? phrase.slice(lastToken.end).trim() : '';
  if (words < 2 || trailing !== '') return { name: null, title: phrase.trim() };
  const start = (tokens[first] as Token).start;
  // "the Commissioner for Human Rights", "a spokesman for Anna Berg": two capitalised words right
  // after a preposition are what the role is of or for, not the name of whoever holds it (more may
  // be a portfolio and a name: "Minister of Health Karl Weiss").
  const before = tokens[first - 1];
  if (words === 2 && before && PHRASE_PREPOSITIONS.has(before.text)) return { name: null, title: phrase.trim() };
  return {
    name: phrase.slice(start, (lastToken as Token).end),
    title: phrase.slice(0, start).trim().replace(/,$/, '').trim(),
  };
}

/** The name words of a single-word or particle phrase ("Berg", "von der Heide"), for a registry look-up. */
export function isSurnamePhrase(phrase: string, lexicon?: ActorLexicon): boolean {
  const tokens = tokenize(phrase);
  const blocked = nonPersonRanges(phrase, lexicon);
  const names = tokens.filter((t) => !NAME_PARTICLES.has(t.text));
  return names.length === 1 && tokens.every((t) => NAME_PARTICLES.has(t.text) || isNameWord(t, blocked));
}

/** Whether a name word precedes the particles before token `i`: "Greta" in "Greta von der Heide". */
function nameWordBefore(tokens: Token[], i: number, blocked: Blocked): boolean {
  let j = i - 1;
  while (j >= 0 && NAME_PARTICLES.has((tokens[j] as Token).text)) j -= 1;
  return j >= 0 && isNameWord(tokens[j] as Token, blocked);
}

function isNameWord(token: Token, blocked: Blocked): boolean {
  const word = token.text;
  if (!isCapitalised(word) || TITLE_WORDS.has(word) || isAcronym(word) || isPossessive(word)) return false;
  if (PRONOUNS.has(word) || isCalendarWord(word) || (word.endsWith('.') && word.length > 2)) return false;
  // A capitalised function word opens a sentence, not a name: "But Berg said", "On Monday".
  const lower = word.toLowerCase();
  if (PHRASE_STOP_WORDS.has(lower) || PHRASE_PREPOSITIONS.has(lower) || TIME_WORDS.has(lower) || lower === 'on') return false;
  return !blocked().some(([s, e]) => token.start < e && token.end > s);
}

/** The stretches of a phrase that name an actor other than a person: found when a word first asks. */
type Blocked = () => Array<[number, number]>;

function nonPersonRanges(phrase: string, lexicon?: ActorLexicon): Blocked {
  let ranges: Array<[number, number]> | undefined;
  return () => (ranges ??= lexicon ? findNonPersonRanges(phrase, lexicon) : []);
}

function findNonPersonRanges(phrase: string, lexicon: ActorLexicon): Array<[number, number]> {
  return lexicon
    .findMentions(phrase)
    .filter((m) => {
      const kind = lexicon.actor(m.actorId)?.kind;
      return kind !== 'person' && kind !== 'commentator';
    })
    .map((m) => [m.index, m.index + m.text.length]);
}

/** One or more spaces and nothing else. */
function isSpaces(gap: string): boolean {
  return gap !== '' && isPlainGap(gap);
}

/**
 * Whether a full name the text gives ("Omar Berg", "Lee Jae-won") is someone other than the person
 * the topic data knows by one of its words ("Berg" for Anna Berg, "Lee" for Lee Min-ho): the name has
 * a word in none of the person's names, and holds none of their full names whole (a title word left
 * in the name, "Fisheries Lee Min-ho", is still them). A spelling close enough ("Tomasz" for
 * "Tomas") is the same word; initials and words of two letters ("Pm") tell nothing.
 */
export function namesAnotherPerson(name: string, actorId: string, lexicon: ActorLexicon): boolean {
  const actor = lexicon.actor(actorId);
  if (!actor) return false;
  const full = [actor.name, ...actor.aliases].filter((term) => /\s/.test(term.trim()));
  // "Lee Min Ho" and "Lee Min-ho", "Anna Maria Berg" and "Anna-Maria Berg": one name spaced two ways.
  if (full.some((term) => lettersOf(name).includes(lettersOf(term)))) return false;
  const given = nameWords(name);
  const fullNames = full.map(nameWords).filter((words) => words.length > 0);
  if (fullNames.some((words) => words.every((word) => given.some((other) => sameNameWord(word, other))))) return false;
  const known = fullNames.flat().concat([actor.name, ...actor.aliases].flatMap(nameWords));
  // "A. Berg" for Tomas Berg: an initial none of the person's names opens is someone else's.
  if (initialsOf(name).some((letter) => !full.some((term) => nameInitials(term).includes(letter)))) return true;
  // "Operator Lind-Tankers": a role word before the name says what the actor is, not whose name it is.
  return given.some((word) => !isRoleNoun(word) && !known.some((other) => sameNameWord(word, other)));
}

/** The initials a name gives as such, lower case: "A." in "A. Berg", "A Berg"; each letter of "J.R.". */
function initialsOf(name: string): string[] {
  return name
    .split(/\s+/)
    .filter((word) => /^(?:\p{Lu}\.){1,3}$|^\p{Lu}$/u.test(word))
    .flatMap((word) => [...word.replace(/\./g, '').toLowerCase()]);
}

/** The first letters of a full name's words and of their hyphenated parts, lower case: "Lee Min-ho" → l, m, h. */
function nameInitials(name: string): string[] {
  return name
    .split(/[\s-]+/)
    .map((word) => word.replace(/^[^\p{L}]+/u, '').charAt(0).toLowerCase())
    .filter(Boolean);
}

/** A name's letters alone, in lower case. */
function lettersOf(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}]/gu, '');
}

/** The words of a name that tell one person from another: lower case, no particles, initials or two-letter words. */
function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/[-.]/g, ''))
    .filter((word) => !NAME_PARTICLES.has(word) && [...word].length > 2);
}

/** Equal, or one transliteration of the other: the same first five letters, or four of a short word. */
function sameNameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const prefix = Math.min(5, a.length - 1, b.length - 1);
  return prefix >= 4 && a.slice(0, prefix) === b.slice(0, prefix);
}

/** One person a source has named, with the title it gave them. */
export interface KnownName {
  name: string;
  description: string;
}

/**
 * Phrases already split, by the lexicon they were split with: the sources of one briefing name the
 * same people and bodies again and again, and a split depends on the phrase and the lexicon alone.
 * Kept as long as the lexicon (one build).
 */
const SPLITS = new WeakMap<ActorLexicon, Map<string, NameSplit>>();

function splitsBy(lexicon: ActorLexicon): Map<string, NameSplit> {
  let splits = SPLITS.get(lexicon);
  if (!splits) SPLITS.set(lexicon, (splits = new Map()));
  return splits;
}

/**
 * The names a source has used so far. A later short form ("Berg", "von der Heide", or the family
 * name written first, "Lee") finds the full name when exactly one known name fits.
 */
export class NameRegistry {
  private readonly keys = new Map<string, Set<string>>();
  private readonly descriptions = new Map<string, string>();
  /** Phrases this registry split without a lexicon. */
  private readonly splitsWithoutLexicon = new Map<string, NameSplit>();

  /** `splitName(phrase, lexicon)`, worked out once per phrase and lexicon. */
  split(phrase: string, lexicon?: ActorLexicon): NameSplit {
    const splits = lexicon ? splitsBy(lexicon) : this.splitsWithoutLexicon;
    let split = splits.get(phrase);
    if (!split) splits.set(phrase, (split = splitName(phrase, lexicon)));
    return { ...split };
  }

  /** Remembers a full name; the first non-empty description given for it is kept. */
  register(name: string, description: string): void {
    const known = this.descriptions.get(name);
    // "the Peace Union's Jan Weiss" read in the narrative, then "…, former envoy, head of the Peace Union
    // Jan Weiss told": the fuller description that holds the first one tells more of the same person.
    if (known === undefined || (known === '' && description !== '') || (description.length > known.length && known !== '' && description.includes(known))) {
      this.descriptions.set(name, description);
    }
    for (const key of shortForms(name)) {
      const names = this.keys.get(key) ?? new Set<string>();
      names.add(name);
      this.keys.set(key, names);
    }
  }

  /** The full names the source has used so far, in the order it gave them. */
  known(): string[] {
    return [...this.descriptions.keys()];
  }

  /** The one known name a short form stands for, or null when none or several fit. */
  lookup(shortForm: string): KnownName | null {
    const names = this.keys.get(shortForm.trim());
    // "Lee Min Ho" and "Lee Min-ho" are one name spelled two ways.
    if (!names || new Set([...names].map(spelling)).size !== 1) return null;
    const name = [...names][0] as string;
    return { name, description: this.descriptions.get(name) ?? '' };
  }

  /** The full names a short form may stand for, in the order the source gave them. */
  namesFor(shortForm: string): string[] {
    return [...(this.keys.get(shortForm.trim()) ?? [])];
  }

  /**
   * Registers the personal names in a stretch of narrative ("… told Northern Council President
   * Greta von der Heide …"), so a later "von der Heide said" resolves. `tokens` are the words to
   * read, with offsets into `text`: by default all of `text`'s, or a sentence's words in its paragraph.
   */
  collect(text: string, lexicon?: ActorLexicon, tokens: readonly Token[] = tokenize(text)): void {
    for (const run of capitalisedRuns(text, tokens)) {
      const { name, title } = this.split(run, lexicon);
      if (name) this.register(name, title);
    }
  }
}

/** A name without the differences of spelling that do not make another name: case and hyphens. */
function spelling(name: string): string {
  return name.toLowerCase().replace(/-/g, ' ');
}

/**
 * The forms a full name may be shortened to: the full name, the last word, a particle tail, the first
 * word, and the leading words of a name of three or more ("Lee Min" of "Lee Min Ho").
 */
function shortForms(name: string): string[] {
  const words = name.split(/\s+/);
  const forms = new Set([name, words[words.length - 1] as string, words[0] as string]);
  for (let k = 2; k < words.length; k++) forms.add(words.slice(0, k).join(' '));
  words.forEach((word, i) => {
    if (NAME_PARTICLES.has(word)) forms.add(words.slice(i).join(' '));
  });
  return [...forms];
}

/** Runs of capitalised words (and name particles) among `tokens` of `text`, separated only by spaces. */
function capitalisedRuns(text: string, tokens: readonly Token[]): string[] {
  const runs: string[] = [];
  // The run so far, tokens `first` to `last`; `first` is -1 when there is none. Read at every word of
  // every sentence, so kept as two numbers rather than an array of tokens.
  let first = -1;
  let last = -1;
  const flush = (): void => {
    if (first < 0) return;
    while (last >= first && NAME_PARTICLES.has((tokens[last] as Token).text)) last--;
    // "Karl Weiss's decision": the name without its possessive.
    if (last - first >= 1) runs.push(text.slice((tokens[first] as Token).start, (tokens[last] as Token).end).replace(/['’]s?$/u, ''));
    first = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (first >= 0 && !spacesBetween(text, (tokens[last] as Token).end, token.start)) flush();
    if (isCapitalised(token.text) || (first >= 0 && NAME_PARTICLES.has(token.text))) {
      if (first < 0) first = i;
      last = i;
    } else flush();
  }
  flush();
  return runs;
}

/** Whether `text` holds one or more spaces and nothing else from `from` to `to`: `isSpaces` of that stretch, read in place. */
function spacesBetween(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if ((kindAt(text, i) & SPACE) === 0) return false;
  return true;
}
