import { makeCitation } from '../citation.ts';
import { AFTER_RULE } from '../detect/dates/anchored.ts';
import { findDates } from '../detect/dates/index.ts';
import { hasFutureCue } from '../detect/dates/future-context.ts';
import { ACCORDING_TO_VERB } from '../detect/quotes/attribution-patterns.ts';
import { attributionLineStart } from '../detect/quotes/embedded-posts.ts';
import type { DateMention } from '../detect/dates/types.ts';
import type { Diagnostic, ResolvedDate } from '../model.ts';
import type { Sentence } from '../segment/sentences.ts';
import type { ActorLexicon } from '../topic/actor-lexicon.ts';
import type { EventCandidate } from './candidate.ts';
import { clauseAround } from './clause.ts';
import { openingDatelineEnd } from './dateline.ts';
import { HAPPENING_NOUN } from './happening-noun.ts';
import { anchoredByHappening, datedHappenings } from './anchor-happening.ts';
import { andAfter, connectiveHappening, HAS_VERB_OF_ITS_OWN, coordinatedAfter, countedSince, happenedAfter, listedAfter, participleAfter, predicateAfterDate, predicateAfterFronted, relativeAfter, sinceAfter, sinceClause, whenClause, whenInside } from './event-clauses.ts';
import { type ParagraphAnalysis, type SourceAnalysis, within } from './source-analysis.ts';

/** Actor kinds that make a sentence about someone acting (a commentator too, by speaking); outlets only report. */
const ACTING_KINDS = new Set(['government', 'intergovernmental', 'body', 'person', 'commentator']);

/**
 * Verbs of things that happen (generic English). A sentence with one of them and a named party but
 * no date is probably an event the chronology cannot place: the editor is told.
 */
const HAPPENING = /\b(?:met|visited|sent|dispatched|deployed|shipped|moved|signed|announced|held|launched|arrived|travell?ed|called|agreed|attacked|struck|crossed|withdrew|imposed|confirmed|told reporters)\b/;

/**
 * A finite verb that tells something happened: "was ratified", "were sent", "were “withdrawn”", "was
 * seriously damaged", "were sunk", "had almost entirely withdrawn", "captured"; also a state or a
 * perception told for a dated time ("700 people remained in the camp on Monday night", "a reporter
 * heard aircraft on Monday"), which the corpus conventions count as events. Ground taken ("retook",
 * "took control") and an act achieved ("managed to liberate", "succeeded in pushing back") are done too.
 */
const TOLD_HAPPENING =
  /\b(?:was|were|has been|have been|had been|(?:is|are)\s+(?:expected|scheduled|due|set)\s+to\s+be)\s+(?:\w+ly\s+)?["“‘']?(?:\w+(?:ed|en|wn|t)|sunk)\b|\bhad\s+(?:(?:already|almost|\w+ly)\s+)*(?:withdrawn|left|fled|arrived|retreated|captured|seized|crossed|reached|surrendered)\b|\b(?:sent|met|held|began|signed|arrived|died|launched|attacked|struck|captured|killed|fled|left|shot|fired|seized|sank|destroyed|downed|intercepted|wounded|injured|evacuated|released|visited|revealed|published|targeted|attempted|bombed|shelled|hijacked|boarded|ended|surrendered|withdrew|retreated|invaded|occupied|(?<!-)fought|went\s+to\s+war|took place|occurred|happened|erupted|broke out|flared(?:\s+up)?|escalated|intensified|agreed|reached|declared|emerged|collapsed|exploded|fell|remained|stayed|heard|saw|spent|gathered|waited|retook|recaptured|regained|liberated|took\s+(?:back|control|over)|managed\s+to\s+\p{Ll}+|succeeded\s+in\s+\p{Ll}+ing)\b/iu;

/**
 * A happening told as scheduled: "the leaders are scheduled to meet next month", "talks are scheduled
 * on Thursday", "will take place on Friday", "is due to begin in March". Not a forecast of a state or
 * an amount ("is expected to remain", "will rise").
 */
const SCHEDULED_HAPPENING =
  /\b(?:(?:is|are|was|were)\s+(?:scheduled|due|set|slated|planned|expected)\s+(?:to\s+)?|will\s+|to\s+be\s+)(?:meet|take\s+place|begin|start|resume|open|be\s+held|hold|convene|visit|travel|arrive|launch|sign|vote|on|in|for)\b/i;

/**
 * Without a named party, a dated clause still tells of a happening when it has a finite verb of its
 * own: "The agreement was ratified in November", or names one by a noun the date follows ("an
 * explosion on Monday at the depot"); not a sentence that opens with a quotation.
 */
function toldHappening(sentence: Sentence, dates: readonly DateMention[]): boolean {
  const text = sentence.text;
  if (dates.length === 0 || /^["“]/.test(text)) return false;
  return TOLD_HAPPENING.test(text) || dates.some((d) => datedHappeningNoun(sentence, d) || possessiveDatesHappening(sentence, d)) || (dates.some((d) => d.expected) && SCHEDULED_HAPPENING.test(text)) || (dates.some((d) => d.rule.endsWith('+since')) && STATE_SINCE.test(text)) || PARTICIPLE_ASIDE.test(text);
}

/**
 * The words before a date that the noun dates: the noun, at most two places or targets after it ("at
 * a fuel depot near Marsh City", "on the port of Fredonburg"), then the date's own preposition or an
 * adverb ("earlier on Tuesday"). No comma, so a date of another clause ("the attack, Berg said on
 * Monday") is not the noun's.
 */
const NOUN_BEFORE_DATE = new RegExp(
  String.raw`\b${HAPPENING_NOUN}(?:\s+(?:at|in|near|on|off|outside|inside|against|along|of)\s+(?:[\p{L}\d’'.-]+\s+){0,4}?[\p{L}\d’'.-]+){0,2}(?:\s+(?:earlier|later|early|late))?(?:\s+(?:on|in|at|during))?\s*$`,
  'iu',
);

/** A noun denied just before it: "no attacks on Monday", "without any strikes last week". */
const DENIED_NOUN = /\b(?:no|without|never|nor)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * A happening told by a noun its date follows, with no verb of its own ("A blast on March 10 at the
 * grain silo has shut …", "what caused the explosion near Marsh City on Monday evening", "drone
 * attacks last month on the port"): the corpus conventions count it, with or without a named doer.
 * Not a date to come, a "since" state, or a noun the sentence denies.
 */
function datedHappeningNoun(sentence: Sentence, date: DateMention): boolean {
  if (date.expected || date.rule.endsWith('+since')) return false;
  const before = sentence.text.slice(0, Math.max(0, date.index - sentence.start));
  const noun = NOUN_BEFORE_DATE.exec(before);
  return noun !== null && !DENIED_NOUN.test(before.slice(0, noun.index));
}

/**
 * A date's possessive before a noun of a happening, a few describing words between: "last night’s
 * explosion", "last week’s Sylvanian military offensive". The noun names a happening the date dates,
 * whatever the sentence's own predicate says of it ("The cause of last night’s explosion is still
 * unclear"). Not "last year’s budget", no happening.
 */
const POSSESSIVE_BEFORE_NOUN = new RegExp(String.raw`^['’]s\s+(?:[\p{L}-]+\s+){0,3}?${HAPPENING_NOUN}\b`, 'iu');

/** Whether `date`, in its possessive, dates a happening noun after it (POSSESSIVE_BEFORE_NOUN); not a date to come or a "since" state. */
function possessiveDatesHappening(sentence: Sentence, date: DateMention): boolean {
  if (date.expected || date.rule.endsWith('+since')) return false;
  const at = date.endIndex - sentence.start;
  return sentence.text.charAt(at + 1) === 's' && POSSESSIVE_BEFORE_NOUN.test(sentence.text.slice(at, at + 80));
}

/**
 * "have crossed since last week’s Sylvanian offensive": "since" before a date's possessive and a
 * happening noun tells two happenings, the state since then (the date as read) and the happening on
 * the date itself, an event of its own whose words run from the date to the noun. Null otherwise.
 */
function sinceDatesPossessedHappening(text: string, date: DateMention, published: string): { date: ResolvedDate; summary: string; index: number } | null {
  const words = /^(?:ever\s+)?since\s+/i.exec(text.slice(date.index, date.endIndex));
  if (!date.rule.endsWith('+since') || words === null || text.charAt(date.endIndex + 1) !== 's') return null;
  const noun = POSSESSIVE_BEFORE_NOUN.exec(text.slice(date.endIndex, date.endIndex + 80));
  if (noun === null) return null;
  const index = date.index + words[0].length;
  // The date's own words read again without "since": "last week" is a week, not a range from it.
  const own = findDates(text.slice(index, date.endIndex), published)[0];
  if (own === undefined || own.date.text !== text.slice(index, date.endIndex) || own.expected) return null;
  return { date: own.date, summary: text.slice(index, date.endIndex + noun[0].length), index };
}

/**
 * An act told in a participle aside after a comma: "This figure, provided in a briefing to a
 * lawmaker on Tuesday, represents …", "The report, published on Monday, …". Not a participle of a
 * state or a relation ("based on", "located in", "known as").
 */
const PARTICIPLE_ASIDE = /,\s+(?:\p{Ll}+ly\s+)?(?!(?:based|located|situated|compared|related|dedicated|focused|concerned|interested|used|aimed|designed|intended|supposed|named|called|known|expected|scheduled|set|due|faced|armed|equipped|backed|allied|aligned)\b)\p{Ll}{3,}ed\s+(?:in|on|at|by|to|during|over|from)\b/u;

/**
 * A state held in the perfect: "has been a focal point of the conflict since 2014", "have been under
 * siege since March". With a date after "since", the state from that date (open end) is a happening
 * the text dates (corpus README, twenty-third batch), whoever holds it.
 */
const STATE_SINCE = /\b(?:has|have|had)\s+(?:\p{Ll}+ly\s+)?been\b/u;

/**
 * A sentence that opens with a pronoun continues the subject of the sentence before it, also after a
 * fronted phrase set off by a comma ("In September 2022, he renounced …", "On Monday, they left"); a
 * personal pronoun only there, since "In 2022, it was decided" may be impersonal.
 */
const OPENS_WITH_PRONOUN = /^(?:["“]?)(?:(?:They|He|She|It|Its|Their|His|Her|The two|Both)\b|(?:In|On|At|By|Since|During|Later|Earlier|Then|After|Already)\b[^,;:.!?"“”]{0,40},\s+(?:they|he|she)\s+\p{Ll})/u;

function actorsIn(paragraph: ParagraphAnalysis, sentence: Sentence, lexicon: ActorLexicon): string[] {
  const acting = (id: string) => ACTING_KINDS.has(lexicon.actor(id)?.kind ?? '');
  const named = paragraph.actors.filter((a) => within(a.index, a.index + a.text.length, sentence.start, sentence.end) && acting(a.actorId));
  if (named.length > 0) return [...new Set(named.map((a) => a.actorId))];
  // "“…,” he said Friday": a speaker the sentence names only by a pronoun is the one who acts.
  const speakers = paragraph.statements
    .filter((s) => s.speaker.actor !== null && within(s.index, s.index + s.evidence.length, sentence.start, sentence.end))
    .map((s) => s.speaker.actor as string);
  return [...new Set(speakers)].filter(acting);
}

/**
 * A forecast inside a quote counts from the day it was spoken, not the day it was printed:
 * "“… over the next several weeks,” she told reporters yesterday" starts yesterday.
 */
function fromDaySpoken(mention: DateMention, spoken: ResolvedDate | undefined): ResolvedDate {
  if (!spoken || spoken.precision !== 'day' || !spoken.start) return mention.date;
  const again = findDates(mention.date.text, spoken.start)[0];
  return again && again.date.text === mention.date.text ? again.date : mention.date;
}

/**
 * Date rules that count from the day the words are spoken ("in the past three months", "last week",
 * "two days ago", "yesterday"), unlike a month or a year named ("in June", which the publication
 * places as well as the saying does).
 */
const COUNTED_FROM_NOW: ReadonlySet<string> = new Set(['recent-period', 'relative-period', 'ago', 'casual-day']);

/**
 * Whether a forecast in someone's words counts from the day they spoke ("within a month", "next
 * week") when that day is known only to a month or a year (`spoken`): read from the first and the
 * last day it may be, it gives two dates, so it cannot be placed. A date of its own ("by December
 * 2024") reads the same from either and stays.
 */
function unplaceableFrom(mention: DateMention, spoken: ResolvedDate): boolean {
  if (spoken.precision === 'day' || spoken.start === null || spoken.end === null || spoken.start === spoken.end) return false;
  const [first] = findDates(mention.date.text, spoken.start);
  const [last] = findDates(mention.date.text, spoken.end);
  return first?.date.start !== last?.date.start || first?.date.end !== last?.date.end;
}

/**
 * "…, an activist said Friday", "Local media reported, on Monday, that …", "The Courier reported last
 * week that …": a dated speech act is an event even when its speaker is no actor of the topic, or an
 * outlet the topic lists (whose report is the act). The date must stand next to the reporting verb
 * (only commas and spaces between), or it dates what was reported rather than the saying.
 */
function datedSpeechAct(paragraph: ParagraphAnalysis, sentence: Sentence, dates: DateMention[], lexicon: ActorLexicon): boolean {
  return dates.some((d) => datesSaying(paragraph, sentence, d, (s) => s.speaker.actor === null || lexicon.actor(s.speaker.actor)?.kind === 'media'));
}

/** Whether `date` stands next to the reporting verb of a statement of the sentence (one `which` accepts): it dates the saying. */
function datesSaying(paragraph: ParagraphAnalysis, sentence: Sentence, date: DateMention, which: (s: ParagraphAnalysis['statements'][number]) => boolean = () => true): boolean {
  return paragraph.statements.some((s) => {
    if (!which(s) || s.verb === null || s.verbIndex === null || !within(s.verbIndex, s.verbIndex + s.verb.length, sentence.start, sentence.end)) return false;
    const verbEnd = s.verbIndex + s.verb.length;
    if (date.index >= verbEnd) return ADJACENT.test(paragraph.text.slice(verbEnd, date.index));
    if (date.endIndex > s.verbIndex) return false;
    const between = paragraph.text.slice(date.endIndex, s.verbIndex);
    return ADJACENT.test(between) || (FRONTED.test(paragraph.text.slice(sentence.start, date.index)) && FRONTED_SUBJECT.test(between));
  });
}

/** Before a date that opens its sentence with its preposition: "In January, …", "On Monday, …". */
const OPENS_SENTENCE = /^\W*(?:in|on|during|at)?\s*$/i;

/**
 * Before a date that opens its sentence: nothing but punctuation, or "Early", "Late", "Later",
 * "Already", with the date's preposition when the date's words leave it out ("Already on September 20").
 */
const FRONTED = /^\W*(?:(?:early|late|earlier|later|already)\s+)?(?:(?:on|in|at)\s+)?$/i;

/**
 * "On Monday, the agency said", "On Monday, the “authorities” of the region announced": a comma after
 * the fronted date, then a subject of a few words (a word in quotation marks too) and the verb.
 */
const FRONTED_SUBJECT = /^,\s+(?:["“‘]?[\p{L}'’.-]+["”’]?\s+){1,5}$/u;

/**
 * "The leader of the republic has announced that it will cease to exist in the new year": what a
 * speaker says is coming, dated inside the words reported, is an event to come even when the speaker
 * is no actor of the topic (corpus README: what is scheduled or expected and dated is an event).
 */
function reportedAhead(paragraph: ParagraphAnalysis, sentence: Sentence, dates: DateMention[]): boolean {
  return paragraph.statements.some((s) => {
    const span = s.verb === null || !within(s.index, s.index + s.evidence.length, sentence.start, sentence.end) ? null : reportedSpan(paragraph, s);
    return span !== null && dates.some((d) => d.expected && within(d.index, d.endIndex, span.start, span.end));
  });
}

/**
 * What may stand between a reporting verb and its date: "said Friday", "reported, on Monday,", the
 * act's medium ("said in a statement Saturday") or an adverb ("in a statement Saturday also highlighted").
 */
const ADJACENT = /^[\s,]*(?:(?:in|via)\s+(?:a|an|his|her|its|their)\s+(?:[\p{Ll}-]+\s+)?(?:statement|interview|post|address|briefing|speech|remarks|letter)|also|later|again)?[\s,]*$/u;

/**
 * The event's own words and who asserts it: when its date sits in what a speaker reports ("the
 * agency said troops arrived on Monday"), the reported clause and that speaker; otherwise the words
 * around the date, as the outlet tells it.
 */
function claimedHeadline(paragraph: ParagraphAnalysis, sentence: Sentence, dateIndex: number, summary: string): Pick<EventCandidate, 'headline' | 'claimant'> {
  const report = paragraph.statements.find(
    (s) => s.kind === 'reported' && s.reported !== null && s.index <= dateIndex && dateIndex < s.index + s.evidence.length && s.reported.length > 0,
  );
  const span = report ? reportedSpan(paragraph, report) : null;
  if (report?.reported && span && span.start <= dateIndex && dateIndex < span.end) {
    return { headline: report.reported, claimant: report.speaker.actor || report.speaker.name || report.government ? report.speaker : null };
  }
  return { headline: summary === sentence.text ? sentence.text : summary, claimant: null };
}

/**
 * A verb of saying in the past that opens a clause of its own, not a participle before a noun: "the
 * Courier reported", "Ruhl said"; not "the reported attack", "an announced visit".
 */
const SAID_IN_CLAUSE = /(?<!\b(?:the|a|an|its|their|his|her)\s+)\b(?:said|reported|announced|stated|claimed|confirmed|disclosed)\b/i;

/**
 * "After the attacks on Friday, the group vowed …": the sentence tells of what followed that day, some
 * time between it and the source's publication, not of that day. An opening with a verb of its own
 * ("After Ruhl visited Fredonburg last week, …") tells a happening the date does date.
 */
function afterOpening(sentence: Sentence, date: DateMention, published: string): ResolvedDate {
  // "After the city was recaptured by Sylvania, …" dated by the recapture the article told: the words
  // name the happening, whose date the clause takes (corpus README: "after X" takes X's date).
  // So is "After 24 hours of fighting, …", whose words count the time after the day told before themselves.
  if (date.rule === 'anchored+happening' || /^after\b/i.test(date.date.text)) return date.date;
  const opening = /^After\s[^,]*,/.exec(sentence.text);
  const at = date.index - sentence.start;
  if (!opening || at >= opening[0].length || date.date.start === null || date.date.start >= published) return date.date;
  const text = sentence.text.slice(0, at + (date.endIndex - date.index));
  // "After Ruhl visited Fredonburg early last week, …": a clause of its own, which the date dates; so
  // is a saying ("After the Courier reported on Monday that …").
  if (TOLD_HAPPENING.test(text) || SAID_IN_CLAUSE.test(text) || HAS_VERB_OF_ITS_OWN.test(text.slice(6))) return date.date;
  return { text, start: date.date.start, end: published, precision: 'range' };
}

/** A joined clause that so far holds only its conjunction and a date: ", but in April," / ", and on Monday,". */
const JOINED_DATE_OPENING = /^\s*(?:and|but|yet|while|whereas|then)\s+(?:(?:on|in|at|by|during|early|late|later|earlier)\s+)?$/i;

/**
 * Whether `date` is fronted in a clause joined to the one before ("…, but in January, Freedonia
 * announced that it had driven the troops out"): the clause holds only the conjunction and the date,
 * and a clause of its own, not looking ahead, follows the comma.
 */
function joinedFronted(text: string, sentence: Sentence, clause: { start: number; end: number }, date: DateMention): boolean {
  if (!JOINED_DATE_OPENING.test(text.slice(clause.start, date.index)) || text.slice(date.endIndex, clause.end).trim() !== '' || text[clause.end] !== ',') return false;
  if (clause.end + 1 >= sentence.end) return false;
  // "…, but in January, Freedonia will hold talks": a clause that looks ahead tells nothing done then.
  const rest = clauseAround(text, sentence.start, sentence.end, clause.end + 1, clause.end + 1);
  return !hasFutureCue(text.slice(rest.start, rest.end));
}

/** Where a statement's reported words stand in its paragraph; null when it reports none. */
function reportedSpan(paragraph: ParagraphAnalysis, statement: ParagraphAnalysis['statements'][number]): { start: number; end: number } | null {
  if (!statement.reported) return null;
  const start = paragraph.text.indexOf(statement.reported, statement.index);
  return start < 0 ? null : { start, end: start + statement.reported.length };
}

/** Where a statement's words stand in its paragraph: the reported words, or a quote's whole evidence. */
function spokenSpan(paragraph: ParagraphAnalysis, statement: ParagraphAnalysis['statements'][number]): { start: number; end: number } | null {
  return statement.kind === 'reported' ? reportedSpan(paragraph, statement) : { start: statement.index, end: statement.index + statement.evidence.length };
}

/**
 * Whether `date` lies in the words a speaker reports with a verb of saying ("Berg said that relations
 * have grown since …"), not a quotation nor "according to" (which may credit only a figure of the
 * sentence: "… since the war began on Monday, killing 40 people, according to the ministry").
 */
function inReportedClaim(paragraph: ParagraphAnalysis, date: DateMention): boolean {
  return paragraph.statements.some((statement) => {
    if (statement.kind !== 'reported' || statement.verb === null || ACCORDING_TO_VERB.test(statement.verb)) return false;
    const span = reportedSpan(paragraph, statement);
    return span !== null && within(date.index, date.endIndex, span.start, span.end);
  });
}

/**
 * Whether `date` lies in the words of a statement whose reporting verb comes after `main`, so that
 * `main` may date the saying ("Last month, X … said the decision would take effect within a month");
 * not a date after the verb ("According to experts, the troops could arrive in the coming months,
 * joining those sent last November").
 */
function saidAfter(paragraph: ParagraphAnalysis, date: DateMention, main: DateMention): boolean {
  return paragraph.statements.some((statement) => {
    if (statement.verbIndex === null || statement.verbIndex < main.endIndex) return false;
    const span = spokenSpan(paragraph, statement);
    return span !== null && within(date.index, date.endIndex, span.start, span.end);
  });
}

/** The words of a report that hold `date` but not `main`, the date of the report itself; null when none does. */
function reportedApart(paragraph: ParagraphAnalysis, date: DateMention, main: DateMention): string | null {
  for (const statement of paragraph.statements) {
    const span = statement.kind === 'reported' ? reportedSpan(paragraph, statement) : null;
    const holds = (d: DateMention) => span !== null && within(d.index, d.endIndex, span.start, span.end);
    if (holds(date) && !holds(main)) return statement.reported;
  }
  return null;
}

/** "this month", "earlier this month": the current month, told up to the day of publication. */
const THIS_MONTH = /\bthis\s+month\b/i;

/**
 * What has happened cannot have happened after the source was published: "began fleeing this week" in
 * a Tuesday's paper is Monday to Tuesday, not the whole week.
 */
export function upToPublication(date: ResolvedDate, published: string): ResolvedDate {
  // "this year" stays the calendar year, as a reader cites it.
  if (date.start === null || date.end === null || date.start > published || date.precision === 'year') return date;
  // A week that ends on the day of publication is the current one told so far ("this week" in a
  // Sunday's paper): a range, as on any other day of the week; so is "this month" on its last day
  // ("in September" stays the month a reader cites).
  const toldSoFar = date.precision === 'week' || (date.precision === 'month' && THIS_MONTH.test(date.text));
  if (date.end < published || (date.end === published && !toldSoFar)) return date;
  return { ...date, end: published, precision: date.start === published ? 'day' : 'range' };
}

/**
 * "in recent weeks", "over the past several months": a past period of no stated length ends at
 * publication and starts nobody knows when; it dates no happening.
 */
function givesNoRange(date: DateMention, published: string): boolean {
  return date.rule.startsWith('recent-period') && date.date.start === null && date.date.end === published;
}

/** The whole of an aside that gives a term in years: "(2010-2016)", "(from 2010 to 2016)", "(since 2019)". */
const YEARS_ASIDE = /^\((?:(?:from|since|between|until)\s+)?\d{4}(?:\s*(?:-|–|—|to|and|until)\s*(?:\d{4}|\d{2}|present|now))?\)$/i;

/**
 * "Berg, a former prime minister (from 2010 to 2016), said …": years in parentheses describe a
 * person's term, not the happening of the sentence, and must not take its date from the words said.
 */
function inYearsAside(text: string, date: DateMention): boolean {
  const open = text.lastIndexOf('(', date.index);
  const close = text.indexOf(')', date.endIndex);
  return open >= 0 && close >= 0 && YEARS_ASIDE.test(text.slice(open, close + 1));
}

/**
 * A future told as not happening: "will not attend … tomorrow", "the decision not to attend … on
 * Friday". It is no event to come (corpus README: a dated clause about what will not happen).
 */
const WILL_NOT_HAPPEN = /\b(?:will|shall|would)\s+(?:\w+ly\s+)?not\b|\b(?:won['’]t|wouldn['’]t)\b|\b(?:decision|decided|chose|agreed|pledged|promised|vowed)\s+not\s+to\b/i;

/**
 * A happening told as not having happened: "No strike occurred today", "the convoy did not cross on
 * Monday", "the families who could not be present today", "Berg has never visited Sylvania since 2020". A subject negated by "no" counts only before a
 * verb of happening: "no one was hurt in the attack on Monday" still tells of the attack. So does what
 * might have been and was not, in the active voice: "could have got it a year ago", "should have ended
 * on Monday", "would have signed last year" ("could have been fired on Monday" may tell what happened);
 * and what two sides both did not do: "neither Fredonburg nor Marsh City confirmed it at the time".
 */
const DID_NOT_HAPPEN =
  /\b(?:did\s+not|didn['’]t|could\s+not|couldn['’]t|(?:was|were)\s+unable\s+to|has\s+not|hasn['’]t|have\s+not|haven['’]t|had\s+not|hadn['’]t|never)\s+(?:yet\s+)?\p{Ll}+|\b[Nn]o\s+(?:[\p{L}-]+\s+){1,4}(?:occurred|took\s+place|happened|(?:was|were)\s+(?:carried\s+out|launched|fired|made))\b|\b(?:could|would|should)\s+have\s+(?:\p{Ll}+ly\s+)?(?!been\b)\p{Ll}+|\b[Nn]either\s+(?:[\p{L}’'-]+\s+){1,4}?nor\s+(?:[\p{L}’'-]+\s+){1,4}?(?:\p{Ll}+ly\s+)?\p{Ll}{2,}ed\b/u;

/** A sentence end inside a clause: the segmenter may keep a quotation's sentences together. */
const SENTENCE_END = /[.!?]["”’]?\s+(?=["“]?\p{Lu})/gu;

/** The words of `clause` around `at` between its sentence ends. */
function ownSentence(clause: string, at: number): string {
  let start = 0;
  let end = clause.length;
  for (const stop of clause.matchAll(SENTENCE_END)) {
    if (stop.index < at) start = stop.index + stop[0].length;
    else {
      end = stop.index;
      break;
    }
  }
  return clause.slice(start, end);
}

/**
 * A weekday that names a happening rather than dating the sentence's own: "Monday’s attack
 * happened 110 miles off the coast", "Saturday night’s attack was the 23rd …", "The Friday attack was first
 * reported by …": the words right after the weekday, or "the" before it and a noun after.
 */
const POSSESSIVE_AFTER = /^(?:\s+(?:morning|afternoon|evening|night))?['’]s\s+\p{Ll}/u;
const ATTRIBUTIVE_BEFORE = /\bthe\s+$/i;
const NOUN_AFTER = /^\s+\p{Ll}{3,}/u;

/**
 * Whether `date` is a weekday of a happening it names ("Monday’s attack", "the Friday attack") that
 * the source has already told on that day (`toldDays`): a definite reference back to it, one
 * happening told twice and listed at its first telling (corpus README). A weekday told on no day
 * before still dates its sentence.
 */
function namesToldHappening(text: string, date: DateMention, toldDays: ReadonlySet<string>): boolean {
  if (date.date.precision !== 'day' || date.date.start === null || !toldDays.has(date.date.start) || !/day(?:\s+(?:morning|afternoon|evening|night))?$/i.test(date.date.text)) return false;
  const after = text.slice(date.endIndex, date.endIndex + 24);
  return POSSESSIVE_AFTER.test(after) || (ATTRIBUTIVE_BEFORE.test(text.slice(Math.max(0, date.index - 8), date.index)) && NOUN_AFTER.test(after));
}

/** Nouns of a happening a later sentence may name again: "the explosion", "the attack". */
const HAPPENING_NOUNS: ReadonlySet<string> = new Set(['explosion', 'blast', 'attack', 'attacks', 'strike', 'strikes', 'raid', 'raids', 'bombing', 'shelling', 'crash', 'assault', 'ambush', 'fire']);

/** A weekday's possessive before a noun: "Monday’s explosion", "Saturday night’s attack"; group 1 the noun. */
const POSSESSIVE_NOUN = /^(?:\s+(?:morning|afternoon|evening|night))?['’]s\s+(?:[\p{Ll}-]+\s+)??(\p{Ll}+)\b/u;

/** The noun of a happening a day names by its possessive ("Monday’s explosion" → "explosion"); null otherwise. */
function possessiveHappening(text: string, date: DateMention): string | null {
  if (date.date.precision !== 'day' || date.date.start === null || !/day(?:\s+(?:morning|afternoon|evening|night))?$/i.test(date.date.text)) return null;
  const noun = POSSESSIVE_NOUN.exec(text.slice(date.endIndex, date.endIndex + 40))?.[1] ?? null;
  return noun !== null && HAPPENING_NOUNS.has(noun) ? noun : null;
}

/** "in the explosion", "during the attack": a happening named again by its noun; group 1 the noun. */
const IN_THE_HAPPENING = /\b(?:in|during)\s+the\s+(\p{Ll}+)\b(?!\s+(?:of|on|at|in)\b)/gu;

/**
 * "68 people died in the explosion" after "Monday’s explosion" was told: the words naming the
 * happening again, as a mention of the day told for it (rule `named-happening`); null when the
 * sentence names no happening dated before.
 */
function happeningNamedBefore(text: string, sentence: Sentence, named: ReadonlyMap<string, ResolvedDate>): DateMention | null {
  if (named.size === 0) return null;
  for (const match of text.slice(sentence.start, sentence.end).matchAll(IN_THE_HAPPENING)) {
    const date = named.get(match[1] as string);
    if (date === undefined) continue;
    const index = sentence.start + match.index;
    const words = match[0];
    return { index, endIndex: index + words.length, date: { ...date, text: words }, expected: false, stated: {}, rule: 'named-happening' };
  }
  return null;
}

/**
 * A state "today" names, no happening: "Today, we are fully committed to peace", "our primary
 * duty today is to receive them", "we are ready today". A present "is"/"are" before a word of a
 * state of mind or commitment, or a duty, task or aim that "is to" do something.
 */
const STATE_NOW = /\b(?:is|are|['’]re)\s+(?:\p{Ll}+ly\s+)?(?:ready|responsible|committed|determined|concerned|convinced|aware|able|unable|prepared)\b|\b(?:duty|duties|task|tasks|goal|aim|priority|job|mission|role|objective)\s+(?:today\s+)?(?:is|are)\s+to\b/gu;

/**
 * A verb that tells a happening rather than a state: a past, a perfect, a future, a saying, a past in
 * "-ed" right after its subject ("Freedonia attacked today"; not a participle such as "forcibly displaced").
 */
const NOT_STATE = /\b(?:was|were|has|have|had|will|would|shall|did|said|says|told)\b|(?:\b\p{Lu}\p{L}+|\b(?:he|she|they|we|it|I))\s+\p{Ll}{3,}ed\b/u;

/**
 * Whether `date` is "today" in a sentence that tells a state now, not a happening (see `STATE_NOW`):
 * the sentence's own words up to a closing quotation mark after "today" (the attribution after it
 * tells the saying), with no verb of a happening besides the state's own ("the last village has
 * been liberated today" stays); never a "today" that dates a saying.
 */
function stateToday(paragraph: ParagraphAnalysis, sentence: Sentence, date: DateMention): boolean {
  if (!/^today$/i.test(date.date.text) || datesSaying(paragraph, sentence, date)) return false;
  // The sentence's own words: a fronted "Today," is a clause of its own to `clauseAround`.
  const own = ownSentence(paragraph.text.slice(sentence.start, sentence.end), date.index - sentence.start);
  const after = own.slice(Math.max(0, own.toLowerCase().indexOf('today')));
  const close = after.search(/["”]/);
  const words = close < 0 ? own : own.slice(0, own.length - after.length + close);
  STATE_NOW.lastIndex = 0;
  return STATE_NOW.test(words) && !NOT_STATE.test(words.replace(STATE_NOW, ' '));
}

/** Words of an act of force: "strikes", "attacked", "the blast". */
const ACT_OF_FORCE = /\b(?:attack(?:s|ed)?|strikes?|struck|raids?|raided|assaults?|bomb(?:s|ed|ing)|shell(?:ed|ing)|explosions?|exploded|blasts?)\b/i;

/**
 * A sentence that opens with an act of force told before: "Following the attack,", "After the strikes,",
 * "Following the initial missile attack,", "During the engagement,"; group 1 the words.
 */
const FOLLOWING_ACT = /^\W*((?:After|Following|During)\s+the\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(?:attacks?|strikes?|raids?|assault|bombing|shelling|explosion|blast|engagement|clash(?:es)?|battle)),/u;

/**
 * The same words closing a clause later in the sentence: "took 290 patients to hospitals after the
 * blast, the ministry said", and the act named again by "that": "shot down 18 drones in that attack".
 * Not time counted from the act ("two days after the blast"), which is another day, nor words that go
 * on to name which act ("after the attack on the port").
 */
const FOLLOWING_ACT_CLOSING = /(?<!\b(?:days?|weeks?|months?|years?|hours?|minutes?|long)\s+)\b((?:after|following)\s+the\s+(?:attacks?|strikes?|raids?|assault|bombing|shelling|explosion|blast)|in\s+(?:that|this|the\s+same)\s+(?:attack|strike|raid|assault|bombing|shelling|explosion|blast|engagement))(?=\s*(?:[,;]|[.!?]["”]?\s*$))/;

/**
 * Whether the single past day `date` dates an act of force its own words tell: the words from the
 * date before it in the sentence (or the sentence's start) up to it ("… missile strikes targeting
 * vessels on Tuesday night"), and after it to the next date when it opens the sentence ("On Friday,
 * jets struck …").
 */
function toldAct(text: string, sentence: Sentence, found: readonly DateMention[], date: DateMention): boolean {
  if (date.expected || date.date.precision !== 'day' || date.date.start === null) return false;
  const before = found.filter((d) => d.endIndex <= date.index).at(-1);
  const lead = text.slice(Math.max(sentence.start, before?.endIndex ?? 0), date.index);
  if (ACT_OF_FORCE.test(lead)) return true;
  if (!/^\W*(?:on|in|at)?\s*$/i.test(text.slice(sentence.start, date.index))) return false;
  const next = found.find((d) => d.index >= date.endIndex);
  return ACT_OF_FORCE.test(text.slice(date.endIndex, next?.index ?? sentence.end));
}

/**
 * "Strikes hit the port on Tuesday. … Following the attack, the agency advised ships to keep away": a
 * sentence with no date of its own that opens with an act of force told before follows it, on its day
 * (corpus README, seventeenth batch: "following X" takes X's date). The opening's words as a mention
 * of that day (rule `named-happening`); null when the sentence opens otherwise or no act was dated.
 */
function actFollowed(text: string, sentence: Sentence, act: ResolvedDate | null): DateMention | null {
  if (act === null) return null;
  const opening = FOLLOWING_ACT.exec(sentence.text) ?? (/\b(?:(?:after|following)\s+the|in\s+(?:that|this|the\s+same))\s/.test(sentence.text) ? FOLLOWING_ACT_CLOSING.exec(sentence.text) : null);
  if (!opening) return null;
  const words = opening[1] as string;
  const index = sentence.start + sentence.text.indexOf(words);
  return { index, endIndex: index + words.length, date: { ...act, text: words }, expected: false, stated: {}, rule: 'named-happening' };
}

/** A progressive or a perfect: "are fleeing", "were lining up", "have evacuated", "has since fled". */
const ONGOING_OR_PERFECT = /\b(?:(?:is|are|was|were)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}ing|(?:has|have)\s+(?:(?:\p{Ll}+ly|since|already)\s+)?\p{Ll}{2,}(?:ed|en|wn|ft|ght)|(?:has|have)\s+(?:(?:\p{Ll}+ly|since|already)\s+)?(?:fled|left|met|sent|held|lost|won|gone|come|become|taken|seen))\b/u;

/**
 * Events of one source. Each sentence that gives a date and names a government, body or person
 * (or continues one with "They", "He"…) is a dated happening summarised by the sentence itself;
 * the date outside quotation marks wins, since a date inside a quote is part of what was said.
 * Each further date that looks ahead ("by December") is a scheduled or expected event of its own,
 * summarised by its clause.
 */
export function assembleEvents(analysis: SourceAnalysis, lexicon: ActorLexicon): { candidates: EventCandidate[]; diagnostics: Diagnostic[] } {
  const { source } = analysis;
  const candidates: EventCandidate[] = [];
  const diagnostics: Diagnostic[] = [];
  // Wire copy gives a sentence a paragraph: "It sent troops on Tuesday" goes on with the party the
  // paragraph before named.
  let previousActors: string[] = [];
  // The days of happenings told so far, for "Monday’s attack" told again (`namesToldHappening`).
  const toldDays = new Set<string>();
  let toldUpTo = 0;
  // Happenings a day named by its possessive ("Monday’s explosion"), by their noun, for "in the explosion" later.
  const namedHappenings = new Map<string, ResolvedDate>();
  // The day of the last act of force told so far ("strikes … on Tuesday"), for "Following the attack," later.
  let lastAct: ResolvedDate | null = null;
  // The happenings the article dates anywhere, for "since the seizure", "after the city was recaptured" (`anchoredByHappening`).
  const happenings = datedHappenings(analysis.paragraphs);
  for (const paragraph of analysis.paragraphs) {
    const quotes = paragraph.statements.filter((s) => s.quote !== null && s.evidence === s.quote);
    const inQuote = (d: DateMention) => quotes.some((q) => within(d.index, d.endIndex, q.index, q.index + q.evidence.length));
    const datelineEnd = openingDatelineEnd(paragraph.text);
    // An embedded post's attribution line dates the post, which the article does not tell as a happening.
    const postLine = attributionLineStart(paragraph.text) ?? paragraph.text.length;
    for (const sentence of paragraph.sentences) {
      const own = actorsIn(paragraph, sentence, lexicon);
      const actors = own.length > 0 ? own : OPENS_WITH_PRONOUN.test(sentence.text) ? previousActors : [];
      previousActors = actors;
      const found = paragraph.dates.filter(
        (d) =>
          within(d.index, d.endIndex, sentence.start, sentence.end) &&
          d.index >= datelineEnd &&
          d.index < postLine &&
          !givesNoRange(d, source.published) &&
          !inYearsAside(paragraph.text, d) &&
          !countedSince(paragraph.text, sentence, d),
      );
      // "since the war broke out on October 7": the state since that day, and the outbreak on it. Not in
      // what someone says ("X said relations have grown since they signed a treaty in June"), where the
      // state since is the speaker's claim and the sentence's event is the dated happening.
      const sinceHappenings: { date: ResolvedDate; summary: string; index: number }[] = [];
      const dates = found.map((d) => {
        // "have crossed since last week’s offensive": the state since then, and the offensive last week,
        // whoever tells the state.
        const possessed = sinceDatesPossessedHappening(paragraph.text, d, source.published);
        if (possessed) sinceHappenings.push(possessed);
        const since = sinceClause(paragraph.text, sentence, d);
        if (!since || found.some((other) => other !== d && other.index >= since.since.index && other.index < d.index) || inReportedClaim(paragraph, since.since)) return d;
        sinceHappenings.push({ date: d.date, ...since.inner });
        return since.since;
      });
      // "… after Monday’s explosion at a fuel depot. 68 people died in the explosion.": with no date of
      // its own, a sentence that names a happening dated before is dated by it; so is one that counts
      // from a happening the article dates anywhere ("since the seizure", `anchoredByHappening`).
      const recalled =
        dates.length === 0
          ? (happeningNamedBefore(paragraph.text, sentence, namedHappenings) ?? actFollowed(paragraph.text, sentence, lastAct) ?? anchoredByHappening(paragraph.text, sentence, paragraph.n, happenings))
          : null;
      if (recalled) dates.push(recalled);
      for (const d of found) {
        const noun = possessiveHappening(paragraph.text, d);
        if (noun !== null) namedHappenings.set(noun, d.date);
        if (toldAct(paragraph.text, sentence, found, d)) lastAct = d.date;
      }
      // Without a named party, a sentence is kept only when it tells of a happening otherwise (read only then).
      if (actors.length === 0 && !toldHappening(sentence, dates) && !datedSpeechAct(paragraph, sentence, dates, lexicon) && !reportedAhead(paragraph, sentence, dates)) continue;
      if (dates.length === 0) {
        // A sentence that opens with a quotation is someone's words, not the outlet's account.
        if (HAPPENING.test(sentence.text) && !/^["“]/.test(sentence.text)) {
          diagnostics.push({
            rule: 'undated-event',
            message: `"${sentence.text.slice(0, 80)}…" reads like an event but gives no date, so it is not in the chronology; add it with an override if the date is known`,
            source: source.id,
            file: source.file,
            paragraph: paragraph.n,
          });
        }
        continue;
      }

      // "Tuesday’s attack is the 26th since Nov. 19": a weekday naming a happening told before dates
      // the sentence only when nothing else does.
      const named = (d: DateMention) => namesToldHappening(paragraph.text, d, toldDays);
      const ownDates = dates.some((d) => !named(d)) ? dates.filter((d) => !named(d)) : dates;
      const main = ownDates.find((d) => !inQuote(d) && !d.expected) ?? ownDates.find((d) => !inQuote(d)) ?? ownDates[0]!;
      const governments = [...new Set(actors.map((id) => lexicon.governmentOf(id)).filter((g): g is string => g !== null))];
      const event = (date: ResolvedDate, expected: boolean, summary: string, index: number, evidence = sentence.text): EventCandidate => ({
        date: expected ? date : upToPublication(date, source.published),
        expected,
        actors,
        governments,
        summary,
        ...claimedHeadline(paragraph, sentence, index, summary),
        citations: [makeCitation(source.id, paragraph.n, evidence)],
        origin: { source: source.id, published: source.published, paragraph: paragraph.n, index },
      });
      // "did not confirm until April" tells that it happened then (the deadline refiner's reading); "have
      // not fought since January" tells only what has not happened since (corpus README, twenty-ninth
      // batch); a date that dates a saying dates what was said, not what the words deny.
      const didNotHappen = (date: DateMention) => {
        if (date.rule.endsWith('+not-until') || datesSaying(paragraph, sentence, date)) return false;
        const clause = clauseAround(paragraph.text, sentence.start, sentence.end, date.index, date.endIndex);
        return DID_NOT_HAPPEN.test(ownSentence(paragraph.text.slice(clause.start, clause.end), date.index - clause.start));
      };
      const wontHappen = (date: DateMention) => {
        const clause = clauseAround(paragraph.text, sentence.start, sentence.end, date.index, date.endIndex);
        return WILL_NOT_HAPPEN.test(paragraph.text.slice(clause.start, clause.end));
      };
      // The date of the sentence's event told whole, when it is told so.
      let toldWhole: DateMention | null = null;
      if (main.rule === AFTER_RULE) {
        // "Berg met Ruhl, a day after Ruhl arrived": the date is the arrival's; the meeting is that many
        // days later. Each cites its own words, as two happenings of one sentence.
        candidates.push(...happenedAfter(paragraph.text, sentence, main).map(({ date, summary, index }) => event(date, false, summary, index, summary)));
      } else if (!((main.expected ? wontHappen(main) : didNotHappen(main) || named(main)) || stateToday(paragraph, sentence, main))) {
        candidates.push(event(main.expected ? main.date : afterOpening(sentence, main, source.published), main.expected, sentence.text, sentence.start));
        toldWhole = main;
      }

      for (const { date, summary, index } of sinceHappenings) candidates.push(event(date, false, summary, index, summary));

      // "…, after Sylvania took control in an offensive last week": the happening the connective names
      // is an event of its own on that date, whatever the main clause's date.
      // "Families are fleeing after Sylvania defeated the rebels last week": with no other date and a
      // main clause that tells what goes on or has gone on (no happening of its own on that date), the
      // sentence told whole on that date already holds the happening; it is not told twice. So with a
      // main clause that looks ahead ("Freedonia will send builders after an incursion it helped repel
      // this year"), whatever other date the sentence has.
      const connected = new Set<DateMention>();
      for (const date of dates.filter((d) => !inQuote(d) && d.rule !== AFTER_RULE)) {
        const happening = connectiveHappening(paragraph.text, sentence, date);
        if (!happening) continue;
        connected.add(date);
        const mainWords = paragraph.text.slice(sentence.start, happening.index);
        if (toldWhole === date && ((dates.length === 1 && ONGOING_OR_PERFECT.test(mainWords)) || hasFutureCue(mainWords))) continue;
        candidates.push(event(date.date, false, happening.summary, happening.index, happening.summary));
      }

      for (const bound of dates.filter((d) => !inQuote(d))) {
        const happened = whenClause(paragraph.text, sentence, bound, source.published);
        if (happened) candidates.push(event(happened.date, happened.expected, happened.summary, happened.index, happened.summary));
      }

      if (!main.expected && !inQuote(main) && main.rule !== AFTER_RULE) {
        const joined = andAfter(paragraph, sentence, main, dates);
        if (joined) candidates.push(event(main.date, false, joined.summary, joined.index, joined.summary));
        const when = whenInside(paragraph, sentence, main, dates);
        if (when) candidates.push(event(main.date, false, when.summary, when.index, when.summary));
      }
      // "is headed to the region this week and is expected to announce …": a date after the first of two
      // predicates dates the second too.
      if (!inQuote(main) && main.rule !== AFTER_RULE && !named(main)) {
        const second = predicateAfterDate(paragraph, sentence, main, dates);
        if (second) candidates.push(event(main.date, main.expected, second.summary, second.index, second.summary));
      }
      // "Last month, X re-designated the group and said …": a fronted date dates both predicates (not a
      // period still running, "Since then, …", whose state the second predicate shares).
      for (const fronted of dates.filter((d) => !d.expected && d.rule !== AFTER_RULE && d.date.start !== null && d.date.end !== null && !named(d))) {
        const second = predicateAfterFronted(paragraph, sentence, fronted, dates);
        if (second) candidates.push(event(fronted.date, false, second.summary, second.index, second.summary));
      }

      // A further past date in a clause of its own dates a happening of its own: "…, and last autumn it sent …".
      const mainClause = clauseAround(paragraph.text, sentence.start, sentence.end, main.index, main.endIndex);
      // "…, but Sylvania did not respond on Tuesday": a further date of what did not happen dates no
      // happening. Only the words since the date before count: "did not confirm until April that it
      // had sent troops under a treaty signed last year" denies nothing of the signing.
      const deniedSince = (date: DateMention) => {
        if (datesSaying(paragraph, sentence, date)) return false;
        const clause = clauseAround(paragraph.text, sentence.start, sentence.end, date.index, date.endIndex);
        const previous = dates.filter((d) => d.endIndex <= date.index).at(-1);
        return DID_NOT_HAPPEN.test(paragraph.text.slice(Math.max(clause.start, previous?.endIndex ?? 0), date.index));
      };
      for (const other of dates.filter((d) => d !== main && !d.expected && !inQuote(d) && !connected.has(d) && !deniedSince(d) && !named(d))) {
        // "In January, X said it had sent 300 in the past three months": counted back from a day the
        // text does not give (the saying's date, a month), the range cannot be placed, as a forecast
        // said then cannot.
        const spokenThen = (datesSaying(paragraph, sentence, main) || OPENS_SENTENCE.test(paragraph.text.slice(sentence.start, main.index))) && !datesSaying(paragraph, sentence, other);
        if (spokenThen && !main.expected && COUNTED_FROM_NOW.has(other.rule.split('+')[0] ?? '') && saidAfter(paragraph, other, main) && unplaceableFrom(other, main.date)) continue;
        const clause = clauseAround(paragraph.text, sentence.start, sentence.end, other.index, other.endIndex);
        // "The agency reported on Tuesday that Ruhl visited the port the previous day": what was
        // reported has a day of its own, apart from the day it was reported.
        const report = reportedApart(paragraph, other, main);
        const coordinated = clause.start === mainClause.start ? coordinatedAfter(paragraph.text, main, other, clause.end) : null;
        const relative = clause.start === mainClause.start && !coordinated ? relativeAfter(paragraph.text, main, other, clause.end) : null;
        const since = clause.start === mainClause.start && !coordinated && !relative ? sinceAfter(paragraph.text, main, other, clause.end) : null;
        // "launched six months ago, on 6 August": a date restated after a comma dates the participle in its own clause.
        const restated = dates.some((d) => d.index > other.endIndex && /^,\s*(?:on\s+|in\s+)?$/.test(paragraph.text.slice(other.endIndex, d.index)));
        const participle = clause.start === mainClause.start && !coordinated && !relative && !since && !restated ? participleAfter(paragraph.text, main, other, clause.end) : null;
        if (report) candidates.push(event(other.date, false, report, other.index));
        // "He led the government during the 2020 war and stepped down in early September": two happenings of one clause.
        else if (coordinated) {
          // "praised the troops on Thursday and awarded medals to the soldiers who returned this week": the
          // later date is the relative clause's; the second predicate shares the main clause's date.
          const inner = relativeAfter(paragraph.text, main, other, clause.end);
          if (inner && inner.index > coordinated.index) {
            const predicate = paragraph.text.slice(coordinated.index, inner.index).trim();
            candidates.push(event(main.date, false, predicate, coordinated.index, predicate), event(other.date, false, inner.summary, inner.index, inner.summary));
          } else candidates.push(event(other.date, false, coordinated.summary, coordinated.index, coordinated.summary));
        }
        // "counted 28,120 refugees who have arrived since Sunday": the relative clause tells a happening of its own.
        else if (relative) candidates.push(event(other.date, false, relative.summary, relative.index, relative.summary));
        // "the largest attack since conflict erupted in November": the clause after "since" tells the outbreak.
        else if (since) candidates.push(event(other.date, false, since.summary, since.index, since.summary));
        // "… against Sylvania's incursion launched last August": the participle tells a happening of its own.
        else if (participle) candidates.push(event(other.date, false, participle.summary, participle.index, participle.summary));
        // "…, but in January, Freedonia announced …": a date fronted in a joined clause dates the clause after its comma.
        else if (joinedFronted(paragraph.text, sentence, clause, other)) {
          const rest = clauseAround(paragraph.text, sentence.start, sentence.end, clause.end + 1, clause.end + 1);
          candidates.push(event(other.date, false, paragraph.text.slice(clause.start, rest.end).trim(), other.index));
        }
        // A short clause is a fragment, unless the date dates a saying: "…, an activist said Friday."
        else if ((clause.start !== mainClause.start && (clause.end - clause.start >= 25 || datesSaying(paragraph, sentence, other))) || listedAfter(paragraph.text, dates, other)) {
          candidates.push(event(other.date, false, paragraph.text.slice(clause.start, clause.end).trim(), other.index));
        }
      }

      for (const ahead of dates.filter((d) => d !== main && d.expected && !wontHappen(d) && !stateToday(paragraph, sentence, d))) {
        const clause = clauseAround(paragraph.text, sentence.start, sentence.end, ahead.index, ahead.endIndex);
        // "Last month, X said the decision would take effect within a month": counted from a day the
        // text does not give, the forecast cannot be placed.
        if (!main.expected && saidAfter(paragraph, ahead, main) && unplaceableFrom(ahead, main.date)) continue;
        const date = inQuote(ahead) && !main.expected ? fromDaySpoken(ahead, main.date) : ahead.date;
        candidates.push(event(date, true, paragraph.text.slice(clause.start, clause.end).trim(), ahead.index));
      }
      for (const told of candidates.slice(toldUpTo)) if (!told.expected && told.date.precision === 'day' && told.date.start !== null) toldDays.add(told.date.start);
      toldUpTo = candidates.length;
    }
  }
  return { candidates, diagnostics };
}
