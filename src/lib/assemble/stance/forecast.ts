/** Forecasts and hopes: what the words foretell, schedule or expect, which make the stance `other` unless the speaker promises it. Generic English. */
import { MONTH_PATTERN, WEEKDAY_PATTERN } from '../../detect/dates/words.ts';
import { clauseAfterBut, firstTellingPredicate, hasNoVerb, PAST_VERB, TELLS_WHAT_IS } from './clause.ts';
import { CueWords } from './cue-words.ts';

/**
 * Statements that predict, explain or wish rather than affirm: "is expected to grow", "is likely to
 * send", "I think they are", "he believes that …" (reported, "she believed", "they thought"; "we hoped"; not a
 * count believed, "they thought at least 1,000 had been killed", an estimate claimed), "there is a high probability", "this is because …",
 * "their operations aim to …", "Fredonburg seeks to …" (a motive), "We wish a speedy recovery", "I look forward to …",
 * "he wants to go home" (a wish of one's own; "wants them to leave" is a call, and so is "I want to ask
 * the minister to present the figures", an asking announced), "is expected in July",
 * "it is likely that …", "(suggested that) sabotage was unlikely" (a likelihood weighed), "assessed that probability as very high", "increased chances of a settlement",
 * "My understanding is that …", "In our view, …" (what the speaker takes to be so), "it is believed that …", "it has long
 * been thought that …" (a belief no one owns; not "it is understood that …", which tells what was learnt,
 * nor "600 sailors are believed to have died" or "it is believed that at least 600 sailors died", a
 * count claimed).
 * A forecast doubted in the speaker's own words is still a forecast: "we don't think the strikes will help",
 * "I do not believe they could win" (not "we don't believe the reports", a claim rejected).
 */
export const PREDICTS_OR_EXPLAINS =
  /\b(?:is|are|was|were|be)\s+(?:\w+ly\s+)?expected\s+(?:in|by|on|within|around|between|as\s+early\s+as|later|soon|next)\b|\bit\s+is\s+(?:\w+ly\s+|very\s+|quite\s+)?(?:likely|unlikely|possible|probable|improbable|plausible)\s+that\b|\b(?:probability|likelihood|possibility|chances?|odds)\s+(?:as\s+)?(?:being\s+)?(?:\w+ly\s+|very\s+|quite\s+)?(?:high|low|slim|remote|small|good)\b|\b(?:increas|rais|improv|boost|reduc|lower|diminish)\w*\s+(?:the\s+)?(?:chances?|likelihood|probability|prospects?|odds)\b|\b(?:is|was) an indication\b|\b(?:could|may|might|would)\s+(?:indicate|suggest|signal|mean)\b|\b(?:is|are|was|were|be)\s+(?:\w+ly\s+)?(?:expected|likely|unlikely|set|projected|forecast|predicted|poised|due)\s+to\b|\b(?:is|are|was|were|seems?|seemed|appears?|appeared)\s+(?:(?:very|highly|quite|most|more|less|rather|increasingly)\s+)?(?:unlikely|improbable|likely|probable)\s*(?:$|[,.;:!?”"’)])|^\W*(?:i|we)\s+(?:think|wish|hope|pray|look\s+forward\s+to)\b|^\W*(?:my|our)\s+understanding\s+is\b|^\W*(?:that\s+)?in\s+(?:my|our|his|her|their|its)\s+(?:view|opinion|understanding)\b|\bas\s+(?:i|we)\s+understand\s+it\b|^\W*(?:that\s+)?(?:he|she|they|it)\s+(?:\w+ly\s+)?(?:believes?|believed|thinks?|thought|feels?|felt)\b(?!\s+(?:that\s+)?(?:(?:at\s+least|about|around|roughly|some|more\s+than|nearly|almost|up\s+to|over|as\s+many\s+as)\s+)?\d{1,3}(?:,\d{3})*(?![\d,.]))|^\W*(?:i|we)\s+(?:\w+ly\s+)?(?:thought|hoped|wished)\b|^\W*(?:that\s+)?it\s+(?:is|was|(?:has|had)\s+(?:\w+\s+)?been)\s+(?:\w+ly\s+)?(?:believed|thought|assumed|presumed|suspected)\s+that\b(?!\s+(?:(?:at\s+least|about|around|roughly|some|more\s+than|nearly|almost|up\s+to|over|as\s+many\s+as)\s+)?\d{1,3}(?:,\d{3})*(?![\d,.]))|\bthere\s+(?:is|was)\s+(?:a\s+)?(?:\w+\s+)?(?:probability|possibility|chance|likelihood)\b|^\W*(?:this|that|it)\s+(?:is|was)\s+because\b|\baims?\s+to\b|\b(?:seeks|(?:is|are)\s+seeking)\s+to\b|\b(?:wants?|wanted|wish(?:es|ed)?|longs?|longed)\s+(?:\w+ly\s+)?to\b(?!\s+(?:ask|appeal\s+to|beg|implore)\s+(?!(?:why|whether|what|how|if|who|where|when|which|ourselves|myself)\b)(?:[\w'’.-]+\s+){1,6}?to\s+[a-z])|^\W*(?:i|we)\s+(?:do\s+not|don['’]t)\s+(?:think|believe)\b(?=[^.;]{0,80}?\b(?:will|would|can|could)\b)/i;

/**
 * Words one of which every alternative of PREDICTS_OR_EXPLAINS holds, read with its flags: "expected",
 * "likely", "possible", "chances", "indicate", "set (to)", "think", "hope", "view", "believe", "because",
 * "aim", "want" and the like. Most clauses hold none, and the pattern is slow to try at every word;
 * test/assemble/stance-cues.test.ts holds the list to the pattern.
 */
export const PREDICTION_CUE =
  new CueWords(/likel|possib|probab|plausib|chance|odds|prospect|expected|indicat|suggest|signal|mean|set|projected|forecast|predicted|poised|due|think|wish|hope|pray|forward|understand|view|opinion|believ|thought|feel|felt|assumed|presumed|suspected|because|aim|seek|want|long/i);

/**
 * A predicate that looks ahead or hedges: it asserts nothing about what happened. "I would like to
 * highlight" does what it says; "the issues can be resolved" tells what is possible, "we can confirm"
 * affirms; "approved plans for …" names plans made, unlike "plans to".
 */
const LOOKS_AHEAD = /\b(?:will|would(?! like to)|could|can(?!\s+(?:confirm|say|tell|report|see|verify)\b)|may|might|shall|expects?|expected|hopes?|plans?(?=\s+to\b)|intends?)\b|['’]ll\b/gi;

/**
 * A step of a process foretold in the passive, with no hedge: "will be held", "will be discussed at",
 * "will be established by" (not "would be", what may be; not "will likely be").
 */
export const PROCESS_FORETOLD =
  /\b(?:will|shall)\s+be\s+(?:held|discussed|established|determined|identified|announced|published|signed|opened|launched|completed)\s+(?:at|by|in|on|during|after|before|within|with)\b/i;

/**
 * A set date: "on Thursday", "by 5 March", "next week", "tomorrow", "later today", "in two weeks", and a
 * time of day the act is set for, with its day: "at 16:00 today", "at 9.30 tomorrow".
 */
const SET_DATE = String.raw`(?:(?:on|by)\s+(?:${WEEKDAY_PATTERN}|${MONTH_PATTERN}\s+\d|\d{1,2}\s+${MONTH_PATTERN})|next\s+(?:week|month|year|${WEEKDAY_PATTERN})|tomorrow|later\s+(?:this|today)|at\s+\d{1,2}[:.]\d{2}(?:\s*(?:a\.?m\.?|p\.?m\.?|hours|GMT|local\s+time))?\s+(?:today|tonight|tomorrow)|in\s+(?:\w+\s+)?(?:days|weeks|months))\b`;

/**
 * What a side will talk about, its first predicate after the modal: "will discuss", "would also raise",
 * "will address the prospects for …", "will talk about" (not "will send aid and discuss …").
 */
export const AGENDA = /\b(?:will|would|shall)\s+(?:\w+ly\s+|also\s+|then\s+)?(?:discuss|address|raise|review|examine|explore|talk\s+(?:about|over)|touch\s+(?:on|upon))\b/i;

/** The verbs one of which AGENDA holds: in few clauses, while the pattern was asked of every one. */
export const AGENDA_CUE = new CueWords(/discuss|address|raise|review|examine|explore|talk|touch/i);

/** SET_DATE anywhere in a clause. */
export const A_SET_DATE = new RegExp(String.raw`\b${SET_DATE}`);

/** A "will" that does not hedge: not "will likely", "would probably". */
const PLAIN_WILL = String.raw`\b(?:will|would|shall)\s+(?!(?:\w+\s+)?(?:likely|probably|possibly)\b)`;

/**
 * What will happen on a set date, named after the "will" or before it: "will be held on Thursday",
 * "would meet next week", "will arrive in two months", "the talks on October 5 will include …".
 */
export const SCHEDULED = new RegExp(String.raw`${PLAIN_WILL}[^.;]*?\b${SET_DATE}|\b${SET_DATE}[^.;]*?${PLAIN_WILL}`);

/** The first modal of a clause: "will", "would", "shall", "'ll". */
const FIRST_MODAL = /\b(?:will|would|shall)\b|['’]ll\b/i;

/**
 * What befalls a side rather than what it does, right after a modal: "will need years", "would take
 * weeks", "will cost billions", "would face a shortfall", "will suffer" (not "will take all necessary
 * measures", "would take part", acts).
 */
const BEFALLS =
  /^\s+(?:(?:\w+ly|also|still|now|then|probably|likely)\s+)?(?:need|require|cost|face|suffer|struggle|last|depend|lose|take\s+(?:[\w-]+\s+){0,2}?(?:years|months|weeks|days|hours|decades|time|while|long))\b/i;

/** Whether the clause's first modal foretells what befalls a side (BEFALLS): a forecast, not a promise or a plan. */
export function foretellsWhatBefalls(clause: string): boolean {
  const modal = FIRST_MODAL.exec(clause);
  return modal !== null && BEFALLS.test(clause.slice(modal.index + modal[0].length));
}

/**
 * Whether the clause predicts or explains before it tells of anything that is or was ("has shipped …, and
 * were likely to …" tells; so does "arrived on Tuesday and was expected to meet …", a past verb before
 * the forecast joined to it).
 */
export function predictsOrExplains(clause: string): boolean {
  if (!PREDICTION_CUE.test(clause)) return false;
  const prediction = PREDICTS_OR_EXPLAINS.exec(clause);
  if (!prediction) return false;
  const is = firstTellingPredicate(clause);
  if (is && prediction.index > is.index) return false;
  // "arrived in the capital on Tuesday and was expected to meet …": a happening told before the forecast.
  return !/\band\s*$/i.test(clause.slice(0, prediction.index)) || !PAST_VERB.test(clause.slice(0, prediction.index));
}

/**
 * A hope told of a side or a person named first, in the third person: "Fredonburg hopes the meetings will
 * help ensure security", "(said) Sylvania hopes that the talks succeed", "she hoped to return soon" — a
 * hope expressed, neither a promise nor a report of anything (the first person, "we hope", is
 * PREDICTS_OR_EXPLAINS's); so is "he hopes today's talks will help", a possessive opening what is hoped
 * for, and so is "he hoped for more contacts", a hope for a thing. Not "hopes of a deal faded" (a noun),
 * nor "it is hoped that" (no one's), nor "hopes for a deal faded" (a noun again, no one named before it).
 */
const HOPE_TOLD =
  /^\W*(?:that\s+)?(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?:\p{Ll}+ly\s+|also\s+|still\s+)?(?:hopes|hoped)\s+(?:that\s|for\s|to\s+\p{Ll}|(?:the|a|an|all|this|these|such|its|their|his|her)\s|\p{Lu}|\p{Ll}+['’]s\s)/u;

/**
 * The speaker's own hope after a fronted word of time or manner: "Each time we hope that the meetings will
 * help ensure security", "Again we hope the talks succeed", "Today I hope …" — a hope still, as "we hope"
 * opening the words is (PREDICTS_OR_EXPLAINS); not "each time we promised to help" nor "today we sent
 * help", nor "Again we hoped in vain", a hope told as past with nothing hoped for after it.
 */
const OWN_HOPE_AFTER_FRONTED_WORD =
  /^\W*(?:that\s+)?(?:(?:each|every)\s+time|(?:once\s+)?again|as\s+always|always|today|now|of\s+course|naturally|sincerely|truly)\s*,?\s+(?:i|we)\s+(?:\w+ly\s+|still\s+|also\s+)?(?:hope|wish|pray)\s+(?:that\b|for\b|to\s+\p{Ll}|(?:the|a|an|all|this|these|our|their|its)\s)/iu;

/** Whether the clause opens with a hope told of a side or a person (HOPE_TOLD), or the speaker's own after a fronted word, read only where "hope" is. */
export function hopeTold(clause: string): boolean {
  return clause.includes('hope') && (HOPE_TOLD.test(clause) || HOPE_THERE_IS.test(clause) || OWN_HOPE_AFTER_FRONTED_WORD.test(clause));
}

/**
 * Another's help counted on: "we are counting on the support of our partners", "Sylvania counts on the help
 * of the international community", "relies on the backing of its allies" — a hope for what others will give,
 * neither a call nor a thing told (not "relies on imports for its grain", a need described, nor "are
 * counting the votes").
 */
const SUPPORT_COUNTED_ON =
  /\b(?:count(?:s|ed|ing)?|rel(?:y|ies|ied|ying)|depend(?:s|ed|ing)?)\s+(?:\w+ly\s+|also\s+|still\s+)?(?:up)?on\s+(?:[\p{L}’'-]+\s+){0,3}?(?:support|help|assistance|solidarity|backing|understanding|cooperation|goodwill)\b/iu;

/** Whether the clause tells another's help counted on (SUPPORT_COUNTED_ON), read only where " on " is. */
export function supportCountedOn(clause: string): boolean {
  return clause.includes(' on ') && SUPPORT_COUNTED_ON.test(clause);
}

/**
 * A thing named only as a prospect, with no verb: "(signalled) a possible peace treaty", "(raised) the
 * potential return of the monitors", "(pointed to) an eventual deal" — what may come, neither told nor
 * promised (not "a possible attack was foiled", a clause that tells what happened).
 */
const PROSPECT_NAMED = /^\W*(?:that\s+)?(?:a|an|the)\s+(?:possible|potential|prospective|eventual)\s/i;

/**
 * A prospect told as opened by something: "the victory has opened a “window of opportunity” to normalise
 * relations", "the ceasefire created a new opportunity for talks", "a window of opportunity has opened" —
 * a prospect, not a happening at issue (not "opened a new office", "opened the border crossing", a thing
 * opened; nor "seized the opportunity", taken).
 */
const OPPORTUNITY_OPENED =
  /\b(?:(?:has|have|had)\s+(?:now\s+|also\s+)?)?(?:opened|created)\s+(?:up\s+)?(?:an?|the|new|fresh|real)\s+(?:(?:new|fresh|real|historic|unique|rare)\s+)?[“"‘]?(?:windows?\s+of\s+)?(?:opportunit(?:y|ies)|chances?)\b|\b(?:windows?\s+of\s+)?opportunit(?:y|ies)\s+(?:has|have)\s+(?:now\s+)?opened\b/iu;

/** Whether the clause tells a prospect opened (OPPORTUNITY_OPENED), read only where "opportunit" or "chance" is. */
export function opportunityOpened(clause: string): boolean {
  return /opportunit|chance/i.test(clause) && OPPORTUNITY_OPENED.test(clause);
}

/** Whether the words name a thing only as a prospect (PROSPECT_NAMED) and hold no verb. */
export function prospectNamed(words: string): boolean {
  return /possible|potential|prospective|eventual/i.test(words) && PROSPECT_NAMED.test(words) && hasNoVerb(words);
}

/**
 * A hope said to be there, no one's named: "There is a hope for some positive dynamics", "there is still
 * hope that the talks resume", "there are hopes of a deal" (not "there is no hope left", which tells
 * how things stand, nor "hopes of a deal faded", a noun told of).
 */
const HOPE_THERE_IS = /^\W*(?:that\s+)?there\s+(?:is|are|was|were|remains?)\s+(?:still\s+|also\s+)?(?:(?:a|some|every|real|great|high|growing|new)\s+)*hopes?\s+(?:for|that|of|to)\b/i;

/**
 * The speaker's own expectation or plan, told as overtaken by what happened: "We had been planning for
 * the evacuation to be a longer process", "we had expected the talks to last a week", "I had hoped to
 * stay" (not "we had sent 20 trucks", a happening; nor "we had planned the operation for months",
 * planning told as done).
 */
const EXPECTATION_OVERTAKEN =
  /^\W*(?:that\s+)?(?:we|i)\s+had\s+(?:(?:\w+ly|also|always)\s+)?(?:been\s+)?(?:expect(?:ed|ing)|hop(?:ed|ing)|plann(?:ed|ing)|anticipat(?:ed|ing)|count(?:ed|ing)\s+on)\s+(?:(?:for|that|on)\s|to\s+\p{Ll}|(?:[\p{L}'’-]+\s+){1,4}?to\s+\p{Ll})/iu;

/** Whether the clause tells the speaker's expectation or plan as overtaken (EXPECTATION_OVERTAKEN), read only where " had " is. */
export function expectationOvertaken(clause: string): boolean {
  return / had /i.test(clause) && EXPECTATION_OVERTAKEN.test(clause);
}

/** The month "May", capitalised after the clause's first word ("on Friday (May 9)"), not the modal. */
function isMonthMay(clause: string, match: RegExpExecArray): boolean {
  return match[0] === 'May' && /\S[\s(]+$/.test(clause.slice(0, match.index));
}

/** Whether the clause's first predicate looks ahead ("will augment") rather than telling what is ("has sent"). */
export function looksAhead(clause: string): boolean {
  // "intercepted a drone, which may have come from Ruritania, …": a modal in a relative clause set off by a
  // comma tells of the noun, not of what the clause asserts.
  if (clause.includes(', wh')) clause = clause.replace(APPOSITIVE_RELATIVE, '');
  // "a helicopter brought some of the wounded, with more airlifts expected": what is foretold in a "with"
  // phrase after the comma is an aside; the clause tells what it tells before it.
  if (clause.includes(', with ')) clause = clause.replace(WITH_MORE_FORETOLD, '');
  const ahead = [...clause.matchAll(LOOKS_AHEAD)].find((match) => !isMonthMay(clause, match));
  if (!ahead) return false;
  const is = firstTellingPredicate(clause);
  return !is || ahead.index < is.index;
}

/**
 * A "with" phrase set off by a comma that foretells more of the same, up to its closing comma or the end:
 * ", with more airlifts expected", ", with further talks planned for next week" (not ", with the ship
 * expected to arrive" before a main verb of its own, which the phrase's closing comma leaves).
 */
const WITH_MORE_FORETOLD = /,\s+with\s+(?:more|further|additional|other|new)\s+[^,;]{1,40}?\s(?:expected|planned|scheduled|due|forecast|anticipated)\b[^,;]*/gi;

/** A relative clause set off by a comma, up to its closing comma or the end: ", which may have come from …". */
const APPOSITIVE_RELATIVE = /,\s+(?:which|who)\s[^,;]*/gi;

/**
 * A relative clause with "who" or "which" on the clause's opening subject, up to the clause's first modal:
 * "the envoy (who arrived on Monday) will meet …". Its words, a date among them, tell of the subject.
 */
const RELATIVE_ON_SUBJECT = /^(\W*(?:that\s+)?(?:[\p{L}'’-]+\s+){1,6}?)(?:who|which)\s[^,;]*?(?=\b(?:will|would|shall)\b)/iu;

/**
 * Whether what the clause foretells is set for a date (SCHEDULED), the date not one that a relative clause
 * gives its subject: "The ban, which came into force on Friday, will not affect the aid" and "the envoy who
 * arrived on Monday will meet the families" foretell on no set date; "the talks, which were put off, will
 * resume on Monday" are set.
 */
export function scheduled(clause: string): boolean {
  if (!SCHEDULED.test(clause)) return false;
  const withoutRelatives = clause.replace(APPOSITIVE_RELATIVE, '').replace(RELATIVE_ON_SUBJECT, '$1');
  return SCHEDULED.test(withoutRelatives);
}

/** Whether `words` turn with "but" to a forecast: "but is expected to be released …". */
export function forecastAfterBut(words: string): boolean {
  const turned = clauseAfterBut(words);
  return turned !== null && predictsOrExplains(turned);
}

/**
 * Words whose first predicate looks ahead: "(does not believe) she will ever be able to return", "(did not
 * think) the talks would succeed", "(does not believe) they can win" (not "the reports", a claim; nor "the
 * ship could have been hit", what may have happened; nor "the aid has arrived and will be shared", a
 * happening told first).
 */
const FORECAST_FIRST =
  /^\W*(?:that\s+)?(?:[\p{L}’'-]+\s+){1,6}?(?:will|would|could|can|might|may)\s+(?!(?:\w+\s+)?have\s+\p{Ll}+(?:ed|en|wn|ne)\b)(?:\p{Ll}+ly\s+|ever\s+|still\s+|also\s+|not\s+|never\s+)?\p{Ll}+/iu;

/** Whether the words look ahead before they tell anything (FORECAST_FIRST), with no predicate of what is or was before it. */
export function forecastInWords(words: string): boolean {
  const forecast = FORECAST_FIRST.exec(words)?.[0];
  if (forecast === undefined) return false;
  const modal = /\b(?:will|would|could|can|might|may)\b/i.exec(forecast);
  return !TELLS_WHAT_IS.test(forecast.slice(0, modal?.index ?? 0));
}

/**
 * An expectation disowned: "they did not expect to ever return home", "she does not expect the talks to
 * produce a deal", "we don't expect the ferry to resume this month". A forecast doubted is a forecast, as
 * "we don't think … will" is; it tells no happening (not "they expected no delays", nor "the unexpected
 * attack", which hold no "not expect").
 */
const EXPECTATION_DISOWNED = /\b(?:do|does|did)\s+not\s+(?:\w+ly\s+|yet\s+)?expect\b|\b(?:don|doesn|didn)['’]t\s+(?:\w+ly\s+|yet\s+)?expect\b/i;

/** Whether the clause disowns an expectation (EXPECTATION_DISOWNED), read only where "expect" is. */
export function expectationDisowned(clause: string): boolean {
  return clause.includes('expect') && EXPECTATION_DISOWNED.test(clause);
}

/**
 * What the speaker or others will come to see or learn, foretold: "one day we will simply wake up and see
 * that …", "we will see whether the ceasefire holds", "you'll find that …", "people will realise how …". A
 * forecast, not an undertaking (not "we will see to it that …", "we will find a solution", which promise).
 */
const PERCEPTION_FORETOLD =
  /\b(?:we|i|you|they|people|everyone)(?:\s+(?:will|shall)|['’]ll)\s+(?:\w+ly\s+|just\s+|then\s+|soon\s+|one\s+day\s+)*(?:wake\s+up\b|(?:see|find|discover|reali[sz]e|notice|learn)\s+(?:that|whether|if|how|what|who)\b)/i;

/** Whether the clause foretells what someone will come to see or learn (PERCEPTION_FORETOLD), read only where "will" or "ll" is. */
export function perceptionForetold(clause: string): boolean {
  return /will|shall|ll\b/i.test(clause) && PERCEPTION_FORETOLD.test(clause);
}

/**
 * A meeting or a talk a side will hold, foretold: "(said) she will speak directly with those affected",
 * "the envoy would meet with the families", "he will talk to the farmers". An agenda, as "will discuss"
 * is (not "will meet its obligations", "will speak up for the detainees", which undertake; on a set date it
 * is told, as SCHEDULED reads).
 */
const MEETING_FORETOLD = /\b(?:will|would|shall)\s+(?:\w+ly\s+|also\s+|then\s+|soon\s+)?(?:meet\s+with|(?:speak|talk)\s+(?:\w+ly\s+)?(?:with|to))\b/i;

/**
 * A gathering set for a day: "the ministers will meet on Thursday", "talks will be held next week", "the
 * leaders would convene on 5 March" — what a document names so is a date set, not a duty it binds its
 * parties to (not "the republic will cease to exist on 1 January", an act it decrees).
 */
const GATHERING_WILL =
  /\b(?:will|would|shall)\s+(?:\w+ly\s+|also\s+|then\s+)?(?:meet|convene|gather|hold\s+(?:talks|a\s+meeting|meetings|consultations|a\s+summit|negotiations)|be\s+held|resume)\b/i;

/** Whether the clause sets a day for a gathering (GATHERING_WILL on a SCHEDULED date). */
export function gatheringScheduled(clause: string): boolean {
  return GATHERING_WILL.test(clause) && scheduled(clause);
}

/** Whether the clause foretells a meeting or a talk (MEETING_FORETOLD), read only where "with" or "to" is. */
export function meetingForetold(clause: string): boolean {
  return /\b(?:with|to)\b/i.test(clause) && MEETING_FORETOLD.test(clause);
}

/**
 * A hedged date or timing named as the subject: "the possible timeline for the next deployment is as
 * early as July", "the likely date of the vote is next week", "the earliest time for the talks would be
 * spring" — when something may come, foretold (not "the date of the vote is next week", a schedule told
 * without a hedge; nor "the possible cause of the fire was a gas leak", no timing).
 */
const TIMING_FORESEEN =
  /^\W*(?:that\s+)?the\s+(?:possible|likely|probable|potential|expected|projected|tentative|earliest|estimated)\s+(?:timelines?|timing|dates?|time|window|timeframe|time\s+frame)\s+(?:for|of)\s+[^,;]{1,80}?\s+(?:is|are|would\s+be|could\s+be|may\s+be|might\s+be|will\s+be)\b/i;

/** Whether the clause names a hedged date or timing as its subject (TIMING_FORESEEN), read only where "the" opens it. */
export function timingForeseen(clause: string): boolean {
  return /^\W*(?:that\s+)?the\s/i.test(clause) && TIMING_FORESEEN.test(clause);
}
