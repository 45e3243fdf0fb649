/**
 * The statements of one sentence. Each quotation goes, in this order of preference:
 *   1. to the attribution right next to it — a direct quote (“…,” Berg said / Berg said: “…”);
 *   2. to the report it sits in, or the nearest one — a partial quote (Berg said it was “dangerous”);
 *   3. when it opens the sentence unattributed, to the previous speaker — a continued quote;
 *   4. otherwise to nobody (reported with `resolvedBy: 'none'` when long enough to be speech).
 * Each report whose clause is not carried by a quote is reported speech.
 */
import { type Attribution, findAttributions, freeRelativeSubject, quotedPredicateSubject, sentenceSubject, subordinateSubject } from './attributions.ts';
import { pronounAddressesItsCandidate } from './addressed-pronoun.ts';
import { negatedAt } from './negation.ts';
import { datedNextClause } from './dated-next-clause.ts';
import { saidByOneAfter } from './indefinite-speaker.ts';
import { ACCORDING_TO_VERB, clauseWithNamedSubject, COMPLEMENT_WORDS } from './attribution-patterns.ts';
import { possessedClaims } from './possessed-claims.ts';
import { bindingTerms } from './binding-terms.ts';
import { describedInWordsOf, labelledSpeaker } from './quote-labels.ts';
import { isNotSpeech, opensSentence, relativeTermOwner, withinSpeakerPhrase } from './quote-roles.ts';
import { MASK, quoteEnd } from './quote-spans.ts';
import { isBareStatePress, pressOfSubjectState } from './state-press.ts';
import { trimClause } from './reported-clause.ts';
import { type ResolveContext, type ResolvedSpeaker, resolveSpeakers } from './resolve-speaker.ts';
import { type KnownSpeaker, pronounFits } from './speaker-memory.ts';
import { citedBySelfCredit, isSelfCredit, type OwnPublisher } from './own-publisher.ts';
import { speakerBeforeChannel } from './setting-before-channel.ts';
import { remarksMaker } from './remarks-maker.ts';
import { isParticiple, mediaSpeechVerbs } from './speech-verbs.ts';
import { hasWord, hasWords, isCalendarWord, isCapitalised, tokenize } from './tokens.ts';
import type { QuoteSpan, SentenceView, Span, StatementMention } from './types.ts';
import { WORDS_SAID_NOUNS } from './word-lists.ts';

/** What a sentence needs from the reading of its source so far. */
export interface SentenceContext extends ResolveContext {
  paragraph: number;
  /** The speaker an unattributed quote opening this sentence continues, if any. */
  continuation(): KnownSpeaker | null;
  /** Told of each statement's speaker in order (null for an unattributed one), so continuation can follow. */
  spoke(known: KnownSpeaker | null): void;
  /** Whether to report quotes whose speaker cannot be found (for diagnostics). */
  unattributedQuotes: boolean;
  /** The sentence's attributions, when they were found ahead (`readAttributions`); found here otherwise. */
  attributions?: Attribution[] | undefined;
  /** The source's own publisher, whose credits to itself are no statements (`own-publisher.ts`). */
  publisher?: OwnPublisher | null;
  /**
   * Whether the sentence read just before this one reported speech. "It was noted that …" goes on with
   * that speech; after the writer's own sentence it is the writer's telling, no one's statement.
   */
  followsSpeech?: boolean;
}

/** Reported speech shorter than this is an object of the verb ("reported damage"), not a statement. */
const MIN_REPORTED_WORDS = 3;
/** A clause with its own subject or a relative clause's predicate is whole in two words: "he nodded", "were false". */
const MIN_WHOLE_CLAUSE_WORDS = 2;
/** A clause of two words, a pronoun and its verb: "he nodded", "they left". */
const PRONOUN_AND_VERB = /^(?:that\s+)?(?:he|she|they|we|I)\s+\p{Ll}+$/u;

/**
 * "confirmed the attacks", "condemned the strikes", "denied the report": a verb that takes a position
 * on a thing named with its determiner says something in two words; a denial in one or two
 * ("denied involvement", "denied sending boats").
 */
function takesAPosition(verb: string, words: string): boolean {
  // "called for a ceasefire", "urged restraint", "demanded an apology": a call names what it asks for, however short.
  if (CALL_VERB.test(verb) && /^(?:(?:a|an|the|its|their)\s+)?\p{Ll}[\p{L}-]*$/u.test(words.trim())) return true;
  // "countered Sylvania's claims": a rebuttal takes a position on words only ("countered the attack" is an act).
  if (/^counter/i.test(verb)) return SPEECH_NOUN_ENDS.test(words.trim()) && takesAPosition('rejected', words);
  if (!/^(?:confirm|acknowledg|admit|den[iy]|reject|dismiss|disput|refut|condemn|denounc)/i.test(verb)) return false;
  // "denied sending boats", "denies involvement", "refuted this information": a denial's object is its
  // position, however short.
  if (/^(?:den[iy]|reject|dismiss|disput|refut)/i.test(verb) && /^\p{Ll}[\p{L}-]*(?:\s+\p{L}+)?$/u.test(words.trim())) return true;
  // "denied Marsh City's claims", "confirmed Sylvania’s participation": a name's possessive is a determiner too.
  return /^(?:the|this|these|those|its|their|his|her)\s+\p{L}+$/iu.test(words.trim()) || NAMES_POSSESSIVE_NOUN.test(words.trim());
}

/**
 * "acknowledged casualties", "confirmed deaths", "admitted losses": an admission of a thing named by a
 * bare plural noun says it happened, in one word. Not a word in -s that is no plural noun
 * ("confirmed afterwards", "acknowledged as …" are cut before).
 */
function admitsWhatItNames(verb: string, words: string): boolean {
  return /^(?:confirm|acknowledg|admit)/i.test(verb) && /^\p{Ll}{3,}s$/u.test(words.trim()) && !/(?:ss|us|wards|ways|less)$/.test(words.trim());
}

/** Nouns of someone's words, ending what a rebuttal counters: "the claims", "Berg's allegations". */
const SPEECH_NOUN_ENDS = new RegExp(`\\s(?:${WORDS_SAID_NOUNS})$`, 'u');

/** A name's possessive and a noun: "Marsh City's claims", "Sylvania’s participation". */
const NAMES_POSSESSIVE_NOUN = /^\p{Lu}[\p{L}.-]*['’]s?\s+\p{Ll}+$/u;

/** Verbs of a call for something: "called for", "urged", "demanded", "appealed for". */
const CALL_VERB = /^(?:call(?:ed|s)?\s+for|urg|demand|appeal)/i;

/** "reported 17 deaths", "has registered 30,000 refugees": a count is a claim, however short. */
function isACount(words: string): boolean {
  return /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s+\p{L}/iu.test(words.trim());
}

/** A speech tag right after a quotation: ", the letter said", ", the note reads". */
const UNREAD_TAG = /^[\s,]*(?:the|a|an|this|that|his|her|its|their)\s+(?:[\p{L}’'-]+\s+){0,3}(?:said|says|added|read|reads|stated|states|noted|wrote)\b/iu;

/** Quotes shorter than this, with no speech verb around them, are scare quotes and not reported. */
const MIN_UNATTRIBUTED_WORDS = 4;

/** A statement with the speaker it came from and where its quote or clause starts (to order ties). */
interface Found {
  mention: StatementMention;
  known: ResolvedSpeaker;
  at: number;
}

const NOBODY: ResolvedSpeaker = {
  speaker: { name: null, description: '', actor: null },
  government: null,
  kind: 'person',
  resolvedBy: 'none',
};

/** The statements of one sentence, in text order; tells `context` who spoke. */
export function statementsInSentence(view: SentenceView, context: SentenceContext): StatementMention[] {
  const all = context.attributions ?? findAttributions(view);
  // Nothing to give a speaker, and nothing below tells the context anything then; a claim a name's
  // possessive owns ("disputes Ruhl's assertion that …") names its speaker itself, as a treaty's term
  // ("a pact that obliges each side to …") names the document.
  if (all.length === 0 && view.quotes.length === 0) {
    const statements = possessedClaims(view, context.paragraph, context.lexicon).concat(bindingTerms(view, context.paragraph));
    rememberRemarksMaker(view, context);
    return statements;
  }
  // ", the Courier reports" in the Courier's own article: the article's telling, no one's statement;
  // ", the Courier reports citing the State Bureau": the Bureau's.
  // A sentence whose words have a speaker of their own ("…, the Bureau said, the Courier reports citing
  // Lind", a quotation) keeps them with that speaker: the source cited only carried them.
  const attributions = all
    .filter((a) => a.role !== 'nested' && !(a.impersonal && context.followsSpeech === false))
    .flatMap((a) => (isSelfCredit(view, a, context.publisher ?? null, context.lexicon) ? (all.length === 1 && view.quotes.length === 0 ? creditedInstead(view, a) : []) : [a]));
  const speakers = resolveAll(view, attributions, context);
  const carried: Carried = new Map();
  const found: Found[] = [];
  for (const quote of view.quotes) {
    if (isNotSpeech(view, quote)) continue;
    if (attributions.some((a) => withinSpeakerPhrase(view, quote, a.phrase, a.verbSpan))) continue;
    // "Berg said the sailor told her: “…”": the words are the sailor's, who introduces them.
    const inner = attributions.some((a) => adjacentBefore(view, quote, a)) ? undefined : all.find((a) => a.role === 'nested' && a.phrase && introducesNested(view, quote, a));
    if (inner?.phrase) {
      const innerSpeakers = resolveSpeakers(slice(view, inner.phrase), null, inner.verb, context);
      found.push(...innerSpeakers.map((s) => quoteFound(quote, s, inner, null, context)));
      // "the agency reported that Ruhl promised them “…”": the report around the quotation is not listed again.
      const outer = attributions.find((a) => a.role === 'main' && a.clause !== null && contains(a.clause, quote));
      if (outer && !introducesNested(view, quote, inner, false)) carry(carried, outer, null);
      continue;
    }
    const quoted = quoteStatements(view, quote, attributions, speakers, carried, context);
    found.push(...quoted);
    const inside = quoted.length > 0 ? reportInsideQuote(view, quote, context) : [];
    found.push(...inside);
    // The quotation's speaker stays the sentence's last, whom "the statement" after it means.
    if (inside.length > 0) for (const { known } of quoted) context.memory.remember(known);
  }
  // A mind another speaker tells of: carried by that speaker's report (`relayStatements`), never listed as its owner's.
  const judged = new Set<Found>();
  for (const attribution of attributions) {
    const ownWords = carried.get(attribution);
    if (ownWords === null) continue;
    const reported = reportStatements(view, attribution, speakers, context, ownWords);
    if (judgedByLaterSpeaker(view, attribution, all, speakers, context)) for (const one of reported) judged.add(one);
    found.push(...reported);
  }
  for (const f of found) creditSpeakerBeforeChannel(view, attributions, f, context);
  found.sort((a, b) => a.mention.index - b.mention.index || a.at - b.at);
  // "The Palace declined to comment.": a refusal with no words of its own is silence too, which a
  // later "it said" goes on with no more than a refusal that names what it will not confirm.
  if (found.length === 0 && refusesOnly(view, attributions, speakers)) context.memory.noteSilence();
  // "“…,” the company said. “…”": a speaker described but not known still goes on in the paragraph.
  for (const one of found) if (!judged.has(one)) context.spoke(one.known.resolvedBy === 'none' && one.known.speaker.description === '' ? null : one.known);
  // "“…,” said one.": someone the reader cannot name quoted; a later "he added" may be them.
  if (found.some((one) => one.mention.kind === 'quote' && one.known.resolvedBy === 'none' && saidByOneAfter(view.text.slice(one.mention.index + one.mention.evidence.length, view.end)))) context.memory.noteUnknownSpeaker();
  // "The statement reads:" closing the paragraph: the quotation that opens the next one is theirs.
  const introducing = found.length === 0 ? attributions.find((a) => introducesNextParagraph(view, a)) : undefined;
  const introduced = introducing ? speakers.get(introducing) : undefined;
  if (introduced?.length === 1 && introduced[0]?.resolvedBy !== 'none') context.spoke(introduced[0] as ResolvedSpeaker);
  // Told after the speakers: a later "he said" goes on with the one who spoke, not with the channel.
  const relayed = found.length > 0 ? relayStatements(view, attributions, speakers, found, context) : [];
  // "…, the ministry announced, the Courier reports. It also said …": so does a later "it" when the
  // channel is the press, which only carries the words. The channel was resolved after the speaker, so
  // the speaker is remembered again, as the most recent. ("…, according to the ministry. The statement
  // claims …": an institution's statement is its own, and it stays the most recent.)
  const pressOnly = relayed.length > 0 && relayed.every(({ known, mention }) => carriesOnly(known, mention, context));
  if (pressOnly) for (const { known } of found) context.memory.remember(known);
  // "Sylvania denied Freedonia's claim that …": the claim's owner said it, though not the one a later
  // "he said" means; listed unless a report of the owner's already holds the words.
  const claims = possessedClaims(view, context.paragraph, context.lexicon).filter(
    (claim) => !found.some(({ mention }) => mention.speaker.actor === claim.speaker.actor && (mention.reported ?? mention.quote ?? '').includes(claim.reported ?? '')),
  );
  rememberRemarksMaker(view, context);
  // "X denied taking part, even after signing a pact that obliges both sides to …": the pact's term is its own.
  return [...found.filter((one) => !judged.has(one)), ...relayed].map(({ mention }) => mention).concat(claims, bindingTerms(view, context.paragraph));
}

/**
 * "Berg, the deputy spokesperson, made the remarks after Ruhl vowed to “…”": the one who made the
 * remarks is remembered after everyone the sentence quoted, so a later "he" is them (`remarks-maker.ts`).
 */
function rememberRemarksMaker(view: SentenceView, context: SentenceContext): void {
  const maker = remarksMaker(view.masked.slice(view.start, view.end), context);
  if (maker) context.memory.remember(maker);
}

/** Verbs of a mind, not of speech: what someone found, believes or feels, as another tells it. */
const MIND_VERBS = new Set(['found that', 'finds that', 'believes', 'believed', 'thinks', 'thought', 'feels', 'felt', 'considers', 'considered', 'knows', 'knew']);

/**
 * "Freedonia found that it had to act, the Sylvanian ministry said": a mind told by a later speaker in
 * the sentence (no outlet, which carries words) is that speaker's judgement of it; the one whose mind
 * it is said nothing. Whether `attribution` is such a mind.
 */
function judgedByLaterSpeaker(view: SentenceView, attribution: Attribution, all: readonly Attribution[], speakers: Map<Attribution, ResolvedSpeaker[]>, context: SentenceContext): boolean {
  if (!MIND_VERBS.has(attribution.verb.toLowerCase())) return false;
  const owner = (speakers.get(attribution) ?? [])[0]?.government ?? null;
  if (owner === null) return false;
  return all.some((later) => {
    if (later === attribution || later.span.start <= attribution.verbSpan.end || later.phrase === null || mediaSpeechVerbs.has(later.verb)) return false;
    // A nested attribution was not resolved with the sentence's: read from the topic data alone.
    const judges = speakers.get(later) ?? [{ ...context.lexicon.resolveSpeakerPhrase(slice(view, later.phrase)), resolvedBy: 'explicit' as const }].map(({ actor, government, resolvedBy }) => ({ speaker: { name: null, description: '', actor }, government, resolvedBy }));
    return judges.length > 0 && judges.every((j) => j.resolvedBy !== 'none' && j.government !== null && j.government !== owner && context.lexicon.actor(j.speaker.actor ?? '')?.kind !== 'media');
  });
}

/** A self-credit's attribution given to the source it cites, or none (`citedBySelfCredit`). */
function creditedInstead(view: SentenceView, attribution: Attribution): Attribution[] {
  const cited = citedBySelfCredit(view, attribution);
  // The outlet's verb stays: "reports" tells how the words are given, as the cited source's.
  return cited ? [{ ...attribution, phrase: cited, appositive: null }] : [];
}

/**
 * "Ruhl in a statement, the Courier reported, “…”": the words are Ruhl's, not the outlet's
 * (`speakerBeforeChannel`). The statement is given to the speaker, with no verb of its own (the
 * sentence has none for it).
 */
function creditSpeakerBeforeChannel(view: SentenceView, attributions: Attribution[], f: Found, context: SentenceContext): void {
  // Only a quotation after the channel: a report of the outlet's own ("Ruhl on his visit, the Courier
  // reported, met Berg") tells what the speaker did, not what they said.
  if (f.mention.verbIndex === null || f.mention.kind !== 'quote' || f.at < f.mention.verbIndex) return;
  const channel = attributions.find((a) => a.verbSpan.start === f.mention.verbIndex);
  const speaker = channel ? speakerBeforeChannel(view, channel, f.known, context) : null;
  if (!speaker) return;
  Object.assign(f.mention, { speaker: speaker.speaker, government: speaker.government, resolvedBy: speaker.resolvedBy, verb: null, verbIndex: null });
  f.known = speaker;
}

/** Whether a sentence's every attribution is negated ("declined to comment", "did not respond") and names someone. */
function refusesOnly(view: SentenceView, attributions: Attribution[], speakers: Map<Attribution, ResolvedSpeaker[]>): boolean {
  if (attributions.length === 0 || !attributions.every((a) => negatedAt(view, a.verbSpan.start))) return false;
  return attributions.some((a) => (speakers.get(a) ?? []).some((known) => known.resolvedBy !== 'none'));
}

/**
 * The channels a sentence names for another's report: "Berg said …, the Courier reported", "“…,” said
 * Berg, according to the Courier", "According to the Courier, Berg said …". Each channel makes a
 * statement of its own, that the report was made: its words are the whole report it relays.
 */
function relayStatements(
  view: SentenceView,
  attributions: Attribution[],
  speakers: Map<Attribution, ResolvedSpeaker[]>,
  found: Found[],
  context: SentenceContext,
): Found[] {
  const out: Found[] = [];
  attributions.forEach((channel, i) => {
    const relayed = relayedReport(view, attributions, i);
    if (!relayed) return;
    const onlyQuotation = channel.role === 'conduit' && relaysOnlyQuotation(view, attributions, channel, relayed);
    for (const known of speakers.get(channel) ?? []) {
      // "According to the ministry, the ministry said …" relays nothing but itself.
      // ("…, Kowal said, also conveying …": the channel's own participle after it is no report it relays.)
      const goesOn = (f: Found) => f.mention.verbIndex !== null && f.mention.verbIndex >= channel.span.end && f.mention.verb !== null && isParticiple(f.mention.verb);
      const itself = found.some((f) => !goesOn(f) && f.known.speaker.actor === known.speaker.actor && (known.speaker.actor !== null || f.known.speaker.description === known.speaker.description));
      if (known.resolvedBy === 'none' || itself) continue;
      // An agency or outlet carries the words; people who pass on what they heard ("…, according to
      // lawmakers") tell it as their own account.
      if (onlyQuotation && known.kind === 'organisation') continue;
      out.push(reportedFound(view, relayed, known, channel, context, channel.verbSpan.start, true));
    }
  });
  return out;
}

/**
 * Whether a channel only carries the words it relays: the press ("…, the Courier reports"), or any
 * channel that "reported" them ("said the Commission, as reported by the State Agency"), which tells
 * how the words came out, not words of its own. ("…, according to the ministry": the ministry's own.)
 */
function carriesOnly(known: ResolvedSpeaker, mention: StatementMention, context: SentenceContext): boolean {
  if (known.speaker.actor !== null && context.lexicon.actor(known.speaker.actor)?.kind === 'media') return true;
  return mention.verb !== null && mediaSpeechVerbs.has(mention.verb);
}

/**
 * "“…,” Berg said, according to the Courier.", "“…,” Ruhl told reporters, per the Courier": a source
 * named after a quotation and the words that give its speaker only carries the speaker's words; it
 * tells nothing of its own. ("Berg said the boats left, according to the Courier" keeps the Courier's
 * statement: the reported words are the source's telling too.)
 */
function relaysOnlyQuotation(view: SentenceView, attributions: Attribution[], channel: Attribution, relayed: Span): boolean {
  if (!ACCORDING_TO_VERB.test(channel.verb)) return false;
  const text = view.masked.slice(relayed.start, relayed.end);
  const quotation = QUOTATION_FIRST.exec(text);
  if (!quotation) return false;
  const quotationEnd = relayed.start + quotation[0].length;
  const speaking = attributions.find((a) => a !== channel && a.role === 'main' && a.span.start >= quotationEnd && a.span.end <= relayed.end);
  return speaking !== undefined && !/\p{L}/u.test(view.masked.slice(quotationEnd, speaking.span.start)) && !view.masked.slice(speaking.span.end, relayed.end).includes(MASK);
}

/** A quotation (masked) that opens the words, with the punctuation after it. */
const QUOTATION_FIRST = new RegExp(`^\\W*?${MASK}+[\\s,.!?:;—–-]*`, 'u');

/** The report the attribution at `i` relays: all that precedes a trailing channel, or all that follows an opening "According to X,". */
function relayedReport(view: SentenceView, attributions: Attribution[], i: number): Span | null {
  const channel = attributions[i] as Attribution;
  if (channel.role === 'conduit') return trimClause(view, view.start, channel.span.start);
  const next = attributions[i + 1];
  const opens = channel.role === 'main' && channel.clause === null && ACCORDING_TO_VERB.test(channel.verb);
  if (!opens || !next || next.role !== 'main' || next.phrase === null) return null;
  // "According to the Courier, Berg said …": the report starts right after the channel.
  return /^[\s,]*$/.test(view.masked.slice(channel.span.end, next.span.start)) ? trimClause(view, channel.span.end, view.end) : null;
}

/** Whether the attribution's verb and a colon end the paragraph: "The statement reads:". */
function introducesNextParagraph(view: SentenceView, attribution: Attribution): boolean {
  return /^\s*:\s*$/.test(view.masked.slice(attribution.verbSpan.end)) && attribution.role === 'main';
}

/** Nouns of someone's words: "Berg's claim that …", "the ministry's remark that …". */
const CLAIM_OF =
  /(?:^|[^\p{L}])((?:the\s+\p{Ll}+)|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})['’]s?\s+(?:\p{Ll}+\s+)?(?:claims?|remarks?|statements?|comments?|assertions?|allegations?|accusations?|words|description|warnings?|promises?|pledges?|threats?|appreciation|praise|thanks|gratitude|message|calls?|appeals?|demands?|vows?)(?:\s+(?:that|of|for))?\s+[^,;.:\u2592]{0,60}$/u;

/**
 * Whose claim a quotation sits in, read in the words before it in its sentence: the possessor's
 * phrase ("Berg", "the ministry"), or the person a relative clause naming the quotation describes
 * ("Berg, who called it “…”"); null when the quotation is in no one's claim, or in a claim that a
 * report holding the quotation repeats (`repeatedByReport`: the report is then the quotation's).
 */
function claimOwnerBefore(view: SentenceView, quote: QuoteSpan, repeatedByReport: boolean): string | null {
  const before = view.masked.slice(view.start, Math.max(view.start, quote.open));
  // A possessive needs its apostrophe, a relative clause its "who": most words before a quotation have neither.
  const claim = before.includes("'") || before.includes('’') ? CLAIM_OF.exec(before) : null;
  // "Berg described Ruhl's remarks as “lies”": the label is whoever describes the remarks, not their
  // author ("Berg's description of the boats as “pirates”" is Berg's, as a description is its author's).
  const labelled = claim !== null && /\sas\s*$/.test(claim[0]) && !/\bdescription\b/.test(claim[0]);
  // "Berg reiterated Ruhl's call for all parties to “avoid …”": a speaker who repeats another's call
  // makes its words their own; the quotation is the repeater's when their report holds it.
  const repeated = claim !== null && repeatedByReport && REPEATS_CLAIM.test(before.slice(0, claim.index + claim[0].indexOf(claim[1] as string)));
  return (labelled || repeated ? null : claim?.[1]) ?? (before.includes('who') ? NAMED_BY_RELATIVE.exec(before)?.[1] : undefined) ?? null;
}

/** A verb that repeats or joins a claim it takes as its object, right before the claim's owner: "echoed", "renewed". */
const REPEATS_CLAIM = /\b(?:reiterat(?:ed|es|ing)|echo(?:ed|es|ing)|repeat(?:ed|s|ing)|renew(?:ed|s|ing)|restat(?:ed|es|ing)|second(?:ed|s|ing)|join(?:ed|s|ing))\s+$/iu;

/** "… after meeting Berg, who called the move “regrettable”": the relative clause's words are Berg's. */
const NAMED_BY_RELATIVE =
  /(?:^|[^\p{L}])(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}),\s+who\s+(?:\p{Ll}+ly\s+)?(?:called|calls|described|describes|termed|labell?ed|branded|dubbed)\s+[^,;.:\u2592]{0,40}$/u;

/**
 * The reports quotations stand for: null for a report a quotation carries whole ("said the boats were
 * “lost”"); the report's own words for one whose clause goes on to a quotation in a clause of its own
 * ("said the boats had left, although she did not think them “a threat”"): both are said.
 */
type Carried = Map<Attribution, Span | null>;

function carry(carried: Carried, report: Attribution, ownWords: Span | null): void {
  if (!carried.has(report) || ownWords === null) carried.set(report, ownWords);
}

/**
 * "that the boats had left the port, although she did not consider them “a threat”", "…, and “the
 * crews were trained”": the words of a clause before a joined clause that holds the quotation, when
 * they say something of their own; null when the quotation is part of what the clause says.
 */
function ownWordsBeforeQuote(view: SentenceView, clause: Span, quote: QuoteSpan): Span | null {
  // Up to the quotation's opening mark, which a joined clause may open on.
  const before = view.masked.slice(clause.start, Math.max(quote.open, clause.start) + 1);
  const joins = [...before.matchAll(JOINED_CLAUSE)];
  const last = joins.at(-1);
  if (!last) return null;
  const own = trimClause(view, clause.start, clause.start + last.index);
  if (!own || !hasWords(view.masked.slice(own.start, own.end), MIN_OWN_WORDS)) return null;
  // "would enable advances and “brings closer …”" joins a second predicate to a clause of its own;
  // "called on residents to stay and “reintegrate”" joins one call's verbs, a single content.
  return last[0].startsWith(',') || FINITE_WORD.test(view.masked.slice(own.start, own.end)) ? own : null;
}

/** An auxiliary or a modal: what makes the words before a joined predicate a clause of their own. */
const FINITE_WORD = /\b(?:would|will|is|are|was|were|has|have|had|can|could|must|should|may|might)\b/u;

/**
 * A comma and a conjunction that open a clause of the speaker's own: a quotation ("…, and “the crews
 * were trained”"), a pronoun and its verb ("…, although she did not consider them …"), or a short
 * subject whose predicate is the quotation ("…, and the authorities of the region “must be
 * dissolved”"); "and" right before a quoted predicate ("would enable advances and “brings closer
 * …”"); or "and that", which opens a second content of the verb ("said the navy had cleared the strait
 * and that the port would be “safe”"): two contents of one report (corpus README, twenty-second
 * batch). Not a verb of the same subject after a comma (", and is “very worried”") nor another subject
 * the report goes on about at length (", and its deals show the Palace is trying to “…”").
 */
const JOINED_CLAUSE =
  /,\s+(?:and|but|although|though|while|whereas)\s+(?=\u2592|(?:he|she|they|we|I)\s)|,\s+and\s+(?=(?:the|its|their|his|her)\s+(?:[\p{L}'’-]+\s+){0,4}\u2592)|(?<=\p{L})\s+and\s+(?=\u2592)|,?\s+and\s+(?=that\s)/gu;
/** Fewer words than this before a joined clause are a lead-in, not a statement: "that is, and “…”". */
const MIN_OWN_WORDS = 4;

/** The statements one quotation makes; adds to `carried` the reports it stands for. */
function quoteStatements(
  view: SentenceView,
  quote: QuoteSpan,
  attributions: Attribution[],
  speakers: Map<Attribution, ResolvedSpeaker[]>,
  carried: Carried,
  context: SentenceContext,
): Found[] {
  const opens = opensSentence(view, quote);
  const after = attributions.find((a) => adjacentAfter(view, quote, a));
  const owner = opens && after ? after : attributions.find((a) => adjacentBefore(view, quote, a));
  if (owner) {
    carry(carried, owner, null);
    return (speakers.get(owner) ?? []).map((s) => quoteFound(quote, s, owner, null, context));
  }
  // "Berg: “…”", "“…” — Anna Berg": a name beside the quotation, with no verb.
  const label = labelledSpeaker(view, quote);
  const labelled = label ? resolveSpeakers(slice(view, label), null, 'said', context) : [];
  if (labelled.length > 0 && labelled.every(namesSomeone)) return labelled.map((s) => quoteFound(quote, s, null, null, context));
  // "In the words of one officer, the crews “had left”": a described person the idiom gives the words to.
  const described = label ? null : describedInWordsOf(view, quote);
  const describedSpeakers = described ? resolveSpeakers(slice(view, described), null, 'said', context) : [];
  if (describedSpeakers.length > 0 && describedSpeakers.every((s) => s.resolvedBy !== 'none')) return describedSpeakers.map((s) => quoteFound(quote, s, null, null, context));
  // "Ruhl “highly praised” the crews, according to the Courier": a quoted predicate is the wording of
  // whoever relays the report, not words the subject said. "Ruhl “was received” by Berg, the ministry
  // said": so is the wording of a trailing report that holds it, a partial quote listed once, as a
  // quote (the corpus README), not again as the report around it.
  const predicateOf = quotedPredicateSubject(view, quote);
  if (predicateOf) {
    const channel = attributions.find((a) => a.role === 'conduit') ?? trailingReportHolding(view, quote, attributions);
    const relaying = channel ? (speakers.get(channel) ?? []) : [];
    const subject = subjectKey(slice(view, predicateOf), context);
    if (relaying.length === 1) context.memory.notePredicateRelay(subject, relaying[0] as ResolvedSpeaker);
    // "Ruhl “expressed condolences”, the Bureau said. ¶ Ruhl also “expressed readiness to help”": the
    // Bureau's account of Ruhl goes on, and the wording is still the Bureau's.
    // "“…,” the statement says. ¶ Also, Ruhl “noted …”": an account that quoted no predicate goes on too.
    const goesOn = relaying.length === 0 ? (context.memory.predicateRelayOf(subject) ?? accountGoingOn(slice(view, predicateOf), context)) : null;
    context.memory.notePredicateSeen();
    if (goesOn) return [quoteFound(quote, { ...goesOn, speaker: { ...goesOn.speaker }, resolvedBy: 'continuation' }, null, null, context)];
    if (channel?.role === 'main' && channel.clause && relaying.length > 0) {
      const clause = channel.clause;
      carry(carried, channel, null);
      // Cited with its sentence, as a partial quote is below.
      return relaying.map((s) => {
        const partial = quoteFound(quote, s, channel, slice(view, clause), context);
        return { ...partial, mention: { ...partial.mention, evidence: slice(view, view), index: view.start } };
      });
    }
    return relaying.length > 0 ? relaying.map((s) => quoteFound(quote, s, channel ?? null, null, context)) : [quoteFound(quote, NOBODY, null, null, context)];
  }
  // "in what Ruhl called “a provocation”": the term of the relative clause's subject, however short.
  const termOwner = relativeTermOwner(view, quote);
  if (termOwner !== null) {
    const owners = resolveSpeakers(termOwner, null, 'called', context);
    if (owners.length > 0 && owners.every(namesSomeone)) return owners.map((s) => quoteFound(quote, s, null, null, context));
  }
  // "Ruhl said Berg's claim that “the boats left” was false": words quoted from someone's claim are
  // theirs, never the words of whoever reports or rejects the claim.
  const report = reportAround(view, quote, attributions);
  const claimed = claimOwnerBefore(view, quote, report !== null);
  if (claimed !== null) {
    // A label in someone's claim ("Ruhl's statement on “cleansing”") is no statement of its own,
    // unless a report carries it. The claimant is read from the topic data alone: quoting a claim does
    // not make its author the one a later "he said" refers to.
    const long = hasWords(quote.text, MIN_UNATTRIBUTED_WORDS);
    if (!report && !long) return [];
    const { actor, government } = context.lexicon.resolveSpeakerPhrase(claimed);
    const claimant: ResolvedSpeaker = actor || government ? { speaker: { name: null, description: claimed, actor }, government, kind: 'person', resolvedBy: 'explicit' } : NOBODY;
    return [quoteFound(quote, claimant, null, null, context)];
  }
  if (report) {
    const clause = report.clause && contains(report.clause, quote) ? report.clause : null;
    const ownWords = clause && ownWordsBeforeQuote(view, clause, quote);
    if (clause) carry(carried, report, ownWords);
    // A quotation in a clause joined to the report's own words goes with that clause only.
    const quoted = clause && ownWords ? trimClause(view, ownWords.end, clause.end) : clause;
    return (speakers.get(report) ?? []).map((s) => {
      const partial = quoteFound(quote, s, report, quoted ? slice(view, quoted) : null, context);
      // A partial quote is cited with its sentence: "dangerous" alone says little.
      return { ...partial, mention: { ...partial.mention, evidence: slice(view, view), index: view.start } };
    });
  }
  // "“…,” the letter said": a tag whose speaker could not be read names someone, not the last speaker.
  const tag = view.masked.slice(quoteEnd(quote), view.end);
  const taggedByOther = UNREAD_TAG.test(tag);
  // "“…,” a Sylvanian gunner said": someone new spoke, whom a later "he" may mean; not the minister
  // who spoke before (crediting the minister would invent a government's position).
  if (taggedByOther && /^[\s,]*an?\s/i.test(tag)) context.memory.notePrivatePerson();
  if (opens && !taggedByOther) {
    const known = context.continuation();
    if (known) return [quoteFound(quote, { ...known, speaker: { ...known.speaker }, resolvedBy: 'continuation' }, null, null, context)];
  }
  const long = hasWords(quote.text, MIN_UNATTRIBUTED_WORDS);
  return context.unattributedQuotes && (opens || long) ? [quoteFound(quote, NOBODY, null, null, context)] : [];
}

/**
 * The account of the sentence before that a quoted predicate of `subject` goes on with (`accountBefore`),
 * unless the subject is of another side than that account's: "The Freedonian ministry said … ¶ Sylvania “condemned …”"
 * may be told by anyone.
 */
function accountGoingOn(subject: string, context: SentenceContext): KnownSpeaker | null {
  const account = context.memory.accountBefore();
  if (!account) return null;
  const { government } = context.lexicon.resolveSpeakerPhrase(subject);
  return government === null || government === account.government ? account : null;
}

/** Who a subject phrase names, for telling two mentions of one person apart: their actor, else the words. */
function subjectKey(phrase: string, context: SentenceContext): string {
  return context.lexicon.resolveSpeakerPhrase(phrase).actor ?? phrase.toLowerCase();
}

/** The report after a quotation whose words, before its speaker, hold the quotation: "“…” by Berg, the ministry said". */
function trailingReportHolding(view: SentenceView, quote: QuoteSpan, attributions: Attribution[]): Attribution | undefined {
  return attributions.find((a) => a.role === 'main' && a.span.start >= quoteEnd(quote) && a.clause !== null && contains(a.clause, quote));
}

/**
 * "“The head of state said that the port would reopen,” the bureau said": a quotation that opens with
 * a person's report gives that person's words as a clause of their own, listed as theirs too (the
 * quotation stays its speaker's). Only when the quotation's first words are the person and a speech
 * verb with "that", and the person is someone the topic data knows; none otherwise.
 */
function reportInsideQuote(view: SentenceView, quote: QuoteSpan, context: SentenceContext): Found[] {
  const start = quote.open + 1;
  const end = quote.close;
  // Cheap gates first: a capital opening the words (a name, "The"), then " that " within them.
  if (quote.unclosed || !/\p{Lu}/u.test(view.text.charAt(start)) || view.text.slice(start, end).indexOf(' that ') < 0) return [];
  const inner: SentenceView = { text: view.text, masked: view.text, start, end, tokens: tokenize(view.text, start, end), quotes: [] };
  const attribution = findAttributions(inner).find((a) => a.role === 'main');
  const clause = attribution?.clause;
  if (!attribution?.phrase || !clause || attribution.elided || /\S/.test(view.text.slice(start, attribution.phrase.start))) return [];
  if (!/^\s+that\s/i.test(view.text.slice(attribution.verbSpan.end, clause.end)) || !hasWords(slice(view, clause), MIN_REPORTED_WORDS)) return [];
  // "“He said that …,” Berg said": a pronoun in someone's words names no one.
  const phrase = slice(inner, attribution.phrase);
  if (/^(?:he|she|they|we|I|it|you|someone|somebody)$/i.test(phrase.trim())) return [];
  const people = resolveSpeakers(phrase, null, attribution.verb, context).filter(
    (known) => known.speaker.actor !== null && context.lexicon.actor(known.speaker.actor)?.kind === 'person',
  );
  const words = { start: view.text.slice(clause.start).startsWith('that') ? clause.start + 5 : clause.start, end: clause.end };
  return people.map((known) => reportedFound(inner, words, known, attribution, context, start));
}

/** A person, or an actor the topic data knows: not a heading such as "Update". */
function namesSomeone(known: ResolvedSpeaker): boolean {
  return known.resolvedBy !== 'none' && (known.speaker.actor !== null || known.speaker.name !== null);
}

/** Reported speech: a report whose clause has words of its own (not only a quotation). */
function reportStatements(
  view: SentenceView,
  attribution: Attribution,
  speakers: Map<Attribution, ResolvedSpeaker[]>,
  context: SentenceContext,
  clause: Span | null = attribution.clause,
): Found[] {
  if (attribution.role !== 'main' || !clause || !hasWord(view.masked, clause.start, clause.end)) return [];
  // "… reported damage", "Courier reports": a word or two is an object or a name, not something said.
  // Not confirming or denying "it" is a position all the same: "Freedonia has not confirmed it".
  const negated = negatedAt(view, attribution.verbSpan.start);
  const words = view.masked.slice(clause.start, clause.end);
  // "the reports that Sylvania said were false", "the newspaper said he nodded": whole in two words.
  const minimum = attribution.objectRelative || PRONOUN_AND_VERB.test(words.trim()) ? MIN_WHOLE_CLAUSE_WORDS : MIN_REPORTED_WORDS;
  if (!negated && !hasWords(words, minimum) && !takesAPosition(attribution.verb, words) && !isACount(words) && !admitsWhatItNames(attribution.verb, words)) return [];
  return (speakers.get(attribution) ?? []).map((s) => reportedFound(view, clause, s, attribution, context, clause.start));
}

/** Reported speech: `words` of the sentence, said by `known` with the attribution's verb, cited with the whole sentence. */
function reportedFound(view: SentenceView, words: Span, known: ResolvedSpeaker, attribution: Attribution, context: SentenceContext, at: number, relays = false): Found {
  const mention: StatementMention = {
    paragraph: context.paragraph,
    kind: 'reported',
    quote: null,
    reported: slice(view, words),
    evidence: slice(view, view),
    index: view.start,
    speaker: known.speaker,
    government: known.government,
    verb: attribution.verb,
    verbIndex: attribution.verbSpan.start,
    resolvedBy: known.resolvedBy,
  };
  if (relays) mention.relays = true;
  return { mention, known, at };
}

/**
 * Resolves the speakers of the sentence's attributions in text order (so pronouns see the speakers
 * before them). A left-out subject is the previous attribution's speaker, else the sentence subject.
 */
function resolveAll(view: SentenceView, attributions: Attribution[], context: SentenceContext): Map<Attribution, ResolvedSpeaker[]> {
  const out = new Map<Attribution, ResolvedSpeaker[]>();
  let previous: ResolvedSpeaker[] | null = null;
  let channel: { attribution: Attribution; resolved: ResolvedSpeaker[] } | null = null;
  for (const attribution of attributions) {
    // "…, Kowal said, also conveying …": a participle right after a channel goes on with the channel.
    const afterChannel = attribution.elided && channel !== null && /^\s*,\s*$/.test(view.masked.slice(channel.attribution.span.end, attribution.span.start));
    if (afterChannel && channel) {
      out.set(attribution, channel.resolved);
      continue;
    }
    const subject: Span | null = attribution.phrase ?? (previous ? null : (sentenceSubject(view) ?? subordinateSubject(view, attribution)));
    const appositive = attribution.appositive ? slice(view, attribution.appositive) : null;
    // "One of the sailors, identified only as Lind, said": the name, described by the phrase ("One of
    // them" describes no one).
    const described = subject && !/^(?:them|us|they|we|he|she|him|her|it)$/i.test(slice(view, subject)) ? slice(view, subject) : null;
    // "He was told that …": someone unnamed, who is not who speaks next.
    if (attribution.unnamed) {
      out.set(attribution, [NOBODY]);
      continue;
    }
    // "“…?” he asked Berg.": the pronoun is not the person it addresses, whom memory would give it.
    if (subject && !attribution.named && addressesLastPerson(view, subject, attribution, context)) {
      out.set(attribution, [{ ...NOBODY, speaker: { ...NOBODY.speaker, description: slice(view, subject) } }]);
      previous = null;
      continue;
    }
    const press = subject && !attribution.named && isBareStatePress(slice(view, subject)) ? pressOfState(view, subject, attribution, context) : null;
    const clause = press === null && !attribution.named && subject ? clauseSubject(view, subject, attribution, context) : null;
    const own = press === null && clause === null && !attribution.named && subject && !previous ? ownSubject(view, subject, attribution, context) : null;
    const resolved: ResolvedSpeaker[] =
      press ??
      clause ??
      (attribution.named && subject
        ? resolveSpeakers(slice(view, attribution.named), described, attribution.verb, context)
        : subject
          ? (own ?? resolveSpeakers(slice(view, subject), appositive, attribution.verb, context))
          : (previous ?? [NOBODY]));
    // "The Sylvanian ministry said …": a speaker the sentence names as the subject of its own report,
    // which a later "she said" may be the spokeswoman of (not "a campaign it says is …").
    if (attribution.role === 'main' && own === null) for (const known of resolved) if (known.resolvedBy === 'explicit') context.memory.noteNamedSpeaker(known);
    out.set(attribution, resolved);
    if (attribution.role !== 'conduit') previous = resolved;
    channel = attribution.role === 'conduit' ? { attribution, resolved } : null;
  }
  return out;
}

/**
 * Whether a "he" or "she" subject tells or asks the very person memory would give it ("“…?” he asked
 * Berg" after Berg spoke): then the reader cannot take the pronoun for that person (`addressed-pronoun.ts`).
 */
function addressesLastPerson(view: SentenceView, subject: Span, attribution: Attribution, context: SentenceContext): boolean {
  const pronoun = slice(view, subject);
  if (!/^(?:he|she)$/i.test(pronoun)) return false;
  const goesOn = /^(?:add|continu|went\s+on|goes\s+on)/i.test(attribution.verb.trim());
  return pronounAddressesItsCandidate(view, attribution, pronoun, context.memory.byPronoun(pronoun, goesOn), context.memory);
}

/** A possessive determiner alone: "His", "their". */
const POSSESSIVE_DETERMINER = /^(?:his|her|its|their|our|my|your)$/i;

/**
 * "The group has been targeting ships in a campaign they say is in support of …": a pronoun inside the
 * clause of a sentence whose subject it fits refers to that subject, not to an earlier speaker. Null
 * when the pronoun opens the sentence, follows a comma (", they said" goes on with the last speaker)
 * or does not fit the subject.
 */
function ownSubject(view: SentenceView, pronoun: Span, attribution: Attribution, context: SentenceContext): ResolvedSpeaker[] | null {
  const word = slice(view, pronoun);
  // "…, said he" (inverted) goes on with the last speaker too.
  if (!PRONOUN_SPEAKERS.test(word) || pronoun.end > attribution.verbSpan.start) return null;
  const before = view.masked.slice(view.start, pronoun.start);
  if (!/[\p{L}\d]\s+$/u.test(before)) return null;
  const subject = sentenceSubject(view);
  // "His visit came as …, in what they say is …": a possessive is no subject that speaks.
  if (!subject || subject.end > pronoun.start || PRONOUN_SPEAKERS.test(slice(view, subject)) || POSSESSIVE_DETERMINER.test(slice(view, subject))) return null;
  const resolved = resolveSpeakers(slice(view, subject), null, attribution.verb, context);
  return resolved.length === 1 && pronounFits(word, (resolved[0] as ResolvedSpeaker).kind) ? resolved : null;
}

const PRONOUN_SPEAKERS = /^(?:they|it|he|she)$/i;

/**
 * "…, when Sylvania launched what it called a drill": a pronoun in a free relative means the subject
 * of the clause that holds it (`freeRelativeSubject`), not the sentence's subject nor the speaker
 * before; when that subject is not one the pronoun can mean, no one. Null when there is no such clause.
 */
function clauseSubject(view: SentenceView, pronoun: Span, attribution: Attribution, context: SentenceContext): ResolvedSpeaker[] | null {
  const word = slice(view, pronoun);
  if (!PRONOUN_SPEAKERS.test(word)) return null;
  const subject = freeRelativeSubject(view, pronoun);
  if (!subject) return null;
  const resolved = resolveSpeakers(slice(view, subject), null, attribution.verb, context);
  return resolved.length === 1 && pronounFits(word, (resolved[0] as ResolvedSpeaker).kind) ? resolved : [NOBODY];
}

/**
 * "Ruhl observed drone tests, state media said": the press of the state the sentence's own subject
 * belongs to, found by the phrase the topic data knows for it and shown as written; null when the
 * sentence opens with no such subject or the data lists no press of its state.
 */
function pressOfState(view: SentenceView, phrase: Span, attribution: Attribution, context: SentenceContext): ResolvedSpeaker[] | null {
  const opening = sentenceSubject(view);
  if (!opening || opening.start === phrase.start) return null;
  const written = slice(view, phrase);
  const qualified = pressOfSubjectState(written, slice(view, opening), context.lexicon);
  if (!qualified) return null;
  return resolveSpeakers(qualified, null, attribution.verb, context).map((s) => ({ ...s, speaker: { ...s.speaker, description: written } }));
}

/**
 * The report a partial quote belongs to: the one whose clause holds it, else the nearest before, else
 * the one after (unless a clause of the writer's comes between); null when none.
 */
function reportAround(view: SentenceView, quote: QuoteSpan, attributions: Attribution[]): Attribution | null {
  const holding = attributions.find((a) => a.clause && contains(a.clause, quote));
  if (holding && !otherSubjectBetween(view.masked.slice(holding.verbSpan.end, quote.open + 1))) return holding;
  // "Berg said …, while Ruhl called them “…”": a clause with a subject of its own between a report and
  // the quote makes the quote that subject's words, not the report's.
  const preceding = attributions.filter((a) => a.span.end <= quote.open && !otherSubjectBetween(view.masked.slice(a.span.end, quote.open + 1)));
  const speaking = preceding.filter((a) => a.role !== 'conduit');
  // "… their “will to cooperate,” with Berg calling it …": a report in a clause of the writer's after
  // the quote is not whose words the quote are.
  const following = attributions.find((a) => a.span.start >= quoteEnd(quote) && !WRITER_CLAUSE.test(view.masked.slice(quoteEnd(quote), a.span.start)));
  return speaking.at(-1) ?? preceding.at(-1) ?? following ?? null;
}

/** A clause after a comma or semicolon that opens with a named subject: ", while Ruhl …", "; Ruhl …". */
const OTHER_SUBJECT_CLAUSE = clauseWithNamedSubject(String.raw`(?:,\s*(?:while|whereas|but|and|as)|;)`);

/**
 * Whether `words` (up to a quotation's opening mark) hold a clause with a subject of its own: a named
 * one (OTHER_SUBJECT_CLAUSE), or one after "and" and a date of its own ("…, and on Monday, the
 * “authorities” accepted …"), the writer's next happening: a scare quote in it is no word of the
 * report before.
 */
function otherSubjectBetween(words: string): boolean {
  return OTHER_SUBJECT_CLAUSE.test(words) || datedNextClause(words) >= 0;
}

/** A clause of the writer's own that opens after a comma. */
const WRITER_CLAUSE = /,?\s*\b(?:with|while|whereas|but|as)\s/i;

/** “…,” Berg said — only spaces and commas between the quote and the attribution after it. */
function adjacentAfter(view: SentenceView, quote: QuoteSpan, a: Attribution): boolean {
  return a.span.start >= quoteEnd(quote) && /^[\s,]*$/.test(view.masked.slice(quoteEnd(quote), a.span.start));
}

/** Berg told reporters: “…” — only complement words, then a colon or comma, between the verb and the quote. */
function adjacentBefore(view: SentenceView, quote: QuoteSpan, a: Attribution): boolean {
  if (a.span.end > quote.open) return false;
  const between = view.masked.slice(a.span.end, quote.open);
  const words = tokenize(between);
  if (words.length > 8) return false;
  if (!words.every((w) => COMPLEMENT_WORDS.has(w.text.toLowerCase()) || isCalendarWord(w.text) || isCapitalised(w.text))) return false;
  if (/[:,]\s*$/.test(between)) return true;
  return words.length === 0 && /^\s*\p{Lu}/u.test(quote.text);
}

/**
 * Whether a report inside another introduces the quotation: as a main one would ("told her: “…”"),
 * after the audience of "told" ("the soldier told interrogators: “…”", "… told the mission that
 * “…”"), or with nothing or "that" between ("one prisoner had said that “…”"). The words are then the
 * inner speaker's, not the outer one's who reports them.
 */
function introducesNested(view: SentenceView, quote: QuoteSpan, a: Attribution, complement = true): boolean {
  if (adjacentBefore(view, quote, a)) return true;
  if (a.span.end > quote.open) return false;
  const between = view.masked.slice(a.span.end, quote.open);
  if (/^\s*(?:that\s*)?$/i.test(between)) return true;
  // "told interrogators: “…”", "told the mission that “…”": the audience, then a colon, a comma or "that".
  return (/^told$/i.test(a.verb.trim()) && /^\s*(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+(?:\s*[:,]|\s+that)\s*$/u.test(between)) || (complement && quotedInNamedComplement(view, a, between));
}

/**
 * "the agency reported that Ruhl promised them “a beautiful life”", "Berg said Ruhl asked if he could “go
 * home”": a quotation a few plain words after the speech verb of someone a report's clause names
 * is that someone's words, not the reporter's (the corpus README: a report that holds another's partial
 * quotes). Only after a name: not after a pronoun ("Berg said he had asked to “…”" is Berg's own
 * report) or a description, nor across punctuation or another speech verb. A description that asked
 * ("Berg said the sailor asked if he could “go home”") is the exception: a question is the asker's
 * own words, which the reporter can only relay.
 */
function quotedInNamedComplement(view: SentenceView, a: Attribution, between: string): boolean {
  if (!a.phrase || !/^\s+(?:[\p{L}'’-]+\s+){1,7}$/u.test(between)) return false;
  // Only someone named (the corpus README, nineteenth batch): "the captain reported that the “…”" is
  // the relaying report's own partial quote.
  const phrase = slice(view, a.phrase).trim();
  const named = /^\p{Lu}/u.test(phrase) && !/^(?:The|A|An|One|Some|He|She|They|We|I|It|You)\b/.test(phrase);
  if (!named && !(DEFINITE_DESCRIPTION.test(phrase) && /^asked$/i.test(a.verb.trim()))) return false;
  return !/\b(?:said|says|told|tells|added|stated|called|described)\b/i.test(between);
}

/** "the sailor", "the captain": one lower-case noun after "the". */
const DEFINITE_DESCRIPTION = /^[Tt]he\s+\p{Ll}+$/u;

/** A quote statement citing the quoted words themselves (without a trailing comma). */
function quoteFound(
  quote: QuoteSpan,
  known: ResolvedSpeaker,
  attribution: Attribution | null,
  reported: string | null,
  context: SentenceContext,
): Found {
  const lead = quote.text.length - quote.text.trimStart().length;
  const words = quote.text.trim().replace(/[\s,]+$/u, '');
  const mention: StatementMention = {
    paragraph: context.paragraph,
    kind: 'quote',
    quote: words,
    reported,
    evidence: words,
    index: quote.open + 1 + lead,
    speaker: known.speaker,
    government: known.government,
    verb: attribution?.verb ?? null,
    verbIndex: attribution?.verbSpan.start ?? null,
    resolvedBy: known.resolvedBy,
  };
  if (quote.unclosed) mention.unclosedQuote = true;
  return { mention, known, at: quote.open };
}

function contains(span: Span, quote: QuoteSpan): boolean {
  return span.start <= quote.open && quoteEnd(quote) <= span.end;
}

function slice(view: SentenceView, span: Span): string {
  return view.text.slice(span.start, span.end);
}
