/**
 * The further happenings one dated sentence tells besides its main one: each date of a list ("on 15
 * and 30 November"), the two of "a day after" ("Berg met Ruhl, a day after Ruhl arrived"), a "when"
 * clause on a date ("since 1991, when the army occupied the valley"), a clause joined by "and"
 * right after a date ("on Sunday, and a warship shot down three drones") and what a connective of
 * time names before a date ("after the army took the valley last week").
 */
import { addDays, formatDay, parseDay } from '../detect/dates/calendar.ts';
import { findDates } from '../detect/dates/index.ts';
import type { DateMention } from '../detect/dates/types.ts';
import { countValue } from '../detect/dates/words.ts';
import type { ResolvedDate } from '../model.ts';
import type { Sentence } from '../segment/sentences.ts';
import { clauseAround } from './clause.ts';
import { HAPPENING_NOUN } from './happening-noun.ts';
import { type ParagraphAnalysis, within } from './source-analysis.ts';

/** What joins dates of one list: "on 15 and 30 November", "in 2016, in 2020 and again in May". */
const LIST_JOINER = /^\s*(?:,\s*)?(?:and|or|then)?\s*(?:again\s+)?(?:(?:on|in)\s+)?$/i;

/**
 * Whether `date` follows another date of the sentence in a list: each date of a list is a happening of
 * its own. A second name of the same day ("the day before yesterday, Wednesday") is no list.
 */
export function listedAfter(text: string, dates: DateMention[], date: DateMention): boolean {
  const before = dates.filter((d) => d.endIndex <= date.index).at(-1);
  if (before === undefined || (before.date.start === date.date.start && before.date.end === date.date.end)) return false;
  return LIST_JOINER.test(text.slice(before.endIndex, date.index));
}

/**
 * "Berg met Ruhl in Fredonburg, a day after Ruhl arrived in the city": two happenings. The date counted
 * back ("a day after") is the arrival's, told by the words from it to the sentence's end; the clause
 * before it, when it stands apart after a comma, happened that many days later.
 */
export function happenedAfter(text: string, sentence: Sentence, after: DateMention): { date: ResolvedDate; summary: string; index: number }[] {
  const told = [{ date: after.date, summary: text.slice(after.index, sentence.end).trim(), index: after.index }];
  const before = /,\s*$/.exec(text.slice(sentence.start, after.index));
  const days = countValue(/^\S+/.exec(after.date.text)?.[0]);
  const from = after.date.start === null ? null : parseDay(after.date.start);
  if (!before || days === null || from === null) return told;
  const day = formatDay(addDays(from, days));
  const summary = text.slice(sentence.start, sentence.start + before.index).trim();
  return [{ date: { text: after.date.text, start: day, end: day, precision: 'day' }, summary, index: sentence.start }, ...told];
}

/**
 * A relative clause on a date: "since 1991, when the army occupied the valley", "till tomorrow, when
 * …", and on a happening the date's year names: "since the 2020 war, when …" (up to two words of it).
 */
const WHEN_AFTER = /^(?:\s+\p{Ll}[\p{Ll}-]*){0,2},\s*when\s/u;

/**
 * "tense since 1991, when the army occupied the valley", "the trip will last till tomorrow, when she
 * is set to fly on": besides the state since then or until then, the "when" clause tells a happening
 * of its own, dated by the date alone (the year 1991, tomorrow), and to come when the deadline is.
 * Its words run from that date to the clause's end; null when the date is not a "since", "until" or
 * "till" followed by such a clause, or when the date alone reads otherwise than the deadline's end
 * ("until Friday" ahead is next Friday, "Friday" alone the last one).
 */
export function whenClause(text: string, sentence: Sentence, date: DateMention, published: string): { date: ResolvedDate; expected: boolean; summary: string; index: number } | null {
  const when = WHEN_AFTER.exec(text.slice(date.endIndex, sentence.end));
  if (!when) return null;
  const since = date.rule.endsWith('+since');
  if (!since && !date.rule.endsWith('+deadline')) return null;
  const words = (since ? /^(?:ever\s+)?since\s+/i : /^(?:until|till)\s+/i).exec(date.date.text);
  if (!words) return null;
  const index = date.index + words[0].length;
  // Read after "in", as the year rule wants a preposition before a bare year, with the happening's
  // noun ("the 2020 war"), as the year rule wants one after "the".
  const named = (/^[^,]*/.exec(when[0]) as RegExpExecArray)[0];
  const probe = `in ${text.slice(index, date.endIndex)}${named}`;
  const own = findDates(probe, published).find((d) => d.index === 3 && d.endIndex >= probe.length - named.length);
  if (!own || (since ? own.expected : own.date.end !== date.date.end)) return null;
  const whenStart = date.endIndex + when[0].length;
  const clause = clauseAround(text, sentence.start, sentence.end, whenStart, whenStart + 1);
  return { date: own.date, expected: !since && date.expected, summary: text.slice(index, clause.end).trim(), index };
}

/**
 * A second clause joined by "and" or "while" with a subject and a past verb of its own: ", and a
 * warship shot down three drones", "and the navy carried out fresh strikes", "while a third drone
 * crashed". Its subject is up to six words, the first an article or a capitalised name, and may take
 * an appositive between commas ("the USS Freedom, a navy destroyer, shot down …"). A place may come
 * between the date and the comma ("late Sunday over the southern strait, while …").
 */
const AND_CLAUSE = /^(?:\s+(?:in|over|near|off|at|across|along)\s+[^,;:.!?]{1,40}?,|,)?\s+(?:and|while)\s+((?:the|a|an|\p{Lu}[\p{L}'’-]*)(?:\s+[\p{L}\d'’.-]+){0,5}?(?:,\s+(?:a|an|the)(?:\s+[\p{L}\d'’.-]+){1,4},)?\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{3,}ed|shot|struck|sent|met|held|began|fled|left|sank|fired|seized|withdrew|took|came\s+under)\b[^;:!?]*)/u;

/**
 * "Rebels struck three vessels on Sunday, and a warship shot down three drones": the clause joined
 * by "and" or "while" right after the date (or after the main clause of a sentence the date opens)
 * tells a happening of its own on the same day (one event per happening and date). Its words run from
 * its subject to the sentence's end; null when no such clause follows the date, when it has a date of
 * its own, or when the date may be a saying's (what follows "said on Monday that …, and" is no longer
 * dated by the saying; see `datesTheSaying`).
 */
export function andAfter(paragraph: ParagraphAnalysis, sentence: Sentence, date: DateMention, dates: DateMention[]): { summary: string; index: number } | null {
  const text = paragraph.text;
  const from = date.endIndex + frontedMainClauseLength(text, sentence, date);
  const joined = AND_CLAUSE.exec(text.slice(from, sentence.end));
  if (!joined) return null;
  const index = from + joined[0].length - (joined[1] as string).length;
  if (dates.some((d) => d.index >= index) || paragraph.statements.some((s) => s.verbIndex !== null && within(s.verbIndex, s.verbIndex + 1, sentence.start, sentence.end) && datesTheSaying(text, s.verbIndex, date, index))) return null;
  return { summary: text.slice(index, sentence.end).trim(), index };
}

/** A speech verb and a date with at most one word between: "said on Monday", "told reporters Sunday". */
const SAYING_TO_DATE = /^\p{L}+\s+(?:[\p{L}-]+\s+)?(?:on\s+|late\s+|early\s+)?$/u;

/**
 * Whether a reporting verb at `verbIndex` may be what the date dates, so that the clause joined at
 * `joined` is what was said, not a happening of that day: a verb right before the date ("said on
 * Monday that …, and"), or one between the date and the joined clause ("On Monday, the ministry said
 * rebels struck ships, and …"). A verb after the joined clause ("… hit three ships Sunday while a
 * destroyer shot down three drones, the military said") or well before the date ("the command said its
 * forces shot down two drones late Sunday, while …") leaves the date to what was said, and to the
 * joined clause with it.
 */
function datesTheSaying(text: string, verbIndex: number, date: DateMention, joined: number): boolean {
  if (verbIndex >= date.endIndex) return verbIndex < joined;
  return SAYING_TO_DATE.test(text.slice(verbIndex, date.index));
}

/**
 * A second predicate of the same subject right after a date: " and recalled its envoy …", " and is
 * expected to announce …" (a verb, no subject of its own). Group 1 runs from its verb (or auxiliary).
 */
const PREDICATE_AFTER_DATE = /^\s+and\s+((?:(?:is|are|was|were|has|have|had)\s+)?(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}ed|struck|sent|met|held|began|took|left|fled|won|lost|shot|fired|sank|seized|made|gave)\b[^;:!?]*)/u;

/**
 * "Berg is headed to the region this week and is expected to announce …", "closed the border on
 * Tuesday and recalled its envoy": a date after the first of two predicates of one subject dates
 * both (corpus README, twenty-fifth batch), the second a happening of its own whose words run from its
 * verb to the sentence's end. Null when no such predicate follows the date, a later date dates it, or
 * a statement's verb stands before it in the sentence (what follows "said on Monday that …" is what
 * was said, and a saying's second predicate is left to the statements).
 */
export function predicateAfterDate(paragraph: ParagraphAnalysis, sentence: Sentence, date: DateMention, dates: DateMention[]): { summary: string; index: number } | null {
  const text = paragraph.text;
  const second = PREDICATE_AFTER_DATE.exec(text.slice(date.endIndex, sentence.end));
  if (!second) return null;
  const index = date.endIndex + second[0].length - (second[1] as string).length;
  if (dates.some((d) => d.index >= index)) return null;
  if (paragraph.statements.some((s) => s.verbIndex !== null && s.verbIndex >= sentence.start && s.verbIndex < index)) return null;
  return { summary: text.slice(index, sentence.end).trim(), index };
}

/**
 * Before a date that opens its clause: nothing in the sentence, an opening quotation mark, or "that"
 * (and "On", "In"); or a short subject and a comma, the date set off after it ("Kim, on Friday, hosted …").
 */
const OPENS_CLAUSE = /(?:^|[“"]|\bthat\s+[“"]?|^\W*(?:[\p{L}'’.-]+\s+){0,4}[\p{L}'’.-]+,\s+)\W*(?:(?:[Oo]n|[Ii]n)\s+)?$/u;

/** A connective of time opening the sentence, and its words up to a date: "Following the offensive launched on ". */
const FRONTED_CONNECTIVE = /^\W*(?:After|Following)\s+((?:[\p{L}\d'’.-]+\s+){1,12}?)$/u;

/**
 * Whether the words before a date open the sentence with a connective and a clause of its own that the
 * date ends ("After tensions rose in ", "Following the offensive launched on "): the date dates the
 * main clause after its comma as a fronted date does. Not a noun phrase alone ("After the attacks on "),
 * which the main clause follows at some time up to publication.
 */
function opensWithDatedConnective(before: string): boolean {
  const words = FRONTED_CONNECTIVE.exec(before)?.[1];
  return words !== undefined && HAS_VERB_OF_ITS_OWN.test(words);
}

/** After a fronted date, the words up to its comma: a time of day ("at approximately 4 pm (Marsh City time)"). */
const UP_TO_COMMA = /^[^,.;:!?]{0,40},/;

/**
 * A second predicate joined by "and" right before its verb: "and struck the ship", "and said the
 * decision …". Not a participle joined to another ("killed and wounded", "US-owned and operated").
 * Group 1 runs from the verb.
 */
const SECOND_PREDICATE = /(?<!\b\p{Ll}+(?:ed|en)\s)\band\s+((?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}ed|struck|said|sent|met|held|began|took|left|fled|won|lost|shot|fired|sank|seized|told|made|gave)\b)/u;

/**
 * "Last month, the administration re-designated the group and said the decision would take effect
 * …", "“On Jan. 15, militants fired a missile and struck the ship": a date that opens its sentence
 * (or a quotation or that-clause) dates both predicates of its subject, each a happening of its own
 * (corpus README, twenty-third batch). The second's words run from its verb to the sentence's end;
 * null when the date does not open its clause, no such predicate follows, a later date dates it, or a
 * reporting verb stands between (what follows "said on Monday that …" is what was said).
 */
export function predicateAfterFronted(paragraph: ParagraphAnalysis, sentence: Sentence, date: DateMention, dates: DateMention[]): { summary: string; index: number } | null {
  const text = paragraph.text;
  const comma = UP_TO_COMMA.exec(text.slice(date.endIndex, sentence.end));
  const before = text.slice(sentence.start, date.index);
  if (!comma || !(OPENS_CLAUSE.test(before) || (opensWithDatedConnective(before) && ENDS_THE_WORDS.test(text.slice(date.endIndex, sentence.end))))) return null;
  const from = date.endIndex + comma[0].length;
  const rest = text.slice(from, sentence.end);
  if (!rest.includes(' and ')) return null;
  const second = SECOND_PREDICATE.exec(rest.split(/[;:]/)[0] as string);
  if (!second) return null;
  const index = from + second.index + second[0].length - (second[1] as string).length;
  if (dates.some((d) => d.index >= from && d.index < index) || dates.some((d) => d.index >= index && !d.expected)) return null;
  // "On Saturday, the rebels said they would …, and warned shipping companies …": a second predicate
  // that is itself the verb of a statement is the subject's second saying, not part of what the first
  // one said.
  const reportsAgain = /,\s*and\s+$/.test(text.slice(index - 8, index)) && paragraph.statements.some((s) => s.verbIndex === index);
  if (!reportsAgain && paragraph.statements.some((s) => s.verbIndex !== null && s.verbIndex >= date.endIndex && s.verbIndex < index - 4)) return null;
  return { summary: text.slice(index, sentence.end).trim(), index };
}

/**
 * " when its forces regained control of the valley": "when" before a clause of its own, with a
 * subject of up to six words and a past verb. Not after a verb that asks or tells ("asked when the
 * troops left" is a question), nor after a comma. Group 1 is the clause from "when".
 */
const WHEN_INSIDE = /(?<![,;:]|\b(?:ask|asks|asked|know|knew|known|wonder|wondered|say|said|decide|decided|explain|explained|clear|unclear|recall|recalled|remember|remembered|see|saw|seen)\s*)\s(when\s+(?:[\p{L}\d'’-]+\s+){1,6}?(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}ed|took|won|lost|fell|began|broke\s+out|seized|overran|sent|struck|came|went)\b[^,;:!?]*)/u;

/**
 * "In 2020, Freedonia sent support to Sylvania when its forces regained the valley": a date that
 * opens its sentence dates the "when" clause of the main clause too, a happening of its own (one event
 * per happening and date). Its words run from "when" to the clause's end; null when the date does not
 * open the sentence, no such clause follows, another date follows, or the sentence reports speech
 * (what was said is dated by the saying).
 */
export function whenInside(paragraph: ParagraphAnalysis, sentence: Sentence, date: DateMention, dates: DateMention[]): { summary: string; index: number } | null {
  const text = paragraph.text;
  if (!/^\W*(?:in|on|during|at)?\s*$/i.test(text.slice(sentence.start, date.index)) || !/^,/.test(text.slice(date.endIndex))) return null;
  const after = text.slice(date.endIndex, sentence.end);
  if (!after.includes(' when ')) return null;
  const when = WHEN_INSIDE.exec(after);
  if (!when) return null;
  const index = date.endIndex + when.index + when[0].length - (when[1] as string).length;
  if (dates.some((d) => d.index >= index) || paragraph.statements.some((s) => s.verbIndex !== null && within(s.verbIndex, s.verbIndex + 1, sentence.start, sentence.end))) return null;
  return { summary: (when[1] as string).trim(), index };
}

/**
 * A date that opens its sentence dates the whole of it: "On Monday, Sylvania received support, and
 * Ruhl offered mediation" joins its second happening after the main clause, not right after the date.
 * The length of the words from the date to that ", and" (0 when the date does not open the sentence).
 */
function frontedMainClauseLength(text: string, sentence: Sentence, date: DateMention): number {
  // "Yesterday evening, …": a part of the day may follow the date before its comma.
  const comma = /^(?:\s+(?:morning|afternoon|evening|night))?,/.exec(text.slice(date.endIndex));
  if (!/^\W*$/.test(text.slice(sentence.start, date.index)) || !comma) return 0;
  const and = text.slice(date.endIndex + comma[0].length, sentence.end).search(/,\s+and\s/);
  return and < 0 ? 0 : and + comma[0].length;
}

/**
 * "since the war broke out on October 7": "since" before a clause of its own, with a subject and a
 * past verb, that a date ends. Not after a comma, where "since" may give a reason ("…, since the court
 * ruled on Monday"). Group 1 is the clause.
 */
const SINCE_CLAUSE = /(?<![,;:]\s*)\b(?:ever\s+)?since\s+((?:[\p{L}\d'’“”"-]+\s+){1,6}?(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}ed|broke\s+out|began|took|struck|fell|came|went|sent|seized|won|lost|fled|overran)\b[^,;:.!?()]*?)\s*$/u;

/**
 * "have met twice since the war began and agreed to a treaty last year": a second predicate of the
 * main subject, joined by "and", which the date dates instead of the clause after "since".
 */
const COORDINATED_PREDICATE = /\band\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}ed|began|took|signed|sent|met|held)\b/u;

/**
 * "since the start of the war in October", "since the outbreak of the conflict on October 7": "since"
 * before the beginning of a happening the date dates, a noun phrase of up to eight words. Group 1 is
 * the beginning and its happening.
 */
const SINCE_START = /(?<![,;:]\s*)\b(?:ever\s+)?since\s+(the\s+(?:start|beginning|outbreak|onset|launch)\s+of\s+(?:[\p{L}\d'’-]+\s+){1,8}?(?:(?:in|on|at)\s+)?)$/u;

/**
 * "its first involvement in a war since 1962", "the largest attack since the 1990s": "since" right
 * before a date after a superlative counts a happening from that date (`FIRST_SINCE`); it dates no
 * state held since then, nor the happening, which is not told to be of that date.
 */
export function countedSince(text: string, sentence: Sentence, date: DateMention): boolean {
  if (!date.rule.endsWith('+since') || !/^since\b/i.test(text.slice(date.index, date.endIndex))) return false;
  const before = text.slice(sentence.start, date.index);
  // "has only intensified since then": "only" after a verb's auxiliary is an adverb, no superlative.
  return FIRST_SINCE.test(before) && !ONLY_ADVERB.test(before);
}

/** "only" right after an auxiliary: "has only grown", "is only getting worse". */
const ONLY_ADVERB = /\b(?:has|have|had|is|are|was|were)\s+only\b/i;

/**
 * "since a military offensive last week", "since the attacks on Monday": "since" before a happening
 * named by a noun, up to three words before it, that the date dates. Group 1 is the happening.
 */
const SINCE_HAPPENING =
  /(?<![,;:]\s*)\b(?:ever\s+)?since\s+((?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}?(?:offensive|attacks?|assault|invasion|incursion|war|operation|strikes?|raids?|blast|explosion|bombing|shelling|clashes|takeover|coup|uprising|ceasefire|truce|election|referendum)\s+(?:(?:in|on|at)\s+)?)$/u;

/** A verb in the perfect: "has beefed up", "have been killed", "had been beyond"; not "have to". */
const PERFECT = /\b(?:has|have|had)\s+(?!to\b)\p{L}/iu;

/**
 * A participle of things done right before "since", with its agent: "a flurry of strikes launched by
 * the rebels since …", "attacks carried out since …": what has been done from that date on, like a
 * perfect. Not a participle of what is awaited ("planned since"), which holds no happenings.
 */
const DONE_SINCE = /\b(?!(?:planned|scheduled|expected|proposed)\b)\p{Ll}{3,}ed(?:\s+out)?(?:\s+by\s+(?:[\p{L}’'-]+\s+){1,5}?)?\s*$/u;

/**
 * A hold told in the present, which "since" then dates from its start like a perfect: "the rebels
 * control the north since the war broke out in 2014", "Freedonia occupies the valley since …". Only
 * verbs of holding ground or power, so a present of another verb ("The vote matters since the
 * parliament approved …") keeps "since" as a reason.
 */
const HELD_NOW = /(?<!\b(?:to|the|of|in|under)\s)\b(?:controls|control|holds|occupies|occupy|rules|governs|govern|administers|administer)\s+(?!to\b)\p{L}/iu;

/**
 * "the first … since", "the first time … since", "the first attack Sylvania has suffered since": a
 * happening counted from the date, not a state since it; unless a perfect with a complement of its
 * own follows the superlative ("the first response to what has been a campaign of attacks since …"),
 * which "since" then goes with.
 */
const FIRST_SINCE = /\b(?:first|last|only|largest|biggest|worst|deadliest|longest)\b(?![^,;:]*\b(?:has|have|had)\s+(?!to\b)(?:(?:\p{Ll}+ly|ever|yet|also)\s+)?\p{L}+\s+(?!since\b)\p{L})[^,;:]*$/iu;

/**
 * "has stepped up attacks since the war in the north began on Oct 7", "has been a campaign of attacks
 * since the start of the war in October": two happenings. The clause after "since" (or the beginning
 * it names) happened on its date (`inner`, its words from its subject to the date's end); the clause
 * that "since" hangs on holds from that date on, open at the end (`since`, the date widened to the
 * words from "since", as "since October 7" reads). Null when the date does not end such a clause, or
 * "since" stands right before it (the since refiner reads "since October 7" alone).
 */
export function sinceClause(text: string, sentence: Sentence, date: DateMention): { since: DateMention; inner: { summary: string; index: number } } | null {
  if (date.date.start === null || date.expected || date.rule.endsWith('+since') || !text.slice(sentence.start, date.index).includes('since')) return null;
  const before = text.slice(sentence.start, date.index);
  const named = SINCE_CLAUSE.exec(before) ?? SINCE_START.exec(before) ? null : SINCE_HAPPENING.exec(before);
  const match = named ?? SINCE_CLAUSE.exec(before) ?? SINCE_START.exec(before);
  if (!match || COORDINATED_PREDICATE.test(match[1] as string)) return null;
  const index = sentence.start + match.index;
  // A state since then is told in the perfect ("have been killed since", "has fled since"); "the first
  // major attack since a ceasefire was reached in 2020" is one happening now, no state since then.
  const held = text.slice(sentence.start, index);
  if (!(PERFECT.test(held) || HELD_NOW.test(held) || DONE_SINCE.test(held)) || FIRST_SINCE.test(held)) return null;
  const innerIndex = index + match[0].indexOf(match[1] as string);
  const since: DateMention = {
    ...date,
    index,
    date: { text: text.slice(index, date.endIndex), start: date.date.start, end: null, precision: 'range' },
    rule: `${date.rule}+since`,
  };
  // "since a military offensive last week brought the enclave back under …": a happening named by a
  // noun may be the subject of the clause that "since" opens, which then runs on to its end.
  const innerEnd = named ? clauseGoesOnTo(text, date.endIndex, sentence.end) : date.endIndex;
  return { since, inner: { summary: text.slice(innerIndex, innerEnd).trim(), index: innerIndex } };
}

/** Where the clause whose subject ends at `from` ends, when a lower-case word goes on with it: the next , ; : or the sentence's end (its full stop left out); else `from`. */
function clauseGoesOnTo(text: string, from: number, sentenceEnd: number): number {
  const rest = text.slice(from, sentenceEnd);
  if (!/^\s+\p{Ll}/u.test(rest)) return from;
  const stop = rest.search(/[,;:]|[.!?]["”’]?\s*$/u);
  return stop < 0 ? sentenceEnd : from + stop;
}

/** "… and stepped down in early September": a second predicate of one subject, its verb in the past. */
const AND_PREDICATE = /\band\s+((?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}ed|began|took|signed|sent|met|held|left|fled|won|lost)\b[^,;:]*)$/u;

/** A verb in the past: a regular one, or an irregular one of the happenings told. */
const PAST = String.raw`(?:\p{Ll}{2,}ed|began|took|retook|signed|sent|met|held|left|fled|won|lost|struck|hit|fell|shot|sank|made|gave|broke)`;

/** "… and Freedonia retook it on May 9": a joined clause with a subject of its own, a name, and a verb in the past. */
const AND_SUBJECT_PREDICATE = new RegExp(String.raw`\b(?:and|but)\s+((?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:\p{Ll}+ly\s+)?${PAST}\b[^,;:]*)$`, 'u');

/** "… in the operation on May 19-20 and an explosion at a depot on May 25": a second happening named by a noun. */
const AND_HAPPENING_NOUN = new RegExp(String.raw`\band\s+((?:an?|the|another)\s+(?:[\p{L}-]+\s+){0,2}?${HAPPENING_NOUN}\b[^,;:]*)$`, 'iu');

/**
 * "He led the government during the 2020 war and stepped down in early September": a date of the same
 * clause, after a second predicate joined by "and", dates that predicate's happening. Its words run from
 * "and"'s verb to the clause's end (`clauseEnd`); null when no such predicate stands between the dates.
 */
export function coordinatedAfter(text: string, main: DateMention, other: DateMention, clauseEnd: number): { summary: string; index: number } | null {
  return happeningBetween(text, main, other, clauseEnd, AND_PREDICATE) ?? happeningBetween(text, main, other, clauseEnd, AND_SUBJECT_PREDICATE) ?? happeningBetween(text, main, other, other.endIndex, AND_HAPPENING_NOUN);
}

/**
 * The happening `pattern` finds in the words between the main date and a later date of its clause,
 * its words running from the pattern's first group (else its whole match) to `clauseEnd`; null when
 * the pattern does not match there.
 */
function happeningBetween(text: string, main: DateMention, other: DateMention, clauseEnd: number, pattern: RegExp): { summary: string; index: number } | null {
  if (other.index < main.endIndex) return null;
  const found = pattern.exec(text.slice(main.endIndex, other.index));
  if (!found) return null;
  const index = main.endIndex + found.index + found[0].length - (found[1] ?? found[0]).length;
  return { summary: text.slice(index, clauseEnd).trim(), index };
}

/**
 * "after Sylvania took back control of the region in an offensive last week", "following a one-day
 * offensive last week": a connective of time before words that a date ends. Group 1 is those words:
 * no clause break, up to twelve words. The connective may open the sentence ("After tensions rose in
 * late September, …", "Following the offensive launched on Sept. 19, …").
 */
const CONNECTIVE_BEFORE_DATE = /\b(?:[Aa]fter|[Ff]ollowing|[Bb]efore)\s+((?:[\p{L}\d'’“”"-]+\s+){1,12}?)$/u;

/**
 * A verb in the past or a past participle among a connective's words: "tensions rose", "the offensive
 * launched on", "Sylvania took the port"; not a noun phrase alone ("the attacks on", "a one-day
 * operation in the valley"), nor a participle before its noun, after a determiner or a hyphen ("the
 * reported strikes", "a long-planned raid").
 */
export const HAS_VERB_OF_ITS_OWN = /(?<!\b(?:the|a|an|its|their|his|her|our|this|that|these|those)\s|-)\b(?:(?!(?:hundred|red|need|speed|bed|sacred)\s)\p{Ll}{2,}ed|began|begun|broke|broken|came|fell|fled|fought|held|hit|left|lost|met|rose|sent|shot|struck|took|taken|won|went)\s/u;

/** Words that count the time from the happening ("a day after", "weeks before"): a date of its own (the anchored rules). */
const COUNTED_TIME_BEFORE = /\b(?:days?|hours?|weeks?|months?|years?|minutes?|moments?)\s+$/i;

/** "after three decades in …", "after 30 years of …": a duration follows the connective, not a happening. */
const DURATION_OBJECT = /^(?:\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|few)\s+(?:decades?|years?|months?|weeks?|days?|hours?)\b)/i;

/**
 * The date ends the connective's words: punctuation, the sentence's end or a conjunction follows, a
 * time of day between ("on Tuesday morning."); "the September 19-20 attack" does not.
 */
const ENDS_THE_WORDS = /^\s*(?:(?:morning|afternoon|evening|night)\b\s*)?(?:[,.;:!?)”"’]|$|(?:and|but|or|when|while|as)\b)/;

/**
 * "Officials arrived on Wednesday, after Sylvania took back control in an offensive last week":
 * the happening a connective of time names, dated by the date that ends its words, is one of its own,
 * besides the main clause's (`summary` runs from the connective's object to the date's end). Null when
 * no such connective stands before the date, or it counts time from the happening.
 */
export function connectiveHappening(text: string, sentence: Sentence, date: DateMention): { summary: string; index: number } | null {
  if (date.date.start === null || date.expected) return null;
  // Twelve words fit in the last 160 characters; an end-anchored pattern is tried at every offset of what it reads.
  const from = Math.max(sentence.start, date.index - 160);
  const before = text.slice(from, date.index);
  if (!/[Aa]fter|[Ff]ollowing|[Bb]efore/.test(before)) return null;
  const match = CONNECTIVE_BEFORE_DATE.exec(before);
  if (!match || COUNTED_TIME_BEFORE.test(before.slice(0, match.index)) || DURATION_OBJECT.test(match[1] as string)) return null;
  // "After the attacks on Friday, …" opening a sentence points back to a happening told before; one
  // with a verb of its own ("After tensions rose in late September, …") tells it here.
  if (/^[AFB]/.test(match[0]) && !HAS_VERB_OF_ITS_OWN.test(match[1] as string)) return null;
  if (!ENDS_THE_WORDS.test(text.slice(date.endIndex, sentence.end))) return null;
  const index = from + match.index + match[0].indexOf(match[1] as string);
  return { summary: text.slice(index, date.endIndex).trim(), index };
}

/**
 * "fired missiles on Tuesday in the group's largest attack since conflict erupted in November": a
 * clause after "since" between the main date and a later date of its clause, which that date ends,
 * tells a happening of its own on that date (whether or not the main clause holds since then, which
 * `sinceClause` reads). Its words run from the clause's subject to the clause's end (`clauseEnd`);
 * null when no such clause stands between the dates.
 */
export function sinceAfter(text: string, main: DateMention, other: DateMention, clauseEnd: number): { summary: string; index: number } | null {
  const between = other.index > main.endIndex ? text.slice(main.endIndex, other.index) : '';
  if (other.rule.endsWith('+since') || !between.includes('since')) return null;
  const found = SINCE_CLAUSE.exec(between);
  if (!found) return null;
  const index = main.endIndex + found.index + found[0].indexOf(found[1] as string);
  return { summary: text.slice(index, clauseEnd).trim(), index };
}

/**
 * A relative clause between two dates of one clause, its verb told as done, reaching the second date
 * with no punctuation: "counted 28,120 refugees who have arrived in the country since".
 */
const RELATIVE_DONE = /\b(?:who|which)\s+(?:(?:have|has|had)\s+(?:been\s+)?|(?:was|were)\s+)?(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}ed|arrived|fled|left|came|began|took|sent|fought|held|met|won|lost|crossed|been)\b[^,;:()“”"]*$/u;

/**
 * "The government today counted 28,120 refugees who have arrived in the country since Sunday",
 * "Freedonia on Monday freed 20 sailors who were captured in May": a restrictive relative clause
 * after the main date tells a happening of its own, dated by the later date it holds. Its words run
 * from the relative pronoun to the clause's end (`clauseEnd`); null when no such clause stands between
 * the dates.
 */
export function relativeAfter(text: string, main: DateMention, other: DateMention, clauseEnd: number): { summary: string; index: number } | null {
  return happeningBetween(text, main, other, clauseEnd, RELATIVE_DONE);
}

/**
 * A participle of an act right after its noun, reaching the second date with no punctuation: "the
 * counter-offensive launched in", "a truce signed last". Group 1 runs from the noun (with a possessive
 * before it: "Sylvania's incursion launched").
 */
const PARTICIPLE_DONE = /((?:\p{Lu}[\p{L}-]*['’]s\s+)?\p{L}[\p{L}-]+\s+(?:launched|begun|started|signed|staged|waged|imposed|declared|brokered|reached|seized|captured|mounted)\b[^,;:()“”"]*)$/u;

/**
 * "Freedonia sent 300 sailors in December against Sylvania's incursion launched last August": a noun
 * with a participle of an act after the main date tells a happening of its own, dated by the later
 * date it holds. Its words run from the noun to the clause's end (`clauseEnd`); null when no such
 * participle stands between the dates.
 */
export function participleAfter(text: string, main: DateMention, other: DateMention, clauseEnd: number): { summary: string; index: number } | null {
  return happeningBetween(text, main, other, clauseEnd, PARTICIPLE_DONE);
}
