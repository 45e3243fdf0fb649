import { MONTH_PATTERN, WEEKDAY_PATTERN } from './words.ts';

/**
 * Whether a date expression sits in a clause about the future. Only the words before the expression count,
 * back to the start of its clause (a sentence end, comma, semicolon, colon, dash, bracket or quote mark),
 * so "said on Tuesday it will…" stays in the past while "will arrive on Friday" looks ahead.
 * "would" is the future of a past telling: "said she would travel on Friday" looks ahead of the telling,
 * as a date before it does not ("said on Tuesday it would", where only the words before a date count).
 * A counterfactual ("would have") and a past habit ("would often meet") look back.
 */

/**
 * A timetable told in the plural present: "when they meet on Monday", "the ministers meet on Thursday",
 * "the talks resume in April". Its subject is "they", "we" or a plural noun, since the bare verb after
 * "to", a modal or "did" ("failed to meet on Monday", "did not meet on Monday") tells nothing of a
 * timetable; nor does an auxiliary ending in -s ("is open on Monday", "has begun").
 */
const PLURAL_TIMETABLE = String.raw`(?:\b(?:they|we)|\b(?!(?:is|was|has|does|its|his|this|thus|us|as|yes|less|unless|perhaps|whereas|always|sometimes|afterwards|nevertheless)\b)[a-z]{2,}s)\s+(?:(?:also|again|formally|then|next|first)\s+)?(?:meet|vote|convene|reconvene|gather|begin|resume|open(?!\s+fire))\b`;

/**
 * Words that put a clause in the future, or in a past one's future: "was due to take place" tells of a
 * schedule, not that it happened. A schedule told in the present looks ahead too: "takes effect in
 * July", "expires on Sunday", "the plan runs until the end of March", "the summit begins on Monday", "comes into force in April", "the next
 * round takes place on Thursday", "the council meets on Thursday", "parliament votes on Tuesday", and a journey told so ("Ruhl heads to Fredonburg on Tuesday",
 * "leaves for", "arrives in"; only with where to, since "the man who heads the inquiry" goes nowhere);
 * so does "to be held on Friday", and "were poised to sign on Friday". So does what is wanted,
 * hoped for, asked or possible: "wants to meet in April", "expects Fredonburg to send more in April",
 * "had been considering taking part in a meeting on Thursday" (a gathering weighed is still ahead),
 * "urges them to sign on Friday", and a forecast of what another will do: "the agency forecast Freedonia to deploy more troops in July", as "is forecast to" is (not "expects Ruhl to have left", which looks back), "may visit in April" ("may" in lower case, so the month May is no modal; "may have met"
 * looks back), "could kick off in mid-February" (not "could not reach the ship on Monday", a past
 * inability, nor "could have met"). A schedule told in the past is one too: "was meant to take place on
 * Thursday", as "was supposed to" is, and "announced it was going to release them in October" (not "were going to the port", a journey). So is a timing told in the
 * present: "the likely date is as early as June" (a past one is told "was as early as"). A forecast is told
 * with "anticipated to", "projected to", "forecast to" or "predicted to" as with "expected to".
 */
const FUTURE_CUES = new RegExp(
  String.raw`\b(?:will|won't|shall|(?:is|are)\s+(?:to|due|set|expected|scheduled|slated|poised|planned|going\s+to)|(?:was|were)\s+(?:due|set|scheduled|slated|supposed|meant|planned|poised)\s+to|(?:was|were)\s+going\s+to\s+(?!(?:the|a|an|his|her|their|its|our|this|that)\b)(?-i:[a-z]+)|scheduled|planned|plans?\s+to|planning\s+to|intends?\s+to|aims?\s+to|(?:wants?|hopes?|expects?|seeks?|wishes|wish)\s+to|consider(?:s|ed|ing)?\s+(?:taking\s+part|attending|joining|participating|going)\b|(?:wants?|expects?|asks?|urges?|forecast(?:s|ed)?|predict(?:s|ed)?|project(?:s|ed)|anticipate[sd]?)\s+(?:(?:(?-i:[A-Z][\w'’.-]*)\s+){1,3}|(?:it|them|him|her)\s+)to\s+(?!have\b)|(?:is|are)\s+(?:hoping|seeking|looking|keen|eager)\s+to|(?-i:may|might)\s+(?!(?:not\s+)?have\b)|could\s+(?!not\b|have\b)|upcoming|(?:expected|anticipated|projected|forecast|predicted)\s+to|(?:is|are)\s+(?:(?:possibly|potentially|probably|likely)\s+)?as\s+(?:early|soon)\s+as|(?:un)?likely\s+to|would\s+(?!have\b|(?:\w+ly\s+)?(?:often|usually|always|never)\b)|takes\s+effect|(?:runs|lasts|continues|remains\s+(?:open|valid|in\s+(?:force|effect|place)))\s+until|(?:comes|enters)\s+into\s+(?:force|effect)|expires|kicks\s+off|convenes|reconvenes|begins|starts|resumes|meets|votes|opens(?!\s+fire)|takes\s+place|${PLURAL_TIMETABLE}|(?:heads|travels|flies|returns)\s+(?:back\s+)?(?:to|for)|(?:departs|leaves|sets\s+(?:off|out)|sails)\s+for|arrives\s+(?:in|at)|to\s+be\s+(?:held|hosted|convened|signed|opened|launched|inaugurated|debated|discussed|put\s+to\s+a\s+vote))\b|['’]ll\b`,
  'i',
);

/**
 * A deadline word right before the expression: "by December", "no later than Friday"; what a date is
 * awaited by ("ahead of Friday's vote", "effective Monday", "the talks are on Friday", "the summit,
 * due on Friday, …"); or the new date of something put off or moved: "postponed until April",
 * "pushed back to June", "moved to Friday"; a day set: "a meeting has been called for Friday".
 */
const DEADLINE_BEFORE = /\b(?:by|no\s+later\s+than|ahead\s+of|due(?:\s+(?:on|in|at))?|(?:is|are)\s+effective|(?:postponed|delayed|deferred|pushed\s+back|put\s+off|rescheduled|moved|brought\s+forward)\s+(?:\w+\s+){0,2}?(?:until|till|to)|(?:called|set|fixed|scheduled|slated)\s+for)\s+$|\b(?:is|are)\s+$/i;

/** A plain deadline ("by", "no later than"), not a date set or put off ("called for", "postponed until"). */
const BY_BEFORE = /\b(?:by|no\s+later\s+than)\s+$/i;

/** A time ("1:00 PM") or a number ("65,036", "2.5") is no break: a colon, comma or point before a digit ends no clause. */
const CLAUSE_BREAK = /[;!?—–()“”"]|[.,:](?!\d)/g;

/** A date that owns what is scheduled: "Friday's scheduled meeting", "next month's planned summit". */
const SCHEDULED_AFTER = /^[\p{L}\d.\s]{0,20}?['’]s\s+(?:scheduled|planned|upcoming|expected|proposed)\b/u;

/**
 * A hedge that narrows the date before it, alone after a comma: "in the coming days, possibly on
 * Thursday", "next week, probably on Tuesday", "later this month, perhaps as early as the 20th".
 * Hedges may stack, and a part of the day may stand before the day: "is expected to vote, possibly
 * as early as late Wednesday" looks ahead as "is expected to vote" does; "potentially" hedges as "possibly" does.
 */
const HEDGE_AFTER_COMMA = /,\s*(?:(?:or|and)\s+)?(?:(?:possibly|potentially|probably|perhaps|maybe|likely|most\s+likely|as\s+early\s+as|as\s+soon\s+as|or\s+even|even)\s+)+(?:(?:on|in|at|by)\s+)?(?:(?:late|early)\s+)?$/i;

/** A period still to come that ends a clause: "in the coming days", "next week", "later this month", "tomorrow". */
const COMING_PERIOD_END = /\b(?:(?:in|over|within)\s+the\s+(?:coming|next)\s+(?:few\s+|several\s+|two\s+|three\s+)?(?:days|weeks|months|hours)|next\s+(?:week|month|year)|later\s+this\s+(?:week|month|year)|tomorrow|soon|shortly)\s*$/i;

/** Whether the clause of `text` that leads up to `index` speaks of the future. */
export function isFutureContext(text: string, index: number): boolean {
  if (SCHEDULED_AFTER.test(text.slice(index, index + 60))) return true;
  const before = text.slice(0, index);
  // "could happen in the coming days, possibly on Thursday": the hedge goes on with the clause before
  // its comma, whose tense is the date's.
  const tail = Math.max(0, index - 40);
  const hedge = HEDGE_AFTER_COMMA.exec(before.slice(tail));
  if (hedge) return COMING_PERIOD_END.test(before.slice(0, tail + hedge.index)) || isFutureContext(text, tail + hedge.index);
  const whole = clauseBefore(text, index);
  // "The meeting was scheduled for Monday and took place in Fredonburg": a schedule kept looks back.
  if (PAST_SCHEDULE.test(whole) && KEPT_AFTER.test(text.slice(index))) return false;
  // "Berg will respond after two sailors were hurt in the raid on Monday": a clause of time
  // or reason told in the past holds the date, whatever looks ahead before its conjunction.
  const clause = PAST_SUBORDINATE.exec(whole)?.[1] ?? whole;
  // "42,500 people had fled by Tuesday", "arrivals reached 65,036 by Wednesday": a past perfect, or a
  // simple past after any reporting verb, looks back from the deadline.
  const opensSentence = SENTENCE_START.test(before.slice(0, before.length - whole.length));
  // "reports that, by 31 December, 262 ships had …": a deadline set off after "that" opens the reported clause.
  const opensReport = REPORT_THEN_COMMA.test(before.slice(0, before.length - whole.length));
  if (DEADLINE_BEFORE.test(before)) {
    // "By Monday, the troops had withdrawn": a deadline that opens its sentence is read by the main clause after it.
    // So is one that opens a reported clause: "said that by Tuesday evening, 2,000 had reached the coast".
    const told = ((((opensSentence || opensReport) && OPENING_DEADLINE.test(clause)) || REPORTED_DEADLINE.test(clause)) && mainClauseAfter(text.slice(index))) || clause;
    if (FUTURE_CUES.test(told)) return true;
    if (PAST_PERFECT.test(told) || (BY_BEFORE.test(before) && toldAsPast(told))) return false;
    return !(BY_BEFORE.test(before) && WITH_PARTICIPLE.test(clause) && toldAsPast(clauseBefore(text, index - clause.length - 1)));
  }
  if (NEXT_OCCASION.test(clause) && !PAST_VERB.test(clause)) return true;
  // "The talks planned for Friday were cancelled on Tuesday": what was planned is the subject; the
  // verb right before the date tells what happened on it.
  if (PAST_RIGHT_BEFORE.test(clause)) return false;
  return (
    FUTURE_CUES.test(clause) ||
    (ARRANGEMENT.test(clause) && !PAST_VERB.test(clause.replace(BEING_DONE, ''))) ||
    subjectLooksAhead(clause, text.slice(index)) ||
    (opensSentence && frontedDateLooksAhead(clause, text.slice(index))) ||
    frontedInReport(clause, text.slice(index))
  );
}

/**
 * A schedule told in the past: "was scheduled for", "had been due on", "were set for". Whether the
 * date has come is told after it (`KEPT_AFTER`).
 */
const PAST_SCHEDULE = /\b(?:was|were|had\s+been)\s+(?:\p{Ll}+ly\s+)?(?:scheduled|due|set|planned|slated|supposed|meant)\b/u;

/**
 * The date of a schedule told in the past, then what happened on it, joined by "and" or set off by a
 * comma: "was scheduled for Monday and took place in Fredonburg", "which had been set for Monday,
 * went ahead". The schedule was kept, so the date looks back.
 */
const KEPT_AFTER = /^[^,;:.!?—–()“”"]{0,30}?(?:\s+and\s+|,\s+)(?:(?:then|duly|finally|eventually)\s+)?(?:took\s+place|went\s+ahead|(?:was|were)\s+(?:duly\s+)?held|began|opened|started|ended|happened|occurred)\b/i;

/**
 * An arrangement told in the present progressive: "Ruhl is heading to Fredonburg on Friday", "the
 * ministers are meeting in April", "talks are being held on Friday": verbs of going, meeting and
 * starting, since "is investigating an attack on Friday" tells of a past Friday. "Is headed to the
 * region this week" is a journey too, where "headed" is no past tense. Told in the past ("was
 * heading") it looks back.
 */
const ARRANGEMENT =
  /\b(?:is|are|am)\s+(?:\p{Ll}+ly\s+)?(?:headed\s+(?:back\s+)?(?:to|for)|heading|travell?ing|flying|going|coming|meeting|visiting|hosting|holding|leaving|arriving|returning|attending|sending|launching|opening|starting|beginning|signing|voting|sailing|deploying|convening|gathering|being\s+(?:held|hosted|convened|staged|organi[sz]ed))\b/u;

/**
 * A verb told in the past right before a date, so the date is when it happened: "was shelled", "were
 * called off", "collapsed". Not a schedule ("was due", "were set", "was expected") nor a participle
 * after "be", "to", "will", a conjunction or a negation ("will be deployed", "to be completed", "will
 * be escorted and protected", "would respond if provoked").
 */
const PAST_RIGHT_BEFORE =
  /(?:\b(?:was|were)\s+(?:\p{Ll}+ly\s+)?(?!(?:due|set|expected|scheduled|slated|supposed|planned|poised|about|going|likely|unlikely)\b)\p{Ll}{2,}(?:ed|en)|(?<!\b(?:be|been|being|to|will|would|shall|could|may|might|must|is|are|am|has|have|and|or|but|if|when|unless|once|until|as|not|never)\s+)\b(?!(?:scheduled|planned|expected|slated|proposed|anticipated)\b)\p{Ll}{3,}ed)(?:\s+(?:off|out|down|up|back))?\s+$/u;

/** A passive progressive's participle ("are being held"), or "is headed" of a journey: no past tense. */
const BEING_DONE = /\bbeing\s+\p{Ll}+|\b(?:is|are|am)\s+(?:\p{Ll}+ly\s+)?headed\b/gu;

/** "The next round of talks is in April" looks ahead; "the next meeting was held in April" does not. */
const NEXT_OCCASION = /\bnext\s+(?:round|meeting|summit|session|sitting|vote|visit|phase|stage|hearing)s?\b/i;

/**
 * A clause of time or reason, or a relative clause, inside the words before a date, with a subject of
 * up to six words and a verb told in the past: "after two sailors were hurt in", "because the talks
 * collapsed on", "an incursion that the troops helped repel". Not a participle of what is awaited
 * ("after the talks planned for"). Group 1 is the clause from its subject, whose own words FUTURE_CUES
 * still reads ("that Berg decided he will travel on").
 */
const PAST_SUBORDINATE = /\b(?:after|because|when|once|although|though|while|that|which|who)\s+((?:[^\s]+\s+){1,6}?(?:was|were|had|did|(?!(?:planned|scheduled|expected|slated|proposed|anticipated)\b)\p{Ll}{3,}ed)\b(?:(?!\b(?:after|because|when|once|although|though|while|that|which|who)\b).)*)$/u;

/**
 * Nothing, a finished sentence, or a quotation opened after a colon (`He added: "In May, …`) before a
 * clause: the clause opens its sentence.
 */
const SENTENCE_START = /(?:^|[.!?][”"’]?|:\s*["“])\s*$/;

/** What may stand before a date that opens its sentence: "On", "In", "Starting", "From". */
const OPENING_WORD = String.raw`(?:(?:on|in|from|starting|beginning|as\s+of|early|late|later|earlier|during(?:\s+the\s+months?\s+of)?|throughout)\s+)?`;
const OPENING_WORDS = new RegExp(String.raw`^\W*${OPENING_WORD}$`, 'i');

/** A date that owns the noun after it: "Monday’s attack", "next week's talks". */
const DATE_OWNS_WHAT_FOLLOWS = /^[\p{L}\d. ]{1,25}?['’]s\s/u;

/** A date phrase up to its comma ("Friday,", "March 20,", "Monday morning,"), then the main clause. */
const DATE_PHRASE_THEN_COMMA = /^[^,;:.!?—–()“”"]{1,40},\s*/;

/** A reporting aside between the date and the main clause: "according to the ministry,". */
const ASIDE = /^(?:according\s+to|citing|as\s+(?:\w+\s+)?(?:said|reported))\b[^,;.!?]*,\s*/i;

/** "that" and a comma, which opens a reported clause with a phrase set off: "reports that, ". */
const REPORT_THEN_COMMA = /\bthat\s*,\s*$/i;

/** A plain deadline word opening a reported clause: "said that by ". */
const REPORTED_DEADLINE = /\bthat\s+(?:by|no\s+later\s+than)\s+$/i;

/**
 * A running count told with no tense of its own, "with", a number and a participle, up to its
 * deadline: ", with 40 trucks unloading at the quay by ". It is told in the tense of the clause
 * before its comma ("the convoy arrived on Sunday, with 40 trucks unloading at the quay by Sunday
 * night" looks back; "will arrive …" ahead). Not a happening with no count ("with talks resuming by Friday").
 */
const WITH_PARTICIPLE = /^\s*with\s+(?:[^,;:\d]|,(?=\d))*?\d(?:[^,;:]|,(?=\d))*?\b\p{Ll}{2,}ing\b(?:[^,;:]|,(?=\d))*?\bby\s+$/u;

/** Only a plain deadline word before a date that opens its sentence: "By Monday, …". */
const OPENING_DEADLINE = /^\W*(?:by|no\s+later\s+than)\s+$/i;

/** The main clause after a date phrase and its comma ("Monday, the troops had withdrawn"); null when no comma follows. */
function mainClauseAfter(fromDate: string): string | null {
  const phrase = DATE_PHRASE_THEN_COMMA.exec(fromDate);
  if (!phrase) return null;
  let rest = fromDate.slice(phrase[0].length);
  const aside = ASIDE.exec(rest);
  if (aside) rest = rest.slice(aside[0].length);
  const end = rest.search(CLAUSE_BREAK_AHEAD);
  return end < 0 ? rest : rest.slice(0, end);
}

/**
 * A date that opens its sentence before a comma is dated by the main clause after it: "On Friday, the
 * ministers will meet" and "In April, Freedonia will hold elections" look ahead; "On Friday, Berg said
 * the ministers will meet" tells of Friday's saying.
 */
function frontedDateLooksAhead(clause: string, fromDate: string): boolean {
  if (!OPENING_WORDS.test(clause)) return false;
  const phrase = DATE_PHRASE_THEN_COMMA.exec(fromDate);
  // "On Friday the ministers will meet", "said that in March the talks would resume": with no comma, the
  // subject and its predicate follow the date straight away, with no verb of their own before it. A
  // date that owns what follows ("Monday’s attack will be …") is read by `subjectLooksAhead`.
  if (!phrase) return !DATE_OWNS_WHAT_FOLLOWS.test(fromDate) && predicateAheadWithNoVerbBefore(fromDate);
  if (PAST_VERB.test(phrase[0]) || TOLD_VERB.test(phrase[0])) return false;
  const main = mainClauseAfter(fromDate) ?? '';
  const future = FUTURE_CUES.exec(main);
  if (!future) return false;
  const beforeCue = main.slice(0, future.index);
  return !PAST_VERB.test(beforeCue) && !TOLD_VERB.test(beforeCue);
}

/** "that" opening a reported clause, then the words a date opening it may have: "said that in ". */
const REPORTED_OPENING = new RegExp(String.raw`\bthat\s+(${OPENING_WORD})$`, 'i');

/**
 * A date that opens a reported clause is read by that clause as by a sentence: "Berg said that in
 * 2025, the war will go on" looks ahead; "said that on Friday, troops had left" does not.
 */
function frontedInReport(clause: string, fromDate: string): boolean {
  const opening = REPORTED_OPENING.exec(clause);
  return opening !== null && frontedDateLooksAhead(opening[1] as string, fromDate);
}

/**
 * The end of a clause ahead: a sentence end, semicolon or dash (a comma may only set off a phrase); not
 * the point of a number ("a capacity of 3.4 million").
 */
const CLAUSE_BREAK_AHEAD = /[;!?—–]|\.(?!\d)/;

/**
 * The words from a date to a predicate that looks ahead, within one clause: "on Friday will", "April
 * elections could", "on Monday (3 March) will", across a short aside in brackets that restates the
 * date. "may" in lower case only: the words start at the date, which may be the month May.
 */
const TO_PREDICATE_AHEAD = /^((?:[^,;:.!?—–()“”"]|\([^()]{1,30}\))*?)\b(?:will|shall|could|(?-i:may|might)|would|(?:is|are)\s+(?:expected|set|due|scheduled|likely|slated|to))\b/i;

/** A finite verb of a clause told as is or was. */
const TOLD_VERB = /\b(?:is|are|was|were|has|have|had)\b/i;

/**
 * A date in the subject of a clause whose predicate looks ahead: "The summit on Friday will discuss
 * …", "Elections in April could decide …". No verb stands before the date in its clause, nor between
 * the date and the predicate.
 */
function subjectLooksAhead(clause: string, fromDate: string): boolean {
  if (PAST_VERB.test(clause) || TOLD_VERB.test(clause) || CLAUSE_WORD.test(clause) || (clause.trim() === '' && !OCCASION_OWNED.test(fromDate))) return false;
  return predicateAheadWithNoVerbBefore(fromDate);
}

/** Whether a predicate that looks ahead follows the date in its clause, with no verb or clause word between. */
function predicateAheadWithNoVerbBefore(fromDate: string): boolean {
  const predicate = TO_PREDICATE_AHEAD.exec(fromDate);
  const between = predicate?.[1] ?? '';
  return predicate !== null && !PAST_VERB.test(between) && !TOLD_VERB.test(between) && !CLAUSE_WORD.test(between);
}

/**
 * A date that owns an occasion, opening its clause: "Tuesday’s meeting in Marsh City will be the
 * first …". Only occasions that are held (a meeting, a vote), since "Monday’s attack will be
 * investigated" tells of a past attack.
 */
const OCCASION_OWNED = /^[\p{L}\d.\s]{0,20}?['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:meeting|talks|summit|vote|session|visit|hearing|election|ceremony|conference|round)\b/u;

/** Words that open another clause or join one: the subject has ended before them. */
const CLAUSE_WORD = /\b(?:and|or|but|that|which|who|whom|whose|how|when|where|while|as|if|because|since|after|before|got|wrote|spoke|went|fought|fell|rose|won|lost|struck|hit|sank|stood|found|kept|thought|brought|chose|drove|flew|ran|saw|led|put|set|cut)\b/i;

/** A past perfect: "had fled", "had already arrived", "had been evacuated", "had left". */
const PAST_PERFECT = /\bhad\s+(?:(?:already|now|all|been)\s+)*\p{Ll}{2,}(?:ed|en|t)\b/u;

/** Whether the clause that leads up to `index` tells of the past: "100,000 people left their homes within a week". */
export function isPastClause(text: string, index: number): boolean {
  const clause = clauseBefore(text, index);
  return PAST_VERB.test(clause) && !FUTURE_CUES.test(clause);
}

/**
 * Up to four words in quotation marks after a word of the clause, closed before the date, with no
 * clause mark inside: scare quotes or a name ("would meet to discuss “integration” matters on
 * Thursday"), part of the clause around them. A quotation that opens its clause is someone's words.
 */
const SHORT_QUOTATION = /(?<=\p{L}\s)[“"]((?:[^\s“”".,;:!?]+\s?){1,4})[”"]/gu;

/** The cues of the future, each of them, for the last one before a date. */
const FUTURE_CUES_ALL = new RegExp(FUTURE_CUES.source, 'gi');

/**
 * A verb told in the past, not a participle after "be", "to", a modal or an auxiliary ("will be held",
 * "has been sent"): "broke out", "seized", "began".
 */
const PAST_FINITE =
  /(?<!\b(?:be|been|being|to|will|would|shall|could|may|might|must|can|is|are|am|has|have|had|was|were|get|got)\s+)\b(?:said|told|did|held|met|began|took|went|came|sent|made|gave|saw|left|broke|fought|fell|struck|won|lost|ran|rose|sank|shot|flew|fled|\p{Ll}{3,}ed)\b/u;

/**
 * Whether a verb told in the past stands between the clause's last cue of the future and `index`: "the
 * talks planned since the war broke out on March 3" dates the outbreak, not what is planned.
 */
export function pastSinceCue(text: string, index: number): boolean {
  const clause = clauseBefore(text, index);
  const last = [...clause.matchAll(FUTURE_CUES_ALL)].at(-1);
  return PAST_FINITE.test(last ? clause.slice(last.index + last[0].length) : clause);
}

/** Whether `words` hold a cue of the future ("will send", "plans to", "is due to"). */
export function hasFutureCue(words: string): boolean {
  return FUTURE_CUES.test(words);
}

/** A name: capitalised words, maybe after "the" and joined by "of" ("the Ostmark", "Bank of Sylvania"); not a weekday or month. */
const NAME = String.raw`(?:the\s+)?(?!${WEEKDAY_PATTERN}\b|${MONTH_PATTERN}\b)\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*)*`;

/**
 * Commas that join names, not clauses: a list of names closed by "and" or "or" ("will travel to
 * Sylvania, Freedonia, Ruritania and the Ostmark from Sunday"), or a place and its country after a
 * verb or preposition ("take place in Fredonburg, Sylvania, on Thursday", "will visit Fredonburg,
 * Sylvania, on Monday"), whose second comma closes the aside, not the clause.
 */
const NAME_COMMAS = new RegExp(String.raw`${NAME}(?:,\s+${NAME})+,?\s+(?:and|or)\s+${NAME}|\b\p{Ll}+\s+${NAME},\s+${NAME},`, 'gu');

/** The words of `text` before `index`, back to the start of their clause, short quotations unmarked. */
function clauseBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  // The marks of a short quotation are no clause break: read them as spaces (offsets unchanged);
  // nor are the commas between names.
  const marked = before
    .replace(SHORT_QUOTATION, (_, words: string) => ` ${words} `)
    .replace(NAME_COMMAS, (names: string) => names.replaceAll(',', ' '));
  let clauseStart = 0;
  for (const match of marked.matchAll(CLAUSE_BREAK)) clauseStart = match.index + 1;
  // Read without those marks too: "were “poised” to launch strikes on Thursday" looks ahead as
  // "were poised to" does.
  return marked.slice(clauseStart);
}

/** A verb that reports: what follows it is what was said, in its own tense. */
const REPORTING_VERB = /\b(?:said|says|told|tells|announced|stated|added|reported|warned|wrote|confirmed|claimed)\b/gi;

/** A modal that looks ahead or obliges: "must leave", "should go", "can cross". */
const MODAL = /\b(?:must|should|can|could|may|might|has\s+to|have\s+to|needs?\s+to|ought\s+to)\b/i;

/** Participles of what is awaited. */
const AWAITED = /\b(?:expected|projected|anticipated|planned|scheduled|required|needed)\b/gi;

/**
 * A count a verb of record takes as its object, so nothing after it has a tense of its own: "reported
 * 13,350 arrivals by Monday", "confirmed about 200 deaths by Friday".
 */
const COUNT_RECORDED = /\b(?:reported|confirmed|recorded)\s+(?:(?:about|around|some|nearly|almost|over|roughly|more\s+than|at\s+least|another|a\s+further|an\s+additional)\s+)?\d[\d,.]*(?:\s+[\p{L}-]+){1,3}?(?:\s+(?:by|no\s+later\s+than))?\s*$/iu;

/** Whether the words after the clause's last reporting verb are told in the simple past ("fled", "reached") with no modal. */
function toldAsPast(clause: string): boolean {
  if (COUNT_RECORDED.test(clause)) return true;
  const reports = [...clause.matchAll(REPORTING_VERB)];
  const last = reports.at(-1);
  const told = last ? clause.slice(last.index + last[0].length) : clause;
  // "with more expected by June": a participle of what is awaited tells nothing past.
  return PAST_VERB.test(told.replace(AWAITED, '')) && !MODAL.test(told);
}

/** A verb in the past tense: "said", "was", "marked", "held". */
const PAST_VERB = /\b(?:said|told|was|were|had|did|held|met|began|took|went|came|sent|made|gave|saw|left|\p{Ll}{3,}ed)\b/u;

/**
 * Whether the sentence around `index` tells of the past: a past-tense verb and no future cue. Used for
 * a day and month without a year ("On 3 March, the ministry said"), which then names the last such day.
 */
export function isPastContext(text: string, index: number): boolean {
  const start = Math.max(text.lastIndexOf('. ', index), text.lastIndexOf('\n', index), -1) + 1;
  const endAt = text.slice(index).search(/[.!?](?:\s|$)/);
  const sentence = text.slice(start, endAt < 0 ? text.length : index + endAt);
  return PAST_VERB.test(sentence) && !FUTURE_CUES.test(sentence);
}
