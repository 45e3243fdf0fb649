import { singular } from '../detect/figures/plural.ts';
import { makeCitation } from '../citation.ts';
import { ACCORDING_TO_VERB } from '../detect/quotes/attribution-patterns.ts';
import { everyPartSpeaksFor } from '../detect/quotes/resolve-speaker.ts';
import type { Diagnostic, FigureStage, Speaker } from '../model.ts';
import { type Sentence, segmentSentences } from '../segment/sentences.ts';
import { tokenize } from '../detect/figures/tokens.ts';
import type { Token } from '../detect/figures/types.ts';
import type { ActorLexicon } from '../topic/actor-lexicon.ts';
import type { FigureCandidate } from './candidate.ts';
import { claimOwner, contrastedEstimator, counterAfter, countingSubject, innerReporter, isHedged, issuingSubject, namedClaimOwner, nominalSource, putAtInside, trailingSource } from './claim-markers.ts';
import { clauseAround, governingClause } from './clause.ts';
import { listAround } from './figure-list.ts';
import { figureBounds } from './figure-bounds.ts';
import { figureFate } from './figure-fate.ts';
import { announcedMoney, breakdownLead, breaksDownPrevious, countedAsTheyAre, figureStage, forecastOfCounted, givenAhead, grownTo, ownedByPlace, stageWords, totalAroundClause, totalInPerfect, withoutPeriodOfSubject } from './figure-stage.ts';
import { attributionElsewhere, attributionOver } from './relative-attribution.ts';
import { readReporting } from './reporting.ts';
import { type ParagraphAnalysis, type SourceAnalysis, sentenceAt, within } from './source-analysis.ts';

interface Claim {
  claimant: Speaker;
  government: string | null;
  date: FigureCandidate['asOf'];
}

/**
 * Who claims a figure, in order: nobody in particular when the words before it hedge it
 * ("reportedly"), unless an "according to" around it names the source; the source named as a noun
 * phrase ("the assessment by X that …", or "…, the latest toll from X showed" closing the sentence
 * when no one's words hold the figure); the speaker of the statement whose cited words contain it;
 * the speaker of a statement in the same sentence.
 * With none of these, the outlet itself reports it. Null when a statement has a speaker the topic
 * data cannot place: the figure is then shown as the outlet's, and the editor is told.
 */
function claimOf(paragraph: ParagraphAnalysis, start: number, end: number, outlet: Speaker, lexicon: ActorLexicon): Claim | null {
  const sentence = sentenceAt(paragraph, start);
  const before = paragraph.text.slice(sentence?.start ?? 0, start);
  // The statement whose own words hold the figure ("Berg said 300 …, but Ruhl said only 30 …": 30 is
  // Ruhl's), else one whose cited sentence does.
  const holding = statementHolding(paragraph, start, end);
  const containing = holding ?? paragraph.statements.find((s) => within(start, end, s.index, s.index + s.evidence.length));
  // "… have reportedly incurred 3,000 casualties, according to the agency": the source is named after
  // all; not when it is named before the hedge ("Sylvania, according to the agency, sent 300,
  // reportedly losing 40": the agency passes on reports of the losses).
  const namedAfterAll =
    containing !== undefined && ACCORDING_TO_VERB.test(containing.verb ?? '') && (containing.speaker.actor || containing.government) && !hedgedAfter(paragraph.text, containing, start);
  const ownWords = holding !== undefined && (holding.speaker.actor !== null || holding.government !== null);
  if (isHedged(before, ownWords) && !namedAfterAll) return { claimant: outlet, government: null, date: null };
  // "…, while other estimates put the figure at up to 2,000": not the speaker's number.
  const contrasted = contrastedEstimator(before);
  if (contrasted) {
    const resolved = lexicon.resolveSpeakerPhrase(contrasted);
    const claimant = resolved.actor || resolved.government ? { name: null, description: contrasted, actor: resolved.actor } : outlet;
    return { claimant, government: resolved.government, date: null };
  }
  // "Sylvania's claim that 300 …", "up from the 100 dead Sylvania reported": the owner's or counter's
  // claim whoever tells of it, and no one's when the topic data cannot place them (never the teller's).
  const owner = claimOwner(before) ?? counterAfter(paragraph.text.slice(end, sentence?.end ?? end));
  if (owner) return claimOfPhrase(owner, lexicon) ?? { claimant: outlet, government: null, date: null };
  // "the Sylvanian estimate of 300": the side a name or demonym places, when the topic data places one.
  const namedOwner = namedClaimOwner(before);
  const ownerClaim = namedOwner ? claimOfPhrase(namedOwner, lexicon) : null;
  if (ownerClaim) return ownerClaim;
  // "the assessment by X that 300 …", or "300 …, the latest toll from X showed" when no one's words hold it.
  const named = nominalSource(before) ?? (sentence && !containing ? trailingSource(paragraph.text.slice(end, sentence.end)) : null);
  const namedClaim = named ? claimOfPhrase(named, lexicon) : null;
  if (namedClaim) return namedClaim;
  // "the strikes, which, according to Sylvania, left 300 dead": the aside vouches for its clause.
  const clauseSource = sentence ? attributionOver(sentence.text, start - sentence.start) : undefined;
  if (clauseSource) return claimOfPhrase(clauseSource.source, lexicon) ?? { claimant: outlet, government: null, date: null };
  const sameSentence = sentence
    ? paragraph.statements.find((s) => s.index < sentence.end && s.index + s.evidence.length > sentence.start)
    : undefined;
  const statement = containing ?? sameSentence;
  // "two missiles, which, according to the navy, was enough …", "the deployment, which was confirmed by
  // Berg, saw 300 casualties": the attribution of a relative clause does not reach a figure outside it.
  if (statement?.verbIndex != null && sentence && attributionElsewhere(sentence.text, statement.verbIndex - sentence.start, start - sentence.start)) {
    return { claimant: outlet, government: null, date: null };
  }
  if (statement && (afterWordsAndAttribution(paragraph.text, statement, start) || describesSpeaker(paragraph.text, statement, start))) return { claimant: outlet, government: null, date: null };
  if (statement && beforeVerbAndWords(paragraph.text, statement, start)) return { claimant: outlet, government: null, date: null };
  if (statement && inActionAfterObject(paragraph.text, statement, start)) return { claimant: outlet, government: null, date: null };
  // "Freedonia and Sylvania said 20 sailors were killed": a joint voice claims for no one government.
  const joint = statement ? jointVoice(paragraph, statement) : null;
  if (joint) return { claimant: { name: null, description: joint, actor: null }, government: null, date: null };
  // "Berg said Sylvania had claimed that 300 …": the inner speaker's claim, which Berg only relays.
  const relayed = containing ? relayedClaim(paragraph.text, containing, start, lexicon) : undefined;
  if (relayed !== undefined) return relayed;
  if (statement && (statement.speaker.actor || statement.government || statement.speaker.name)) {
    return { claimant: statement.speaker, government: statement.government, date: null };
  }
  if (statement) return null;
  // "The Health Ministry counted 200 dead", "the Bureau issued warnings about 20 incidents": who
  // counts the number, or warns of it, claims it.
  const counter = countingSubject(before) ?? issuingSubject(before);
  const resolved = counter === null ? null : lexicon.resolveSpeakerPhrase(counter);
  if (counter && resolved && (resolved.actor || resolved.government)) {
    return { claimant: { name: null, description: counter, actor: resolved.actor }, government: resolved.government, date: null };
  }
  const carried = reportGoingOn(paragraph, sentence) ?? announcedAfter(paragraph, sentence);
  if (carried) return { claimant: carried.speaker, government: carried.government, date: null };
  return creditedAfter(paragraph, sentence, lexicon) ?? { claimant: outlet, government: null, date: null };
}

/** Whether a hedge stands between an "according to X" and the figure at `at`, in the clause after X. */
function hedgedAfter(text: string, statement: ParagraphAnalysis['statements'][number], at: number): boolean {
  if (statement.verbIndex === null || statement.verbIndex >= at) return false;
  const after = text.slice(statement.verbIndex, at);
  const comma = after.search(/[,;:—–]\s/);
  return comma >= 0 && isHedged(after.slice(comma), true);
}

/**
 * What a statement reports when it only points back to the sentence before it: "this", "that" or
 * "so", with nothing after but the occasion ("this on September 26", "so in an evening address").
 */
const POINTS_BACK = /^(?:this|that|so)(?:\s+(?:on|in|at|during|via|through|to|from|late|early|earlier|yesterday|today|tonight|last)\b[^,;:]*)?[.!]?\s*$/i;

/** Reporting verbs that assert what they report; "denied this", "doubted this", "condemned this" do not. */
const ASSERTING = /^(?:announced|announces|said|says|stated|states|reported|reports|confirmed|confirms|declared|declares|wrote|writes|told|tells|noted|notes)\b/i;

/**
 * "At least 125 people were killed. The health minister announced this on Tuesday.": a sentence with
 * no speaker of its own is the words of the sentence right after it, when that sentence only says
 * who asserted them, in a verb that asserts and is not negated, and the speaker's government is
 * known. Anything else stays the outlet's.
 */
function announcedAfter(paragraph: ParagraphAnalysis, sentence: Sentence | undefined): ParagraphAnalysis['statements'][number] | undefined {
  const next = sentence ? paragraph.sentences[paragraph.sentences.indexOf(sentence) + 1] : undefined;
  if (!next) return undefined;
  const reports = paragraph.statements.filter((s) => s.index < next.end && s.index + s.evidence.length > next.start);
  const only = reports.length === 1 ? reports[0] : undefined;
  if (only?.kind !== 'reported' || !only.government || !POINTS_BACK.test(only.reported ?? '') || !ASSERTING.test(only.verb ?? '')) return undefined;
  return readReporting(paragraph.text, only.verb, only.verbIndex).negated ? undefined : only;
}

/**
 * A sentence that only credits the one before it to someone, in the passive or as a translation
 * renders it: "This was reported by the Health Ministry.", "It was announced by the State Bureau on
 * Monday.", "About it reported at the Ministry of Health." Group 1 is who is credited; the verbs
 * assert, and a negated sentence ("This was not confirmed by …") does not match.
 */
const CREDITS_BEFORE =
  /^\W*(?:(?:This|That|It)\s+(?:was|has\s+been|had\s+been)\s+(?:reported|announced|stated|confirmed|said|disclosed)\s+by|(?:About|Of)\s+(?:it|this|that)\s+(?:was\s+|were\s+|has\s+been\s+)?(?:reported|announced|stated|said|informed)\s+(?:at|in|by))\s+([^,;:.!?]+?)(?:\s+(?:on|late|early|earlier|yesterday|today|last)\b[^,;:.!?]*)?[.!]?\s*$/i;

/**
 * "At least two civilians were killed. This was reported by the Health Ministry.": a sentence with no
 * speaker of its own is the words of the sentence right after it, when that sentence only credits it
 * to someone the topic data places (see `CREDITS_BEFORE`). Null otherwise: a claimant is never guessed.
 */
function creditedAfter(paragraph: ParagraphAnalysis, sentence: Sentence | undefined, lexicon: ActorLexicon): Claim | null {
  const next = sentence ? paragraph.sentences[paragraph.sentences.indexOf(sentence) + 1] : undefined;
  const credited = next ? CREDITS_BEFORE.exec(next.text) : null;
  return credited ? claimOfPhrase(credited[1] as string, lexicon) : null;
}

/**
 * The speakers of a joint voice, joined ("Freedonia and Sylvania"), when `statement` is one of
 * several that give the same words through the same verb for different governments: the detector
 * lists a joint statement once per government it names. Null for a statement of one side.
 */
function jointVoice(paragraph: ParagraphAnalysis, statement: ParagraphAnalysis['statements'][number]): string | null {
  const words = statement.reported ?? statement.quote;
  const voices = paragraph.statements.filter(
    (s) => s.index === statement.index && s.verbIndex === statement.verbIndex && (s.reported ?? s.quote) === words,
  );
  if (new Set(voices.map((s) => s.government)).size < 2) return null;
  return [...new Set(voices.map((s) => s.speaker.name ?? s.speaker.description))].join(' and ');
}

/** Pronouns that go on with the outer speaker: "Berg said she had told the crews that 300 …". */
const PRONOUN_SUBJECT = /^(?:he|she|they|we|I|it|you)$/i;

/**
 * The claim of a speaker reported inside `statement`'s own words, when a reporting verb of theirs
 * governs the figure at `at`: theirs when the topic data places them ("Berg said Sylvania had
 * claimed that 300 …" is Sylvania's), no one's when it cannot ("Berg said the crews reported 300 …":
 * crediting Berg's government would make her claim what she relays); undefined when there is no
 * such speaker, or a pronoun goes on with the outer one. A pronoun in a relative clause that puts
 * the number ("Sylvania had exaggerated the toll, which it put at 300") need not be the speaker: no
 * one's.
 */
function relayedClaim(text: string, statement: ParagraphAnalysis['statements'][number], at: number, lexicon: ActorLexicon): Claim | null | undefined {
  const words = statement.reported ?? statement.quote;
  const wordsAt = words ? text.indexOf(words, statement.index) : -1;
  if (wordsAt < 0 || at < wordsAt) return undefined;
  const lead = text.slice(wordsAt, at);
  const inner = innerReporter(lead);
  if (!inner) return undefined;
  // "…, which it put at 300": a pronoun that puts a number need not be the speaker, so no one claims it.
  if (PRONOUN_SUBJECT.test(inner)) return putAtInside(lead) ? null : undefined;
  return claimOfPhrase(inner, lexicon);
}

/**
 * The claim of a phrase naming who claims ("Sylvania", "the State Bureau"): a joint one, for no one
 * government, when it names several sides ("Freedonia and Sylvania"); null when the topic data
 * places no one.
 */
function claimOfPhrase(phrase: string, lexicon: ActorLexicon): Claim | null {
  const governments = new Set([
    ...lexicon.findMentions(phrase).map((m) => lexicon.governmentOf(m.actorId)),
    ...lexicon.findDemonyms(phrase).map((m) => m.government),
  ].filter((g) => g !== null));
  if (governments.size > 1) return { claimant: { name: null, description: phrase, actor: null }, government: null, date: null };
  const resolved = lexicon.resolveSpeakerPhrase(phrase);
  if (!resolved.actor && !resolved.government) return null;
  // "Freedonian and Western intelligence agencies": a side and others joined speak for no one government.
  const joint = resolved.government !== null && /\sand\s/.test(phrase) && !everyPartSpeaksFor(phrase, resolved.government, lexicon);
  return { claimant: { name: null, description: phrase, actor: joint ? null : resolved.actor }, government: joint ? null : resolved.government, date: null };
}

/**
 * A sentence that only says what there is ("There are about 300 soldiers, including …"), that adds
 * to the account before it ("Moreover, two citizens were also injured …"), that splits a group
 * just counted ("Of the dead, 13 were killed at the scene …", "Among them, …"), or that lays out its
 * breakdown in words that name no one ("The distribution by regions is as follows: …", not "The
 * Sylvanian count is as follows: …").
 */
const GOES_ON =
  /^\s*(?:There\s+(?:are|were)\b|(?:Moreover|Furthermore|In\s+addition|Additionally),|(?:Of|Among)\s+(?:them|those|whom|the\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2})\s*,|(?:The|These|Its|Their)\s+(?:\p{Ll}[\p{L}-]*\s+){1,8}?(?:is|are|was|were)\s+as\s+follows\s*:)/u;

/**
 * A sentence that only restates the count before it as a share or a sum ("This makes up about 40
 * percent of evacuees.", "That amounts to half the crews."): it names no new source, so the report
 * before it goes on past it.
 */
const RESTATES = /^\s*(?:This|That|These|It)\s+(?:makes?\s+up|made\s+up|represents?|represented|accounts?\s+for|accounted\s+for|amounts?\s+to|amounted\s+to|corresponds?\s+to|corresponded\s+to)\b/u;

/** Most restating sentences a report goes on past: "X presented … This makes up … The breakdown is as follows: …". */
const RESTATING_SENTENCES = 2;

/**
 * "The Bureau reported that the first sailors had arrived. There are about 300 sailors, …": an
 * existential or additive sentence ("According to the Bureau, 12 were killed. Moreover, 30 were
 * injured.") that names no one goes on with the report of the sentence before it, when that sentence
 * reports one speaker's words and the speaker's government is known; so does a sentence that breaks
 * down the one before it ("Berg said Freedonia gives $3 million. This includes $1 million for food.").
 * Sentences between that only restate the count as a share (`RESTATES`) and name no one are passed
 * over. Anything else with no speaker of its own stays the outlet's: a claimant is never guessed.
 */
function reportGoingOn(paragraph: ParagraphAnalysis, sentence: Sentence | undefined): ParagraphAnalysis['statements'][number] | undefined {
  if (!sentence || !(GOES_ON.test(sentence.text) || breaksDownPrevious(sentence.text)) || namesAnyone(paragraph, leadIn(sentence))) return undefined;
  let at = paragraph.sentences.indexOf(sentence) - 1;
  const reportsIn = (previous: Sentence) => paragraph.statements.filter((s) => s.index < previous.end && s.index + s.evidence.length > previous.start);
  for (let passed = 0; passed < RESTATING_SENTENCES; passed++) {
    const between = paragraph.sentences[at];
    if (!between || !RESTATES.test(between.text) || namesAnyone(paragraph, between) || reportsIn(between).length > 0) break;
    at -= 1;
  }
  const previous = paragraph.sentences[at];
  if (!previous) return undefined;
  const reports = reportsIn(previous);
  const only = reports.length === 1 ? reports[0] : undefined;
  if (only?.kind !== 'reported' || !only.government) return undefined;
  // "Berg denied that 900 were sent. This includes 200 …": a denied report is no one's count to go on with.
  return readReporting(paragraph.text, only.verb, only.verbIndex).negated ? undefined : only;
}

/**
 * The words of a sentence that may name a new source: all of them, or for a breakdown only the
 * lead-in before "as follows:" or up to "This includes", as its items name places ("4,736 in
 * Fredonburg") or recipients, not speakers.
 */
function leadIn(sentence: Sentence): Sentence {
  // "This includes $1 million to the Ostmark agency": the breakdown's items name who gets what, not a source.
  const breakdown = breakdownLead(sentence.text);
  if (breakdown !== null) return { ...sentence, end: sentence.start + breakdown.length };
  const colon = /\bas\s+follows\s*:/u.exec(sentence.text);
  return colon ? { ...sentence, end: sentence.start + colon.index + colon[0].length } : sentence;
}

/** Whether the topic data's actors are named in the sentence. */
function namesAnyone(paragraph: ParagraphAnalysis, sentence: Sentence): boolean {
  return paragraph.actors.some((a) => within(a.index, a.index + a.text.length, sentence.start, sentence.end));
}

/** A negation right before a figure in its clause: "has not sent 3,000", "never deployed more than 500". */
const NEGATED_BEFORE = /\b(?:not|never|n['’]t|no longer|neither|nor)\s+(?:\p{L}+\s+){0,2}$/iu;

/** "has sent not only 3,000 troops but also …": a negation that adds, not one that denies. */
const NOT_ONLY_BEFORE = /\bnot\s+(?:only|just|merely|least)\s+(?:\p{L}+\s+)?$/iu;

/**
 * A negated predicate right after a figure, its own verb telling what did not happen to what it
 * counts: "3,000 residents have not left", "the two ships were not hit", "500 people never fled",
 * "200 sailors did not flee". Not "were not only …", which adds, nor "were not accounted for", which
 * counts the missing, nor a negated wish or state ("120,000 people did not want to live under it",
 * "are not able to"), which still counts them.
 */
const NEGATED_AFTER =
  /^\s+(?:(?:(?:were|was|are|is|have|has|had|did|do|does|will|would|could|can|may|might|should|must|still|also|reportedly)\s+)+(?:not|never)|never|(?:were|was|are|is|have|has|had|did|do|does|wo|would|could|ca|should)n['’]t)\s+(?:(?:yet|been|be)\s+)*(\p{Ll}+)/iu;

/**
 * Verbs after a negation that deny no event: a wish, a plan or a state ("did not want to", "were not
 * able to"), or who the counted are ("13 bodies have not been identified" were still found dead).
 */
const NOT_AN_EVENT = /^(?:only|accounted|identified|named|want|wanted|wish|wished|intend|intended|plan|planned|expect|expected|hope|hoped|need|needed|able|allowed|sure|known|know|seem|appear|agree|agreed|like|liked|choose|chose|include|included)$/;

/**
 * The counted as the weapons that stop others, right after the figure: "… was fired and successfully
 * destroyed the target", "… were launched to intercept the drones", "… downed the incoming drone".
 * "Destroyed" only of a target already named ("the target", "it", "them"), since a missile fired in
 * an attack destroys things too ("two missiles destroyed a depot"); a passive ("were shot down")
 * tells what befell the counted, and stays.
 */
const INTERCEPTOR_AFTER = /^\s+(?:(?:was|were|had\s+been|have\s+been)\s+(?:fired|launched|used)\s+(?:and|to)\s+)?(?:\p{Ll}+ly\s+)?(?:(?:intercept(?:ed|s)?|shot\s+down|shoot\s+down|down(?:ed|s)?)\s+(?:the|an?|its|their|both|all|it|them|two|three|\d)\b|destroy(?:ed|s)?\s+(?:the\s+|its\s+|their\s+)?(?:targets?|it|them)\b)/u;

/** Units that name a projectile, the only weapons that intercept others ("three warships intercepted the convoy" stays). */
const PROJECTILE = /\b(?:missiles?|rockets?|interceptors?|projectiles?)$/i;

/** Whether the words right after a figure deny its own event: "have not left", "were not hit", "never fled". */
function negatedAfter(after: string): boolean {
  const verb = NEGATED_AFTER.exec(after)?.[1]?.toLowerCase();
  return verb !== undefined && !NOT_AN_EVENT.test(verb);
}

/** Whether the figure at `start`–`end` is inside a denied or negated report, right after a negation, or the subject of a negated verb. */
function inDenial(paragraph: ParagraphAnalysis, start: number, end: number, sentenceStart: number): boolean {
  const clauseBefore = paragraph.text.slice(sentenceStart, start).split(/[,;:]/).at(-1) ?? '';
  if (NEGATED_BEFORE.test(clauseBefore) && !NOT_ONLY_BEFORE.test(clauseBefore)) return true;
  if (negatedAfter(paragraph.text.slice(end, end + 60))) return true;
  // The statement whose own words hold the figure: "denied sending 3,000 sailors".
  const holding = statementHolding(paragraph, start, end);
  return holding !== undefined && readReporting(paragraph.text, holding.verb, holding.verbIndex).negated;
}

/** The statement whose reported or quoted words hold the figure at `start`–`end`; the innermost when several do. */
function statementHolding(paragraph: ParagraphAnalysis, start: number, end: number): ParagraphAnalysis['statements'][number] | undefined {
  let best: { statement: ParagraphAnalysis['statements'][number]; length: number } | undefined;
  for (const statement of paragraph.statements) {
    const words = statement.reported ?? statement.quote ?? '';
    const at = words === '' ? -1 : paragraph.text.indexOf(words, statement.index);
    if (at < 0 || !within(start, end, at, at + words.length)) continue;
    // "According to the Courier, Berg said …": the channel's words hold Berg's too; Berg's are nearer.
    if (!best || words.length < best.length) best = { statement, length: words.length };
  }
  return best?.statement;
}

/** Words that open a phrase of circumstance rather than what was said: "in retaliation for", "amid", "after". */
const CIRCUMSTANCE = /^(?:in\s+(?:retaliation|response|reply|reaction)\s+(?:for|to)|amid|after|following|despite|during|as\s+part\s+of)\b/i;

/**
 * A prepositional phrase with no finite verb: "in one of the largest attacks to take place in months",
 * not "in the latest attack 300 were killed".
 */
const PHRASE_NO_CLAUSE = /^(?:[Ii]n|[Oo]n|[Aa]t|[Aa]s|[Ww]ith)\s(?!.*\b(?:is|are|was|were|has|have|had|will|would|\p{Ll}+ed)\b)/u;

/**
 * "Ruhl thanked Berg for sending 900 sailors and praised their “courage”": a figure before the verb of
 * a statement whose words follow the verb is the writer's account of what the speaker did.
 */
function beforeVerbAndWords(text: string, statement: ParagraphAnalysis['statements'][number], at: number): boolean {
  const words = statement.reported ?? statement.quote;
  if (!words || statement.verbIndex === null || at >= statement.verbIndex) return false;
  // "Forces struck 60 targets, the military said, in retaliation for …": a phrase of circumstance
  // after the verb is no content of the statement, so what came before is what was said.
  if (statement.reported && CIRCUMSTANCE.test(statement.reported)) return false;
  // "Forces shot down 21 drones, according to the command, in one of the largest attacks": a phrase
  // with no verb of its own after "according to X" is no content either.
  if (statement.reported && ACCORDING_TO_VERB.test(statement.verb ?? '') && PHRASE_NO_CLAUSE.test(statement.reported)) return false;
  return text.indexOf(words, statement.index) > statement.verbIndex;
}

/** Verbs in the past tense, as a crude test of a clause: "clashed", "took". */
const PAST_VERB = String.raw`(?:\p{Ll}+ed|took|caught|seized|held|sent|shot|brought|lost|won|made)`;

/**
 * A reported object that is a noun phrase, no clause: "the first clashes with the enemy in May", not
 * "the crews clashed with the enemy" nor "the crews were hit".
 */
const NOUN_PHRASE_OBJECT = new RegExp(String.raw`^(?:the|a|an|its|their|his|her)\s(?:(?!(?:is|are|was|were|has|have|had|will|would|${PAST_VERB})\s)[\p{L}\d’'-]+\s){0,12}?and\s+$`, 'iu');

/** A past-tense verb opening the second of two predicates: "and took", "and captured". */
const SECOND_PREDICATE = new RegExp(String.raw`\band\s+${PAST_VERB}\s+(?:(?:at\s+least|about|around|some|nearly|more\s+than)\s+)?$`, 'u');

/**
 * "Freedonia reported the first clashes in May and took two sailors prisoner": what the speaker
 * reported is the noun phrase; the figure is in a second predicate of the same subject, the writer's
 * account of what the speaker did, so it is the outlet's.
 */
function inActionAfterObject(text: string, statement: ParagraphAnalysis['statements'][number], at: number): boolean {
  const words = statement.reported;
  // "said", "told" take a clause, never such an object: "Berg said the crews clashed and lost 300".
  if (!words || statement.verbIndex === null || /^(?:said|says|say|told|tells)\b/i.test(statement.verb ?? '')) return false;
  const wordsAt = text.indexOf(words, statement.index);
  if (wordsAt < 0 || at <= wordsAt || wordsAt < statement.verbIndex) return false;
  const lead = text.slice(wordsAt, at);
  const second = SECOND_PREDICATE.exec(lead);
  return second !== null && NOUN_PHRASE_OBJECT.test(lead.slice(0, second.index + 4));
}

/**
 * "“…,” Berg was quoted as saying, with hundreds of cars on the road": a figure after both what was
 * said and who said it is the writer's own account.
 */
function afterWordsAndAttribution(text: string, statement: ParagraphAnalysis['statements'][number], at: number): boolean {
  const words = statement.reported ?? statement.quote;
  if (!words || statement.verbIndex === null) return false;
  const wordsAt = text.indexOf(words, statement.index);
  if (wordsAt < 0 || at < wordsAt + words.length || at <= statement.verbIndex) return false;
  // Only a clause of the writer's set off by a comma; "… and alleged losses of 76,000" is still the speaker's.
  const tail = text.slice(Math.max(wordsAt + words.length, statement.verbIndex), at);
  return /,\s*(?:with|as|while|amid|after|when)\s/.test(tail);
}

/**
 * "“…,” the ministry, which has about 2,000 sailors in the port, said on Saturday": a figure in a
 * relative clause that describes the speaker, between what was said and the verb, is the writer's
 * account of who speaks, not part of what was said.
 */
function describesSpeaker(text: string, statement: ParagraphAnalysis['statements'][number], at: number): boolean {
  const words = statement.reported ?? statement.quote;
  if (!words || statement.verbIndex === null || at >= statement.verbIndex) return false;
  const wordsAt = text.indexOf(words, statement.index);
  if (wordsAt < 0 || at < wordsAt + words.length) return false;
  return /,\s*(?:which|who|whose)\s[^,]*$/.test(text.slice(wordsAt + words.length, at));
}

/**
 * A figure's stage from its clause; a figure its clause leaves as done, sent by a participle
 * ("…, sending 3,000 more"), takes the intent or forecast of the clause the participle goes on from.
 */
function stageInSentence(text: string, sentence: { start: number; end: number; text: string }, clause: { start: number; end: number }, start: number, end: number, forecastDate: boolean, unit: string | null): FigureStage {
  // "1,000 of the 11,000 soldiers sent in the past three months had been killed": a period that
  // describes the counted is no running total of the clause.
  const clauseText = withoutPeriodOfSubject(text.slice(clause.start, clause.end), end - clause.start);
  const told = figureStage(stageWords(clauseText, end - clause.start), clauseText, forecastDate, sentence.text);
  // "announced, this Tuesday, aid of five million euros": the aside cuts the clause from its verb.
  if (told === 'reported' && announcedMoney(text.slice(sentence.start, end))) return 'planned';
  const before = text.slice(clause.start, start);
  // "have surpassed 4,000": a verb the figure's own words open with stands before its number.
  const digit = text.slice(start, end).search(/\d/);
  const upToNumber = text.slice(clause.start, digit < 0 ? start : start + digit);
  // "plans to integrate the area’s 120,000 residents": a place's people are counted as they are.
  if (told === 'planned' && ownedByPlace(before, unit)) return 'reported';
  // "allocated funds for the needs of 40,000 refugees who have fled": the plan is the funds', not the refugees'.
  if ((told === 'planned' || told === 'expected') && countedAsTheyAre(before, text.slice(end, clause.end))) return 'reported';
  const total = told === 'reported' && (totalAroundClause(text.slice(sentence.start, clause.start), clauseText, before) || grownTo(upToNumber) || totalInPerfect(upToNumber, text.slice(end, clause.end)));
  const ahead = told === 'reported' && givenAhead(before) ? 'planned' : told;
  const own = total ? 'cumulative' : ahead === 'reported' && forecastOfCounted(before, text.slice(end, clause.end)) ? 'expected' : ahead;
  const governing = own === 'reported' ? governingClause(text, sentence.start, clause, start) : null;
  if (!governing) return own;
  const governingText = text.slice(governing.start, governing.end);
  const carried = givenAhead(governingText) ? 'planned' : figureStage(governingText, '', false);
  return carried === 'planned' || carried === 'expected' ? carried : own;
}

/**
 * The stage of a figure told as done in a sentence that breaks down the one before it ("This
 * includes …"): a planned or expected whole makes its parts planned or expected too.
 */
function partStage(paragraph: ParagraphAnalysis, sentence: Sentence | undefined, earlier: readonly FigureCandidate[], own: FigureStage): FigureStage {
  if (own !== 'reported' || !sentence || !breaksDownPrevious(sentence.text)) return own;
  const previous = paragraph.sentences[paragraph.sentences.indexOf(sentence) - 1];
  const whole = previous ? figureStage(previous.text, previous.text, false) : 'reported';
  if (whole === 'planned' || whole === 'expected') return whole;
  // "The €5 million funding includes …": a whole named by its amount is the sum told before, at the
  // stage it was told in (an announced sum's parts are announced too), wherever it was told.
  const leadEnd = sentence.start + (breakdownLead(sentence.text)?.length ?? 0);
  const named = paragraph.figures.find((f) => f.index >= sentence.start && f.index < leadEnd && f.value !== null);
  const told = named && earlier.find((c) => c.value === named.value && c.unit === named.unit && c.origin.paragraph < paragraph.n)?.stage;
  return told === 'planned' || told === 'expected' ? told : own;
}

/** A sentence end inside a quotation: a period, question or exclamation mark, a space and a capital. */
const INNER_END = /[.?!]["”’]?\s+["“]?\p{Lu}/u;

/**
 * The sentence of `text` the figure at `at` is told in, with a quotation of several sentences split:
 * "“… the needs of 2,550 persons are still being determined. All will be provided with housing,” the
 * statement said" keeps its speaker as one sentence, but the housing still to come is not the 2,550's.
 */
function ownSentence(text: string, sentence: Sentence, at: number): Sentence {
  if (!INNER_END.test(sentence.text)) return sentence;
  const own = segmentSentences(sentence.text, { splitQuotations: true }).find((s) => at - sentence.start < s.end);
  return own ? { ...own, start: sentence.start + own.start, end: sentence.start + own.end } : sentence;
}

/** Shorter sentences may repeat by chance ("No one was hurt."); a summary's sentence is longer. */
const REPEAT_MINIMUM = 40;

/**
 * Whether the sentence holding a figure is printed again, word for word, in a later paragraph: a
 * summary under the headline that repeats the body ("The vessel had 25 crew members on board." in
 * the standfirst and again in the lead). The figure is the body's, counted there once (corpus
 * README: a standfirst's items are listed once, at the body); a number told twice in other words is
 * told twice.
 */
function repeatedLater(paragraphs: readonly ParagraphAnalysis[], index: number, sentence: Sentence | undefined): boolean {
  const words = sentence?.text.trim() ?? '';
  if (words.length < REPEAT_MINIMUM) return false;
  for (let k = index + 1; k < paragraphs.length; k++) if ((paragraphs[k] as ParagraphAnalysis).text.includes(words)) return true;
  return false;
}

/** Figures of one source with their claimant and as-of date; uncategorised numbers become diagnostics. */
export function assembleFigures(analysis: SourceAnalysis, lexicon: ActorLexicon): { candidates: FigureCandidate[]; diagnostics: Diagnostic[] } {
  const { source } = analysis;
  const outlet: Speaker = { name: null, description: source.publisher ?? source.wire[0] ?? 'the article', actor: null };
  const candidates: FigureCandidate[] = [];
  const diagnostics: Diagnostic[] = [];
  const earlier = new EarlierCounts();
  for (const [p, paragraph] of analysis.paragraphs.entries()) {
    // Tokenised only for a paragraph with figures, once for all of them.
    let tokens: Token[] | undefined;
    for (let figure of paragraph.figures) {
      const where = { source: source.id, file: source.file, paragraph: paragraph.n };
      const end = figure.index + figure.text.length;
      // "the loss of the nine": a count told before, or nothing the reader needs to see.
      const referred = figure.refersBack ? earlier.countOf(figure.value) : figure.recountsEarlier ? earlier.lastBefore(paragraph.n) : undefined;
      if ((figure.refersBack || figure.recountsEarlier) && !referred) continue;
      if (referred) figure = { ...figure, category: referred.category, unit: referred.unit };
      if (!figure.category) {
        diagnostics.push({ rule: 'uncategorised-figure', message: `"${figure.text}" matches no figure category; add its unit to content/figure-categories.yaml if it should be shown`, ...where });
        continue;
      }
      const sentence = sentenceAt(paragraph, figure.index);
      if (repeatedLater(analysis.paragraphs, p, sentence)) continue;
      // "Freedonia denied sending 3,000 sailors", "has not sent 3,000": no one claims the number, and
      // showing it as the speaker's figure would turn a denial into its opposite.
      if (inDenial(paragraph, figure.index, end, sentence?.start ?? 0)) {
        diagnostics.push({ rule: 'denied-figure', message: `"${figure.text}" is in a denied or negated clause: it is not shown as anyone's figure`, ...where });
        continue;
      }
      // "One interceptor missile was fired and destroyed the target": a weapon that stops the
      // projectiles is no count of the projectiles fired or shot down.
      if (PROJECTILE.test(figure.unit) && INTERCEPTOR_AFTER.test(paragraph.text.slice(end, end + 80))) continue;
      const claim = claimOf(paragraph, figure.index, end, outlet, lexicon);
      if (!claim) {
        diagnostics.push({ rule: 'unresolved-claimant', message: `"${figure.text}" is attributed to a speaker with no known government; it is shown as the outlet's report`, ...where });
      }
      // The tense of a figure is its own sentence's, even inside a quotation of several.
      const told = sentence && ownSentence(paragraph.text, sentence, figure.index);
      const clause = told ? listClause(paragraph.text, told, paragraph.figures, figure) : { start: figure.index, end };
      const clauseText = paragraph.text.slice(clause.start, clause.end);
      const forecastDate = paragraph.dates.some((d) => d.expected && within(d.index, d.endIndex, clause.start, clause.end));
      const asOf = sentence
        ? (paragraph.dates.find((d) => within(d.index, d.endIndex, sentence.start, sentence.end) && !d.expected)?.date ?? null)
        : null;
      candidates.push({
        category: earlier.categoryOf(figure, paragraph.text.slice(Math.max(0, figure.index - 8), figure.index), paragraph.n),
        // A vague amount keeps its words; its floor is the detector's, not the source's, so it is no value.
        value: figure.vague === null ? figure.value : null,
        bounds: figureBounds(figure.value, figure.qualifier, figure.vague, figure.upper),
        stage: partStage(paragraph, sentence, candidates, told ? stageInSentence(paragraph.text, told, clause, figure.index, end, forecastDate, figure.unit) : figureStage(stageWords(clauseText, end - clause.start), clauseText, forecastDate)),
        qualifier: figure.qualifier,
        unit: figure.unit,
        text: figure.text,
        claimant: claim?.claimant ?? outlet,
        government: claim?.government ?? null,
        asOf,
        citations: [makeCitation(source.id, paragraph.n, sentence?.text ?? figure.text)],
        origin: { source: source.id, published: source.published, paragraph: paragraph.n, index: figure.index },
        fate: figureFate((tokens ??= tokenize(paragraph.text)), figure.index, end, figure.unit),
      });
    }
  }
  return { candidates, diagnostics };
}

/**
 * The clause of a figure in its sentence; for an item of a list of counts ("800 guns, 5,000 rounds and
 * six vehicles were handed over"), the clause of the whole list (see `listAround`).
 */
function listClause(text: string, sentence: { start: number; end: number }, figures: readonly { index: number; text: string }[], figure: { index: number; text: string }): { start: number; end: number } {
  const own = (f: { index: number; text: string }) => clauseAround(text, sentence.start, sentence.end, f.index, f.index + f.text.length);
  const list = listAround(text, figures, figure);
  return list ? { start: own(list.first).start, end: own(list.last).end } : own(figure);
}

/**
 * "Berg urged the navy to protect the two sailors": a definite count ("the two sailors", "these
 * 300 sailors") refers back to the same number of the same people counted earlier in the source, and
 * is what that count was (prisoners, not troops sent), whatever its own clause says.
 */
class EarlierCounts {
  readonly #categories = new Map<string, string>();
  readonly #byValue = new Map<number, { category: string; unit: string }>();
  #last: { category: string; unit: string; paragraph: number; recount: boolean } | undefined;

  /** The count of `value` things told first in the source, for a definite number with no noun ("the nine"). */
  countOf(value: number): { category: string; unit: string } | undefined {
    return this.#byValue.get(value);
  }

  /**
   * The last count told, when it was told in the paragraph right before `paragraph`, for "the number had
   * risen to …"; or in `paragraph` itself by such a recount, for the items of its list ("1,000 of them
   * settled in Marsh City, 500 in Ruhl").
   */
  lastBefore(paragraph: number): { category: string; unit: string } | undefined {
    const last = this.#last;
    return last && (last.paragraph === paragraph - 1 || (last.paragraph === paragraph && last.recount)) ? last : undefined;
  }

  /** The figure's category, or that of the earlier count it refers to; `lead` is the text right before it. */
  categoryOf(figure: { value: number; unit: string; text: string; category: string | null; vague: string | null; recountsEarlier?: boolean }, lead: string, paragraph: number): string {
    const key = `${figure.value} ${singular(figure.unit.toLowerCase().split(/\s+/).at(-1) ?? '')}`;
    const definite = /\b(?:the|these|those)\s+$/i.test(lead) || /^(?:the|these|those)\s/i.test(figure.text);
    const before = figure.vague === null && definite ? this.#categories.get(key) : undefined;
    const category = before ?? (figure.category as string);
    if (figure.vague === null && !this.#categories.has(key)) this.#categories.set(key, category);
    if (figure.vague === null && !this.#byValue.has(figure.value)) this.#byValue.set(figure.value, { category, unit: figure.unit });
    this.#last = { category, unit: figure.unit, paragraph, recount: figure.recountsEarlier === true };
    return category;
  }
}
