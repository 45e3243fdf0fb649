/**
 * What happened to the things counted, read from the clause around the number rather than from its
 * noun: "3,000 soldiers have been killed or wounded" counts casualties although "soldiers" is a unit
 * of troops sent; "511 were wounded" counts casualties with no noun at all. Generic English: the
 * auxiliary and participle after the figure, or the verb or noun of loss right before it.
 */
import type { UnitMatcher } from './categories.ts';
import { isNumberWord } from './number-words.ts';
import { ownParticiple } from './own-participle.ts';
import { currencyBefore } from './non-figures.ts';
import { isPeopleNoun, isPeopleOfNoRole, isPeopleUnit } from './people.ts';
import { looksPlural } from './plural.ts';
import { deathsCategory, lossesCategory, populationCategory, populationCategoryOf } from './usual-units.ts';
import type { Draft } from './read-figure.ts';
import { touching } from './tokens.ts';
import type { Token } from './types.ts';

const AUXILIARIES = new Set([
  'were', 'was', 'have', 'has', 'had', 'are', 'is', 'been', 'being', 'reportedly', 'also', 'now', 'so', 'far', 'already', 'later',
  // "3,000 sailors could be killed": a modal and "be" before what would happen to them.
  'could', 'would', 'may', 'might', 'will', 'be',
  // "105 remain missing", "20 still held": a state that lasts, told by what follows.
  'remain', 'remains', 'remained', 'still',
]);

/** Punctuation that may close an aside the figure stands in: a comma or a dash. */
const CLOSES_ASIDE = /^[,—–]$/;

/** Words after the figure that say what happened to it: "were killed", "have been wounded or captured". */
export function predicateAfter(tokens: readonly Token[], last: number, pastDescription = true, subject = false): string | null {
  const words: string[] = [];
  let sawAuxiliary = false;
  let sawBe = false;
  // "five of them died": the partitive pronoun stands for the noun left out.
  let from = last + 1;
  // "200 more were wounded": "more" stands for the noun of a count told before.
  if (tokens[from]?.lower === 'more') from += 1;
  // "50 ships a day passed through the strait": a rate says how often, not what happened.
  if (RATE_OPENERS.has(tokens[from]?.lower ?? '') && RATE_PERIODS.has(tokens[from + 1]?.lower ?? '')) from += 2;
  else if (tokens[from]?.lower === 'daily') from += 1;
  if (tokens[from]?.lower === 'of' && ['them', 'those', 'whom', 'these'].includes(tokens[from + 1]?.lower ?? '')) from += 2;
  // "65,000 of the region’s population of roughly 120,000 had arrived": past the whole they are part of.
  else if (opensWhole(tokens, from)) from = pastWhole(tokens, from);
  // "At least 30 residents of Marsh City were wounded": past the name of the place they are of.
  else from = pastPlaceName(tokens, from);
  // "most of his unit (around 65 of them) were killed": the aside closes, the clause goes on.
  if (tokens[from]?.text === ')' && tokens.slice(Math.max(0, last - 3), last).some((t) => t.text === '(')) from += 1;
  if (pastDescription) from = afterParticiplePhrase(tokens, from);
  // "two sailors, named Lind and Ober, who were captured …": a relative clause says what happened to them.
  const beforeAppositive = from;
  from = afterAppositive(tokens, from, subject);
  // "left nine sailors, including three cadets, dead": the state they were left in closes the clause.
  const stateAfterAside = from > beforeAppositive && stateClosingClause(tokens, from);
  // "More than 50,000, or about 40 percent of them, have crossed": past an aside set off by commas.
  from = afterAside(tokens, from);
  // "Nearly the entire population, over 100,600 persons, have found refuge": the figure is itself the
  // aside, and the clause's verb follows the comma that closes it.
  // So may a dash close it: "the entire population — over 100,600 persons — have fled".
  if (CLOSES_ASIDE.test(tokens[from]?.text ?? '') && FINITE.has(tokens[from + 1]?.lower ?? '')) from += 1;
  // "300 nurses – who arrived from the region – into the city's hospitals": a dash opens the clause
  // that tells what they did; what follows its closing dash belongs to the verb that governs them.
  if (isDash(tokens, from) && tokens[from + 1]?.lower === 'who') from += 1;
  // "120,000 people who live in the region": a relative clause's verb in any tense is what they do.
  const relative = RELATIVES.has(tokens[from]?.lower ?? '') && tokens[from]?.lower !== 'that';
  if (RELATIVES.has(tokens[from]?.lower ?? '')) from += 1;
  for (let i = from; i < tokens.length && words.length < 7; i++) {
    const token = tokens[i] as Token;
    // 'of whom more than 4,000 "had been lost"', "were 'put out of action'": the writer's quotation
    // marks do not end the clause.
    if (words.length === 0 && /^[“"‘']$/.test(token.text)) continue;
    // "remained in the peacekeepers’ camp": a plural's possessive mark does not end the clause.
    if (words.length > 0 && pluralPossessive(tokens, i)) continue;
    if (token.kind !== 'word') break;
    if (AUXILIARIES.has(token.lower)) {
      sawAuxiliary = true;
      if (BE.has(token.lower)) sawBe = true;
      continue;
    }
    // "1,000 people are left": they remain, where "1,000 people (have) left" are gone.
    if (words.length === 0 && sawBe && token.lower === 'left' && !LEFT_IN_A_STATE.has(tokens[i + 1]?.lower ?? '')) {
      words.push('remain');
      continue;
    }
    if (!sawAuxiliary && !relative && !stateAfterAside && words.length === 0 && !/ed$/.test(token.lower) && !BARE_FATES.has(token.lower)) return null;
    // "2,000 sailors evacuated 5,000 civilians": a past tense with an object is what they did, not what happened to them.
    if (!sawAuxiliary && !relative && words.length === 0 && startsObject(tokens[i + 1])) return null;
    // "two sailors were missing after the attack": a clause of time or cause is not what happened to them.
    if (words.length > 0 && SUBORDINATORS.has(token.lower)) break;
    // "were deployed to replace those killed", "who will replace the dead": what happened to the
    // object of their verb did not happen to them ("were among the dead" still tells it).
    if (words.length > 0 && OBJECT_PHRASE.has(token.lower) && !PREPOSITIONS.has(words.at(-1) ?? '')) break;
    // "were taken to the border by buses sent by Freedonia": a participle right after the noun of a
    // phrase the predicate governs describes that noun; what it tells did not befall the counted.
    if (describesNounBefore(tokens, i, words)) break;
    words.push(token.lower);
  }
  // "85,000 people who did not want to live under its rule have left": a relative clause that denies
  // or refuses tells nothing that happened to them; the clause's main verb does (`predicateAfterRelative`).
  if (relative && words.some((word) => NEGATED_RELATIVE.has(word))) return null;
  return words.length > 0 ? words.join(' ') : null;
}

/**
 * Whether the verb form at `i` follows a plural noun that a preposition of the predicate `words`
 * governs ("by buses sent", "by shells fired", "from towns facing"): it describes that noun.
 */
function describesNounBefore(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  const noun = tokens[i - 1];
  if (!isVerbForm(tokens[i]) || noun?.kind !== 'word' || !/^\p{Ll}/u.test(noun.text) || !looksPlural(noun.text)) return false;
  return words.slice(0, -1).some((word) => PREPOSITIONS.has(word));
}

/** Whether the token at `i` is the apostrophe of a plural's possessive: right after a word in -s, a word after a space. */
function pluralPossessive(tokens: readonly Token[], i: number): boolean {
  const mark = tokens[i];
  const owner = tokens[i - 1];
  const next = tokens[i + 1];
  return (mark?.text === '’' || mark?.text === "'") && owner?.kind === 'word' && /s$/.test(owner.lower) && touching(owner, mark) && next?.kind === 'word' && !touching(mark, next);
}

/** Whether a relative clause about people opens at `i`: "who", or "who" after a comma or dash. */
export function opensRelativeClause(tokens: readonly Token[], i: number): boolean {
  const start = tokens[i]?.text === ',' || isDash(tokens, i) ? i + 1 : i;
  return tokens[start]?.lower === 'who';
}

/** Whether the token at `i` is a dash: an em or en dash, or a hyphen with spaces on both sides. */
function isDash(tokens: readonly Token[], i: number): boolean {
  const mark = tokens[i]?.text;
  if (mark === '—' || mark === '–') return true;
  return mark === '-' && !touching(tokens[i - 1], tokens[i]) && !touching(tokens[i], tokens[i + 1]);
}

/** Words of a relative clause that tell what did not happen or was refused: "who did not flee", "who refused to leave". */
const NEGATED_RELATIVE: ReadonlySet<string> = new Set(['not', 'never', 'didn', 'don', 'doesn', 'won', 'refused', 'refuse', 'refuses', 'declined']);

/** Words that open a rate after a count: "a day", "per week", "each month". */
const RATE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'per', 'each', 'every']);

/** The periods of a rate: "a day", "per week". */
const RATE_PERIODS: ReadonlySet<string> = new Set(['day', 'week', 'month', 'year', 'hour', 'night']);

/**
 * Past forms not in -ed that tell what happened to a bare count: "20 died", "349 hurt", "two sailors
 * held by the rebels", "hundreds became victims", "one of the missiles fell nearby".
 */
const BARE_FATES: ReadonlySet<string> = new Set(['died', 'hurt', 'held', 'became', 'fell']);

/** Forms of "to be" among the auxiliaries: after them, "left" is a state ("are left"), not a departure. */
const BE: ReadonlySet<string> = new Set(['are', 'is', 'were', 'was', 'been', 'be']);

/**
 * A state of people alone at the end of its clause, right after an aside: "left 17 sailors, most of
 * them cadets, dead." The state is what the clause tells of them, as "were killed" would be.
 */
const STATES_LEFT_IN: ReadonlySet<string> = new Set(['dead', 'wounded', 'injured', 'missing', 'homeless']);

/** Whether the word at `at` is such a state (`STATES_LEFT_IN`) and its clause ends right after it. */
function stateClosingClause(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return STATES_LEFT_IN.has(tokens[at]?.lower ?? '') && (next === undefined || (next.kind !== 'word' && next.kind !== 'number'));
}

/** Words after "were left" that tell the state they were left in: "left homeless", "left dead". */
const LEFT_IN_A_STATE: ReadonlySet<string> = new Set(['homeless', 'without', 'dead', 'wounded', 'injured', 'stranded', 'destitute']);

/** Hedges that may stand between "there are" and the count: "there are at most a few hundred", "there are only 300". */
const EXISTENTIAL_HEDGES: ReadonlySet<string> = new Set(['at', 'most', 'least', 'only', 'just', 'still', 'about', 'around', 'some', 'fewer', 'less', 'than', 'no', 'more', 'nearly', 'almost', 'barely']);

/**
 * "There are at most a few hundred people left", "there were only 300 residents left in the town":
 * a count that "there is" opens and "left" closes counts who remain, not who departed ("there, 300
 * people left the town" is no such clause). "There were 300 people left homeless" tells their state.
 */
function leftAfterThereIs(tokens: readonly Token[], draft: Draft): boolean {
  if (tokens[draft.lastToken + 1]?.lower !== 'left' || LEFT_IN_A_STATE.has(tokens[draft.lastToken + 2]?.lower ?? '')) return false;
  let k = draft.firstToken - 1;
  for (let hedges = 0; hedges < 3 && EXISTENTIAL_HEDGES.has(tokens[k]?.lower ?? ''); hedges++) k -= 1;
  return BE.has(tokens[k]?.lower ?? '') && tokens[k - 1]?.lower === 'there';
}

/**
 * "There are still 90,000 people in the enclave", "there were still about 300 residents": people an
 * existential clause says are "still" there remain where they were. Read only when nothing else in
 * the clause tells what happened to them ("there are still 300 people missing" are missing).
 */
function stillThere(tokens: readonly Token[], draft: Draft): string | null {
  let k = draft.firstToken - 1;
  let still = false;
  for (let hedges = 0; hedges < 3 && EXISTENTIAL_HEDGES.has(tokens[k]?.lower ?? ''); hedges++) {
    if (tokens[k]?.lower === 'still') still = true;
    k -= 1;
  }
  if (!still || !BE.has(tokens[k]?.lower ?? '') || tokens[k - 1]?.lower !== 'there') return null;
  // Only a count the clause ends on, or ends on with the place by its name: "… people waiting to
  // cross", "… people in Marsh City waiting for shelter" tell more than that they are there.
  let end = draft.lastToken + 1;
  if (['in', 'inside'].includes(tokens[end]?.lower ?? '')) {
    end += tokens[end + 1]?.lower === 'the' ? 2 : 1;
    if (!/^\p{Lu}/u.test(tokens[end]?.text ?? '')) return null;
    while (tokens[end]?.kind === 'word' && /^\p{Lu}/u.test(tokens[end]?.text ?? '')) end += 1;
  }
  return tokens[end] === undefined || tokens[end]?.kind !== 'word' ? 'remain' : null;
}

/** Nouns that stand for those counted before: "six others", "200 more". */
const STAND_INS: ReadonlySet<string> = new Set(['others', 'more']);

/** Words that open an object noun phrase: "evacuated *the* residents", "evacuated *5,000* civilians". */
const OBJECT_STARTS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'their', 'its', 'his', 'her', 'our', 'some', 'more', 'about', 'around', 'nearly', 'dozens', 'hundreds', 'thousands']);

/** Whether `token` opens the object of a verb before it. */
export function startsObject(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'number' || OBJECT_STARTS.has(token.lower));
}

/** Words that open an object noun phrase of other people or things: "replace *those* killed", "replace *the* dead". */
const OBJECT_PHRASE: ReadonlySet<string> = new Set(['the', 'those', 'these', 'them', 'their', 'others']);

/** Prepositions after which a noun phrase is where or among whom, not an object: "among the dead", "in the blast". */
const PREPOSITIONS: ReadonlySet<string> = new Set(['among', 'of', 'in', 'on', 'at', 'from', 'to', 'by', 'with', 'during', 'near', 'into', 'for', 'under', 'amid', 'across']);

/** Words that open a clause of time, cause or condition after a predicate. */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'when', 'while', 'because', 'before', 'until', 'as', 'since', 'if', 'although', 'though', 'once']);

const RELATIVES = new Set(['who', 'which', 'that']);

const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'these', 'those']);

/**
 * Whether the words at `from` open the whole a part is counted from: "of the region’s 120,000",
 * "of 120,000", "out of an estimated 120,000".
 */
function opensWhole(tokens: readonly Token[], from: number): boolean {
  const of = tokens[from]?.lower === 'out' ? from + 1 : from;
  if (tokens[of]?.lower !== 'of') return false;
  const next = tokens[of + 1];
  return DETERMINERS.has(next?.lower ?? '') || next?.kind === 'number' || (/^an?$/.test(next?.lower ?? '') && tokens[of + 2]?.lower === 'estimated') || possessorOpens(tokens, of + 1);
}

/** "of Marsh City’s 120,000": up to three words, the last in the possessive, open a whole as a determiner does. */
function possessorOpens(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < from + 3 && tokens[i]?.kind === 'word'; i++) {
    if (/['’]s$/.test(tokens[i]?.text ?? '')) return true;
  }
  return false;
}

/** At most this many capitalised words name the place people are of: "of Marsh City", "of Upper Fredonburg". */
const PLACE_NAME_WORDS = 3;

/**
 * Past "of" and the name of a place (capitalised words) right after a count of people, when the
 * clause's auxiliary or a verb in the past follows the name: "30 residents of Marsh City were
 * wounded", "200 Freedonians of Marsh City fled". `from` otherwise ("residents of Marsh City and
 * Fredonburg", "residents of Marsh City's old town").
 */
function pastPlaceName(tokens: readonly Token[], from: number): number {
  if (tokens[from]?.lower !== 'of') return from;
  let i = from + 1;
  while (i < from + 1 + PLACE_NAME_WORDS && tokens[i]?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(tokens[i]?.text ?? '') && !/['’]s$/.test(tokens[i]?.text ?? '')) i += 1;
  if (i === from + 1) return from;
  const next = tokens[i];
  // "One resident of Marsh City mentioned that …": people who speak are sources, not what the clause they tell befell.
  if (next?.kind !== 'word' || SAYING.has(next.lower) || REPORTING_PASTS.has(next.lower)) return from;
  return FINITE.has(next.lower) || IRREGULAR_PASTS.has(next.lower) || /^\p{Ll}+ed$/u.test(next.text) ? i : from;
}

/** Verbs in the past by which people report what they saw, besides `SAYING`: "mentioned", "recalled". */
const REPORTING_PASTS: ReadonlySet<string> = new Set(['mentioned', 'stated', 'added', 'noted', 'reported', 'recalled', 'explained', 'claimed', 'described', 'confirmed', 'recounted', 'insisted']);

/** Pasts that end in no "-ed": "of the 300 sailors, 40 fled". */
const IRREGULAR_PASTS: ReadonlySet<string> = new Set(['fled', 'left', 'fell', 'went', 'came']);

/**
 * The auxiliary after "of the …" that a part of a whole is the subject of, or else a verb in the past
 * right after the whole's plural noun ("600 of the 15,000 deployed sailors died"); `from` when neither
 * follows within a few words.
 */
function pastWhole(tokens: readonly Token[], from: number): number {
  let past: number | null = null;
  // "of the 11,000 sailors that Sylvania had sent had been killed": the first auxiliary after a
  // relative word is the relative clause's own; a second one after its verb is the part's.
  let relative = false;
  let ownFinite: number | null = null;
  // "of the approximately 11,000 Sylvanian military personnel sent to the area have": a whole
  // with its modifiers and a participle phrase; punctuation, not a count of words, ends the search.
  for (let i = from + 2; i < tokens.length && i <= from + 16; i++) {
    const token = tokens[i] as Token;
    if (ownFinite !== null) {
      if (FINITE.has(token.lower) && !FINITE.has(tokens[i - 1]?.lower ?? '') && i > ownFinite + 1) return i;
      if (token.kind !== 'word') return ownFinite;
      continue;
    }
    if (RELATIVES.has(token.lower)) relative = true;
    if (FINITE.has(token.lower)) {
      if (!relative) return i;
      ownFinite = i;
      continue;
    }
    if (token.kind !== 'word' && token.kind !== 'number' && !/^['’]$/.test(token.text)) return past ?? from;
    // "… deployed sailors died": a past after the plural that ends the whole, unless an auxiliary
    // comes later ("… sailors deployed to the area have been killed").
    const previous = tokens[i - 1];
    if (past === null && previous?.kind === 'word' && /\p{Ll}s$/u.test(previous.text) && (/\p{Ll}{2,}ed$/u.test(token.text) || IRREGULAR_PASTS.has(token.lower))) past = i;
  }
  return ownFinite ?? past ?? from;
}

/**
 * First words of an aside that restates a count or names the whole it is counted from (", out of a
 * population of 120,000,", "— amounting to more than half of the population —", ", representing a
 * third of the town,"); "…, including nine cadets, …" names a part instead.
 */
const RESTATES: ReadonlySet<string> = new Set(['or', 'nearly', 'almost', 'about', 'around', 'roughly', 'some', 'over', 'more', 'half', 'most', 'up', 'out', 'amounting', 'representing', 'equivalent', 'accounting']);

/** The most words such an aside holds before it closes ("amounting to more than half of the estimated 100,000 total population"). */
const ASIDE_WORDS = 14;

/**
 * Past an aside between commas or dashes that restates the count (", or about 40 percent of the
 * population,", ", nearly half the population,", ", out of a population of 120,000,") when an
 * auxiliary follows it; `from` otherwise.
 */
function afterAside(tokens: readonly Token[], from: number): number {
  const open = tokens[from]?.text;
  // "more than 100,000 - over 80% of the population - had fled": a hyphen with spaces is a dash.
  if ((open !== ',' && !isDash(tokens, from)) || !RESTATES.has(tokens[from + 1]?.lower ?? '')) return from;
  for (let i = from + 1; i < tokens.length && i <= from + ASIDE_WORDS; i++) {
    const token = tokens[i] as Token;
    if (token.text === open) return FINITE.has(tokens[i + 1]?.lower ?? '') ? i + 1 : from;
    if (token.kind === 'punct' && token.text !== '%' && token.text !== '-') return from;
  }
  return from;
}

/** Words that open an aside naming a part of the count, not the count itself: ", including nine cadets,". */
const NAMES_A_PART: ReadonlySet<string> = new Set(['including', 'among', 'amongst', 'excluding', 'of']);

/** Finite forms that agree with a plural subject only: after an aside naming a part, the whole's own verb. */
const PLURAL_FINITE: ReadonlySet<string> = new Set(['were', 'have', 'had', 'are']);

/**
 * Whether the word after an aside naming a part (", including nine cadets,") is the verb of a count
 * that is the clause's subject: a plural auxiliary ("were killed"), a bare fate ("died") or a past
 * ("fled"); "a boat with 22 sailors, including nine cadets, was captured" tells of the boat.
 */
function verbOfWhole(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.lower ?? '';
  if (tokens[at]?.kind !== 'word') return false;
  return PLURAL_FINITE.has(word) || BARE_FATES.has(word) || IRREGULAR_PASTS.has(word) || (/^\p{Ll}+ed$/u.test(tokens[at]?.text ?? '') && !startsObject(tokens[at + 1]));
}

/**
 * Past a short appositive between commas that a relative clause or the clause's auxiliary follows
 * (", named Lind and Ober, who", ", two Freedonians and a Sylvanian, were"); `from` otherwise. An aside
 * naming a part (", including nine cadets,") is passed only when the count is the clause's `subject`
 * and the verb after it agrees with the whole (`verbOfWhole`).
 */
function afterAppositive(tokens: readonly Token[], from: number, subject = false): number {
  if (tokens[from]?.text !== ',') return from;
  const namesAPart = NAMES_A_PART.has(tokens[from + 1]?.lower ?? '');
  for (let i = from + 1; i < tokens.length && i <= from + 7; i++) {
    if (tokens[i]?.text === ',') {
      if (RELATIVES.has(tokens[i + 1]?.lower ?? '')) return i + 1;
      if (namesAPart) return subject && (verbOfWhole(tokens, i + 1) || stateClosingClause(tokens, i + 1)) ? i + 1 : from;
      return FINITE.has(tokens[i + 1]?.lower ?? '') || stateClosingClause(tokens, i + 1) ? i + 1 : from;
    }
    if (tokens[i]?.kind !== 'word' && tokens[i]?.kind !== 'number') return from;
  }
  return from;
}

/**
 * A share before the figure: "more than a third of Freedonia's 11,000 sailors had been killed", and
 * "almost all the 120,000 inhabitants have fled", where no "of" follows the share.
 */
const SHARE_OF = /(?:(?:\b(?:third|thirds|half|quarter|quarters|fifth|fifths|tenth|tenths|percent|cent|majority|most|(?:nearly|almost|virtually|practically)\s+all)|%)\s+of|\b(?:nearly|almost|virtually|practically)\s+all\s+(?:the|its|their|his|her|our|these|those))\s+(?:[\p{L}'’]+\s+){0,3}$/iu;

/** Whether what follows the figure happened to a share of it, not to all it counts. */
function partOfIt(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens.slice(Math.max(0, first - 7), first).map((t) => t.text).join(' ');
  return SHARE_OF.test(`${before} `) || wholeOfAPart(tokens, first) || partAfterWhole(tokens, first, last) !== null;
}

/** Punctuation that ends a sentence or opens a quotation: what may stand right before a clause's first word. */
const CLAUSE_OPENERS = /^[.!?;:“"‘]$/;

/**
 * "Of the 120,000 residents, 100,000 have left", "Out of 25 crew, two were hurt": a whole that opens
 * its sentence after "of" or "out of" (up to two words between, "of the region’s"), and the count
 * of its part right after the comma that closes it. The part's last token, from which its predicate
 * is read; null when the figure is no such whole.
 */
function partAfterWhole(tokens: readonly Token[], first: number, last: number): number | null {
  const ofAt = [first - 1, first - 2, first - 3].find((at) => tokens[at]?.lower === 'of');
  if (ofAt === undefined || tokens.slice(ofAt + 1, first).some((t) => t.kind !== 'word' && !/^['’]$/.test(t.text))) return null;
  const opener = tokens[ofAt - 1]?.lower === 'out' ? ofAt - 2 : ofAt - 1;
  if (opener >= 0 && !CLAUSE_OPENERS.test(tokens[opener]?.text ?? '')) return null;
  if (tokens[last + 1]?.text !== ',') return null;
  // "…, more than 100,000 have left": past the part's qualifier.
  for (let at = last + 2; at <= last + 4; at++) {
    if (countsAPart(tokens[at])) return at;
    if (!/^\p{Ll}+$/u.test(tokens[at]?.text ?? '')) return null;
  }
  return null;
}

/** Words that count a part of a whole without a number: "several of the 300 sailors". */
const VAGUE_PARTS: ReadonlySet<string> = new Set(['several', 'many', 'some', 'few', 'dozens', 'hundreds', 'thousands', 'scores']);

/** Whether `token` counts a part before "of the …": digits, a number word, or a vague amount. */
function countsAPart(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'number' || isNumberWord(token.lower) || VAGUE_PARTS.has(token.lower));
}

/** Words for a part that is nobody: "none of the 23 crew", "nobody among the sailors". */
const NO_PART: ReadonlySet<string> = new Set(['none', 'neither', 'nobody', 'nothing']);

/** Where the number of the first of two counts joined by "and" starts ("22" of "22 Freedonian and one …"), or null. */
function firstConjunctBefore(tokens: readonly Token[], first: number): number | null {
  if (tokens[first - 1]?.lower !== 'and') return null;
  for (let k = first - 2; k >= 0 && k >= first - 4; k--) {
    const token = tokens[k] as Token;
    if (token.kind === 'number' || isNumberWord(token.lower)) return k;
    if (token.kind !== 'word') return null;
  }
  return null;
}

/** Whether "none of", "neither of", "no one among" (up to two words between) opens the whole at `first`. */
function noneOfBefore(tokens: readonly Token[], first: number): boolean {
  const ofAt = [first - 1, first - 2, first - 3].find((at) => tokens[at]?.lower === 'of' || tokens[at]?.lower === 'among');
  return ofAt !== undefined && !tokens.slice(ofAt + 1, first).some((t) => t.kind !== 'word') && noPartBefore(tokens, ofAt);
}

/** Whether "none", "neither", "nobody" or "no one" stands right before the "of" or "among" at `ofAt`. */
function noPartBefore(tokens: readonly Token[], ofAt: number): boolean {
  return NO_PART.has(tokens[ofAt - 1]?.lower ?? '') || (tokens[ofAt - 1]?.lower === 'one' && tokens[ofAt - 2]?.lower === 'no');
}

/**
 * "None of the 300 people in the building were killed": a whole that no part of underwent what its
 * predicate tells, filed by that predicate's cues (`category`), would show the opposite of the text.
 */
export function deniedOfEveryPart(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher): boolean {
  const ofAt = [draft.firstToken - 1, draft.firstToken - 2, draft.firstToken - 3].find((at) => tokens[at]?.lower === 'of' || tokens[at]?.lower === 'among');
  if (ofAt === undefined || draft.category === null || !noPartBefore(tokens, ofAt)) return false;
  const predicate = predicateAfter(tokens, draft.lastToken);
  return predicate !== null && matcher.isCuedBy(draft.category, withUsualWords(predicate));
}

/**
 * "650 of the port’s crews of roughly 1,200 had been wounded", "none of the 23 crew were hurt": the
 * figure at `first` is the whole a number (or "none") before it is a part of; what follows happened
 * to the part.
 */
export function wholeOfAPart(tokens: readonly Token[], first: number): boolean {
  // "None of the 22 Freedonian and one Sylvanian sailors were hurt": the second count of the whole too.
  const conjunct = firstConjunctBefore(tokens, first);
  if (conjunct !== null && noneOfBefore(tokens, conjunct)) return true;
  // "of the 120,000", "of the region’s 120,000": "of" and up to two words before the whole.
  const ofAt = [first - 1, first - 2, first - 3].find((at) => tokens[at]?.lower === 'of' || tokens[at]?.lower === 'among');
  if (ofAt === undefined || tokens.slice(ofAt + 1, first).some((t) => t.kind !== 'word')) return false;
  // "None of the 23 crew were hurt", "no one among the 23 crew": what did not happen, happened to no part.
  if (noPartBefore(tokens, ofAt)) return true;
  if (tokens[ofAt]?.lower !== 'of') return false;
  // "190 of the 1,200 sailors", "two of the 23 crew", "several of the 300 sailors", "100,000 out of 120,000"
  if (countsAPart(tokens[ofAt - 1]) || (tokens[ofAt - 1]?.lower === 'out' && countsAPart(tokens[ofAt - 2]))) return true;
  for (let i = ofAt - 1; i >= 1 && i >= ofAt - 6; i--) {
    if (tokens[i]?.lower === 'of' && countsAPart(tokens[i - 1])) return true;
    if (tokens[i]?.kind !== 'word' && !/^['’]$/.test(tokens[i]?.text ?? '')) return false;
  }
  return false;
}

/**
 * The words right after a whole that describe it: a relative clause ("who fled", "who call the
 * region home") or a participle ("displaced by the fighting"), up to the next punctuation; null when
 * neither follows.
 */
function wholeDescribed(tokens: readonly Token[], last: number): string | null {
  const first = tokens[last + 1];
  if (first?.kind !== 'word' || !(RELATIVES.has(first.lower) || /^\p{Ll}+(?:ed|en)$/u.test(first.text))) return null;
  // "of the 120,000 residents fled within a week": a past form with no agent and no verb after it in
  // the clause is the clause's own verb, telling what happened to the part, not a participle
  // describing the whole ("of the 300 sailors captured by Sylvania", "… sent north have returned").
  if (!RELATIVES.has(first.lower) && tokens[last + 2]?.lower !== 'by' && !finiteVerbLater(tokens, last + 2)) return null;
  const words: string[] = [];
  // A relative pronoun may take an auxiliary of its own ("who were displaced"); a participle may not.
  const ownAuxiliaryAt = RELATIVES.has(first.lower) ? last + 2 : last + 1;
  for (let i = last + 1; i < tokens.length && words.length < 8 && tokens[i]?.kind === 'word'; i++) {
    // "who call the region home have already crossed", "deployed have been killed": the main clause's verb ends it.
    if (i > ownAuxiliaryAt && FINITE.has(tokens[i]?.lower ?? '')) break;
    words.push(tokens[i]?.lower ?? '');
  }
  return words.join(' ');
}

/**
 * What the main clause tells of people a relative clause describes first: "two soldiers who wanted to
 * defect have been excluded from the prisoner swap" are held, whatever they wanted. The main verb is
 * the first finite one after the relative clause's own ("who were …", "who … or were …" are still the
 * relative clause's); null when no relative clause follows the figure or no main verb ends it before
 * punctuation.
 */
export function predicateAfterRelative(tokens: readonly Token[], last: number): string | null {
  if (!RELATIVES.has(tokens[last + 1]?.lower ?? '') || tokens[last + 1]?.lower === 'that') return null;
  for (let i = last + 3; i < tokens.length && i < last + 24 && tokens[i]?.kind === 'word'; i++) {
    if (FINITE.has(tokens[i]?.lower ?? '') && !COORDINATORS.has(tokens[i - 1]?.lower ?? '')) return predicateAfter(tokens, i - 1, false);
  }
  return null;
}

/** Words that join a second verb to the first: "who fled or were captured". */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'either', 'nor']);

/** Verbs of saying that can be the main verb after a participle phrase: "the two soldiers captured in May said …". */
const SAYING: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells']);

/** Whether a finite verb stands among the next few words of the clause from `from` (no punctuation before it). */
function finiteVerbLater(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < tokens.length && i < from + 10 && tokens[i]?.kind === 'word'; i++) {
    if (FINITE.has(tokens[i]?.lower ?? '') || SAYING.has(tokens[i]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * The past participles between the number and the unit ("captured" in "two captured soldiers"); null
 * for none. Before a noun for people (`ofPeople`), an adjective of death is read as the death it
 * tells, in the words topics cue deaths by: "nine fallen soldiers" died.
 */
function participlesWithin(tokens: readonly Token[], draft: Draft, ofPeople: boolean): string | null {
  const died = (t: Token) => ofPeople && DIED_BEFORE_NOUN.has(t.lower);
  const words = tokens.slice(draft.span.last + 1, draft.lastToken).filter((t) => t.kind === 'word' && (/^\p{Ll}+(?:ed|en)$/u.test(t.text) || died(t)));
  return words.length > 0 ? words.map((t) => (died(t) ? `${t.lower} killed died` : t.lower)).join(' ') : null;
}

/**
 * Adjectives that, between a count and a noun for people, say those counted are dead: "nine fallen
 * fighters", "40 slain soldiers", "15 deceased sailors". Of things they tell no death ("12 fallen
 * drones"), so they are read before people only.
 */
const DIED_BEFORE_NOUN: ReadonlySet<string> = new Set(['fallen', 'slain', 'deceased', 'dead']);

/** Prepositions of place: "troops in the region", "three near the capital", "ships off the coast". */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'at', 'on', 'around', 'outside', 'inside', 'off', 'across', 'along']);

/** Finite auxiliaries: what can follow a noun modified by a participle phrase, or start its predicate. */
export const FINITE: ReadonlySet<string> = new Set(['were', 'was', 'have', 'has', 'had', 'are', 'is']);


/**
 * Participles of saying, showing and believing, which take a clause without "that": "estimates
 * suggesting 300 sailors were killed", "with officials saying 40 were wounded".
 */
const CLAUSE_PARTICIPLES: ReadonlySet<string> = new Set([
  'saying', 'suggesting', 'indicating', 'showing', 'claiming', 'estimating', 'believing', 'reporting',
  'stating', 'alleging', 'noting', 'adding', 'confirming', 'fearing', 'assuming', 'insisting', 'arguing',
  'acknowledging', 'admitting', 'announcing', 'revealing',
]);

/**
 * Whether a count between `previous` and `next` opens the clause a participle of saying reports, so
 * the verb after it is its own: "estimates suggesting 300 sailors have been killed". The verb must be
 * one a plural takes: in "a video showing 30 sailors was posted" the count is what the video shows.
 */
function opensReportedClause(previous: Token | undefined, next: Token | undefined): boolean {
  return CLAUSE_PARTICIPLES.has(previous?.lower ?? '') && PLURAL_FINITE.has(next?.lower ?? '');
}
/** Modals that may open the predicate after a phrase describing the noun: "4,000 sailors in the war could be killed". */
const MODALS: ReadonlySet<string> = new Set(['could', 'would', 'may', 'might', 'will', 'can', 'shall', 'must']);

/**
 * "600 soldiers fighting for Freedonia against Sylvania have been killed", "300 sailors sent to the
 * port had been killed", "3 000 sailors from the north have been wounded", "4,000 sailors in the war
 * have been killed", "all 9,000 sailors in the region could be lost": the predicate comes after a
 * participle or prepositional phrase that describes the noun. Returns where the predicate's auxiliary
 * or modal is (`from` when there is no such phrase, or none within a few words and no punctuation).
 */
function afterParticiplePhrase(tokens: readonly Token[], from: number): number {
  const first = tokens[from];
  // "fighting for Freedonia", "sent to the front", "from the north", "in the Marsh City region" describe
  // the people counted.
  const describes = /(?:ing|ed|en)$|^(?:sent|held|kept|left|brought|built|put|from)$/.test(first?.lower ?? '') || PLACE_PREPOSITIONS.has(first?.lower ?? '');
  if (!first || first.kind !== 'word' || !describes || first.lower === 'being') return from;
  for (let i = from + 1; i < tokens.length && i <= from + 8; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== 'word') return from;
    if (FINITE.has(token.lower) || MODALS.has(token.lower)) return i;
  }
  return from;
}

/** Words right before the number that count a loss: "killing 300", "losses of 76,000", "lost 500". */
export function predicateBefore(tokens: readonly Token[], first: number): string | null {
  const words: string[] = [];
  // "killed “hundreds” of soldiers": an opening quotation mark right before the number stands outside the clause.
  const quoted = /^["“‘']$/.test(tokens[first - 1]?.text ?? '') ? 1 : 0;
  for (let i = first - 1 - quoted; i >= 0 && words.length < 2; i--) {
    const token = tokens[i] as Token;
    if (token.kind !== 'word') break;
    words.unshift(token.lower);
  }
  // Only a verb or "of" right before the number governs it: "killing 300", "losses of 300". A verb
  // alone: the word before it is its subject ("the strikes killed five"), not what happened.
  const last = words.at(-1);
  // "Of the dead, 13 … the remaining seven …": after a determiner "remaining" is no verb but the rest
  // of a group counted before, which says what they are (read by `partOfGroup`), not that they stayed.
  if (last === 'remaining' && DETERMINERS.has(words[0] ?? '')) return null;
  // "the deployment of 3,000", "the evacuation of 500", "the diversion of 2,000 ships": the act's
  // noun, read by its verb's past form too.
  if (last === 'of') {
    // "endangered the lives of 25 sailors": lives at risk tell of no death.
    if (DEATH_NOUNS.has(words[0] ?? '') && livesAtRisk(tokens, first - 2)) return null;
    const act = pastOfAct(words[0] ?? '');
    return act === null ? words.join(' ') : `${words.join(' ')} ${act}`;
  }
  // "populated by 120,000": the agent of a passive participle; what it tells is read with the topics' usual words.
  if (last === 'by' && /ed$/.test(words[0] ?? '')) return words.join(' ');
  // "could send 3,000", "plans to deploy 2,000": a verb's base form after a modal or "to", with the
  // past form topics list their cues in ("sent", "deployed").
  if (last !== undefined && words.length === 2 && BEFORE_BASE_VERB.has(words[0] as string) && /^\p{Ll}{3,}$/u.test(last)) return `${last} ${pastOf(last)}`;
  const subject = tokens[first - 2]?.text ?? '';
  if (last !== undefined && words.length === 2 && SUBJECT_WORDS.test(subject) && /^\p{Ll}{3,}s$/u.test(last) && !/ss$/.test(last)) return `${last} ${pastOfForm(last)}`;
  // "struck 4 vessels", "shot down 14 drones": an irregular past governs as one in "-ed" does.
  return last !== undefined && (/(?:ing|ed)$/.test(last) || IRREGULAR_PARTICIPLES.has(last)) ? (/ing$/.test(last) ? `${last} ${pastOfForm(last)}` : last) : null;
}

/** A subject right before a present verb: "Freedonia sends 3,000", "it deploys 500". */
const SUBJECT_WORDS = /^(?:\p{Lu}|it$|he$|she$|they$|who$|which$)/u;

/** The past form of a verb's "-ing", "-s" or "-ment" form: "sending" → "sent", "deploys" → "deployed", "deployment" → "deployed". */
function pastOfForm(word: string): string {
  // "evacuating" → "evacuat" + "ed"; "deploying" → "deployed".
  return pastOf(word.replace(/(?:ing|ment|es|s)$/, ''));
}

/**
 * The past form of the verb a noun of an act is made from: "deployment" → "deployed", "rerouting" →
 * "rerouted", "evacuation" →
 * "evacuated", "interception" → "intercepted", "diversion" → "diverted", "seizure" → "seized"; null
 * for any other word ("number", "region", "nation").
 */
function pastOfAct(noun: string): string | null {
  // "deployment" → "deployed", "the rerouting of" → "rerouted", "the killing of" → "killed".
  if (/\p{Ll}{3,}(?:ment|ing)$/u.test(noun)) return pastOfForm(noun);
  // "hospitalization" → "hospitalized", "mobilisation" → "mobilised".
  if (/\p{Ll}{3,}[iy][sz]ation$/u.test(noun)) return `${noun.slice(0, -5)}ed`;
  // "evacuation" → "evacuated", "interception" → "intercepted", "abduction" → "abducted".
  if (/\p{Ll}{3,}(?:at|ct|pt)ion$/u.test(noun)) return `${noun.slice(0, -3)}ed`;
  // "diversion" → "diverted", "conversion" → "converted".
  if (/\p{Ll}{3,}rsion$/u.test(noun)) return `${noun.slice(0, -4)}ted`;
  // "seizure" → "seized", "capture" → "captured", "departure" → "departed".
  if (/\p{Ll}{3,}(?:z|pt|rt)ure$/u.test(noun)) return `${noun.slice(0, -1)}d`;
  return null;
}

/** Words after which a verb stands in its base form: modals and "to". */
const BEFORE_BASE_VERB: ReadonlySet<string> = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'shall', 'must']);

/** Past forms that are not the base form and "-ed". */
const IRREGULAR_PAST: Record<string, string> = {
  send: 'sent', flee: 'fled', lose: 'lost', leave: 'left', hold: 'held', shoot: 'shot', strike: 'struck',
  take: 'taken', bring: 'brought', fight: 'fought', seek: 'sought', keep: 'kept',
};

/** A verb's past form: "sent" for "send", "deployed" for "deploy", "evacuated" for "evacuate". */
function pastOf(verb: string): string {
  return IRREGULAR_PAST[verb] ?? (verb.endsWith('e') ? `${verb}d` : `${verb}ed`);
}

/** Past forms not in -ed of verbs that take a count: "lost 500", "sent 3,000 more", "shot down 20". */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['lost', 'sent', 'held', 'hit', 'shot', 'taken', 'took', 'brought', 'struck', 'caught', 'hurt']);

/** A lowercase word in -ed or -ing, or an irregular past: a verb that may take a count as its object. */
export function isVerbForm(token: Token | undefined): token is Token {
  return token?.kind === 'word' && (/\p{Ll}(?:ed|ing)$/u.test(token.text) || IRREGULAR_PARTICIPLES.has(token.text));
}

/** Words that may follow a verb's bare object and end it: "killed 12 and injured 30", "evacuated 300 from the town". */
const AFTER_OBJECT: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'in', 'on', 'at', 'during', 'when', 'while', 'after', 'before', 'since', 'across', 'near',
  'with', 'including', 'as', 'from', 'to', 'into', 'overnight', 'yesterday', 'today', 'so', 'last', 'this', 'more',
]);

/**
 * The verb whose bare object the number at `first`–`last` is: "the blast killed at least 12 and
 * injured 30", "killing and injuring hundreds". A past or present participle right before the number
 * (its qualifier included), with the object ending there; null otherwise.
 */
export function verbOfBareObject(tokens: readonly Token[], first: number, last: number): string | null {
  // "warships shot down 15", "fighters handed over 800": a phrasal verb is read whole.
  const verbAt = (k: number) => isVerbForm(tokens[k]) || isPresentVerb(tokens, k);
  const particle = PARTICLES.has(tokens[first - 1]?.lower ?? '') && verbAt(first - 2) ? tokens[first - 1] : undefined;
  const verb = particle ? tokens[first - 2] : tokens[first - 1];
  if (!verbAt(particle ? first - 2 : first - 1) || verb === undefined) return null;
  const next = tokens[last + 1];
  const ends = next === undefined || (next.kind === 'punct' && /^[,.;:)—–]$/.test(next.text)) || AFTER_OBJECT.has(next.lower);
  if (!ends) return null;
  return particle ? `${verb.lower} ${particle.lower}` : verb.lower;
}

/**
 * A verb in the present with its subject before it, as a headline or a lede tells what happened:
 * "Blast kills 20, injures 290", "the strike kills 20 and wounds 40". A lowercase word in "-s" (not
 * "-ss", "-us", "-is") after a word, or after a comma or "and" that goes on from such a verb.
 */
function isPresentVerb(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  if (token?.kind !== 'word' || !/^\p{Ll}{3,}s$/u.test(token.text) || /(?:ss|us|is)$/.test(token.text)) return false;
  return tokens[k - 1]?.kind === 'word' || tokens[k - 1]?.text === ',';
}

/** Particles of phrasal verbs that take a count as their object: "shot down 15", "handed over 800", "took in 2,000". */
const PARTICLES: ReadonlySet<string> = new Set(['down', 'over', 'out', 'in', 'up', 'off']);

/**
 * "in the camp", "at a shelter", "in tents": people who stay in a camp or shelter are sheltered there,
 * away from home. A camp of an army, of training or of prisoners shelters no one.
 */
const IN_A_SHELTER = String.raw`(?:in|at)\s+(?:(?:a|an|the|their|its)\s+)?(?![\p{L}'’-]*\s*(?:training|military|army|prison|detention|labou?r|boot)\b)(?:[\p{L}'’-]+\s+){0,3}?(?:camps?|shelters?|tents?|evacuation\s+cent(?:er|re)s?)\b`;

/**
 * A verb of staying or living before such a place: read as being sheltered, not as remaining in one's
 * home ("remained in the camp", "stayed at a shelter", "were living in tents").
 */
const STAYING_IN_A_SHELTER = new RegExp(String.raw`\b(?:remain(?:s|ed|ing)?|liv(?:e|es|ed|ing))(?=\s+${IN_A_SHELTER})`, 'gu');

/**
 * Ways English tells what happened to people, and the word a topic's cues usually list for it: "were
 * hurt" and "sustained injuries" are "injured", "taken prisoner" is "captured", "perished" and "the
 * bodies of" are "killed", "forced to take refuge" is "fled", "put out of action" is "killed" or "wounded",
 * "released" and "in captivity" are "held", "in hospital" is "hospitalized", "populated by" is "live".
 */
const USUAL_WORDS: [RegExp, string][] = [
  // "dozens of merchant vessels were traveling through the strait", "ships sailing the route": passing
  // through, as topics' cues put traffic.
  [/\b(?:travell?(?:ing|ed)|sail(?:ing|ed)|navigat(?:ing|ed))\b/, 'transit transiting transited'],
  // "an attack killing 300 people", "the strike kills 40": killed, as topics' cues list it.
  [/\bkill(?:ing|s)\b/, 'killed'],
  // "100,000 Sylvanians have departed": left, as topics' cues put leaving.
  [/\bdepart(?:s|ed|ing)?\b/, 'left leaving'],
  // "40 civilians received injuries of varying degrees", "three people with wounds were taken to …": wounded.
  [/\b(?:hurt|(?:sustained|suffered|received)\s+(?:\w+\s+)?(?:injuries|wounds)|with\s+(?:\w+\s+)?wounds|hospitali[sz]ed)\b/, 'injured wounded'],
  [/\b(?:taken|held)\s+(?:prisoner|captive)\b|\bsurrendered\b|\bgave\s+themselves\s+up\b/, 'captured'],
  // "Seven sailors remain in captivity", "two sailors held by Sylvania", "in Sylvanian custody",
  // "excluded from a prisoner swap": held, as hostages and prisoners are.
  [/\bin\s+captivity\b|\bheld\s+by\b|\bin\s+(?:[\p{L}-]+\s+)?custody\b|\b(?:prisoner|pow)s?\s+(?:exchange|swap)s?\b/u, 'held captured'],
  // "Two sailors committed suicide to avoid capture", "took their own lives": dead, by their own hand.
  [/\b(?:perished|martyred|lost\s+their\s+lives|among\s+the\s+dead|(?:lives|deaths|bodies|remains|funerals)\s+of|committed\s+suicide|killed\s+themselves|took\s+their\s+own\s+lives|blew\s+themselves\s+up)\b/, 'killed died'],
  [/\b(?:put|taken)\s+out\s+of\s+action\b|\bincapacitated\b|\bneutrali[sz]ed\b|\beliminated\b/, 'killed wounded'],
  // "6,000 of them have become casualties", "hundreds became victims of the shelling": harmed.
  [/\b(?:bec[oa]me|becoming|becomes|fell|fallen)\s+(?:\w+\s+)?(?:victims?|casualty|casualties)\b/, 'killed wounded casualties'],
  [/\bamong\s+the\s+(?:wounded|injured)\b/, 'wounded injured'],
  // "There are 290 people in hospital", "170 were taken to hospital", "67 were taken to the National
  // Burn Center", "are in intensive care", "in the intensive care unit", "in critical condition": treated for wounds.
  [/\b(?:in|(?:taken|rushed|brought|flown|airlifted|transported|admitted)\s+to)\s+(?:(?:a|the)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:hospitals?|clinics?|(?:medical|burns?|trauma)\s+(?:cent(?:er|re)s?|units?|wards?))\b|\bin\s+(?:the\s+)?(?:intensive\s+care|(?:critical|serious|grave)\s+condition)\b/u, 'hospitalized injured wounded'],
  // "The region is populated by about 120,000": who live there.
  [/\b(?:populated|inhabited)\s+by\b/, 'live lived living inhabitants'],
  // "120,000 people are under a brutal siege", "are besieged": held where they are, so they remain
  // (a predicate that opens so; "evacuated under siege" tells the evacuation).
  [/^(?:under\s+(?:[\p{L}'’-]+\s+){0,3}?(?:siege|blockade)|besieged)\b/u, 'remain'],
  // "The crew, 19 sailors, were unharmed": no casualties, whoever else lists sailors.
  [/\b(?:unharmed|unhurt|uninjured|unscathed)\b/, 'safe'],
  // "The rebels released 25 sailors": people set free were held.
  [/\b(?:released|releasing|freed|freeing|set\s+free)\b/, 'held hostage captured'],
  // "obstructed the passage of several ships", "allowed the safe passage of 40 vessels": the ships
  // passing through, as topics' cues put a transit; whether they got through is the verb's to tell.
  [/\bpassage\s+of\b/, 'passed through transit transited'],
  // "The fighters have given up 800 guns": arms given up are surrendered, handed over.
  [/\b(?:give|gives|gave|given|giving)\s+up\b/, 'surrendered handed over'],
  // "12 container ships divert from the sea", "20 ships will divert around the cape": the verb in the
  // present or the infinitive, as topics' cues put a diversion ("diverted", "rerouted").
  [/\b(?:divert|diverts|re-?route|re-?routes)\b/, 'diverted rerouted'],
  // "told 300 ships to stay clear of the sea": ships that keep away avoid it.
  [/\b(?:stay|stays|stayed|staying|steer|steers|steered|steering|keep|keeps|kept|keeping)\s+(?:clear|away)\b/, 'avoided avoiding'],
  [/\b(?:take|took|taken|taking|sought|seek|seeking|find|finds|found|finding)\s+refuge\b|\bforced\s+(?:to\s+(?:flee|leave|abandon)|out)\b|\bdriven\s+(?:out|from)\b/, 'fled displaced'],
  // "Thousands flocked to a camp to avoid the fighting", "crowded into shelters": people who went
  // where the fighting was not, as topics' cues put fleeing.
  [/\b(?:flocked|poured|streamed|crowded|packed|fled)\s+(?:in)?to\s+(?:(?:a|the)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:camps?|shelters?)\b/u, 'fled displaced sheltered'],
  // "About 700 people remained in the camp", "were still living in tents": see `IN_A_SHELTER`; a
  // predicate read past its copula ("remained", "were") opens with the place.
  [new RegExp(String.raw`(?:^|\b(?:sheltered|housed|sheltering|(?:are|were|is|was)(?:\s+(?:still|now|currently|temporarily))?(?:\s+(?:staying|sheltering))?)\s+)${IN_A_SHELTER}`, 'u'), 'sheltered displaced'],
];

/**
 * Words that tell people remain where they were, as topics' cues put it: "stayed", "stayed behind".
 * Replaced, not added to, so "behind" or "left behind" read as no departure ("are left" is read in
 * `predicateAfter`).
 */
const REMAINING = /\b(?:(?:stay(?:ed|s)?|left)\s+behind|stay(?:ed|s)?(?!\s+(?:clear|away)\b))\b/g;

/** The usual words of `USUAL_WORDS` that tell of the dead or the wounded. */
const OF_HARM = /\b(?:killed|wounded)\b/;

/**
 * `text` with the words topics usually list for the dead and wounded when it tells of them in other
 * words ("with severe wounds", "in the intensive care unit", "the bodies of"), and no other usual
 * words: what is read to choose among the categories a noun is listed in, where a sentence that only
 * mentions a departure ("watched the ferry depart") must not make its people leave.
 */
export function withWordsOfHarm(text: string): string {
  const usual = USUAL_WORDS.filter(([pattern, word]) => OF_HARM.test(word) && pattern.test(text)).map(([, word]) => word);
  return usual.length > 0 ? `${text} ${usual.join(' ')}` : text;
}

/** `words` (lower case), with the word a topic's cues usually list for what they tell added. */
export function withUsualWords(text: string): string {
  const words = text.replace(REMAINING, 'remain').replace(STAYING_IN_A_SHELTER, 'sheltered');
  const usual = USUAL_WORDS.filter(([pattern]) => pattern.test(words)).map(([, word]) => word);
  return usual.length > 0 ? `${words} ${usual.join(' ')}` : words;
}

/**
 * Verbs that war copy says of people to tell they were killed or put out of action: "hundreds of
 * soldiers have been destroyed", "a battalion's men were wiped out", "liquidated 300 occupiers". Of
 * things they tell only that the things were destroyed ("40 tanks were destroyed").
 */
const DESTROYED = /\b(?:destroyed|annihilated|wiped\s+out|liquidated|exterminated)\b/;

/** The words of a predicate said of people, with what a verb of destruction tells of them (see `DESTROYED`). */
export function asHarmToPeople(words: string): string {
  return DESTROYED.test(words) ? `${words} killed wounded` : words;
}

/** A predicate telling of losses among those counted, not that all of them were lost. */
const LOSSES_AMONG = /^(?:suffered|sustained|took|incurred)\s+(?:\w+\s+){0,2}?(?:losses|casualties)\b/;

/** Nouns of death before "of N": "the deaths of 192 servicemen", "the bodies of 12 sailors". */
const DEATH_NOUNS: ReadonlySet<string> = new Set(['lives', 'deaths', 'bodies', 'remains', 'funerals']);

/** What people who died did, right after their count: "lost their lives", "were martyred", "perished", "took their own lives". */
const DIED_AFTER = /^(?:(?:have|had|has)\s+)?(?:lost\s+their\s+lives|gave\s+their\s+lives|took\s+their\s+own\s+lives|committed\s+suicide|killed\s+themselves|(?:were|was|have\s+been|had\s+been)\s+martyred|perished|were\s+found\s+dead)\b/;

/**
 * "the bodies of 41 soldiers, 20 civilians and three children": a later item of a list of counts
 * that a noun of death governs, read back over the items before it to "of".
 */
function listAfterDeathNoun(tokens: readonly Token[], first: number): boolean {
  const joins = (token: Token | undefined) => token?.text === ',' || token?.lower === 'and';
  if (!joins(tokens[first - 1])) return false;
  for (let k = first - 2; k >= 1 && k >= first - 14; k--) {
    const token = tokens[k] as Token;
    if (token.lower === 'of') return DEATH_NOUNS.has(tokens[k - 1]?.lower ?? '') && tokens[k + 1]?.kind === 'number';
    // Each item opens with its count and holds no verb: "were found, and 20 civilians fled" is a clause.
    if (joins(token) && tokens[k + 1]?.kind !== 'number' && !isNumberWord(tokens[k + 1]?.lower ?? '')) return false;
    if ((token.kind === 'punct' && token.text !== ',') || FINITE.has(token.lower)) return false;
  }
  return false;
}

/** Verbs by which a count amounts to a number: "amount to", "total", "stand at", "are estimated at". */
const AMOUNTS_TO = /^(?:amount|amounts|amounted|amounting|total|totals|totalled|totaled|totalling|totaling|stand|stands|stood|reached|reach|reaches|exceeded|exceed|exceeds|estimated|put|is|are|was|were)$/;

/** Nouns of a count of people harmed, as the subject of a verb of amount: "losses amount to", "the toll stands at". */
const LOSS_NOUNS: ReadonlySet<string> = new Set(['losses', 'toll']);

/** At most this many words stand between a noun of losses and its verb: "the losses of Freedonian troops in Marsh City already". */
const LOSS_SUBJECT_WORDS = 10;

/**
 * Whether the number at `first` is what a count of losses amounts to: "the losses of Freedonian
 * troops already amount to 4 thousand people", "losses stand at 200 people". The subject is read back
 * over words only, so a comma ends it ("despite losses, the army numbers 2,000 soldiers").
 */
function lossesAmountTo(tokens: readonly Token[], first: number): boolean {
  let i = first - 1;
  if (tokens[i]?.lower === 'to' || tokens[i]?.lower === 'at') i -= 1;
  if (!AMOUNTS_TO.test(tokens[i]?.lower ?? '')) return false;
  for (let k = i - 1; k >= 0 && k >= i - LOSS_SUBJECT_WORDS && tokens[k]?.kind === 'word'; k--) {
    if (LOSS_NOUNS.has(tokens[k]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * Whether the count at `first` is what a loss is of: "the loss of nine personnel", "the losses of 30
 * sailors" (not "the loss of 12 boats", which the caller's people noun rules out, nor "a loss of
 * contact with 30 sailors", whose "of" is not right before the count).
 */
function lossOfCounted(tokens: readonly Token[], first: number): boolean {
  return tokens[first - 1]?.lower === 'of' && (tokens[first - 2]?.lower === 'loss' || tokens[first - 2]?.lower === 'losses');
}

/** Verbs that put lives at risk or keep them safe: "endangered the lives of 25 sailors" tells no one died. */
const LIVES_AT_RISK = /^(?:endanger\w*|threaten\w*|risk\w*|imperil\w*|jeopardi[sz]\w*|sav(?:e|es|ed|ing)|spar(?:e|es|ed|ing)|protect\w*|safeguard\w*)$/;

/**
 * Whether the death noun at `noun` ("lives") is the object of a verb of risk or rescue, a word or two
 * before it: "endangered the lives of dozens of sailors", "to save the lives of 300 people".
 */
function livesAtRisk(tokens: readonly Token[], noun: number): boolean {
  const k = DETERMINERS.has(tokens[noun - 1]?.lower ?? '') ? noun - 2 : noun - 1;
  return LIVES_AT_RISK.test(tokens[k]?.lower ?? '');
}

/** Whether the figure's words say the people it counts died. */
function toldDead(draft: Draft, tokens: readonly Token[], head: string): boolean {
  const before = tokens[draft.firstToken - 1]?.lower;
  if (before === 'of' && DEATH_NOUNS.has(tokens[draft.firstToken - 2]?.lower ?? '') && !livesAtRisk(tokens, draft.firstToken - 2)) return true;
  if (isPeopleNoun(head) && listAfterDeathNoun(tokens, draft.firstToken)) return true;
  // "Freedonia lost 30 sailors": people lost are dead; "lost 30 boats" are not people.
  if (before === 'lost' && isPeopleNoun(head)) return true;
  const after = tokens.slice(draft.lastToken + 1, draft.lastToken + 6).filter((t) => t.kind === 'word').map((t) => t.lower).join(' ');
  return DIED_AFTER.test(after);
}

/**
 * "forcing hundreds of vessels to reroute", "told 5,000 residents to leave": an infinitive right after
 * the figure says what its object is made to do, with the past form topics list cues in; null otherwise.
 */
function infinitiveAfter(tokens: readonly Token[], last: number): string | null {
  if (tokens[last + 1]?.lower !== 'to') return null;
  const verb = tokens[last + 2];
  if (verb?.kind !== 'word' || !/^\p{Ll}{3,}$/u.test(verb.text) || OBJECT_STARTS.has(verb.lower)) return null;
  // "ordered 12 ships to be escorted": the participle after "be" as written.
  if (verb.lower === 'be') return tokens[last + 3]?.kind === 'word' ? (tokens[last + 3] as Token).lower : null;
  // "to stay clear", "to keep away": the verb's particle says what it does.
  const particle = tokens[last + 3]?.kind === 'word' && /^(?:clear|away)$/.test(tokens[last + 3]?.lower ?? '') ? ` ${tokens[last + 3]?.lower}` : '';
  return `${verb.lower}${particle} ${pastOf(verb.lower)}`;
}

/** Nouns of a place whose "of N people" counts who live there. */
const PLACE_NOUNS: ReadonlySet<string> = new Set(['region', 'area', 'city', 'town', 'village', 'enclave', 'territory', 'country', 'nation', 'district', 'province', 'island']);

/** Whether the figure at `first` follows "<place> of": "a city of 120,000 people", "the enclave of 120,000". */
function inhabitantsOfAPlace(tokens: readonly Token[], first: number): boolean {
  return tokens[first - 1]?.lower === 'of' && PLACE_NOUNS.has(tokens[first - 2]?.lower ?? '');
}

/**
 * The last token of the place that owns the people counted from `first` to `last`: "the region’s
 * 120,000 residents", "Marsh City’s 120,000 people", "the 120,000 residents of the enclave", "of Marsh
 * City", "the 120,000 Freedonians there"; null when no place owns them. A possessor is a place noun or a name (capitalised); "its" and
 * "their" own only a noun of dwellers ("its 120,000 inhabitants"), since "its 25 people" may be a ship's.
 */
function placeOwning(tokens: readonly Token[], first: number, last: number, head: string): number | null {
  const owner = tokens[first - 1];
  if (owner?.kind === 'word' && /^(?:its|their)$/.test(owner.lower)) return DWELLERS.has(head.toLowerCase()) || placeJustBefore(tokens, first - 1) ? last : null;
  if (owner?.kind === 'word' && /['’]s$/.test(owner.text)) return isPlace(owner.text.slice(0, -2)) ? last : null;
  // "the 120,000 Freedonians there", "the 300 residents here": those of the place just named.
  if (/^(?:there|here)$/.test(tokens[last + 1]?.lower ?? '') && tokens[first - 1]?.lower === 'the') return last + 1;
  if (tokens[last + 1]?.lower !== 'of') return null;
  if (tokens[last + 2]?.lower === 'the') return tokens[last + 3]?.kind === 'word' && PLACE_NOUNS.has(tokens[last + 3]?.lower ?? '') ? last + 3 : null;
  let end = last + 1;
  while (tokens[end + 1]?.kind === 'word' && isPlace(tokens[end + 1]?.text ?? '') && !PLACE_NOUNS.has(tokens[end + 1]?.lower ?? '')) end += 1;
  return end > last + 1 ? end : null;
}

/**
 * "Marsh City, and its 120,000 people", "the region and its 5,000 Freedonians": a possessive right
 * after a place joined by "and" or a comma owns those it counts. Not "the army and its 2,000 men".
 */
function placeJustBefore(tokens: readonly Token[], possessive: number): boolean {
  let k = possessive - 1;
  if (tokens[k]?.lower !== 'and' && tokens[k]?.text !== ',') return false;
  k -= 1;
  if (tokens[k]?.text === ',') k -= 1;
  const place = tokens[k];
  return place?.kind === 'word' && isPlace(place.text);
}

/** Up to eight words after `last`, to the first punctuation: the rest of a clause. */
function clauseAfter(tokens: readonly Token[], last: number): string {
  const words: string[] = [];
  for (let i = last + 1; i <= last + 8 && tokens[i]?.kind === 'word'; i++) words.push(tokens[i]?.lower ?? '');
  return words.join(' ');
}

/** A place noun ("region", "enclave") or a name ("Marsh City", "Freedonia"). */
function isPlace(word: string): boolean {
  return PLACE_NOUNS.has(word.toLowerCase()) || /^\p{Lu}/u.test(word);
}

/** Nouns that name people by where they live. */
const DWELLERS: ReadonlySet<string> = new Set(['residents', 'inhabitants', 'population']);

/** Verbs that leave their object in a state: "left", "leaving", "leaves". */
const LEAVES_IN_A_STATE: ReadonlySet<string> = new Set(['left', 'leaving', 'leaves', 'leave']);

/**
 * A state of people kept where they are: "cut off", "trapped", "without power", "under blockade", and
 * the want a blockade keeps them in: "deprived of food", "short of water", "lacking medicine".
 */
const KEPT_IN_PLACE = /^(?:cut\s+off|trapped|isolated|besieged|stuck|without|under\s+(?:siege|blockade)|(?:deprived|starved|short)\s+of|lacking|starving)\b/;

/** A place people are left in or behind: "in Marsh City", "behind" (a place by its name, so not "in hospital", "in need"). */
const LEFT_WHERE = /^(?:in\s+(?:the\s+)?\p{Lu}|behind\b)/u;

/**
 * "The offensive left tens of thousands of residents cut off from electricity", "the exodus has left
 * fewer than 1,000 people in Marsh City": people that something left in a state that keeps them
 * where they are, or in a place it names, did not leave; they remain ("remain", the word topics list
 * for it). Null otherwise, and for the states that tell a loss or a flight ("left 20 dead", "left
 * 100,000 homeless", "left 300 people in hospital").
 */
function keptInPlace(tokens: readonly Token[], draft: Draft): string | null {
  if (!LEAVES_IN_A_STATE.has(tokens[draft.firstToken - 1]?.lower ?? '')) return null;
  // "left 120,000 people, including 30,000 children, cut off": the state follows an aside naming a part.
  return stateKeepsInPlace(tokens, pastAsideNamingAPart(tokens, draft.lastToken + 1)) ? 'remain' : null;
}

/** Whether the words from `from` tell a state that keeps people where they are, or a place they are left in. */
function stateKeepsInPlace(tokens: readonly Token[], from: number): boolean {
  const words = tokens.slice(from, from + 3);
  const state = words.slice(0, 2).map((t) => t.lower).join(' ');
  return KEPT_IN_PLACE.test(state) || LEFT_WHERE.test(words.map((t) => t.text).join(' '));
}

/**
 * "The blockade left 120,000 people, including 30,000 children, deprived of food": whether the count
 * stands in an aside naming a part of a whole that something left in a state keeping them where they
 * are (`keptInPlace`). The part did not leave either; what the whole is, the part is too.
 */
export function partKeptInPlace(tokens: readonly Token[], draft: Draft): boolean {
  // Back over the aside's words to its opening ", including".
  let k = draft.firstToken - 1;
  while (k > 0 && draft.firstToken - k <= PART_ASIDE_TOKENS && !(NAMES_A_PART.has(tokens[k]?.lower ?? '') && tokens[k - 1]?.text === ',')) {
    if (tokens[k]?.kind !== 'word' && tokens[k]?.kind !== 'number') return false;
    k -= 1;
  }
  if (!NAMES_A_PART.has(tokens[k]?.lower ?? '') || tokens[k - 1]?.text !== ',') return false;
  // Back over the whole's words to the verb that left it: "left 120,000 ethnic Freedonians".
  let w = k - 2;
  while (w > 0 && k - w <= PART_ASIDE_TOKENS && (tokens[w]?.kind === 'word' || tokens[w]?.kind === 'number') && !LEAVES_IN_A_STATE.has(tokens[w]?.lower ?? '')) w -= 1;
  if (!LEAVES_IN_A_STATE.has(tokens[w]?.lower ?? '') || !tokens.slice(w + 1, k - 1).some((t) => t.kind === 'number')) return false;
  return stateKeepsInPlace(tokens, pastAsideNamingAPart(tokens, k - 1));
}

/** At most this many tokens in an aside naming a part: ", including 30,000 children and 2,000 women,". */
const PART_ASIDE_TOKENS = 10;

/**
 * Past an aside between commas that names a part of the count (", including nine cadets,", ", among
 * them 300 children,"): the index of the word after its closing comma; `from` when none opens there.
 */
function pastAsideNamingAPart(tokens: readonly Token[], from: number): number {
  if (tokens[from]?.text !== ',' || !NAMES_A_PART.has(tokens[from + 1]?.lower ?? '')) return from;
  for (let i = from + 2; i < tokens.length && i <= from + PART_ASIDE_TOKENS; i++) {
    if (tokens[i]?.text === ',') return i + 1;
    if (tokens[i]?.kind !== 'word' && tokens[i]?.kind !== 'number') return from;
  }
  return from;
}

/**
 * "The two sailors in Sylvanian custody were interviewed", "300 sailors in hospital": a phrase of
 * place right after the figure that tells the state of the people in it. Only the words topics'
 * cues usually list for such a state (see `withUsualWords`), never the phrase's own words, so "300
 * sailors in the deployment zone" tells nothing here. Null when no such state is told.
 */
function stateOfPlace(tokens: readonly Token[], last: number): string | null {
  if (!PLACE_STATES.has(tokens[last + 1]?.lower ?? '')) return null;
  const words: string[] = [];
  for (let i = last + 1; i < tokens.length && i <= last + 4 && tokens[i]?.kind === 'word' && !FINITE.has(tokens[i]?.lower ?? ''); i++) words.push(tokens[i]?.lower ?? '');
  const phrase = words.join(' ');
  const usual = withUsualWords(phrase);
  return usual === phrase ? null : usual.slice(phrase.length + 1);
}

/**
 * Whether a participle stands right after the count as its description ("30 soldiers deployed to the
 * front"), no auxiliary before it: `description` is what `predicateAfter` read there without skipping
 * such a phrase.
 */
function participleRightAfter(tokens: readonly Token[], last: number, description: string | null): boolean {
  const next = tokens[last + 1];
  return description !== null && next?.kind === 'word' && !AUXILIARIES.has(next.lower) && description.startsWith(next.lower);
}

/** Whether `words` cue the topic's category of losses in people: "captured in the war", "wounded by shelling". */
function tellsHarm(words: string | null, matcher: UnitMatcher, among: ((id: string) => boolean) | undefined): boolean {
  const losses = lossesCategory(matcher);
  return words !== null && losses !== null && matcher.categoryByCues(withUsualWords(asHarmToPeople(words)), among) === losses;
}

/** Prepositions of a place that tells a state: "in custody", "in hospital", "under guard". */
const PLACE_STATES: ReadonlySet<string> = new Set(['in', 'under']);

/** Whether the category `id` lists a unit for people ("soldiers", "civilians", "crew members", "casualties"). */
export function countsPeople(matcher: UnitMatcher, id: string): boolean {
  return matcher.unitHeads(id).some(isPeopleUnit);
}

/** Whether every unit the category `id` lists is a noun for people ("crew", "sailors", "hostages"). */
function countsOnlyPeople(matcher: UnitMatcher, id: string): boolean {
  return matcher.unitHeads(id).every(isPeopleUnit);
}

/**
 * The category the clause gives the figure, when its predicate's cue words name one category alone
 * and that is not the category of its noun; null otherwise.
 */
export function categoryFromPredicate(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher, listPredicate: (draft: Draft, relativeOnly: boolean) => string | null = () => null): string | null {
  const head = draft.unit?.split(/\s+/).at(-1) ?? '';
  // "claimed the lives of 68 people", "the deaths of 192 servicemen", "192 servicemen lost their lives",
  // "Freedonia lost 30 sailors": people who died, whoever they were.
  if (toldDead(draft, tokens, head)) {
    const deaths = deathsCategory(matcher, '');
    if (deaths !== null) return deaths === draft.category ? null : deaths;
  }
  // "the losses of Freedonian troops already amount to 4,000 people": people a count of losses amounts to.
  // "mourning the loss of nine personnel": people a loss is of.
  if (isPeopleNoun(head) && (lossesAmountTo(tokens, draft.firstToken) || lossOfCounted(tokens, draft.firstToken))) {
    const losses = lossesCategory(matcher);
    if (losses !== null) return losses === draft.category ? null : losses;
  }
  // "a city of 120,000 people", "the enclave of some 120,000 residents": who live there.
  if (draft.category !== null && inhabitantsOfAPlace(tokens, draft.firstToken)) {
    const population = populationCategory(matcher, head);
    if (population !== null) return population === draft.category ? null : population;
  }
  // "19,000 of the 120,000 residents have left": what happened to the part did not happen to the
  // whole, which is the population the part is counted from, unless its own relative clause or
  // participle says what they are ("of the 100,000 people who fled").
  if (draft.category !== null && partOfIt(tokens, draft.firstToken, draft.lastToken)) {
    // "… of the 2,906 forcibly displaced persons", "of the 2,100 registered persons": a participle in
    // the whole's own words says what they are as much as a relative clause after it does.
    const own = wholeDescribed(tokens, draft.lastToken) ?? participlesWithin(tokens, draft, isPeopleNoun(head));
    const described = own === null ? null : matcher.categoryByCues(own);
    // People are whatever their own words say happened to them ("one of the two soldiers captured by Sylvania").
    const whole = described !== null && (matcher.listsHead(described, head) || isPeopleNoun(head)) ? described : populationCategory(matcher, head);
    if (whole !== null) return whole === draft.category ? null : whole;
    // "10 of the 2,000 peacekeepers were killed": a noun two categories list was matched by the cues
    // of what happened to the part; the whole is counted in the other one.
    const partPredicate = predicateAfter(tokens, partAfterWhole(tokens, draft.firstToken, draft.lastToken) ?? draft.lastToken);
    if (partPredicate !== null && matcher.categoryByCues(withUsualWords(partPredicate)) === draft.category) {
      // People only: "two of the three missiles were shot down" were all fired, not three strikes.
      const other = matcher.categoriesListing(head).find((id) => id !== draft.category && countsPeople(matcher, id));
      if (other !== undefined) return other;
    }
  }
  // "a tanker carrying 25 crew members was hit": a finite verb after the object of a participle
  // tells what happened to the noun before it, not to the people counted ("leaving 30 sailors dead"
  // and "with 30 killed" still do).
  const previous = tokens[draft.firstToken - 1];
  const next = tokens[draft.lastToken + 1];
  const reported = opensReportedClause(previous, next);
  const objectOfParticiple = previous?.kind === 'word' && /ing$/.test(previous.lower) && next !== undefined && FINITE.has(next.lower) && !reported;
  const told = !objectOfParticiple && !partOfIt(tokens, draft.firstToken, draft.lastToken);
  // "At least 200 people, including children, died": a count no preposition or participle governs
  // ("a bus with 40 people", "trucks carrying 40 people") is its clause's subject.
  const governor = tokens[draft.firstToken - 1]?.kind === 'word' ? (tokens[draft.firstToken - 1]?.lower ?? '') : '';
  const subject = reported || (!PREPOSITIONS.has(governor) && governor !== 'with' && !/ing$/.test(governor));
  // "At least 200 Freedonians and dozens of Sylvanian soldiers were killed": a count of people with no
  // predicate of its own shares the one its list ends with. A count that is no subject shares only a
  // relative clause ("including 300 doctors and 900 nurses who arrived from the region"), which tells
  // of every item; a verb after the list is the clause's own.
  // "There are at most a few hundred people left": those an existential clause counts as "left" remain.
  const remaining = leftAfterThereIs(tokens, draft);
  const predicate = remaining ? 'remain' : told ? (predicateAfter(tokens, draft.lastToken, true, subject) ?? (isPeopleNoun(head) ? listPredicate(draft, !subject) : null)) : null;
  // "The 11,000 troops suffered heavy losses": losses among them, not a count of losses.
  const after = predicate !== null && LOSSES_AMONG.test(predicate) ? null : predicate;
  // "300 sailors killed in the fighting have been repatriated": with no cue in the predicate, the
  // participle that describes them tells what happened to them.
  const description = told ? predicateAfter(tokens, draft.lastToken, false) : null;
  const described = description !== null && LOSSES_AMONG.test(description) ? null : description;
  const before = predicateBefore(tokens, draft.firstToken);
  // "two captured soldiers", "300 wounded sailors", "nine fallen fighters": a participle in the figure's own words.
  const modifiers = participlesWithin(tokens, draft, isPeopleNoun(head));
  // "41 vessels have faced missile strikes": things named in the figure's own words keep to the
  // categories that list them; people ("3,000 soldiers were killed", "six others were wounded") and
  // a number whose unit is borrowed are whatever happened to them.
  // "$12 million to help 100,000 refugees": a currency sign is the amount's own noun as much as "dollars".
  const ownNoun = (draft.lastToken > draft.span.last || currencyBefore(tokens, draft.span.first) !== undefined) && !STAND_INS.has(head.toLowerCase());
  // People move only to a category that counts people: "300 soldiers surrendered" are no weapons handed over.
  // "100,000 refugees now live in Freedonia" are refugees still: people named by a noun of their own
  // category do not join a population that does not list it.
  const joinsPopulation = (category: string) => draft.category !== null && ownNoun && matcher.listsHead(draft.category, head) && !matcher.listsHead(category, head) && category === populationCategoryOf(matcher);
  // Things no category lists move only to a category that counts things: "2,000 containers were
  // aboard" are no crew.
  const thingsToPeople = (category: string) => ownNoun && !isPeopleUnit(head) && countsOnlyPeople(matcher, category);
  // A thing moves only to a category that lists its noun as written: "three ballistic missiles that
  // attempted to strike the ship" are no strikes because a topic files "tomahawk missiles" there.
  const unitWords = (draft.unit ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const movable = (category: string) =>
    (draft.category === null && !thingsToPeople(category)) || (draft.category !== null && !ownNoun) || (isPeopleNoun(head) && countsPeople(matcher, category) && !joinsPopulation(category)) || matcher.matchesUnit(category, unitWords);
  const infinitive = told ? infinitiveAfter(tokens, draft.lastToken) : null;
  const kept = told ? (keptInPlace(tokens, draft) ?? (partKeptInPlace(tokens, draft) ? 'remain' : null)) : null;
  // "11,000 Freedonians were sent": people of no role that no category lists are filed among the
  // categories that count people ("15,000 workers will be sent" may be neither troops nor munitions).
  const among = draft.category === null && ownNoun && isPeopleOfNoRole(head) ? (id: string) => countsPeople(matcher, id) : undefined;
  const placed = told ? stateOfPlace(tokens, draft.lastToken) : null;
  const main = told ? predicateAfterRelative(tokens, draft.lastToken) : null;
  // "Shelling killed 12 civilians who were fleeing the town" (or ", who were fleeing", "– who were
  // fleeing –"): the verb the count is the object of tells what happened to them; a relative clause
  // after them only describes them. So does a participle
  // right after them, a relative clause without its "who were": "killed 30 soldiers deployed to the
  // front" are dead, not sent; unless the participle tells harm done to them, which is their fate
  // whatever the verb ("deployed 900 soldiers captured in the war").
  // A verb two categories cue ("hit", "struck") is read among those that list the noun counted.
  const describedBefore = participleRightAfter(tokens, draft.lastToken, description) && !tellsHarm(description, matcher, among);
  // So does the verb a list is the object of, for each of its items: "killed 30 soldiers and 12
  // civilians who were fleeing", where the relative clause follows the last item only.
  const conjunct = firstConjunctBefore(tokens, draft.firstToken);
  const governing = before ?? (conjunct === null ? null : predicateBefore(tokens, conjunct));
  const describedAfterList = listPredicate(draft, true) !== null;
  if (governing !== null && modifiers === null && (RELATIVES.has(tokens[draft.lastToken + 1]?.lower ?? '') || opensRelativeClause(tokens, draft.lastToken + 1) || describedAfterList || describedBefore)) {
    // People are whatever the verb did to them, in any category that counts people: "killed 30
    // soldiers who were deployed" are casualties though the topic lists "soldiers" as troops only.
    const listing = (id: string) => (among === undefined || among(id)) && (!ownNoun || matcher.listsHead(id, head) || (isPeopleNoun(head) && countsPeople(matcher, id)));
    const cued = matcher.categoryByCues(withUsualWords(isPeopleNoun(head) ? asHarmToPeople(governing) : governing), listing);
    if (cued !== null) return cued === draft.category || !movable(cued) ? null : cued;
  }
  const still = told ? stillThere(tokens, draft) : null;
  // "out of the 120,000 residents living in Marsh City, adding that others fled": people's own
  // participle, before anything the sentence's other clauses cue; what a verb did to them still comes first.
  // People only: "two ships transiting the strait" may be what an attack was on.
  const ongoing = told && isPeopleNoun(head) ? ownParticiple(tokens, draft.lastToken, matcher) : null;
  // "100,000 people who lived in the enclave have fled", "2,000 residents who fled were killed": the
  // main verb after a relative clause tells what happened to them, the relative clause what they were;
  // it decides only where it cues a category ("300 soldiers who were wounded have returned home").
  const mainCues = main !== null && matcher.categoryByCues(withUsualWords(isPeopleNoun(head) ? asHarmToPeople(main) : main), among) !== null;
  const ordered = mainCues ? [modifiers, main, after] : [modifiers, after];
  for (const words of [...ordered, infinitive, described, before, ongoing, kept, placed, main, still]) {
    if (words === null) continue;
    const cued = matcher.categoryByCues(withUsualWords(isPeopleNoun(head) ? asHarmToPeople(words) : words), among);
    if (cued !== null) return cued === draft.category || !movable(cued) ? null : cued;
  }
  // "the region’s 120,000 residents are under blockade", "the town had 5,000 inhabitants": with
  // nothing told of them, the people a place owns, and people named by where they live, live there,
  // whichever category the topic lists their noun in first.
  const place = draft.category !== null && ownNoun ? (placeOwning(tokens, draft.firstToken, draft.lastToken, head) ?? (DWELLERS.has(head.toLowerCase()) ? draft.lastToken : null)) : null;
  // "residents of Marsh City streamed out of the enclave", "the city's 5,000 residents left the
  // region": what they did follows them, whatever its object.
  if (place !== null && matcher.categoryByCues(withUsualWords(clauseAfter(tokens, place))) === null) {
    const population = populationCategory(matcher, head);
    if (population !== null) return population === draft.category ? null : population;
  }
  return null;
}
