import { isNumberWord } from './number-words.ts';
import { looksPlural } from './plural.ts';
import { wordAt } from './tokens.ts';
import type { Token } from './types.ts';

/**
 * Closed-class words (articles, pronouns, prepositions, auxiliaries), reporting
 * verbs and time adverbs: none of them is part of the noun phrase after a
 * number, so the phrase ends before them ("3,000 troops *were* sent",
 * "600,000 casualties *of* …", "2,000 killed *last* week").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'their', 'its', 'his', 'her', 'our', 'your', 'my',
  'it', 'they', 'them', 'he', 'she', 'we', 'you', 'i', 'who', 'whom', 'whose', 'which', 'what', 'there', 'here',
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'without', 'into', 'onto', 'near', 'since', 'during',
  'across', 'as', 'than', 'over', 'under', 'after', 'before', 'around', 'about', 'including', 'between', 'among',
  'per', 'via', 'against', 'along', 'toward', 'towards', 'through', 'throughout', 'within', 'behind', 'beyond',
  'inside', 'outside', 'until', 'till', 'while', 'when', 'where', 'whether', 'if', 'because', 'but', 'nor', 'so',
  'yet', 'not', 'no', 'each', 'apiece',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'have', 'has', 'had', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
  'said', 'says', 'say', 'told', 'according', 'include', 'includes', 'included',
  'yesterday', 'today', 'tonight', 'tomorrow', 'ago', 'earlier', 'later', 'now', 'last', 'next', 'already',
  'still', 'also', 'then',
]);

/** Words that open a relative clause after a noun: "who", "which", "that", "whom", "whose". */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom', 'whose']);

/** Words between a number and its noun that say "in addition", kept in the span but not in the unit ("2,000 more troops"). */
export const SKIP_MODIFIERS: ReadonlySet<string> = new Set(['more', 'additional', 'extra', 'further', 'other', 'fresh', 'new']);

/**
 * At most this many words between a number and the end of its noun phrase: enough for a two-word
 * demonym before a coordinated compound ("6,000 North Freedonian engineering and military construction personnel").
 */
const MAX_WORDS = 8;

/** The noun phrase after a number, as token indices. */
export interface NounPhrase {
  /** First token of the phrase, after any skipped modifiers. */
  first: number;
  /** The head noun: the last token of the phrase. */
  head: number;
}

/**
 * The noun phrase that starts at token `from`, or null when a stop word or
 * punctuation comes first. Without a parser, the head is found like this:
 * the phrase runs over words (capitalised modifiers such as nationalities
 * included) and ends at the first plural noun or unit noun, unless another
 * plural or unit noun follows it as a compound ("special forces troops").
 * "and"/"or" joins singular words ("artillery and rocket rounds", "killed and
 * wounded") but not two plural nouns ("150 tanks and troops" counts tanks).
 * When no such noun shows up, the last word before a stop is the head.
 * `isSingularOfUnit`, when given, says whether a word is the singular of a unit written in the
 * plural ("attack" of "attacks", "live" of "lives"): after a plural noun such a word is the clause's
 * verb ("120,000 Sylvanians live in the valley"), unless the count is one ("one special forces
 * soldier"). `isAcronymOfUnit`, when given, says whether a word in capitals spells the initials of a
 * unit ("UAS" of "unmanned aerial systems"), which heads the phrase as the unit would.
 */
export function nounPhraseAfter(
  tokens: readonly Token[],
  from: number,
  isUnitHead: (word: string) => boolean,
  isSingularOfUnit: (word: string) => boolean = () => false,
  isAcronymOfUnit: (text: string) => boolean = () => false,
): NounPhrase | null {
  let first = from;
  while (SKIP_MODIFIERS.has(wordAt(tokens, first) ?? '')) first += 1;
  const isHeadNoun = (word: string) => looksPlural(word) || isUnitHead(word);
  let head = -1;
  let quoteCloses = -1;
  // Tokens of acronyms glossed in parentheses inside the phrase, and commas of a list of modifiers,
  // which count toward no word limit.
  let glossed = 0;
  for (let i = first; i < first + MAX_WORDS + glossed; i += 1) {
    // "25 “illegal and unacceptable” attacks": the writer's quotation marks around modifiers, with
    // the noun after them ("300 “heroes”" quotes the noun itself and ends there).
    if (tokens[i]?.kind === 'punct' && QUOTE_MARKS.test(tokens[i]?.text ?? '')) {
      if (quoteCloses === i) continue;
      quoteCloses = quotedModifiersEnd(tokens, i);
      if (quoteCloses < 0) break;
      continue;
    }
    // "over 100 elderly, sick, and disabled people": commas between the modifiers of a list that
    // closes with "and"/"or" before its head; the "and" after a comma is passed with it.
    if (tokens[i]?.text === ',') {
      if (head < first || !modifierListGoesOn(tokens, i, isHeadNoun)) break;
      glossed += 1;
      if (['and', 'or'].includes(wordAt(tokens, i + 1) ?? '')) i += 1;
      continue;
    }
    const word = wordAt(tokens, i);
    if (word === undefined || STOP_WORDS.has(word)) break;
    if (word === 'and' || word === 'or') {
      const previous = wordAt(tokens, i - 1);
      // "32 servicemen and one civilian": a number after "and" opens a count of its own.
      if (head < first || previous === undefined || looksPlural(previous) || isNumberWord(wordAt(tokens, i + 1) ?? '')) break;
      if (!(isModifier(tokens[i + 1]) || namesPair(tokens, i))) break;
      continue;
    }
    head = i;
    // "five one-way attack (OWA) unmanned aerial vehicles": an acronym glossed in parentheses after a
    // singular modifier is passed, and the phrase goes on to its head.
    if (!looksPlural(word) && glossAt(tokens, i + 1) && isModifier(tokens[i + GLOSS_TOKENS + 1])) {
      glossed += GLOSS_TOKENS;
      i += GLOSS_TOKENS;
      continue;
    }
    // "two land attack cruise missiles": a singular noun after a count modifies a head a word or two on.
    const next = wordAt(tokens, i + 1) ?? '';
    // "18 attack UAVs", "four one-way attack UAS": an acronym the topic counts is the head the singular word before it modifies.
    const acronymHead = !looksPlural(word) && writtenInCapitals(tokens[i + 1]) && (isUnitHead(next) || isAcronymOfUnit(tokens[i + 1]?.text ?? ''));
    // "120,000 Freedonians hangs in the balance": after a plural, only a unit noun heads a compound ("special forces troops").
    const compound = (isModifier(tokens[i + 1]) && (looksPlural(word) ? isUnitHead(next) : isHeadNoun(next)) && !verbAfterPlural(tokens, from, i, isSingularOfUnit)) || acronymHead || (!looksPlural(word) && (pluralAhead(tokens, i) || installationAhead(tokens, i) || unitHeadTwoOn(tokens, i, isUnitHead)));
    // "killed one person and injured two people": a word after "and" that takes a count of its own is a verb.
    const countAfter = tokens[i + 3]?.kind === 'number' || isNumberWord(wordAt(tokens, i + 3) ?? '');
    const coordinated = !looksPlural(word) && ['and', 'or'].includes(wordAt(tokens, i + 1) ?? '') && isModifier(tokens[i + 2]) && !countAfter;
    if (isHeadNoun(word) && !compound && !coordinated) break;
  }
  return head >= first ? { first, head } : null;
}

/** Counts of one, which take a singular head after a plural modifier ("one special forces soldier"). */
const COUNTS_OF_ONE: ReadonlySet<string> = new Set(['one', '1', 'a', 'an', 'single']);

/**
 * Whether the word after the plural noun at `i` is the clause's verb in its bare form rather than the
 * head of a compound: "120,000 Sylvanians live in the valley", "500 fighters attack at dawn". Such a
 * word is the singular of a unit written in the plural, and a count of more than one takes no
 * singular head; after a count of one it is that head ("one special forces soldier"). A unit with
 * no plural of its own stays a head ("3,000 civilians killed").
 */
function verbAfterPlural(tokens: readonly Token[], from: number, i: number, isSingularOfUnit: (word: string) => boolean): boolean {
  const word = tokens[i]?.text ?? '';
  const next = tokens[i + 1]?.lower ?? '';
  if (!looksPlural(word) || looksPlural(next) || !isSingularOfUnit(next)) return false;
  // "three Marine Corps attack helicopters", "two special forces attack teams": a plural after it makes
  // it a modifier of that head as often as a verb and its object ("drones attack ships"); left as a compound.
  if (looksPlural(tokens[i + 2]?.text ?? '')) return false;
  return !COUNTS_OF_ONE.has(tokens[from - 1]?.lower ?? '');
}

/** At most this many words between a singular noun and the plural head it modifies: "attack unmanned aerial vehicles". */
const MODIFIED_HEAD_REACH = 3;

/**
 * Whether the singular word at `i` modifies a plural head a few words on: "two land attack cruise
 * missiles", "three one-way attack unmanned aerial vehicles", and in a name written in title case,
 * "14 Kestrel Land Attack Missiles". Only content words stand between them.
 */
function pluralAhead(tokens: readonly Token[], i: number): boolean {
  const titleCase = /^\p{Lu}/u.test(tokens[i]?.text ?? '');
  for (let j = i + 1; j <= i + MODIFIED_HEAD_REACH; j++) {
    const token = tokens[j];
    const capitalisedWord = titleCase && token?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(token.text) && !STOP_WORDS.has(token.lower);
    if (!isModifier(token) && !capitalisedWord) return false;
    if (looksPlural(token?.text ?? '')) return j > i + 1 || capitalisedWord;
  }
  return false;
}

/**
 * Singular nouns of installations and places, which a weapon or other noun before them only
 * modifies: "one drone storage facility", "a single missile launch site". Generic English.
 */
const INSTALLATIONS: ReadonlySet<string> = new Set([
  'site', 'facility', 'depot', 'base', 'warehouse', 'factory', 'plant', 'hangar', 'bunker', 'station', 'workshop',
  'airfield', 'compound', 'complex', 'installation', 'launcher',
]);

/**
 * Whether the singular word at `i` modifies the name of an installation one or two words on: "one
 * drone storage facility", "one missile site". The words between are neither verbs in -ed nor
 * words that could be the verb of the clause ("one drone struck the depot" counts the drone).
 */
function installationAhead(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j <= i + 2; j++) {
    const token = tokens[j];
    if (!isModifier(token)) return false;
    const word = token?.lower ?? '';
    if (INSTALLATIONS.has(word)) return true;
    if (/ed$/.test(word) || CLAUSE_VERBS.has(word)) return false;
  }
  return false;
}

/**
 * Whether the singular word at `i` modifies a singular unit two words on, past a modifier that is no
 * unit: "one land attack cruise missile" counts the missile, not an attack. The word between is no
 * verb ("one attack damaged the ship", "one drone hitting the ship", "one missile hit ships").
 */
function unitHeadTwoOn(tokens: readonly Token[], i: number, isUnitHead: (word: string) => boolean): boolean {
  const between = tokens[i + 1];
  const head = tokens[i + 2];
  if (!isModifier(between) || !isModifier(head) || looksPlural(head?.text ?? '')) return false;
  const word = between?.lower ?? '';
  if (/(?:ed|ing)$/.test(word) || CLAUSE_VERBS.has(word) || isUnitHead(word)) return false;
  return isUnitHead(head?.lower ?? '');
}

/** Verbs of a clause that do not end in -ed, which may follow a count's noun: "one missile hit the base". */
const CLAUSE_VERBS: ReadonlySet<string> = new Set(['hit', 'hits', 'struck', 'strikes', 'fell', 'flew', 'sank', 'blew', 'set', 'left', 'lit', 'shot', 'sent', 'made', 'caught', 'took']);

/** Quotation marks a writer puts around words inside a noun phrase. */
export const QUOTE_MARKS = /^[“”"‘’]$/;

/**
 * Where the quotation opened at `open` closes, when only words stand inside it, the last of them no
 * plural, and a word follows it; -1 otherwise.
 */
function quotedModifiersEnd(tokens: readonly Token[], open: number): number {
  for (let i = open + 1; i < tokens.length && i <= open + 5; i++) {
    const token = tokens[i] as Token;
    // The last quoted word modifies the noun after the quotation; a plural there is the quoted noun itself.
    if (token.kind === 'punct') return QUOTE_MARKS.test(token.text) && i > open + 1 && !looksPlural(tokens[i - 1]?.text ?? '') && tokens[i + 1]?.kind === 'word' ? i : -1;
    if (token.kind !== 'word') return -1;
  }
  return -1;
}

/** At most this many tokens from a comma to the "and"/"or" that closes a list of modifiers. */
const MAX_LIST_TOKENS = 6;

/**
 * Whether the comma at `comma` parts two modifiers of a list that closes with "and"/"or" and then the
 * head noun, a word or two on: "elderly, sick, and disabled people", "wounded, sick or elderly
 * civilians". Every item is a lowercase word that no head noun is, so "3 killed, wounded and missing"
 * and "200 wounded, dozens of them" end at the comma as before.
 */
function modifierListGoesOn(tokens: readonly Token[], comma: number, isHeadNoun: (word: string) => boolean): boolean {
  const isItem = (token: Token | undefined) => isModifier(token) && !isHeadNoun(token?.text ?? '');
  if (!isItem(tokens[comma - 1])) return false;
  for (let j = comma + 1; j <= comma + MAX_LIST_TOKENS; j += 1) {
    const word = wordAt(tokens, j) ?? '';
    if (word === 'and' || word === 'or') {
      if (!isItem(tokens[j + 1])) return false;
      const headAt = (k: number) => isHeadNoun(wordAt(tokens, k) ?? '');
      // "sick and disabled Sylvanian residents": one more modifier, a demonym too, may stand before the head.
      return headAt(j + 2) || (tokens[j + 2]?.kind === 'word' && !isHeadNoun(tokens[j + 2]?.text ?? '') && headAt(j + 3));
    }
    if (tokens[j]?.text !== ',' && !isItem(tokens[j])) return false;
  }
  return false;
}

/** "Freedonian and Sylvanian sailors": two capitalised modifiers joined by the word at `i`. */
function namesPair(tokens: readonly Token[], i: number): boolean {
  const capitalised = (token: Token | undefined) => token?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(token.text);
  return capitalised(tokens[i - 1]) && capitalised(tokens[i + 1]);
}

/** An acronym written in capitals, with a lowercase plural ending or none: "UAVs", "USV", "IEDs". */
function writtenInCapitals(token: Token | undefined): boolean {
  return token?.kind === 'word' && /^\p{Lu}{2,}s?$/u.test(token.text);
}

/** The tokens of an acronym glossed in parentheses: "(", the acronym, ")". */
const GLOSS_TOKENS = 3;

/** Whether an acronym in capitals stands in parentheses at `i`: "(OWA)", "(UAVs)". */
function glossAt(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.text === '(' && writtenInCapitals(tokens[i + 1]) && tokens[i + 2]?.text === ')';
}

/** A lowercase content word: something that can sit inside a noun phrase. */
function isModifier(token: Token | undefined): boolean {
  if (token?.kind !== 'word' || !/^\p{Ll}/u.test(token.text)) return false;
  const word = token.text.toLowerCase();
  return !STOP_WORDS.has(word) && word !== 'and' && word !== 'or';
}
