/**
 * Finds the attributions of one sentence: who (the speaker phrase) said (the verb) what (the clause).
 * The verb attributions and their subjects are read here, "according to X" and its kin in
 * `according-to.ts`; `attribution-roles.ts` then decides each one's role.
 * The patterns are listed in `attribution-patterns.ts`; speaker phrases are read by `noun-phrase.ts`.
 */
import { accordingToAttributions, claimDeniedByAttributions, passiveReportAttribution } from './according-to.ts';
import { reportsFromAttributions } from './reports-from.ts';
import { BY_CUE, CANCELS_ATTRIBUTION, PER_CUE, OWN_CLAUSE, PARTICIPLE_ADVERBS, SKIP_BEFORE_VERB } from './attribution-patterns.ts';
import { assignRoles, claimBefore, markChannelsOfReports, markClaimsReferredBack, markNestedInThatClause, markRepeatedNestedVerb, markReportedBeforeTrailingSpeaker } from './attribution-roles.ts';
import { nameBeforeDashedOffices } from './dashed-offices.ts';
import { determinedSubjectBefore } from './determined-subject.ts';
import { captivityTailEnd, describesNamed, gapAfter, gapBefore, isSpeakerPhrase, lastWord, phraseAfter, phraseBefore, spanOf, type PhraseRange } from './noun-phrase.ts';
import { speakerMovedToSpeak } from './moved-to-speak.ts';
import { negatingAuxiliaryAt } from './negation.ts';
import { clauseOf, trimClause } from './reported-clause.ts';
import { pointsWithoutSpeaker, readsAsSpeech, speaksHere } from './speech-contexts.ts';
import { isQuotedAsParticiple, withQuotedAsParticiples } from './quoted-as-participle.ts';
import { invertedOnlySpeechVerbs, invertibleSpeechVerbs, isParticiple, participleSpeechVerbs, speechVerbMatches, speechVerbs } from './speech-verbs.ts';
import { isAcronym, isCalendarWord, isCapitalised, isPlainGap, isPossessive } from './tokens.ts';
import type { SentenceView, Span, Token } from './types.ts';
import { APPEARANCE_PARTICIPLES, BUSINESSES, CAPTIVE_PARTICIPLES, CAPTIVITY_ADVERBS, GROUP_MEMBER_VERBS, GROUP_ROLES, INDEPENDENT_ROLES, INDEPENDENT_ROLES_ANY_NUMBER, isRoleNoun, ORG_ROLES, PLACE_OR_AGENT, PERSON_ROLES, PHRASE_PREPOSITIONS, PLACE_PREPOSITIONS, PRIVATE_PERSONS, PRONOUNS, SITUATION_PARTICIPLES, TIME_WORDS } from './word-lists.ts';

export type { Span } from './types.ts';

/**
 * What an attribution does in its sentence:
 * `main` reports speech; `aside` ("…, as Sylvania has said") and `conduit` (a trailing "according to"
 * or "… reported" after another speaker) only carry quotes; `nested` sits inside another report's clause.
 */
export type AttributionRole = 'main' | 'aside' | 'conduit' | 'nested';

export interface Attribution {
  /** The speaker phrase; null when the subject is left out ("…, and added that"): see `elided`. */
  phrase: Span | null;
  /** An appositive after a name: "the bureau’s deputy spokesperson" in "Anna Berg, the …, said". */
  appositive: Span | null;
  /** The name a parenthetical gives a described speaker: "Lind" in "One of the sailors, identified only as Lind, said". */
  named?: Span;
  /** True when the speaker is the previous attribution's, or the sentence subject's. */
  elided: boolean;
  /** The verb as written ("said", "pointed out", "according to"). */
  verb: string;
  verbSpan: Span;
  /** Where the attribution starts and ends in the sentence (speaker phrase and verb together). */
  span: Span;
  role: AttributionRole;
  /** The clause reported; null when the attribution only tags a quote. */
  clause: Span | null;
  /** "…, a claim denied by X", "…, something X has not acknowledged": its words are the claim before it. */
  deniesClaimBefore?: true;
  /** "He added he was told that …": no one the sentence names speaks. */
  unnamed?: true;
  /** "The withdrawal was announced by Ruhl": what was said is the sentence's subject, before the verb. */
  reportsSubject?: Span;
  /** "an attack that officials said came from Sylvania": the report is the relative clause's predicate after the verb. */
  objectRelative?: true;
  /** "It was noted that …": a report with no agent, whose "it" goes on with the speech just before, if any. */
  impersonal?: true;
}

/** All attributions of a sentence, in text order, with their roles and clauses. */
export function findAttributions(view: SentenceView): Attribution[] {
  const sentence = view.masked.slice(view.start, view.end);
  const verbs = withQuotedAsParticiples(sentence, speechVerbMatches(sentence));
  // A quarter of sentences hold no speech verb and none of the words the fixed phrases cannot do
  // without: no rule below can find an attribution in them.
  if (verbs.length === 0 && !mayHoldFixedPhrase(sentence)) return [];
  const passive = passiveReportAttribution(view);
  const found = [...verbAttributions(view, verbs), ...accordingToAttributions(view), ...claimDeniedByAttributions(view), ...reportsFromAttributions(view), ...(passive ? [passive] : [])].sort((a, b) => a.span.start - b.span.start);
  assignRoles(view, found);
  markNestedInThatClause(view, found);
  markRepeatedNestedVerb(view, found);
  markReportedBeforeTrailingSpeaker(view, found);
  markClaimsReferredBack(view, found);
  for (let i = 0; i < found.length; i++) {
    const attribution = found[i] as Attribution;
    if (attribution.role === 'main') {
      attribution.clause = attribution.reportsSubject ?? (attribution.deniesClaimBefore ? claimBefore(view, found, i) : attribution.objectRelative ? relativePredicate(view, found, i) : clauseOf(view, found, i));
    }
    // "Berg reiterated her stance, saying, …": the words before a verb without a subject of its own are
    // the report before it, not a second report of them.
    if (attribution.elided && attribution.clause && attribution.clause.end <= attribution.verbSpan.start) attribution.clause = null;
  }
  markChannelsOfReports(view, found);
  return found;
}

/**
 * Whether a sentence (quotations masked) holds a word the attributions without a speech verb need:
 * "according to", "per", "Quote from" (`accordingToAttributions`), "by" ("as reported by", "a claim denied
 * by", "was announced by": `BY_CUE`) or "reports from" (`reports-from.ts`).
 */
export function mayHoldFixedPhrase(sentence: string): boolean {
  return sentence.includes('ccording') || PER_CUE.test(sentence) || BY_CUE.test(sentence) || sentence.includes('Quote') || sentence.includes('reports from');
}

/** Whom an accusation names and what of: " Freedonia of sending boats", " the two sides of breaking the truce". */
const ACCUSED_OF = /^\s+[^,;.:!?]{1,60}?\s+(?:of|for)\s+(?:\p{Ll}+ing|the|its|their|a|an)\b/u;

/**
 * Whether a clause of its own follows the verb at `lastVerbToken`: a subject (a number, a determiner,
 * a pronoun or a name) and, before any comma, an auxiliary ("said 19,000 people had crossed"). "said
 * on Tuesday", "told reporters in Marsh City", "said repeatedly since …" are no clause.
 */
function clauseFollows(view: SentenceView, lastVerbToken: number): boolean {
  const from = (view.tokens[lastVerbToken] as Token).end;
  // Up to the first comma and space, semicolon or quotation: the stretch is searched, not split whole.
  const rest = view.masked.slice(from, view.end);
  const cut = rest.search(CLAUSE_BREAK);
  const stretch = cut < 0 ? rest : rest.slice(0, cut);
  return OWN_CLAUSE.test(stretch);
}

/** What ends the stretch `clauseFollows` reads: a comma and a space, a semicolon, a quotation. */
const CLAUSE_BREAK = /,\s|;|\u2592/u;

/** The sentence's own subject, for attributions that leave it out: "Berg offered …, but stressed that …". */
export function sentenceSubject(view: SentenceView): Span | null {
  const { tokens } = view;
  // "Then Berg made a reservation and added that …": an opening adverb of time, with or without a comma.
  const candidates = OPENING_TIME_ADVERBS.has(tokens[0]?.text ?? '') && isPlainGap(gapAfter(view, 0)) ? [1] : [0];
  // Skip an opening adverbial ending in a comma ("On Tuesday, …", "In a meeting with Berg in the
  // capital, …") or a dateline ("FREDONBURG — …", "MARSH CITY: …", "MARSH CITY - …", a hyphen with
  // spaces only after capitals: "Sylvania - Freedonia talks" is no dateline).
  for (let i = 0; i < Math.min(tokens.length - 1, 10); i++) {
    const gap = gapAfter(view, i);
    const dateline =
      (/^(?:\s*:\s*|\s+-\s+)$/.test(gap) && tokens.slice(0, i + 1).every((t) => /^\p{Lu}[\p{Lu}.'’-]*$/u.test(t.text))) ||
      // "Marsh City: …": a place in title case before a colon, a word or two, as some outlets write it.
      (i < 2 && /^\s*:\s+$/.test(gap) && tokens.slice(0, i + 1).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text)));
    if (dateline || /^\s*(?:,|[—–]|--)\s*$/.test(gap)) {
      // "On September 19, 2023, the ministry …": the year after the day belongs to the opening date.
      const year = /^\d{4}$/.test(tokens[i + 1]?.text ?? '') && /^\s*,\s*$/.test(gapAfter(view, i + 1)) && isCalendarWord(tokens[i - 1]?.text ?? '');
      candidates.push(year ? i + 2 : i + 1);
      break;
    }
  }
  for (const first of candidates) {
    // "In his report to Ruhl, Berg …": a phrase after a preposition is where or when, not who.
    if (OPENING_PREPOSITIONS.has(tokens[first]?.text.toLowerCase() ?? '')) continue;
    const phrase = phraseAfter(view, first);
    // "A Sylvanian officer with the scouts, Lind was captured …": a description put before the name.
    const fronted = first === 0 && phrase && isPlainGap(gapAfter(view, phrase.last)) ? nameAfterFrontedDescription(view, phrase) : null;
    if (fronted) return fronted;
    if (phrase && isSpeakerPhrase(view, phrase) && (isPlainGap(gapAfter(view, phrase.last)) || quotedVerbAfter(view, phrase.last))) return spanOf(phrase);
    // "the Northern Command (NORCOM) issued a statement, noting …": the subject's acronym in parentheses after it.
    if (phrase && isSpeakerPhrase(view, phrase) && closesAcronym(view, phrase.last + 1)) return spanOf(phrase);
    // "Sylvania, however, rejected the claim, saying …": an adverb between commas after the subject.
    if (phrase && isSpeakerPhrase(view, phrase) && ASIDE_ADVERB.test(view.masked.slice((tokens[phrase.last] as Token).end, view.end))) return spanOf(phrase);
    // "The Sylvania-backed group, who control much of the coast, have been …": a relative clause between commas.
    if (phrase && isSpeakerPhrase(view, phrase) && /^\s*,\s*$/.test(gapAfter(view, phrase.last)) && /^(?:who|which)$/i.test(tokens[phrase.last + 1]?.text ?? '')) return spanOf(phrase);
    // "One of the sailors, a sniper identified only by his surname Lind, … was heard saying": the name.
    const named = phrase && /^\s*,\s*$/.test(gapAfter(view, phrase.last)) ? nameInParenthetical(view, phrase.last + 1) : null;
    if (named) return named;
    // "Lind, chief of the Sylvanian staff, thanked the crews and said …": a name, its description between
    // commas, then its verb in the past.
    // After an opening that is itself a speaker ("Freedonia, Sylvania and the Council, …") it is a list.
    const opening = first > 0 ? phraseAfter(view, 0) : null;
    const list = opening !== null && isSpeakerPhrase(view, opening) && !OPENING_PREPOSITIONS.has(tokens[0]?.text.toLowerCase() ?? '');
    if (!list && phrase && isSpeakerPhrase(view, phrase) && isCapitalised((tokens[phrase.last] as Token).text) && describedBeforeVerb(view, phrase.last)) return spanOf(phrase);
  }
  return null;
}

/**
 * "A Sylvanian officer with the scouts, Lind was captured …": a description with no verb of its own,
 * opening the sentence, then a comma and a name followed by its verb: the name is the subject the
 * description describes. Null when the description names no role ("The talks with Freedonia, Berg
 * said, …") or no name and verb follow.
 */
function nameAfterFrontedDescription(view: SentenceView, description: PhraseRange): Span | null {
  const { tokens } = view;
  const head = tokens[description.head ?? description.last] as Token;
  if (!/^[Aa]n?$/.test((tokens[0] as Token).text) || isCapitalised(head.text) || !isRoleNoun(head.text)) return null;
  for (let i = description.last + 1; i < tokens.length && i <= description.last + 8; i++) {
    if (FINITE_VERBS.has((tokens[i] as Token).text) || /^(?:who|which|that)$/.test((tokens[i] as Token).text)) return null;
    const gap = gapAfter(view, i);
    if (isPlainGap(gap)) continue;
    if (!/^\s*,\s*$/.test(gap)) return null;
    const name = phraseAfter(view, i + 1);
    if (!name || !isCapitalised((tokens[name.first] as Token).text) || !isCapitalised(lastWord(view, name)) || !isPlainGap(gapAfter(view, name.last))) return null;
    const verb = tokens[name.last + 1];
    return verb && /^\p{Ll}/u.test(verb.text) && !PHRASE_PREPOSITIONS.has(verb.text) ? spanOf(name) : null;
  }
  return null;
}

/** How many words a description between a subject's name and its verb may have. */
const SUBJECT_DESCRIPTION_REACH = 10;

/**
 * How many words a description of two parts may have: "Ansar Marsh, better known by the name of its
 * founders, the Rovers, has …" names the subject again in its second part.
 */
const TWO_PART_DESCRIPTION_REACH = 16;

/** Past forms without -ed that may follow a described subject: "Lind, the envoy, met …". */
const PAST_FORMS: ReadonlySet<string> = new Set(['met', 'told', 'gave', 'made', 'took', 'sent', 'held', 'went', 'came', 'led', 'spoke', 'wrote', 'said', 'saw', 'paid', 'left']);

/** "The rebels, aligned with Sylvania, have been attacking …": a perfect after the description. */
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had']);

/**
 * Whether words set off by commas follow the name ending at token `last` and a verb in the past comes
 * right after them: ", chief of the Sylvanian staff, thanked". The words have no punctuation in them
 * but one comma between two parts, the second a name again: ", better known by the name of its
 * founders, the Rovers, has".
 */
function describedBeforeVerb(view: SentenceView, last: number): boolean {
  if (!/^\s*,\s*$/.test(gapAfter(view, last))) return false;
  let commas = 0;
  for (let i = last + 1; i < view.tokens.length && i <= last + (commas === 0 ? SUBJECT_DESCRIPTION_REACH : TWO_PART_DESCRIPTION_REACH); i++) {
    const gap = gapAfter(view, i);
    if (isPlainGap(gap)) continue;
    if (!/^\s*,\s*$/.test(gap) || i === last + 1 && !/^\p{L}/u.test((view.tokens[i] as Token).text)) return false;
    const verb = view.tokens[i + 1]?.text ?? '';
    if ((/^\p{Ll}{3,}ed$/u.test(verb) || PAST_FORMS.has(verb) || PERFECT_AUXILIARIES.has(verb)) && isPlainGap(gapAfter(view, i + 1))) return true;
    // The first part ends; the second must open with a name again: "the Rovers", "Ansar Marsh".
    if (commas > 0 || !opensWithName(view, i + 1)) return false;
    commas += 1;
  }
  return false;
}

/** Whether token `at` opens a name: a capitalised word, or "the" before one ("the Rovers"). */
function opensWithName(view: SentenceView, at: number): boolean {
  const word = view.tokens[at]?.text ?? '';
  const name = /^the$/i.test(word) ? (view.tokens[at + 1]?.text ?? '') : word;
  return isCapitalised(name) && isPlainGap(gapAfter(view, at));
}

/**
 * "Fighting flared after Sylvania launched an offensive, accusing Freedonia of “…”": the subject of
 * the clause a participle with no subject of its own follows, when the sentence's own subject is no
 * speaker ("Fighting"). The clause opens with a subordinating word and runs, with no comma or
 * quotation in it, to the comma before the participle; its subject is a speaker phrase (no pronoun)
 * followed by its verb. Null for anything else.
 */
export function subordinateSubject(view: SentenceView, participle: Attribution): Span | null {
  if (!participle.elided || participle.verbSpan.start !== participle.span.start) return null;
  const before = view.masked.slice(view.start, participle.span.start);
  // Most sentences have no such clause: its comma right before the participle is looked for first.
  if (!/,\s*$/.test(before)) return null;
  const clause = SUBORDINATE_CLAUSE.exec(before);
  if (!clause || sentenceSubject(view) !== null) return null;
  const first = view.tokens.findIndex((t) => t.start >= view.start + clause.index + clause[0].indexOf(clause[1] as string));
  const phrase = first < 0 ? null : phraseAfter(view, first);
  if (!phrase || !isSpeakerPhrase(view, phrase) || PRONOUNS.has(lastWord(view, phrase).toLowerCase())) return null;
  const verb = view.tokens[phrase.last + 1];
  const next = view.tokens[phrase.last + 2];
  const endsClause = next === undefined || next.start >= participle.span.start;
  return verb && isPlainGap(gapAfter(view, phrase.last)) && looksFinite(verb.text, endsClause) ? spanOf(phrase) : null;
}

/**
 * Whether a word after a subordinate clause's subject reads as its verb: "launched", "says", "began".
 * "after the Sylvanian military action," has a noun there and no verb, so no subject either: the
 * participle after it is not the action's words. A word in -s that ends the clause is a plural noun
 * as often ("after the Freedonian strikes,").
 */
function looksFinite(word: string, endsClause: boolean): boolean {
  if (!/^\p{Ll}+$/u.test(word)) return false;
  return /ed$/u.test(word) || IRREGULAR_PASTS.has(word) || (!endsClause && /[^s]s$/u.test(word));
}

/** Past forms that do not end in -ed: "after Sylvania began", "when Freedonia struck". */
const IRREGULAR_PASTS: ReadonlySet<string> = new Set([
  'began', 'struck', 'took', 'met', 'hit', 'shot', 'sent', 'said', 'made', 'went', 'came', 'fought', 'held', 'left', 'broke', 'told', 'gave',
  'saw', 'won', 'lost', 'led', 'fell', 'rose', 'spoke', 'wrote', 'brought', 'caught', 'kept', 'ran', 'set', 'put', 'cut', 'sought', 'became',
  'drew', 'threw', 'flew', 'stood', 'had', 'was', 'were', 'did', 'got', 'found', 'built', 'sank', 'shut', 'spread', 'stole', 'swept',
]);

/**
 * "Protests began on Tuesday, when Sylvania launched what it called a drill": the subject of the
 * clause a free relative ("what it called") is the object of, when that clause opens with a
 * subordinating or relative word of its own ("when", "after", "which") and names its subject right
 * after it. The pronoun means that subject, not the sentence's nor the last speaker. Null when the
 * pronoun does not follow "what" or no such clause is found before it.
 */
export function freeRelativeSubject(view: SentenceView, pronoun: Span): Span | null {
  const at = view.tokens.findIndex((t) => t.start === pronoun.start);
  if (at < 2 || view.tokens[at - 1]?.text.toLowerCase() !== 'what') return null;
  for (let i = at - 2; i >= 0 && at - i <= FREE_RELATIVE_REACH; i--) {
    if (!isPlainGap(gapAfter(view, i)) && !/^\s*,\s*$/.test(gapAfter(view, i))) return null;
    if (!CLAUSE_OPENERS.has((view.tokens[i] as Token).text.toLowerCase())) continue;
    const phrase = phraseAfter(view, i + 1);
    if (!phrase || phrase.last >= at - 2 || !isSpeakerPhrase(view, phrase) || PRONOUNS.has(lastWord(view, phrase).toLowerCase())) return null;
    const verb = view.tokens[phrase.last + 1];
    return verb && isPlainGap(gapAfter(view, phrase.last)) && /^\p{Ll}+$/u.test(verb.text) ? spanOf(phrase) : null;
  }
  return null;
}

/** Words that open a clause with a subject of its own: "when Sylvania launched", "which Freedonia calls". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['when', 'after', 'while', 'since', 'because', 'before', 'until', 'once', 'which', 'where', 'whereas', 'although', 'though']);

/** How far back, in words, from "what" the clause's opener may be. */
const FREE_RELATIVE_REACH = 12;

/** A subordinate clause with no comma, quotation or clause break in it, up to a comma that ends the text. */
const SUBORDINATE_CLAUSE = /\b(?:after|when|once|since|because)\s+([^,;:\u2592]+),\s*$/u;

/** An adverb set off by commas after a subject: ", however,", ", for its part,", ", meanwhile,". */
const ASIDE_ADVERB = /^\s*,\s*(?:however|meanwhile|though|too|also|instead|in turn|in response|in contrast|by contrast|for (?:its|their|his|her|our) part|on the other hand)\s*,/i;

/**
 * A parenthetical that ends on a quotation, before the verb: "Ruhl, who has called the strikes
 * “reckless”, said …". The subject is before the parenthetical, not after the verb as in "“…,” said Berg".
 */
const QUOTATION_CLOSING_ASIDE = /^\s*\u2592+\s*,\s*$/u;

/**
 * Whether the quotation right before the verb token `verbToken` closes an aside with the comma inside
 * its marks: "Ruhl, who called the strikes “reckless,” said …" (the comma is masked with the quote).
 */
function commaInsideQuotation(view: SentenceView, last: number, verbToken: number): boolean {
  const from = (view.tokens[last] as Token).end;
  const to = (view.tokens[verbToken] as Token).start;
  return /^\s*\u2592+\s*$/u.test(view.masked.slice(from, to)) && /,\s*[”"’']\s*$/u.test(view.text.slice(from, to));
}

/** A "which" about the whole clause before it, not a noun: "which is why", "which means" (not "which is what", said of a noun too). */
const SENTENTIAL_WHICH = /^which\s+(?:(?:is|was|are|were)\s+(?:why|how)|means?|meant)\b/u;

/**
 * A conjunction opening a stretch between commas: "…, but only if they agree, said Berg", "…, if the
 * talks fail, said Berg". Such a stretch is a clause of what was said, no aside about a speaker. ("and"
 * and "or" may close a list or a gloss that is one: "the carriers, Ostline, and Sealink, announced", "the
 * Bureau, or OMTO, reported".) Not a lone "though" ("Berg, though, said" links the sentence), nor "but"
 * before a noun phrase ("Berg, but not her deputy, said" still names who speaks): "but" and "yet" open
 * a clause when a subordinator or a pronoun subject follows them; "although" before a description
 * with no verb ("Ruhl, although a critic of the plan, said") concedes something of the speaker.
 */
const OPENS_WITH_CONJUNCTION =
  /^(?:(?:but|yet)\s+(?:(?:only|not|also|even|just)\s+)?(?:if|when|once|after|before|because|unless|until|although|though|while|provided|i|we|you|he|she|it|they|there)|so|if|unless|(?:although|though)(?=\s+(?!(?:an?|the|still|once|formerly|now|himself|herself|itself|themselves)\b))|because|whereas|provided)\s+\S/u;

/** A dash between words, as around an aside: "Berg — who was captured in May — said". */
const DASH_GAP = /^\s*(?:[—–]|--)\s*$/;

/** A verb in the past, quoted: "highly praised", "strongly condemned". */
export const QUOTED_VERB = /^\p{Ll}+(?:\s+\p{Ll}+){0,2}ed$/u;

/** "Ruhl “highly praised” the crews": a quoted verb in the past right after the subject is its predicate. */
function quotedVerbAfter(view: SentenceView, last: number): boolean {
  const from = (view.tokens[last] as Token).end;
  const to = view.tokens[last + 1]?.start ?? view.end;
  if (!/^\s*\u2592+\s*$/u.test(view.masked.slice(from, to))) return false;
  return quotesAPredicate(view.text.slice(from, to).trim().replace(/^[“"‘']|[”"’']$/gu, ''));
}

/**
 * A quotation that opens with a verb in the past and goes on: "expressed readiness to help",
 * "strongly condemned the attack". Not a present "-eed" verb ("exceed", "need").
 */
const OPENS_WITH_QUOTED_VERB = /^(?:\p{Ll}+ly\s+)?(?!\p{Ll}*eed\b)\p{Ll}{2,}ed\s/u;

/**
 * A quotation that opens with an auxiliary, a modal or a form of "be" and goes on for a clause:
 * "will reaffirm the support of Freedonia", "is operating in the strait under national command". Cut
 * from a document's sentence about its subject, as a quoted past verb is ("Ruhl “will reaffirm …”").
 * At least one word after it: "“is”" alone is a word the writer marks.
 */
const OPENS_WITH_QUOTED_AUXILIARY = /^(?:is|are|was|were|has|have|had|will|would|shall|can|could|must|should|may|might)\s+\p{L}[\p{L}’'-]*/u;

/**
 * Whether quoted words are a verb in the past, alone or opening a predicate ("highly praised",
 * "expressed readiness to help"), or a predicate opening with an auxiliary ("will reaffirm the support …").
 */
function quotesAPredicate(words: string): boolean {
  return (words.endsWith('ed') && QUOTED_VERB.test(words)) || OPENS_WITH_QUOTED_VERB.test(words) || OPENS_WITH_QUOTED_AUXILIARY.test(words);
}

/** What may stand between a subject and its quoted predicate: nothing, or an adverb ("Berg also “expressed …”"). */
const SUBJECT_TO_PREDICATE = /^\s*(?:(?:also|again|further|later|then|reportedly)\s+)?$/u;

/**
 * The subject whose quoted predicate `quote` is: "Ruhl “highly praised” the crews", "Ruhl also
 * “expressed readiness to provide assistance”". Words that tell of the subject in the third person
 * are a document's or a reporter's wording about them, never the subject's own. Null for any other.
 */
export function quotedPredicateSubject(view: SentenceView, quote: { open: number; text: string }): Span | null {
  // The quotation's own words first: few are a verb, and the subject takes the sentence's words to find.
  // The ending first of all: the pattern reads a long quotation's words before it fails at its end.
  if (!quotesAPredicate(quote.text.trim())) return null;
  const subject = sentenceSubject(view) ?? determinedSubjectBefore(view, quote.open);
  return subject !== null && SUBJECT_TO_PREDICATE.test(view.masked.slice(subject.end, quote.open)) ? subject : null;
}

/** Whether `quote` is the quoted verb of the sentence's subject: "Ruhl “highly praised” the crews". */
export function isQuotedPredicate(view: SentenceView, quote: { open: number; text: string }): boolean {
  return quotedPredicateSubject(view, quote) !== null;
}

/** Adverbs of time that open a sentence before its subject, written without a comma: "Then Berg added …". */
const OPENING_TIME_ADVERBS: ReadonlySet<string> = new Set(['Then', 'Later', 'Earlier', 'Afterwards', 'Subsequently', 'Previously']);

const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'following', 'with', 'from', 'under', 'for', 'by', 'through', 'amid', 'despite']);

/** The name a parenthetical starting at token `first` and closed by a comma gives ("…, identified only as Lind,"); null for none. */
function nameInParenthetical(view: SentenceView, first: number): Span | null {
  for (let last = first; last < view.tokens.length && last < first + 15; last++) {
    if (!/^\s*,\s*$/.test(gapAfter(view, last))) continue;
    const from = view.tokens[first] as Token;
    const to = view.tokens[last] as Token;
    return nameGivenIn(view, { first, last, start: from.start, end: to.end });
  }
  return null;
}

/** Participles that are also nouns or adjectives: "after warning shots", "while promising results". */
const NOUN_LIKE_PARTICIPLES: ReadonlySet<string> = new Set(['warning', 'calling', 'reporting', 'offering', 'promising', 'appealing', 'welcoming', 'pleading', 'telling']);

/** Participles read as speech only after "with" and their subject: "with experts suggesting that …". */
const WITH_SUBJECT_ONLY: ReadonlySet<string> = new Set(['suggesting that']);

/** The attributions around the sentence's speech verbs, `verbs` (`speechVerbMatches` of the masked sentence). */
function verbAttributions(view: SentenceView, verbs: readonly RegExpExecArray[]): Attribution[] {
  const out: Attribution[] = [];
  for (const m of verbs) {
    const verbSpan = { start: view.start + m.index, end: view.start + m.index + m[0].length };
    const verbToken = view.tokens.findIndex((t) => t.start === verbSpan.start);
    const lastVerbToken = view.tokens.findIndex((t) => t.end === verbSpan.end);
    if (verbToken < 0 || lastVerbToken < 0) continue;
    const verb = view.text.slice(verbSpan.start, verbSpan.end);
    if (!speaksHere(view, verb, verbSpan)) continue;
    const base = { verb, verbSpan, appositive: null, elided: false, role: 'main' as AttributionRole, clause: null };

    // "…, with analysts suggesting that …": a participle of pointing speaks only with its own subject
    // after "with"; "Prices rose, suggesting that …" is the writer's inference, no one's words.
    if (WITH_SUBJECT_ONLY.has(verb.toLowerCase().replace(/\s+/g, ' '))) {
      const withSubject = subjectOfWithClause(view, verbToken);
      if (withSubject) out.push({ ...base, phrase: withSubject, span: { start: withSubject.start, end: verbSpan.end } });
      continue;
    }
    // "Berg was quoted as ordering …": any participle after "quoted as" is the subject's words.
    if (isParticiple(verb) || isQuotedAsParticiple(view, verbToken)) {
      // ", adding that …", ", while rejecting the notion that …": the subject is an earlier speaker's.
      const joiner = view.tokens[verbToken - 1]?.text;
      // "… calling for an end to the attacks and warning …": a second participle joined to the first.
      const secondParticiple = joiner === 'and' && (out.some((a) => isParticiple(a.verb)) || afterParticipleClause(view, verbToken - 1));
      // "… the assaults while promising that …", "… hinted at action after revealing …": a participle
      // of the subject's own speech, joined by "while" or "after" with no comma too, after a quotation
      // too; one that is also a noun or an adjective ("after warning shots") only before "that".
      // "…, before adding that …": the next thing the subject said, as "after adding" tells the one before.
      const wordsOnly = !NOUN_LIKE_PARTICIPLES.has(verb.toLowerCase()) || view.tokens[lastVerbToken + 1]?.text === 'that';
      const subordinate = (joiner === 'while' || joiner === 'after' || joiner === 'before') && /^\s*\u2592*\s+$/u.test(gapBefore(view, verbToken - 1)) && wordsOnly;
      const afterJoiner =
        (joiner === 'while' || joiner === 'and' || joiner === 'after' || (joiner === 'before' && wordsOnly)) &&
        (/,\s*$/.test(gapBefore(view, verbToken - 1)) || secondParticiple || subordinate) &&
        isPlainGap(gapBefore(view, verbToken));
      // "… and was heard saying: “…”": the subject's words, caught on a recording.
      const heard = /^(?:heard|filmed|recorded|seen)$/i.test(view.tokens[verbToken - 1]?.text ?? '') && /^(?:was|were|is|are|been)$/i.test(view.tokens[verbToken - 2]?.text ?? '');
      // ", also conveying …", ", then adding …": an adverb between the comma and the participle.
      const afterAdverb = PARTICIPLE_ADVERBS.has(joiner?.toLowerCase() ?? '') && /,\s*$/.test(gapBefore(view, verbToken - 1)) && isPlainGap(gapBefore(view, verbToken));
      // "…, without specifying what forces were involved", "…, without directly admitting it": what the
      // speaker withheld, the negated words of the same speaker (negation.ts reads "without").
      const without = withheldAfterComma(view, verbToken);
      if (without !== null) {
        out.push({ ...base, phrase: null, elided: true, span: { start: (view.tokens[without] as Token).start, end: verbSpan.end } });
        continue;
      }
      // "…, with Berg saying (that) …", "Berg was quoted by the Courier as saying …": the participle
      // has a subject of its own.
      const withSubject = subjectOfWithClause(view, verbToken);
      const quotedAs = withSubject ? null : subjectQuotedAs(view, verbToken);
      // "The Courier quoted the Bureau, noting …": the quoted speaker's participle, not the quoting one's.
      const elided = (/,\s*$/.test(gapBefore(view, verbToken)) && !quotedAs) || afterJoiner || heard || afterAdverb;
      if (elided) out.push({ ...base, phrase: null, elided: true, span: afterJoiner || afterAdverb ? { start: (view.tokens[verbToken - 1] as Token).start, end: verbSpan.end } : verbSpan });
      const subject = withSubject ?? quotedAs?.phrase ?? issuerOfDocument(view, verbToken);
      if (subject) out.push({ ...base, phrase: subject, ...(quotedAs?.appositive ? { appositive: quotedAs.appositive } : {}), span: { start: quotedAs?.start ?? subject.start, end: verbSpan.end } });
      // "Freedonia has been warning that …", "officials are calling for …": a participle after a form of
      // "be" is its subject's verb.
      const progressive = subject || heard ? null : progressiveSubject(view, verbToken);
      if (progressive) out.push({ ...base, ...progressive, span: { start: progressive.phrase?.start ?? verbSpan.start, end: verbSpan.end } });
      continue;
    }
    if (invertedOnlySpeechVerbs.has(verb)) {
      // "…, reports the Courier", "“…,” underlines the agency": after a comma or the quotation's close.
      const inverted = /[,\u2592]\s*$/u.test(gapBefore(view, verbToken)) ? subjectAfter(view, lastVerbToken) : null;
      if (inverted) out.push({ ...base, ...inverted, span: { start: verbSpan.start, end: (inverted.appositive ?? inverted.phrase).end } });
      // "…, the Courier reports.": after its words, at the end of the sentence, the subject before it.
      const closing = inverted ? null : channelBefore(view, verbToken, verbSpan);
      if (closing) out.push({ ...base, phrase: closing, span: { start: closing.start, end: verbSpan.end } });
      // "CNN reports the fresh troops add to …": a name right before it, and a clause's opening word after.
      const opening = inverted || closing ? null : namedReporterBefore(view, verbToken, lastVerbToken);
      if (opening) out.push({ ...base, phrase: opening, span: { start: opening.start, end: verbSpan.end } });
      continue;
    }
    // "He added he was told that …": the words of someone the sentence does not name.
    const told = toldInPassive(view, verbToken, lastVerbToken);
    if (told !== null) {
      out.push({ ...base, phrase: null, unnamed: true, span: { start: told, end: verbSpan.end } });
      continue;
    }
    // "…, prompting the ministers to urge the rebels to …": the one moved to speak speaks.
    const moved = speakerMovedToSpeak(view, verbToken);
    if (moved) {
      out.push({ ...base, phrase: moved, span: { start: moved.start, end: verbSpan.end } });
      continue;
    }
    // "It was noted that …": an impersonal report continues whoever spoke before ("it" finds them).
    const impersonal = impersonalPassive(view, verbToken, verbSpan);
    if (impersonal) {
      out.push({ ...base, phrase: impersonal, impersonal: true, span: { start: impersonal.start, end: verbSpan.end } });
      continue;
    }
    // "Freedonia has not confirmed …", "declined to comment on …": a negated report is still the speaker's.
    const negation = negatingAuxiliaryStart(view, verbToken);
    const subjectEnd = skipAsideAfterAuxiliary(view, skipDateAside(view, skipAdverbs(view, negation ?? verbToken)));
    if (subjectEnd === null) continue;
    const before = subjectEnd < 0 ? '' : gapAfter(view, subjectEnd);
    // "The Sylvanian Front (Marsh Guard) said": a name in parentheses after the speaker's is another of theirs.
    const alias = subjectEnd > 0 && /^\)\s*$/.test(before) ? (parenthesisedNameStart(view, subjectEnd) > 0 ? parenthesisedNameStart(view, subjectEnd) : parentheticalStart(view, subjectEnd)) : -1;
    const found =
      subjectEnd >= 0 && (isPlainGap(before) || closesAcronym(view, subjectEnd) || (before.includes('\u2592') && QUOTED_NAME_ASIDE.test(view.text.slice((view.tokens[subjectEnd] as Token).end, (view.tokens[verbToken] as Token).start))))
        ? subjectBefore(view, subjectEnd)
        : alias > 0
          ? subjectBefore(view, alias - 1)
        : subjectEnd >= 0 && (/^\s*,\s*$/.test(before) || QUOTATION_CLOSING_ASIDE.test(before) || commaInsideQuotation(view, subjectEnd, verbToken))
          ? subjectAroundAppositive(view, subjectEnd)
        // "Sylvania's spy agency, the Marsh Bureau (MB), said": an appositive closed by its acronym in parentheses.
        : subjectEnd > 0 && /^\)\s*,\s*$/.test(before) && isAcronym((view.tokens[subjectEnd] as Token).text) && /^\s*\($/.test(gapBefore(view, subjectEnd))
          ? subjectAroundAppositive(view, subjectEnd - 1)
          : subjectEnd >= 0 && DASH_GAP.test(before)
            ? subjectAroundAppositive(view, subjectEnd, DASH_GAP)
            : null;
    if (found === 'cancel') continue;
    // "an attack that officials said came from …": a relative clause whose gap is the reported clause's
    // subject reports its predicate. Otherwise "that" opens a clause ("Berg said that Ruhl said …").
    if (found?.objectRelative) {
      // "against what they described as a British tanker": the description after "as" is what was said.
      if ((RELATIVE_SPEECH_VERBS.has(verb) && (predicateFollows(view, lastVerbToken) || quotedPredicateFollows(view, lastVerbToken))) || describedAs(view, verb, lastVerbToken)) found.role = 'main';
      else if ((found as Found & { relativeWhich?: true }).relativeWhich) continue;
      else delete found.objectRelative;
    }
    // "…, as Fredonburg has yet to confirm it": "as" gives a reason here, not an aside ("as Berg said").
    // "…, as Sylvanian media reported that …": with a clause of its own, "as" opens a report.
    // "It comes as the ministry said 19,000 people had crossed": so does a bare clause of its own.
    // "…, as the group has pledged to attack any vessel": so does an infinitive it pledges or urges.
    const infinitive = /^\s+to\s+\p{Ll}/u.test(view.masked.slice(verbSpan.end, view.end));
    // "…, as Sylvania has accused Freedonia of sending boats": an accusation's charge is its own content;
    // so is what a denial denies ("as Sylvania denied the sinking", "as Sylvania has denied sinking them").
    const charge = /^(?:accus|blam)/i.test(verb) && ACCUSED_OF.test(view.masked.slice(verbSpan.end, view.end));
    const denied = /^(?:den(?:y|ies|ied|ying)|reject|dismiss)/i.test(verb) && DENIED_OBJECT.test(view.masked.slice(verbSpan.end, view.end));
    if (found && (negation !== null || /^\s*that\b/.test(view.masked.slice(verbSpan.end, view.end)) || clauseFollows(view, lastVerbToken) || infinitive || charge || denied) && found.role === 'aside') found.role = 'main';
    if (found && !readsAsSpeech(verb, found.phrase && documentSubject(view, found.phrase))) continue;
    if (found?.phrase && pointsWithoutSpeaker(view, verb, found.phrase.start)) continue;
    // "Identified only by his surname, Lind, the sniper told …": the name the opening gives is who speaks.
    const fronted = found?.phrase && found.role === 'main' ? nameGivenBefore(view, found.phrase) : null;
    if (found && fronted) Object.assign(found, { phrase: fronted, appositive: found.phrase });
    if (found) {
      // A relative clause's report starts at its pronoun: the report before it ends there.
      const opens = found.objectRelative && found.phrase ? relativePronounBefore(view, found.phrase) : null;
      out.push({ ...base, ...found, span: { start: opens ?? found.phrase?.start ?? verbSpan.start, end: verbSpan.end } });
      continue;
    }
    // “…,” said Anna Berg, the bureau's spokesperson.
    let inverted = invertibleSpeechVerbs.has(verb) && /[,\u2592]\s*$/u.test(gapBefore(view, verbToken)) ? subjectAfter(view, lastVerbToken) : null;
    if (inverted && !readsAsSpeech(verb, view.text.slice(inverted.phrase.start, inverted.phrase.end))) inverted = null;
    // "“…,” the man, who … (a long aside), told the Courier": whom one tells is the listener, never the speaker.
    if (inverted && verb === 'told') inverted = null;
    if (inverted) out.push({ ...base, ...inverted, span: { start: verbSpan.start, end: (inverted.appositive ?? inverted.phrase).end } });
    else if (subjectEnd >= 0 && /^\s*,\s*$/.test(before) && inVerbSeries(view, verbToken)) out.push({ ...base, phrase: null, elided: true, span: verbSpan });
  }
  return out;
}

/**
 * The token of a "without" that opens, after a comma, the participle at `verbToken` (one adverb in
 * -ly may stand between: ", without directly admitting"); null when there is none. "left without
 * saying a word" has no comma: an act of the subject, not a position withheld.
 */
function withheldAfterComma(view: SentenceView, verbToken: number): number | null {
  const adverb = /^\p{Ll}+ly$/u.test(view.tokens[verbToken - 1]?.text ?? '') ? 1 : 0;
  const without = verbToken - 1 - adverb;
  if (without < 1 || view.tokens[without]?.text.toLowerCase() !== 'without') return null;
  const plain = isPlainGap(gapBefore(view, verbToken)) && (adverb === 0 || isPlainGap(gapBefore(view, verbToken - 1)));
  return plain && /,\s*$/.test(gapBefore(view, without)) ? without : null;
}

/** What a denial denies right after its verb: a word, not the end of the sentence or an aside's comma. */
const DENIED_OBJECT = /^\s+\p{L}/u;

/** Words in -ing that open no participle clause of the subject's: ", including the crews and …". */
const NOT_THE_SUBJECTS_PARTICIPLE = new Set(['including', 'according', 'excluding', 'regarding', 'concerning', 'following', 'during', 'notwithstanding']);

/**
 * "Ruhl told Berg, thanking the soldiers for their service and saying that …": the "and" at token
 * `and` joins a second participle to a participle clause the comma before it opened, whatever its
 * verb; the subject of both is the sentence's.
 */
function afterParticipleClause(view: SentenceView, and: number): boolean {
  const before = view.masked.slice(view.start, (view.tokens[and] as Token).start);
  const comma = before.lastIndexOf(',');
  if (comma < 0 || /[;:\u2592]/u.test(before.slice(comma))) return false;
  const opener = /^,\s+(\p{Ll}+ing)\s/u.exec(before.slice(comma));
  return opener !== null && !NOT_THE_SUBJECTS_PARTICIPLE.has(opener[1] as string);
}

/** Forms of "be" that make a participle after them progressive: "is warning", "have been calling". */
const PROGRESSIVE_BE = new Set(['is', 'are', 'was', 'were', 'am', 'been']);

/** The subject of a progressive participle ("Freedonia has also been warning"), or null when the participle is not one. */
function progressiveSubject(view: SentenceView, verbToken: number): Found | null {
  let be = verbToken - 1;
  while (be > 0 && isPlainGap(gapAfter(view, be)) && SKIP_BEFORE_VERB.has((view.tokens[be] as Token).text.toLowerCase()) && !/^(?:has|have|had)$/.test((view.tokens[be] as Token).text)) be -= 1;
  const word = view.tokens[be];
  if (!word || !PROGRESSIVE_BE.has(word.text) || !isPlainGap(gapAfter(view, be))) return null;
  const subjectEnd = skipAdverbs(view, be);
  // "The Ostmark agency (OA) is demanding …": the subject may end in its acronym in parentheses, as before a verb in the past.
  if (subjectEnd === null || subjectEnd < 0 || !(isPlainGap(gapAfter(view, subjectEnd)) || closesAcronym(view, subjectEnd))) return null;
  const found = subjectBefore(view, subjectEnd);
  return found && found !== 'cancel' && found.phrase && found.role === 'main' ? found : null;
}

/**
 * "He added he was (also) told (that) the boats had left": where the passive's auxiliary starts, when
 * "told" has one inside another's report and a clause of its own follows; null otherwise ("was told to
 * leave" is an order, no report; the writer's own "Ruhl was told that …" is left to the report around it).
 */
function toldInPassive(view: SentenceView, verbToken: number, lastVerbToken: number): number | null {
  if (!/^(?:told|informed)$/.test((view.tokens[verbToken] as Token).text)) return null;
  let be = verbToken - 1;
  while (be > 0 && isPlainGap(gapAfter(view, be)) && /^(?:also|repeatedly|later|once|then|first|even|reportedly)$/.test((view.tokens[be] as Token).text)) be -= 1;
  const auxiliary = view.tokens[be];
  if (!auxiliary || !/^(?:was|were|been|being)$/.test(auxiliary.text) || !isPlainGap(gapAfter(view, be))) return null;
  const after = view.masked.slice((view.tokens[lastVerbToken] as Token).end, view.end);
  // Only inside another's report: "He added he was told that …".
  const inReport = /\b(?:added|said|says|recalled|recounted|explained|claimed)\s+(?:that\s+)?(?:he|she|they|we|I)\s+$/.test(view.masked.slice(view.start, auxiliary.start));
  return inReport && (/^\s+that\b/.test(after) || OWN_CLAUSE.test(after)) ? auxiliary.start : null;
}

/** Verbs by which "It was … that" goes on with a statement under way, not hearsay ("It was reported"). */
const CONTINUING_PASSIVES = new Set(['noted', 'stressed', 'emphasized', 'emphasised', 'underlined', 'added', 'pointed out', 'specified', 'clarified']);

/**
 * "It was noted that …", "It was stressed that …" opening a sentence: the span of "It", which
 * refers to the institution that spoke last; null for any other verb phrase.
 */
function impersonalPassive(view: SentenceView, verbToken: number, verbSpan: Span): Span | null {
  // "It was" or "it has been": two or three words before the verb, which most verbs do not have.
  if (verbToken < 2 || verbToken > 3) return null;
  const before = view.tokens.slice(0, verbToken).map((t) => t.text.toLowerCase()).join(' ');
  if (!/^it (?:was|is|has been|had been)$/.test(before)) return null;
  if (!CONTINUING_PASSIVES.has(view.text.slice(verbSpan.start, verbSpan.end).toLowerCase())) return null;
  if (!/^\s+that\b/.test(view.masked.slice(verbSpan.end, view.end))) return null;
  const it = view.tokens[0] as Token;
  return { start: it.start, end: it.end };
}

/**
 * "…, the Courier reports.", "…, Radio Marsh writes.", "…, the Courier reports citing the ministry.": a
 * speaker phrase set off by a comma right before a verb that ends the sentence, but for the source it
 * cites (or the next such channel); null otherwise.
 */
function channelBefore(view: SentenceView, verbToken: number, verbSpan: Span): Span | null {
  if (!CHANNEL_VERB_ENDS.test(view.masked.slice(verbSpan.end, view.end))) return null;
  const found = subjectBefore(view, verbToken - 1);
  if (!found || found === 'cancel' || !found.phrase) return null;
  // "…, citing intelligence reports.": a source the writer cites, with "reports" its noun.
  if (/^(?:citing|quoting)\s/i.test(view.masked.slice(found.phrase.start, found.phrase.end))) return null;
  return /,\s*$/.test(view.masked.slice(view.start, found.phrase.start)) ? found.phrase : null;
}

/** What may follow a channel's verb that ends its sentence: a source it cites, the end, another channel. */
const CHANNEL_VERB_ENDS = /^(?:,?\s+(?:citing|quoting)\s+[^,;:.!?\u2592]+(?:\.[^\s,;:.!?\u2592]+)*)?[\s.!?”"’)]*(?:,\s*(?:[\p{L}'’.&-]+\s+){1,5}(?:reports|writes)[\s.!?”"’)]*)*$/u;

/**
 * "CNN reports the fresh troops add to …", "The Courier writes it has long been thought …": a present
 * "reports" or "writes" (nouns as often as verbs) is a report before its words when a name ends the
 * phrase right before it and a clause opens right after it (a determiner, a pronoun, a number or a
 * name). Not "intelligence reports say …", "the reports indicate …": the noun before a verb; nor
 * "Intelligence reports …", capitalised only because it opens the sentence. Returns the name's
 * phrase, or null.
 */
function namedReporterBefore(view: SentenceView, verbToken: number, lastVerbToken: number): Span | null {
  const next = view.tokens[lastVerbToken + 1];
  if (!next || !isPlainGap(gapBefore(view, verbToken)) || !isPlainGap(gapAfter(view, lastVerbToken))) return null;
  // "about 300 sailors" opens a clause; "reports about the port" is a noun and its topic.
  const opens = APPROXIMATELY.test(next.text) ? /^\d/.test(view.tokens[lastVerbToken + 2]?.text ?? '') : CLAUSE_OPENER.test(next.text);
  if (!opens || isCalendarWord(next.text)) return null;
  const found = subjectBefore(view, verbToken - 1);
  if (!found || found === 'cancel' || !found.phrase || found.role !== 'main') return null;
  // A capital that only opens the sentence ("Intelligence reports …") makes no name; an acronym does.
  const name = view.tokens[verbToken - 1] as Token;
  const opensSentence = name.start === (view.tokens[0] as Token).start && !isAcronym(name.text);
  return isCapitalised(name.text) && !opensSentence ? found.phrase : null;
}

/** The first word of a clause of its own: a determiner, a pronoun, a number or a name. */
const CLAUSE_OPENER = /^(?:the|a|an|it|they|he|she|we|there|this|these|those|its|their|his|her|some|\d[\d,.]*|\p{Lu}[\p{L}'’-]*)$/u;

/** Words that open a clause only before a number: "about 300 sailors", not "about the port". */
const APPROXIMATELY = /^(?:about|around|nearly|roughly|some)$/i;

/**
 * "with Berg saying": the speaker phrase between "with" and a participle, or null. The phrase may open
 * with a list of names set off by commas ("with Sylvanian, Ruritanian, and Western sources
 * reporting"), and may stand after a record's noun and "from" ("with reports from Sylvanian sources
 * suggesting"): the sources named speak, the record carrying their words.
 */
function subjectOfWithClause(view: SentenceView, verbToken: number): Span | null {
  if (verbToken < 2 || !isPlainGap(gapBefore(view, verbToken))) return null;
  const found = phraseBefore(view, verbToken - 1);
  if (!found.phrase || !isSpeakerPhrase(view, found.phrase)) return null;
  const first = namesListedBefore(view, found.phrase.first);
  const phrase = first === found.phrase.first ? found.phrase : { ...found.phrase, first, start: (view.tokens[first] as Token).start };
  const stop = first === found.phrase.first ? found.stop : wordBefore(view, first);
  if (stop === 'with') return spanOf(phrase);
  // "with reports from …": "from" is token `first - 1`, the record's noun the one before it.
  const record = stop === 'from' ? wordBefore(view, first - 1) : null;
  return record !== null && RECORD_NOUNS.has(record) && wordBefore(view, first - 2) === 'with' ? spanOf(phrase) : null;
}

/** Nouns of a record that carries others' words: "reports from Sylvanian sources", "estimates from the bureau". */
const RECORD_NOUNS: ReadonlySet<string> = new Set(['reports', 'report', 'accounts', 'estimates', 'assessments', 'figures', 'data', 'findings', 'intelligence', 'information']);

/** The word right before token `i` with nothing but space between, lower case; null for none. */
function wordBefore(view: SentenceView, i: number): string | null {
  return i > 0 && isPlainGap(gapBefore(view, i)) ? ((view.tokens[i - 1] as Token).text.toLowerCase()) : null;
}

/**
 * Where a list of names set off by commas starts that runs into the phrase at `first`: "Sylvanian,
 * Ruritanian, and (Western sources)", "South Sylvanian, Ruritanian and (Western officials)". Each item
 * is one or more capitalised words; `first` itself when no comma and name stand right before it.
 */
function namesListedBefore(view: SentenceView, first: number): number {
  let start = first;
  while (start > 0 && /^\s*,\s*$/.test(gapBefore(view, start)) && isCapitalised((view.tokens[start - 1] as Token).text)) {
    // "South Sylvanian": an item of several capitalised words.
    let k = start - 1;
    while (k > 0 && isPlainGap(gapBefore(view, k)) && isCapitalised((view.tokens[k - 1] as Token).text)) k--;
    start = k;
  }
  return start;
}

/**
 * "Berg was quoted by the Courier as saying", "the Courier quoted Berg (as) saying", "the agency
 * reported Berg as saying": the phrase before "was quoted … as", or between "quoted" and "as"; null
 * when there is none.
 */
function subjectQuotedAs(view: SentenceView, verbToken: number): { phrase: Span; start: number; appositive?: Span | null } | null {
  // "as" may be left out before "saying": "the Courier quoted Berg saying"; and before any participle
  // after a comma: "the Courier quoted the Bureau, noting that …" gives the Bureau's words (corpus
  // README, twenty-ninth batch: the quoted body speaks).
  const as = view.tokens[verbToken - 1]?.text === 'as';
  if (!as && !/^saying$/i.test(view.tokens[verbToken]?.text ?? '') && !/^\s*,\s*$/.test(gapBefore(view, verbToken))) return null;
  const beforeAs = as ? verbToken - 2 : verbToken - 1;
  for (let q = beforeAs; q >= 1 && q >= verbToken - 12 - DESCRIPTION_REACH; q--) {
    if (!/^(?:quoted|cited|quotes|cites|reported|reports)$/.test(view.tokens[q]?.text ?? '')) continue;
    const auxiliary = view.tokens[q - 1]?.text ?? '';
    if (!/^(?:was|were|is|are|been)$/.test(auxiliary)) {
      // The attribution runs from whoever quotes: "“…,” the Courier quoted Berg as saying".
      const quoted = phraseAfter(view, q + 1);
      if (!quoted || !isSpeakerPhrase(view, quoted)) return null;
      // "the Courier quoted Lind, a lawyer in Marsh City, as saying": the name, described between commas.
      const described = quoted.last !== beforeAs ? appositiveBeforeAs(view, quoted, beforeAs) : null;
      if (quoted.last !== beforeAs && !described) return null;
      const quoting = isPlainGap(gapBefore(view, q)) ? phraseBefore(view, q - 1).phrase : null;
      return { phrase: spanOf(quoted), start: quoting?.start ?? (view.tokens[q] as Token).start, appositive: described };
    }
    if (q < 2) return null;
    const subjectEnd = auxiliary === 'been' ? q - 3 : q - 2;
    if (subjectEnd < 0 || !isPlainGap(gapAfter(view, subjectEnd))) return null;
    const { phrase } = phraseBefore(view, subjectEnd);
    return phrase && isSpeakerPhrase(view, phrase) ? { phrase: spanOf(phrase), start: phrase.start } : null;
  }
  return null;
}

/** How many words a description between a quoted name and its "as" may have. */
const DESCRIPTION_REACH = 10;

/**
 * The description set off by commas between a quoted name and its "as": ", a lawyer in Marsh City,"
 * in "quoted Lind, a lawyer in Marsh City, as saying"; words that open a phrase, with no punctuation
 * among them, up to the token `beforeAs`, a comma before and after. Null when the words are anything else.
 */
function appositiveBeforeAs(view: SentenceView, name: PhraseRange, beforeAs: number): Span | null {
  if (beforeAs <= name.last + 1 || !/^\s*,\s*$/.test(gapAfter(view, name.last)) || !/^\s*,\s*$/.test(gapAfter(view, beforeAs))) return null;
  const first = name.last + 1;
  if (beforeAs - first > DESCRIPTION_REACH || !phraseAfter(view, first)) return null;
  for (let i = first; i < beforeAs; i++) if (!isPlainGap(gapAfter(view, i))) return null;
  return { start: (view.tokens[first] as Token).start, end: (view.tokens[beforeAs] as Token).end };
}

/** The token where a negating auxiliary right before the verb starts, or null when there is none. */
function negatingAuxiliaryStart(view: SentenceView, verbToken: number): number | null {
  const start = negatingAuxiliaryAt(view, (view.tokens[verbToken] as Token).start);
  if (start === null) return null;
  const token = view.tokens.findIndex((t) => t.start <= start && start < t.end);
  return token >= 0 ? token : null;
}

/**
 * "Freedonia on Friday, January 12, said": a date set off by commas before the verb is when, not an
 * appositive; the subject ends before it (and its "on Friday"). `end` unchanged when no date is there.
 */
function skipDateAside(view: SentenceView, end: number | null): number | null {
  if (end === null || end < 0 || !/^\s*,\s*$/.test(gapAfter(view, end))) return end;
  let first = end;
  while (first > 0 && isPlainGap(gapBefore(view, first)) && isDateWord(view.tokens[first - 1] as Token)) first -= 1;
  // An age ("Berg, 45, said") is no date: a month or a day must be named.
  const named = view.tokens.slice(first, end + 1).some((t) => isCalendarWord(t.text) && /^\p{L}+$/u.test(t.text));
  if (!named || first === 0 || !/^\s*,\s*$/.test(gapBefore(view, first))) return end;
  // "on Friday" before the comma goes with the date.
  let k = first - 1;
  while (k >= 0 && isDateWord(view.tokens[k] as Token) && isPlainGap(gapBefore(view, k))) k -= 1;
  if (k >= 0 && k < first - 1 && /^(?:on|last|this)$/i.test((view.tokens[k] as Token).text) && isPlainGap(gapBefore(view, k))) k -= 1;
  return k;
}

/**
 * "Sylvania has, for the first time since the war began, officially confirmed": an aside set off by
 * commas between "has" (or "have", "had") and the verb is when or how, not an appositive; the subject
 * ends before the auxiliary. `end` unchanged when no such aside is there.
 */
function skipAsideAfterAuxiliary(view: SentenceView, end: number | null): number | null {
  if (end === null || end < 2 || !/^\s*,\s*$/.test(gapAfter(view, end))) return end;
  for (let first = end; first > 1 && end - first < ASIDE_REACH; first--) {
    if (isPlainGap(gapBefore(view, first))) continue;
    // The aside's opening comma, right after the auxiliary; any other mark ends the search.
    const auxiliary = (view.tokens[first - 1] as Token).text;
    if (!/^\s*,\s*$/.test(gapBefore(view, first)) || !/^(?:has|have|had)$/.test(auxiliary)) return end;
    return skipAdverbs(view, first - 1);
  }
  return end;
}

/** How many words an aside after an auxiliary may take: "for the first time since the beginning of its conflict with Freedonia". */
const ASIDE_REACH = 14;

function isDateWord(token: Token): boolean {
  return isCalendarWord(token.text) || /^\d{1,4}$/.test(token.text);
}

/**
 * Steps left from the verb over adverbs and auxiliaries ("has also", "on Tuesday") to the last word
 * of the subject. Null when a word there cancels the attribution ("did not say", "was told", "to say");
 * -1 when the verb opens the sentence.
 */
function skipAdverbs(view: SentenceView, verbToken: number): number | null {
  let k = verbToken - 1;
  while (k >= 0 && isPlainGap(gapAfter(view, k))) {
    const word = (view.tokens[k] as Token).text;
    const lower = word.toLowerCase();
    if (CANCELS_ATTRIBUTION.has(lower) || /n['’]t$/.test(lower)) return null;
    // "The authorities there said": a place adverb after a role noun.
    const placeAfterRole = (lower === 'there' || lower === 'here') && k > 0 && isRoleNoun((view.tokens[k - 1] as Token).text);
    // "has for the first time acknowledged", "Sylvania at last admitted": a fixed phrase of when.
    const phrase = lower === 'time' || lower === 'last' ? timePhraseBefore(view, k) : 0;
    if (phrase > 0) {
      k -= phrase;
      continue;
    }
    if (!SKIP_BEFORE_VERB.has(lower) && !isCalendarWord(word) && !placeAfterRole) break;
    // "Freedonia Today said": a capitalised time word after a name ends the name (an outlet's).
    if (TIME_WORDS.has(lower) && isCapitalised(word) && k > 0 && isCapitalised((view.tokens[k - 1] as Token).text)) break;
    // "on" and "last" only as part of a time phrase ("on Tuesday", "last week").
    if ((lower === 'on' || lower === 'last' || lower === 'this') && k === verbToken - 1) break;
    k -= 1;
  }
  return k;
}

/** Ordinals of "for the first time", "for the second time". */
const ORDINAL_TIMES: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'latest']);

/**
 * How many tokens, ending at token `end`, a fixed phrase of when takes that may stand between a
 * subject and its verb: 4 for "for the first time", 2 for "at last", 3 for "at long last"; 0 for none.
 */
function timePhraseBefore(view: SentenceView, end: number): number {
  const words = (n: number) => view.tokens.slice(end - n + 1, end + 1).map((t) => t.text.toLowerCase());
  const plain = (n: number) => view.tokens.slice(end - n + 1, end).every((_, i) => isPlainGap(gapAfter(view, end - n + 1 + i)));
  const [forWord, the, ordinal, time] = words(4);
  if (end >= 3 && forWord === 'for' && the === 'the' && ORDINAL_TIMES.has(ordinal ?? '') && time === 'time' && plain(4)) return 4;
  const [at, last] = words(2);
  if (end >= 1 && at === 'at' && last === 'last' && plain(2)) return 2;
  const [at3, long, last3] = words(3);
  return end >= 2 && at3 === 'at' && long === 'long' && last3 === 'last' && plain(3) ? 3 : 0;
}

/**
 * "The head of the State Bureau (SB), Anna Berg, said": the description before an appositive ends in
 * an acronym in parentheses, then the comma that opens the appositive.
 */
function acronymBeforeComma(view: SentenceView, i: number): boolean {
  const token = view.tokens[i];
  return !!token && isAcronym(token.text) && /^\s*\($/.test(gapBefore(view, i)) && /^\)\s*,\s*$/.test(gapAfter(view, i));
}

/** "… Security Bureau (SSB) said": the subject ends in an acronym in parentheses. */
function closesAcronym(view: SentenceView, i: number): boolean {
  const token = view.tokens[i];
  return !!token && isAcronym(token.text) && /^\s*\($/.test(gapBefore(view, i)) && /^\)\s*$/.test(gapAfter(view, i));
}

/**
 * Where a name of capitalised words in parentheses, ending at token `last`, starts: "(Marsh Guard)"
 * right after a name or a role noun ("the Front (Marsh Guard)", "the movement (Marsh Guard)"). -1 when
 * the words before `last` are not so.
 */
function parenthesisedNameStart(view: SentenceView, last: number): number {
  for (let i = last; i > 0 && last - i < 4; i--) {
    if (!isCapitalised((view.tokens[i] as Token).text)) return -1;
    const gap = gapBefore(view, i);
    const named = (view.tokens[i - 1] as Token).text;
    if (/^\s*\($/.test(gap)) return isCapitalised(named) || isRoleNoun(named) ? i : -1;
    if (!isPlainGap(gap)) return -1;
  }
  return -1;
}

/**
 * "The Front (also known as the Marsh Guard, its old name) said": the first token of a parenthetical
 * aside of a few words ending at `last`, right after a name or role, which is the speaker; -1 when
 * there is none.
 */
function parentheticalStart(view: SentenceView, last: number): number {
  for (let i = last; i > 0 && last - i < LONGEST_ASIDE; i--) {
    const gap = gapBefore(view, i);
    if (/[()\u2592;]/u.test(gap) && !/^\s*\($/.test(gap)) return -1;
    if (!/^\s*\($/.test(gap)) continue;
    const named = (view.tokens[i - 1] as Token).text;
    return isCapitalised(named) || isRoleNoun(named) ? i : -1;
  }
  return -1;
}

/**
 * "Another commander, “Lesnik,” said": a quoted name or call sign of one to three capitalised words set
 * off by commas (the second inside the marks) between the speaker and the verb.
 */
const QUOTED_NAME_ASIDE = /^\s*,\s*[“"‘']\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2},?[”"’'],?\s*$/u;

/** Prepositions before "which" that keep a relative clause's attribution: "in which Berg said". */
const RELATIVE_PREPOSITIONS = new Set(['in', 'during', 'at', 'after', 'by', 'with', 'on', 'from', 'through', 'under']);

type Found = { phrase: Span | null; appositive: Span | null; named?: Span; elided: boolean; role: AttributionRole; objectRelative?: true };

/** "an official speaking on condition of anonymity": a tail that says how the speaker spoke, not who. */
const ANONYMITY_TAIL =
  /\s(?:(?:speaking|talking|who spoke)\s+(?:on|under)\s+(?:the\s+)?(?:condition|grounds)\s+of\s+anonymity|who (?:asked|requested)\s+(?:not to be (?:named|identified|quoted)|anonymity))\s*$/i;

/** The last token of the speaker phrase before an anonymity tail ending at `last`; `last` when there is none. */
function beforeAnonymityTail(view: SentenceView, last: number): number {
  const end = view.tokens[last]?.end ?? 0;
  const tail = ANONYMITY_TAIL.exec(view.masked.slice(view.start, end));
  if (!tail) return last;
  const tailStart = view.start + tail.index;
  let i = last;
  while (i > 0 && (view.tokens[i] as Token).start > tailStart) i -= 1;
  return i;
}

/**
 * "Ruhl thanked Berg, praised their “courage,” and left": a verb after a comma in a series that goes on
 * with ", and" has the sentence's subject, left out. (A lone ", said officials" is inverted instead.)
 */
function inVerbSeries(view: SentenceView, verbToken: number): boolean {
  const verb = view.tokens[verbToken];
  if (!verb || !/^\p{Ll}/u.test(verb.text)) return false;
  return /[,\u2592]\s+and\s/u.test(view.masked.slice(verb.end, view.end));
}

/** SPEAKER VERB: the phrase read leftwards from the verb, and its role from the word it stopped at. */
function subjectBefore(view: SentenceView, verbSubjectEnd: number): Found | 'cancel' | null {
  const last = beforeAnonymityTail(view, verbSubjectEnd);
  // "The envoy in a meeting with the Sylvanian ambassador said": the occasion is no speaker.
  // "…, but in a statement said": the subject left out after "but" is the sentence's.
  const beforeOccasion = subjectBeforeOccasion(view, last);
  if (beforeOccasion === 'elided') return { phrase: null, appositive: null, elided: true, role: 'main' };
  if (beforeOccasion) return { phrase: spanOf(beforeOccasion), appositive: null, elided: false, role: 'main' };
  const aroundOccasion = subjectAroundOccasion(view, last);
  if (aroundOccasion) return aroundOccasion;
  const object = officesOfOneSide(view, rolesJoinedByAnd(view, phraseBefore(view, last)));
  // "A prisoner of war in Sylvania has said", "one of the sailors captured by Sylvania said": the
  // place or captor closes a phrase about people, who are the ones speaking.
  const { phrase, stop } =
    (object.phrase &&
      (groupOfMember(view, object.phrase, object.stop) ??
        personBeforePreposition(view, object.phrase, object.stop) ??
        personBeforeDoing(view, object.phrase, object.stop) ??
        personBeforeAppearance(view, object.phrase) ??
        personBriefedBy(view, object.phrase, object.stop) ??
        sourceBeforeOrigin(view, object.phrase, object.stop) ??
        documentBeforeTopic(view, object.phrase, object.stop) ??
        whosePlace(view, object.phrase, object.stop))) ??
    object;
  if (!phrase) {
    if (stop === 'and' || stop === 'but') return { phrase: null, appositive: null, elided: true, role: 'main' };
    // "Berg issued a statement that said …": the document's issuer speaks.
    const issuer = stop === 'that' || stop === 'which' ? (issuerOfDocument(view, last) ?? ownerOfDocument(view, last)) : null;
    if (issuer) return { phrase: issuer, appositive: null, elided: false, role: 'main' };
    // "the ministry, which says …": a relative right before the verb is its subject, the noun before it.
    if (stop === 'who' || stop === 'which') return subjectOfRelative(view, last);
    return null;
  }
  // "A Sylvanian defector who now lives in Freedonia said": the one the relative clause describes speaks.
  const described = phrase.first > 0 ? subjectOfBareRelative(view, phrase) : null;
  if (described) return { phrase: spanOf(described), appositive: null, elided: false, role: 'main' };
  // "Aid groups and the Sylvanian government said": a joint voice, not the government alone.
  const joint = stop === 'and' ? jointWithNonGovernmentVoice(view, phrase) : null;
  if (joint) return { phrase: spanOf(joint), appositive: null, elided: false, role: 'main' };
  // "The company that owns the tanker confirmed": the noun a restrictive relative describes speaks.
  const owner = restrictiveRelativeHead(view, phrase);
  if (owner) return { phrase: spanOf(owner), appositive: null, elided: false, role: 'main' };
  // "A letter from Ruhl to Berg said": whom the words are addressed to does not say them; the phrase
  // before "to" does.
  const sender = stop === 'to' ? addressedFrom(view, phrase) : null;
  if (sender) return sender;
  if (phrase === object.phrase && placeInsideLongerSubject(view, phrase, stop)) return null;
  // "The resolution against Sylvania noted": the subject before "against" speaks, not the side it opposes.
  if (phrase === object.phrase && opposedInsideLongerSubject(view, phrase, stop)) {
    const subject = phraseBefore(view, phrase.first - 2).phrase;
    return subject && isSpeakerPhrase(view, subject) ? { phrase: spanOf(subject), appositive: null, elided: false, role: 'main' } : null;
  }
  if (!isSpeakerPhrase(view, phrase)) return null;
  // "Fredonburg's estimated 120,000 residents": a possessive owns the noun the participle qualifies;
  // no one speaks.
  if (isPossessive(view.tokens[phrase.last]?.text ?? '')) return null;
  // "the reports, which Sylvania said were false": the verb's object is outside the clause. But
  // "a statement in which Berg claimed that …" reports Berg's claim.
  const wordBeforeWhich = view.tokens[phrase.first - 2]?.text.toLowerCase() ?? '';
  // "in what Sylvania says is self-defence", "reuniting what they say are their lands": a free
  // relative that is the object of a preposition or a verb reports its predicate, as "which" does
  // ("the boats, which Sylvania said were lost"). "What Berg said was untrue" opens the sentence, and
  // "did not say what it believes is the cause" asks: the writer's words, not the speaker's.
  if (stop === 'what') return objectOfFreeRelative(view, phrase.first - 1) ? ({ phrase: spanOf(phrase), appositive: null, elided: false, role: 'main', objectRelative: true, relativeWhich: true } as Found) : 'cancel';
  if (stop === 'which' && !RELATIVE_PREPOSITIONS.has(wordBeforeWhich)) return { phrase: spanOf(phrase), appositive: null, elided: false, role: 'main', objectRelative: true, relativeWhich: true } as Found;
  // "…, as Sylvania has said" is an aside; "As Berg said, the talks failed" opens the sentence and
  // reports, and so does "…, even as Sylvania accused Freedonia of …" ("even as" is "while").
  const asideAt = phrase.first - 1;
  const evenAs = view.tokens[asideAt - 1]?.text.toLowerCase() === 'even';
  const role: AttributionRole =
    stop === 'as' && asideAt > 0 && !evenAs ? 'aside' : stop === 'that' || stop === 'if' ? 'nested' : 'main';
  // "…, former ambassador to Freedonia, head of the Peace Union Jan Weiss told": a past office set off
  // by commas before the speaker's other title is his too.
  const pastOffice = stop === 'punctuation' ? pastOfficeBeforeComma(view, phrase) : null;
  if (pastOffice !== null) return { phrase: { start: pastOffice, end: phrase.end }, appositive: null, elided: false, role: 'main' };
  // "an attack that officials said …": maybe a relative clause; the verb's reading decides (verbAttributions).
  return { phrase: spanOf(phrase), appositive: null, elided: false, role, ...(stop === 'that' ? { objectRelative: true as const } : {}) };
}

/** How many words a past office set off by commas before a speaker's phrase may hold: "former ambassador of Sylvania to Freedonia". */
const PAST_OFFICE_REACH = 10;

/**
 * Where a past office starts that stands between commas right before a speaker's phrase, after what
 * was said: "The camps are full, former ambassador of Sylvania to Freedonia, representative of the
 * Peace Union Jan Weiss told the Courier". Such a title, which opens with "former", "retired" or
 * "ex-" and holds a role, describes the same person; dropping it would leave the present title
 * alone to say whom they speak for. Null when no such title is there.
 */
function pastOfficeBeforeComma(view: SentenceView, phrase: PhraseRange): number | null {
  // A person named after the title: "… Peace Union Jan Weiss", not "…, the ministry".
  if (phrase.first < 2 || !/^\s*,\s*$/.test(gapBefore(view, phrase.first)) || !isCapitalised((view.tokens[phrase.last] as Token).text) || /^(?:the|a|an)$/i.test((view.tokens[phrase.first] as Token).text)) return null;
  let first = phrase.first - 1;
  while (first > 0 && phrase.first - first < PAST_OFFICE_REACH && isPlainGap(gapBefore(view, first))) first -= 1;
  if (first === 0 || !/^\s*,\s*$/.test(gapBefore(view, first))) return null;
  const opener = view.tokens[first] as Token;
  if (!/^(?:former|retired|ex-\S*|erstwhile)$/.test(opener.text)) return null;
  for (let i = first + 1; i < phrase.first; i++) if (isRoleNoun((view.tokens[i] as Token).text.toLowerCase())) return opener.start;
  return null;
}

/** Prepositions a free relative ("what …") may follow as their object: "in what", "with what", "against what". */
const FREE_RELATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'with', 'of', 'against', 'to', 'for', 'on', 'at', 'into', 'from', 'by', 'over', 'toward', 'towards', 'despite', 'amid', 'like', 'after', 'behind']);

/** Words before "what" that make it a question, however they end: "explained what", "knowing what". */
const ASKING_WORDS: ReadonlySet<string> = new Set(['asking', 'wondered', 'wondering', 'knowing', 'showed', 'showing', 'decided', 'deciding', 'determined', 'determining', 'learned', 'learning', 'understood', 'specifying', 'disclosing', 'indicating', 'questioned', 'questioning', 'discussed', 'discussing', 'examined', 'examining', 'investigated', 'investigating', 'assessing', 'clarifying', 'outlined', 'outlining', 'described']);

/** Every speech verb and participle as written, one word or several. */
const SPEECH_WORDS: ReadonlySet<string> = new Set([...speechVerbs, ...participleSpeechVerbs]);

/**
 * Whether the "what" at token `what` opens a free relative that is the object of the word before it:
 * a preposition ("in what"), or a verb in -ing or -ed that takes a thing ("reuniting what", "repelled
 * what"), not one that asks ("explained what") nor a speech verb. Not at a sentence's or clause's start.
 */
function objectOfFreeRelative(view: SentenceView, what: number): boolean {
  const before = view.tokens[what - 1];
  if (view.tokens[what]?.text !== 'what' || !before || !isPlainGap(gapBefore(view, what))) return false;
  const word = before.text;
  if (FREE_RELATIVE_PREPOSITIONS.has(word)) return true;
  return /^\p{Ll}{3,}(?:ing|ed)$/u.test(word) && !ASKING_WORDS.has(word) && !SPEECH_WORDS.has(word);
}

/**
 * The speaker before an occasion set between the speaker and the verb with no comma: "the ministry in a
 * statement said", "the envoy in a meeting with the Sylvanian ambassador said", "Berg in a speech to
 * Freedonian officers said". Whoever the occasion names after its noun is not who speaks. Null when no
 * such occasion stands within `OCCASION_REACH` words before `last`, or no speaker phrase before it;
 * `elided` when "and" or "but" stands before it, whose subject is the sentence's.
 */
function subjectBeforeOccasion(view: SentenceView, last: number): PhraseRange | 'elided' | null {
  // "Ruhl thanked the crews in a statement and said": the occasion closes the clause before "and", whose
  // subject the verb after it shares; the words before the occasion are that clause's object.
  if (COORDINATORS.has(view.tokens[last]?.text ?? '')) return null;
  for (let i = last - 1; i > 0 && last - i <= OCCASION_REACH; i--) {
    if (!isPlainGap(gapAfter(view, i))) return null;
    if ((view.tokens[i] as Token).text !== 'in' || !OCCASION_DETERMINERS.has(view.tokens[i + 1]?.text.toLowerCase() ?? '')) continue;
    const noun = view.tokens.slice(i + 2, Math.min(i + 5, last + 1)).findIndex((t) => OCCASIONS.has(t.text.toLowerCase()));
    if (noun < 0 || !isPlainGap(gapBefore(view, i))) return null;
    const { phrase, stop } = phraseBefore(view, i - 1);
    if (!phrase && (stop === 'and' || stop === 'but')) return 'elided';
    return phrase && isSpeakerPhrase(view, phrase) ? phrase : null;
  }
  return null;
}

/**
 * "Anna Berg, Freedonia's envoy to the Council, in a statement said": an occasion after the comma that
 * closes an appositive is no speaker; the name and appositive before it are, as when the verb follows
 * the comma. Null when no such occasion ends right before the verb.
 */
function subjectAroundOccasion(view: SentenceView, last: number): Found | null {
  for (let i = last - 1; i > 0 && last - i <= OCCASION_REACH; i--) {
    if (!isPlainGap(gapAfter(view, i))) return null;
    if ((view.tokens[i] as Token).text !== 'in' || !OCCASION_DETERMINERS.has(view.tokens[i + 1]?.text.toLowerCase() ?? '')) continue;
    const occasion = view.tokens.slice(i + 2, Math.min(i + 5, last + 1)).some((t) => OCCASIONS.has(t.text.toLowerCase()));
    return occasion && /^\s*,\s*$/.test(gapBefore(view, i)) ? subjectAroundAppositive(view, i - 1) : null;
  }
  return null;
}

/** Words that join a verb to a clause before it, right before the verb: "… in a statement and said". */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but']);

/** How many words an occasion between a speaker and the verb may take: "in a live broadcast aired by … on Wednesday". */
const OCCASION_REACH = 14;

/** Words that open an occasion after "in": "in a statement", "in his speech". */
const OCCASION_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our']);

/** Nouns of occasions on which someone speaks: "in a statement", "in a televised address". */
const OCCASIONS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'interview', 'interviews', 'speech', 'address', 'broadcast', 'briefing', 'meeting', 'call',
  'conversation', 'message', 'post', 'video', 'letter', 'remarks', 'comments', 'conference', 'appearance', 'session', 'tweet',
]);

/**
 * Verbs that report a clause and hardly ever take a thing as object, so a predicate after them in a
 * relative clause is what was said: "the plan that Ruhl said was rejected", but "the plan that Ruhl
 * announced was rejected" is the plan's fate.
 */
const RELATIVE_SPEECH_VERBS = new Set(['said', 'says', 'say', 'claimed', 'claims', 'claim', 'alleged', 'alleges', 'believes', 'believe', 'reported', 'thinks', 'insisted', 'insists', 'maintained', 'maintains', 'estimated', 'suspect', 'suspects', 'argued', 'argues', 'stated', 'fears', 'feared', 'determined', 'assessed', 'concluded']);

/** Finite verbs and auxiliaries a predicate opens with, right after the verb of a relative clause: "said was false". */
const PREDICATE_OPENERS = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'came', 'went', 'left', 'took', 'made', 'sent', 'began', 'fought', 'hit', 'struck', 'shot', 'flew', 'ran', 'fell']);

/** Verbs of describing, whose relative clause reports the description after "as": "what they describe as acts of solidarity". */
const DESCRIBING_VERBS: ReadonlySet<string> = new Set(['described', 'describes', 'describe', 'cast', 'casts']);

/** Whether a verb of describing is followed at once by "as": "described as", not "described the strikes". */
function describedAs(view: SentenceView, verb: string, lastVerbToken: number): boolean {
  return DESCRIBING_VERBS.has(verb) && view.tokens[lastVerbToken + 1]?.text === 'as' && isPlainGap(gapAfter(view, lastVerbToken));
}

/** Whether the words right after the verb open a predicate with no subject of its own: "said was false", "said originated from …". */
function predicateFollows(view: SentenceView, lastVerbToken: number): boolean {
  const next = view.tokens[lastVerbToken + 1];
  if (!next || !isPlainGap(gapAfter(view, lastVerbToken))) return false;
  return PREDICATE_OPENERS.has(next.text) || /^\p{Ll}{3,}ed$/u.test(next.text);
}

/**
 * "the missiles, which the command determined “presented an imminent threat”": a quotation right after
 * the verb that opens with the predicate, as "said was false" does unquoted.
 */
function quotedPredicateFollows(view: SentenceView, lastVerbToken: number): boolean {
  const end = (view.tokens[lastVerbToken] as Token).end;
  const quote = view.quotes.find((q) => q.open >= end && /^\s*$/.test(view.masked.slice(end, q.open)));
  const first = quote ? /^\p{L}+/u.exec(quote.text.trimStart())?.[0] : undefined;
  return first !== undefined && (PREDICATE_OPENERS.has(first) || /^\p{Ll}{3,}ed$/u.test(first));
}

/**
 * Where the "that", "which" or "what" right before a speaker phrase starts; null when none is there.
 * A preposition that takes "what" as its object starts the relative clause with it: a report before
 * ends without it ("claimed responsibility for an attack | against what they described as …").
 */
function relativePronounBefore(view: SentenceView, phrase: Span): number | null {
  const first = view.tokens.findIndex((t) => t.start === phrase.start);
  const pronoun = view.tokens[first - 1];
  if (!pronoun || !/^(?:that|which|what)$/.test(pronoun.text)) return null;
  const preposition = view.tokens[first - 2];
  return pronoun.text === 'what' && preposition && FREE_RELATIVE_PREPOSITIONS.has(preposition.text) && isPlainGap(gapBefore(view, first - 1)) ? preposition.start : pronoun.start;
}

/**
 * The predicate a relative clause's report reports: from the verb to the clause's end (a comma, a
 * semicolon, the next report, the sentence end, or the main clause's own auxiliary: "The boats that
 * Sylvania said were lost have returned").
 */
function relativePredicate(view: SentenceView, all: Attribution[], index: number): Span | null {
  const attribution = all[index] as Attribution;
  const next = all.slice(index + 1).find((a) => a.role !== 'nested' && a.span.start >= attribution.verbSpan.end);
  const limit = next ? next.span.start : view.end;
  const close = PREDICATE_CLOSE.exec(view.masked.slice(attribution.verbSpan.end, limit));
  const end = close ? attribution.verbSpan.end + close.index : limit;
  const words = view.tokens.filter((t) => t.start >= attribution.verbSpan.end && t.end <= end);
  const main = words.findIndex((t, i) => i > 1 && AUXILIARIES.has(t.text) && !AUXILIARIES.has((words[i - 1] as Token).text) && !OPENS_CLAUSE.has((words[i - 1] as Token).text.toLowerCase()));
  return trimClause(view, attribution.verbSpan.end, main > 0 ? (words[main] as Token).start : end);
}

/** Punctuation that closes a relative clause's predicate; not the comma of a number ("more than 18,000 people"). */
const PREDICATE_CLOSE = /[;:\u2014\u2013]|,(?!\d{3}\b)/u;

/** Auxiliaries that open a predicate: a second one ends the relative clause's ("… were lost have returned"). */
const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must']);
/** Words after which an auxiliary belongs to a clause inside the predicate: "said was led by a man who has …". */
const OPENS_CLAUSE = new Set(['who', 'which', 'that', 'and', 'or', 'but', 'it', 'they', 'he', 'she', 'we', 'there', 'not']);

/** Words that make "to" part of a preposition ("according to", "due to"), not an addressee's. */
const COMPOUND_TO = new Set(['according', 'due', 'owing', 'thanks', 'next', 'prior', 'close', 'contrary', 'addition', 'compared', 'relative', 'similar', 'up', 'as']);

/** The speaker phrase before "to ADDRESSEE" (`addressee` read up to the "to"), through the addressee; null when none. */
function addressedFrom(view: SentenceView, addressee: PhraseRange): Found | null {
  const to = addressee.first - 1;
  if (to < 1 || !isPlainGap(gapBefore(view, to)) || COMPOUND_TO.has((view.tokens[to - 1] as Token).text.toLowerCase())) return null;
  const sender = phraseBefore(view, to - 1).phrase;
  if (!sender || !isSpeakerPhrase(view, sender)) return null;
  return { phrase: { start: sender.start, end: addressee.end }, appositive: null, elided: false, role: 'main' };
}

/**
 * The private person before a "who" or "whose" that opens, without a comma, the clause `phrase` ends ("a
 * defector who now lives in Freedonia"): lower-case words only between it and `phrase`. Null otherwise.
 * An independent voice ("a journalist who visited Sylvania") and one national ("a Sylvanian who fought
 * in Freedonia") are read the same way: the place their clause names is not who speaks.
 * (Officials and bodies are left as they were: on the test halves that moved more speakers wrong than right.)
 */
function subjectOfBareRelative(view: SentenceView, phrase: PhraseRange): PhraseRange | null {
  for (let i = phrase.first - 1; i > 0 && phrase.first - i <= 10; i--) {
    const token = view.tokens[i] as Token;
    // "a soldier who was sent to Freedonia and captured by Sylvania": a name inside the clause is a
    // place or a party of it, not a new speaker; only the clause's first word must be its verb.
    if (!isPlainGap(gapAfter(view, i)) || !/^[\p{L}\d]/u.test(token.text)) return null;
    // "a woman whose son serves in the Sylvanian army": the one "whose" describes, likewise.
    if (token.text !== 'who' && token.text !== 'whose') continue;
    // "a soldier who Sylvanian officials said was captured": a phrase that opens right after "who" with a
    // name or an article is the clause's own speaker, not the verb of a clause about the person.
    const opener = view.tokens[i + 1]?.text ?? '';
    if (!/^\p{Ll}/u.test(opener) || (i === phrase.first - 1 && /^(?:the|a|an)$/.test(opener))) return null;
    if (!isPlainGap(gapBefore(view, i))) return null;
    const head = phraseBefore(view, i - 1).phrase;
    if (head === null || !isSpeakerPhrase(view, head)) return null;
    // "a Sylvanian diplomat who defected to Freedonia said": whatever their role, the clause makes them a
    // defector or a captive, and stays in the phrase so that they speak for no government.
    if (capturedInClause(view, i + 1) && isRoleNoun(lastWord(view, head).toLowerCase())) return { ...head, head: head.head ?? head.last, last: phrase.last, end: phrase.end };
    // "An official who visited Fredonburg said": the official speaks, not the place or the
    // person the clause names, whose side would be a wrong one.
    return speaksForThemselves(view, head) || isRoleNoun(lastWord(view, head).toLowerCase()) ? head : null;
  }
  return null;
}

/**
 * The whole of "X and `phrase`" when X, right before a plain "and", is people or bodies (in the plural)
 * that speak for no government: "aid groups and the Sylvanian government said", "journalists and Freedonian officials
 * said". Read alone, the part after "and" would take the words as a government's; together they are a
 * joint voice (resolve-speaker gives it no government). Null for any other word before "and".
 */
function jointWithNonGovernmentVoice(view: SentenceView, phrase: PhraseRange): PhraseRange | null {
  const and = phrase.first - 1;
  if (view.tokens[and]?.text !== 'and' || and < 1 || !isPlainGap(gapBefore(view, and))) return null;
  const head = (view.tokens[and - 1] as Token).text.toLowerCase();
  // Plural only: "the ship's owner and operator" is one firm's two roles, not two voices.
  if (!head.endsWith('s') || !(NON_GOVERNMENT_VOICES.has(head) || BUSINESSES.has(head) || PRIVATE_PERSONS.has(head) || INDEPENDENT_ROLES.has(head.replace(/s$/, '')))) return null;
  const before = phraseBefore(view, and - 1).phrase;
  return before && isSpeakerPhrase(view, before) ? { ...phrase, first: before.first, start: before.start, head: phrase.head ?? phrase.last } : null;
}

/** Plural bodies that speak for no government, before "and": "aid groups and …", "NGOs and …". */
const NON_GOVERNMENT_VOICES: ReadonlySet<string> = new Set(['ngos', 'groups', 'organisations', 'organizations', 'charities', 'unions', 'outlets']);

/** Words that open the object of a verb in a relative clause: "that operates the ferry", "that owns it". */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'it', 'them', 'this', 'these', 'those']);

/**
 * The noun before a restrictive relative whose object is `phrase`, right before the speech verb: "the
 * shipping company that owns it confirmed", "a firm which operates the tanker said". The clause's
 * object ("it", "the tanker") does not speak; the noun the clause describes does. Only "that" or
 * "which" with no comma before it, then one verb in -s or -ed (or an irregular participle), then the
 * object (the phrase, or the rest of it when the verb was read into it): "officials said that the
 * army confirmed" (no verb between) and "an attack that officials said" (the phrase right after
 * "that") are not such clauses. Null when the noun is no speaker.
 */
function restrictiveRelativeHead(view: SentenceView, phrase: PhraseRange): PhraseRange | null {
  // The verb may have been read into the phrase ("operates the ferry") or not ("owns" before "it").
  const isRelative = (i: number) => i >= 1 && (view.tokens[i]?.text === 'that' || view.tokens[i]?.text === 'which');
  // Read into it, the verb takes an object that opens with an article, a possessive or a pronoun
  // ("operates the ferry"), which "armed groups" or "trained soldiers" after "that" do not.
  const objectOpener = view.tokens[phrase.first + 1]?.text.toLowerCase() ?? '';
  const verbInPhrase = isRelative(phrase.first - 1) && phrase.last > phrase.first && OBJECT_OPENERS.has(objectOpener);
  const relative = verbInPhrase ? phrase.first - 1 : phrase.first - 2;
  if (!isRelative(relative)) return null;
  const verb = (view.tokens[relative + 1] as Token).text;
  if (!(/^\p{Ll}{2,}(?:s|ed)$/u.test(verb) || IRREGULAR_PARTICIPLES.has(verb)) || isRoleNoun(verb) || PRIVATE_PERSONS.has(verb)) return null;
  if (!isPlainGap(gapBefore(view, relative)) || !isPlainGap(gapAfter(view, relative)) || !isPlainGap(gapAfter(view, relative + 1))) return null;
  const head = phraseBefore(view, relative - 1).phrase;
  return head && isSpeakerPhrase(view, head) ? head : null;
}

/** Whether the relative clause from token `first` opens with a participle of captivity: "defected", "was captured". */
function capturedInClause(view: SentenceView, first: number): boolean {
  let i = first;
  while (/^(?:was|were|had|has|have|been|later|reportedly|allegedly)$/.test(view.tokens[i]?.text ?? '') && i - first < 3) i += 1;
  return CAPTIVE_PARTICIPLES.has(view.tokens[i]?.text ?? '');
}

/**
 * Whether a phrase names someone who speaks for themselves: a private person ("a defector"), an
 * independent voice ("a journalist"), or one national named by a capitalised word after an article
 * ("a Sylvanian", "a young Sylvanian"; a name takes no article).
 */
function speaksForThemselves(view: SentenceView, head: PhraseRange): boolean {
  const last = lastWord(view, head);
  // "a prisoner of war": the prisoner is the head.
  const ofWar = last.toLowerCase() === 'war' && view.tokens[head.last - 1]?.text === 'of' ? view.tokens[head.last - 2]?.text : undefined;
  const lower = (ofWar ?? last).toLowerCase();
  if (PRIVATE_PERSONS.has(lower) || INDEPENDENT_ROLES.has(lower.replace(/s$/, ''))) return true;
  const first = (view.tokens[head.first] as Token).text.toLowerCase();
  return isCapitalised(last) && head.last - head.first <= 2 && /^(?:a|an|one)$/.test(first);
}

/**
 * "read out Ruhl's message that said …": whose document a relative right before the verb follows, when
 * a possessive names them. The possessor's phrase, or null.
 */
function ownerOfDocument(view: SentenceView, relative: number): Span | null {
  const document = view.tokens[relative - 1];
  const owner = view.tokens[relative - 2];
  if (!document || !owner || !ISSUED_DOCUMENTS.has(document.text.toLowerCase()) || !isPossessive(owner.text)) return null;
  if (!isPlainGap(gapBefore(view, relative)) || !isPlainGap(gapBefore(view, relative - 1))) return null;
  // The name that ends in the possessive: its capitalised words ("President Tomas Ruhl's").
  let first = relative - 2;
  while (first > 0 && isCapitalised((view.tokens[first - 1] as Token).text) && isPlainGap(gapBefore(view, first))) first -= 1;
  if (!isCapitalised(owner.text)) return null;
  return { start: (view.tokens[first] as Token).start, end: owner.end };
}

/** Documents a speaker issues, whose words a participle then reports: "issued a statement calling for …". */
const ISSUED_DOCUMENTS = new Set(['statement', 'communique', 'communiqué', 'declaration', 'letter', 'message', 'resolution', 'notice', 'warning']);
const ISSUING_VERBS = new Set(['issued', 'issues', 'released', 'releases', 'published', 'publishes', 'adopted', 'adopts', 'posted', 'posts', 'sent', 'signed']);
/** Words that may stand between the issuing verb and the document: "a joint statement". */
const DOCUMENT_MODIFIERS = new Set(['a', 'an', 'another', 'the', 'its', 'their', 'his', 'her', 'joint', 'written', 'brief', 'short', 'separate', 'new', 'official', 'formal', 'strongly-worded', 'public', 'dire', 'stark', 'fresh', 'further', 'final', 'open', 'own']);
/** Words of an addressee between a document and its participle: "a warning to Sylvania and its allies saying". */
const MAX_ADDRESSEE_WORDS = 6;

/**
 * "Sylvania issued a joint statement on Monday calling for …": the participle's subject is whoever
 * issued the document it follows. The issuer's phrase, or null.
 */
function issuerOfDocument(view: SentenceView, verbToken: number): Span | null {
  if (!isPlainGap(gapBefore(view, verbToken))) return null;
  let k = verbToken - 1;
  // "… statement on Wednesday calling for …": a day between the document and the participle.
  if (isCalendarWord(view.tokens[k]?.text ?? '') && /^(?:on|late|early)$/i.test(view.tokens[k - 1]?.text ?? '')) k -= 2;
  // "… a letter to Ruhl saying …", "a warning to the rebels saying …": whom the document is addressed
  // to. Only before "saying", which tells a document's words; "a letter to the Courier denying …" may
  // be read as the Courier's denial and stays no one's.
  const to = view.tokens.slice(Math.max(0, k - MAX_ADDRESSEE_WORDS), k + 1).findLastIndex((t) => t.text === 'to');
  const saying = view.tokens[verbToken]?.text === 'saying';
  if (saying && !ISSUED_DOCUMENTS.has(view.tokens[k]?.text.toLowerCase() ?? '') && to >= 0) k = Math.max(0, k - MAX_ADDRESSEE_WORDS) + to - 1;
  // "sent out a distress call reporting that …": a call for help is a message its sender sends.
  const distressCall = view.tokens[k]?.text.toLowerCase() === 'call' && view.tokens[k - 1]?.text.toLowerCase() === 'distress';
  if (!ISSUED_DOCUMENTS.has(view.tokens[k]?.text.toLowerCase() ?? '') && !distressCall) return null;
  k -= distressCall ? 2 : 1;
  for (let skipped = 0; skipped < 3 && DOCUMENT_MODIFIERS.has(view.tokens[k]?.text.toLowerCase() ?? ''); skipped++) k -= 1;
  // "sent out a statement": the verb's particle.
  if (view.tokens[k]?.text.toLowerCase() === 'out' && ISSUING_VERBS.has(view.tokens[k - 1]?.text.toLowerCase() ?? '')) k -= 1;
  if (!ISSUING_VERBS.has(view.tokens[k]?.text.toLowerCase() ?? '')) return null;
  for (let gap = verbToken; gap > k; gap--) if (!isPlainGap(gapBefore(view, gap))) return null;
  const subjectEnd = skipAdverbs(view, k);
  if (subjectEnd === null || subjectEnd < 0) return null;
  // "Twelve countries, including Freedonia, issued a joint statement saying": the subject before an
  // aside, as for "said".
  const gap = gapAfter(view, subjectEnd);
  const found = isPlainGap(gap) ? subjectBefore(view, subjectEnd) : /^\s*,\s*$/.test(gap) ? subjectAroundAppositive(view, subjectEnd) : null;
  return found && found !== 'cancel' && found.phrase ? found.phrase : null;
}

const GROUP_BY: ReadonlySet<string> = new Set(GROUP_MEMBER_VERBS);

/**
 * "Twelve nations led by Freedonia", "a coalition including Sylvania": the group speaks, not the member
 * its phrase ends with. The whole phrase, from the group's words, or null.
 */
function groupOfMember(view: SentenceView, member: PhraseRange, stop: string): { phrase: PhraseRange; stop: string } | null {
  const byVerb = stop === 'by' && GROUP_BY.has(view.tokens[member.first - 2]?.text.toLowerCase() ?? '');
  if (!byVerb && stop !== 'including') return null;
  const groupEnd = member.first - (byVerb ? 3 : 2);
  if (groupEnd < 0 || !isPlainGap(gapAfter(view, groupEnd))) return null;
  const group = phraseBefore(view, groupEnd);
  if (!group.phrase) return null;
  return { phrase: { ...group.phrase, last: member.last, end: member.end, head: group.phrase.head ?? group.phrase.last }, stop: group.stop };
}

/** Past participles not in -ed that may stand between people and "by X": "a soldier sent by Freedonia". */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['held', 'sent', 'taken', 'caught', 'brought', 'shot', 'hit', 'hurt', 'kept']);

/** Words that may tell how or when someone was taken between the participle and its "by": "captured alive by". */
const CAPTURE_ADJUNCTS: ReadonlySet<string> = new Set(['alive', 'unharmed', 'wounded', 'injured', 'last', 'this', 'earlier', 'week', 'month', 'year', 'weekend']);

/**
 * The token of a participle of captivity up to two adjunct words before token `end` ("captured alive",
 * "captured last month", "held this week"), or null: the captor after "by" is then not the speaker.
 */
function captivityParticipleBefore(view: SentenceView, end: number): number | null {
  for (let i = end; i >= Math.max(1, end - 1); i--) {
    const word = view.tokens[i]?.text ?? '';
    if (!CAPTURE_ADJUNCTS.has(word) || !isPlainGap(gapBefore(view, i))) return null;
    const participle = view.tokens[i - 1]?.text ?? '';
    if (CAPTIVE_PARTICIPLES.has(participle) || participle === 'held') return i - 1;
  }
  return null;
}

/**
 * The phrase about people before "in X" or "captured by X" (skipping one past participle), when its
 * head is a word for people ("prisoner of war", "sailors"); null otherwise.
 */
function personBeforePreposition(view: SentenceView, object: PhraseRange, stop: string): { phrase: PhraseRange; stop: string } | null {
  if (!PLACE_OR_AGENT.has(stop) || object.first < 2) return null;
  let end = object.first - 2;
  // "a soldier identified only by his surname": an adverb between the participle and its "by".
  if (/^(?:only|reportedly|allegedly|later)$/.test(view.tokens[end]?.text ?? '') && isPlainGap(gapBefore(view, end + 1)) && end > 0) end -= 1;
  end = captivityParticipleBefore(view, end) ?? end;
  const participle = view.tokens[end]?.text ?? '';
  if ((/^\p{Ll}+ed$/u.test(participle) || IRREGULAR_PARTICIPLES.has(participle)) && end > 0) end -= 1;
  // "a soldier recently captured by Freedonia": an adverb before the participle.
  if (end > 0 && CAPTIVITY_ADVERBS.has(view.tokens[end]?.text ?? '') && isPlainGap(gapAfter(view, end))) end -= 1;
  const people = phraseBefore(view, end);
  if (!people.phrase) return null;
  const head = (view.tokens[people.phrase.last] as Token).text.toLowerCase();
  const ofWar = head === 'war' && view.tokens[people.phrase.last - 1]?.text === 'of' ? view.tokens[people.phrase.last - 2]?.text.toLowerCase() : undefined;
  // "a Sylvanian officer captured by Freedonia": whatever their rank, a captive speaks, and the words
  // that make them one stay in the phrase (they speak for no government).
  if (!PRIVATE_PERSONS.has(ofWar ?? head) && isRoleNoun(head) && (CAPTIVE_PARTICIPLES.has(participle) || participle === 'held') && isPlainGap(gapBefore(view, end + 1))) {
    return { phrase: { ...people.phrase, last: object.last, end: object.end, head: people.phrase.head ?? people.phrase.last }, stop: people.stop };
  }
  // "lawmakers briefed by the agency said", "officials cited by the Courier said": whoever was briefed
  // or quoted speaks; the agent after "by" only briefed or quoted them.
  if (stop === 'by' && BRIEFED_PARTICIPLES.has(participle) && isRoleNoun(head) && people.phrase.last === end && isPlainGap(gapBefore(view, end + 1))) return { phrase: people.phrase, stop: people.stop };
  // "an analyst with Freedonia's Marsh Institute": "with" after an independent role names where its
  // holder works, as "at" does; the analyst speaks, for no government, not the institute's country.
  if (stop === 'with' && people.phrase.last === object.first - 2 && INDEPENDENT_ROLES_ANY_NUMBER.has(head) && isPlainGap(gapAfter(view, people.phrase.last))) {
    return { phrase: { ...people.phrase, last: object.last, end: object.end, head: people.phrase.head ?? people.phrase.last }, stop: people.stop };
  }
  if (!PRIVATE_PERSONS.has(ofWar ?? head)) return null;
  if (ofWar === undefined) return { phrase: people.phrase, stop: people.stop };
  // "prisoner of war": the person is the prisoner.
  const prisoner = view.tokens[people.phrase.last - 2] as Token;
  return { phrase: { ...people.phrase, last: people.phrase.last - 2, end: prisoner.end }, stop: people.stop };
}

/** Participles of someone briefed or quoted by another: "lawmakers briefed by", "officials cited by". */
const BRIEFED_PARTICIPLES: ReadonlySet<string> = new Set(['briefed', 'cited', 'quoted', 'interviewed', 'contacted', 'consulted', 'polled', 'surveyed', 'questioned']);

/** Words that open what someone was doing when something befell them: "while fighting for Sylvania". */
const DOING_OPENERS: ReadonlySet<string> = new Set(['while', 'whilst', 'when']);

/** Prepositions after such a participle that name a side or a place: "fighting for", "serving with". */
const DOING_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'with', 'alongside', 'in', 'at', 'under', 'against', 'on']);

/**
 * "Two soldiers captured by Freedonia while fighting for Sylvania said": "while" and a participle in
 * -ing tell what the people were doing; the side or place after it closes their phrase but does not
 * speak. The people before "while", read as any phrase about people is (a captive stays one). Null
 * when the words before `object` are not such an adjunct or no word for people stands before it.
 */
function personBeforeDoing(view: SentenceView, object: PhraseRange, stop: string): { phrase: PhraseRange; stop: string } | null {
  if (!DOING_PREPOSITIONS.has(stop) || object.first < 4) return null;
  const participle = view.tokens[object.first - 2] as Token;
  const opener = view.tokens[object.first - 3] as Token;
  if (!/^\p{Ll}+ing$/u.test(participle.text) || !DOING_OPENERS.has(opener.text) || !isPlainGap(gapBefore(view, object.first - 2)) || !isPlainGap(gapBefore(view, object.first - 3)) || !isPlainGap(gapBefore(view, object.first - 1))) return null;
  let end = object.first - 4;
  if (!isPlainGap(gapAfter(view, end))) return null;
  // "an officer wounded while serving in Fredonburg": the participle before "while" goes with the people.
  const before = view.tokens[end]?.text ?? '';
  if ((/^\p{Ll}+ed$/u.test(before) || IRREGULAR_PARTICIPLES.has(before)) && end > 0 && isPlainGap(gapBefore(view, end))) end -= 1;
  const people = phraseBefore(view, end);
  if (!people.phrase) return null;
  const captive = personBeforePreposition(view, people.phrase, people.stop);
  if (captive) return captive;
  const head = lastWord(view, people.phrase).toLowerCase();
  // A word for people, or a name ("Sergeant Lind while serving with …").
  const named = isCapitalised((view.tokens[people.phrase.last] as Token).text);
  return PRIVATE_PERSONS.has(head) || isRoleNoun(head) || named ? { phrase: people.phrase, stop: people.stop } : null;
}

/** Participles by which someone was told what they pass on, before "by": "lawmakers briefed by the agency". */
const INFORMED_PARTICIPLES: ReadonlySet<string> = new Set(['briefed', 'informed']);

/**
 * "Lawmakers briefed by the agency said", "diplomats informed by Sylvanian officials said": the people
 * who were briefed speak, not the one who briefed them, whose side would be a wrong one. Null unless
 * `object` follows "by" after such a participle and the words before it end in a word for people (not
 * a name, but the sentence's first word may be capitalised).
 */
function personBriefedBy(view: SentenceView, object: PhraseRange, stop: string): { phrase: PhraseRange; stop: string } | null {
  if (stop !== 'by' || object.first < 3) return null;
  const participle = object.first - 2;
  if (view.tokens[object.first - 1]?.text !== 'by' || !INFORMED_PARTICIPLES.has((view.tokens[participle] as Token).text)) return null;
  if (!isPlainGap(gapBefore(view, participle)) || !isPlainGap(gapAfter(view, participle))) return null;
  const people = phraseBefore(view, participle - 1);
  if (!people.phrase) return null;
  const last = view.tokens[people.phrase.last] as Token;
  if (isCapitalised(last.text) && people.phrase.last !== 0) return null;
  return isRoleNoun(last.text.toLowerCase()) ? (people as { phrase: PhraseRange; stop: string }) : null;
}

/**
 * "A soldier speaking from a hospital bed in Fredonburg said", "a woman interviewed on Sylvanian
 * television told …", "a Freedonian official quoted by the Courier said": how the reader sees or hears
 * the speaker (`APPEARANCE_PARTICIPLES`), or where they are ("a refugee living in Fredonburg",
 * `SITUATION_PARTICIPLES`), closes a phrase about a person, who is the one speaking; the place, channel
 * or outlet after it is not, and says nothing of whom the person speaks for. Null when
 * no such participle stands in the words before `object` (within one clause) after a person's role.
 */
function personBeforeAppearance(view: SentenceView, object: PhraseRange): { phrase: PhraseRange; stop: string } | null {
  for (let p = object.first - 1; p >= 1 && p >= object.first - APPEARANCE_REACH; p--) {
    const token = view.tokens[p] as Token;
    if (!isPlainGap(gapAfter(view, p)) || !/^[\p{L}’'-]+$/u.test(token.text) || CLAUSE_WORDS.has(token.text.toLowerCase())) return null;
    if (!(APPEARANCE_PARTICIPLES.has(token.text) || SITUATION_PARTICIPLES.has(token.text)) || !isPlainGap(gapBefore(view, p))) continue;
    const person = phraseBefore(view, p - 1);
    if (!person.phrase) return null;
    const head = (view.tokens[person.phrase.head ?? person.phrase.last] as Token).text.toLowerCase();
    return isRoleNoun(head) && !isCapitalised((view.tokens[person.phrase.last] as Token).text) ? person as { phrase: PhraseRange; stop: string } : null;
  }
  return null;
}

/**
 * "The group's chief negotiator and spokesperson, Omar Lind, said", "the ministry's spokesman and deputy
 * head Anna Berg said": one person's second office, a bare role after "and", goes with the first,
 * which a determiner or a possessive opens and a role ends; the two offices are one phrase. Otherwise
 * the phrase as read (plural roles are several people: "officials and diplomats").
 */
function rolesJoinedByAnd(view: SentenceView, found: { phrase: PhraseRange | null; stop: string }): { phrase: PhraseRange | null; stop: string } {
  const { phrase, stop } = found;
  if (!phrase || stop !== 'and' || phrase.first < 2) return found;
  const second = (view.tokens[phrase.first] as Token).text;
  if (!/^\p{Ll}+$/u.test(second) || second.endsWith('s') || !isRoleNoun(second)) return found;
  const and = phrase.first - 1;
  if (!isPlainGap(gapBefore(view, phrase.first)) || !isPlainGap(gapBefore(view, and))) return found;
  const prior = phraseBefore(view, and - 1);
  if (!prior.phrase || prior.phrase.last !== and - 1) return found;
  const firstOffice = lastWord(view, prior.phrase);
  const opener = (view.tokens[prior.phrase.first] as Token).text;
  if (!/^\p{Ll}+$/u.test(firstOffice) || firstOffice.endsWith('s') || !isRoleNoun(firstOffice) || !(/^(?:the|a|an|its|his|her|their)$/i.test(opener) || /['’]s?$/u.test(opener))) return found;
  return { phrase: { first: prior.phrase.first, last: phrase.last, start: prior.phrase.start, end: phrase.end }, stop: prior.stop };
}

/**
 * "Sylvania's prosecutor general and security service said", "Freedonia's foreign ministry and defence
 * ministry said": the possessive that opens the first office is the side of both, so the two offices
 * are one phrase, one side's joint voice; read alone, the second ("security service") spoke for no one.
 * Only when the second office names nothing of its own (lower-case words, no determiner, a singular
 * office last): "Sylvania's navy and Freedonian officials" are two sides, and "Ruhl's aide and a
 * ministry spokesman" two people, the second not Ruhl's. Otherwise the phrase as read.
 */
function officesOfOneSide(view: SentenceView, found: { phrase: PhraseRange | null; stop: string }): { phrase: PhraseRange | null; stop: string } {
  const { phrase, stop } = found;
  if (!phrase || stop !== 'and' || phrase.first < 3) return found;
  const and = phrase.first - 1;
  if (!isPlainGap(gapBefore(view, phrase.first)) || !isPlainGap(gapBefore(view, and))) return found;
  // An office of a person or an institution ("prosecutor", "service"), not kin ("his wife and son").
  const isOffice = (word: string) => /^\p{Ll}+$/u.test(word) && !word.endsWith('s') && (PERSON_ROLES.has(word) || ORG_ROLES.has(word));
  const second = view.tokens.slice(phrase.first, phrase.last + 1).map((token) => token.text);
  if (OWN_DETERMINERS.has(second[0] ?? '') || !second.every((word) => /^\p{Ll}+$/u.test(word)) || !isOffice(lastWord(view, phrase))) return found;
  const prior = phraseBefore(view, and - 1);
  if (!prior.phrase || prior.phrase.last !== and - 1 || prior.phrase.last <= prior.phrase.first) return found;
  // The side's name, of one or more capitalised words, ends in the possessive: "Marsh City's".
  const words = view.tokens.slice(prior.phrase.first, prior.phrase.last).map((token) => token.text);
  const possessive = words.findIndex((word) => /^\p{Lu}[\p{L}-]*['’]s?$/u.test(word));
  if (possessive < 0 || !words.slice(0, possessive).every((word) => /^\p{Lu}/u.test(word)) || !isOffice(lastWord(view, prior.phrase))) return found;
  return { phrase: { first: prior.phrase.first, last: phrase.last, start: prior.phrase.start, end: phrase.end }, stop: prior.stop };
}

/** Words that give a conjunct an owner or a reference of its own: "and the ministry", "and its navy". */
const OWN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'some', 'several']);

/** Participles that tell where a thing or a person comes from, before "from": "accounts originating from Sylvania". */
const ORIGIN_PARTICIPLES: ReadonlySet<string> = new Set(['originating', 'emanating', 'stemming', 'coming', 'hailing']);

/**
 * "Social media accounts originating from Sylvania claimed", "reports coming from Fredonburg said":
 * where the speaker comes from closes the phrase about the speaker, who is the one speaking, not the
 * place; the place says nothing of whom they speak for. Null when no such participle and "from"
 * stand right before `object`, when `object` is an institution ("the Defence Ministry", whose words
 * they are), or when nothing speaks before the participle.
 */
function sourceBeforeOrigin(view: SentenceView, object: PhraseRange, stop: string): { phrase: PhraseRange; stop: string } | null {
  if (stop !== 'from' || object.first < 3) return null;
  const participle = view.tokens[object.first - 2] as Token;
  if (!ORIGIN_PARTICIPLES.has(participle.text) || !isPlainGap(gapBefore(view, object.first - 1)) || !isPlainGap(gapBefore(view, object.first - 2))) return null;
  // "a statement coming from the Defence Ministry": an institution's words are its own.
  if (/^the$/i.test((view.tokens[object.first] as Token).text) && isCapitalised(view.tokens[object.first + 1]?.text ?? '')) return null;
  const source = phraseBefore(view, object.first - 3);
  return source.phrase ? (source as { phrase: PhraseRange; stop: string }) : null;
}

/** How many words may stand between an appearance participle and the verb: "speaking from a hospital bed in Fredonburg". */
const APPEARANCE_REACH = 10;

/** Words that open or join a clause of their own, which an appearance's words do not hold. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'that', 'which', 'who', 'when', 'while', 'as', 'after', 'before', 'said', 'says', 'told', 'is', 'was', 'were', 'are', 'has', 'have', 'had']);

/**
 * "The Red Cross delegation in Freedonia said": a place is not who speaks; the words before its
 * preposition are, when a lower-case noun other than a speaker's role ends them (after a role,
 * "officials in Fredonburg", the reading already went on). Null when the phrase is no such place.
 */
function whosePlace(view: SentenceView, place: PhraseRange, stop: string): { phrase: PhraseRange; stop: string } | null {
  const preposition = place.first - 1;
  if (!PLACE_PREPOSITIONS.has(stop) || preposition < 1 || !isCapitalised((view.tokens[place.first] as Token).text)) return null;
  const before = (view.tokens[preposition - 1] as Token).text;
  if (!/^\p{Ll}+$/u.test(before) || isRoleNoun(before) || /(?:ed|ing)$/.test(before) || !isPlainGap(gapBefore(view, preposition))) return null;
  const holder = phraseBefore(view, preposition - 1);
  if (!holder.phrase) return null;
  return { phrase: { ...holder.phrase, last: place.last, end: place.end }, stop: holder.stop };
}

/** Prepositions of place that join a place to the noun before it: "shipping in the strait", "crews off the coast". */
const PLACE_AFTER_NOUN: ReadonlySet<string> = new Set(['in', 'at', 'inside', 'near', 'off', 'across', 'along', 'over', 'into', 'through', 'under', 'against']);

/**
 * "Attacks on shipping in the Strait threaten the economy", "Delays at the Canal alarm exporters": a
 * place read back to a preposition that follows a lower-case noun other than a speaker's role ends a
 * longer subject whose head is that noun; the place does not speak (after a role, "officials in
 * Fredonburg", the reading already went on, and `whosePlace` takes "the delegation in Freedonia").
 */
function placeInsideLongerSubject(view: SentenceView, place: PhraseRange, stop: string): boolean {
  if (!PLACE_AFTER_NOUN.has(stop) || place.first < 2 || !isPlainGap(gapBefore(view, place.first - 1))) return false;
  const before = (view.tokens[place.first - 2] as Token).text;
  return /^\p{Ll}+$/u.test(before) && !isRoleNoun(before) && !CLAUSE_WORDS.has(before);
}

/** Prepositions whose object a subject is against or about, never who speaks: "the resolution against Sylvania". */
const OPPOSED_AFTER_NOUN: ReadonlySet<string> = new Set(['against', 'toward', 'towards', 'about', 'over']);

/**
 * "The key provision of the resolution against Sylvania noted", "Protesters against the war said": the
 * side read back to "against" (or "about", "over", "towards") after a lower-case word is what a longer
 * subject opposes or concerns, so it does not speak; the subject before the preposition does.
 */
function opposedInsideLongerSubject(view: SentenceView, object: PhraseRange, stop: string): boolean {
  if (!OPPOSED_AFTER_NOUN.has(stop) || object.first < 2 || !isPlainGap(gapBefore(view, object.first - 1))) return false;
  const before = (view.tokens[object.first - 2] as Token).text;
  // "Protesters against Freedonia said": the sentence's first word is capitalised as any word there is.
  const opensSentence = object.first === 2 && /^\p{Lu}\p{Ll}+$/u.test(before);
  return (/^\p{Ll}+$/u.test(before) || opensSentence) && !CLAUSE_WORDS.has(before.toLowerCase());
}

/** Documents that say things, named before what they are about: "the ministry's latest update on the war". */
const DOCUMENT_NOUNS = new Set(['update', 'report', 'assessment', 'statement', 'bulletin', 'briefing', 'review', 'analysis', 'summary', 'readout']);

/**
 * "The ministry's latest update on the war says": the document before "on", "about" or "of" says it,
 * not the war; null when the phrase names no document before such a topic.
 */
function documentBeforeTopic(view: SentenceView, phrase: PhraseRange, stop: string): { phrase: PhraseRange; stop: string } | null {
  for (let d = phrase.first; d < phrase.last - 1; d++) {
    const noun = (view.tokens[d] as Token).text.toLowerCase();
    if (!DOCUMENT_NOUNS.has(noun) || !/^(?:on|about|of)$/.test((view.tokens[d + 1] as Token).text)) continue;
    const document: PhraseRange = { first: phrase.first, last: d, start: phrase.start, end: (view.tokens[d] as Token).end };
    return isSpeakerPhrase(view, document) ? { phrase: document, stop } : null;
  }
  return null;
}

/** "the minister, who said …": the speaker is the phrase before "who" (or the name that phrase describes). */
function subjectOfRelative(view: SentenceView, who: number): Found | null {
  if (who < 1) return null;
  const { phrase } = phraseBefore(view, who - 1);
  if (!phrase || !isSpeakerPhrase(view, phrase)) return null;
  // "wants to test the Sylvanian navy, which says …": the noun phrase starts at its article.
  // ("the leader of the militia, who says …" keeps its "of"; "workers at a Freedonian factory, who
  // say …" keeps the people the place is theirs: "who" is a person, not the factory.)
  const article = view.tokens.findLastIndex((t, i) => i > phrase.first && i <= phrase.last && /^(?:the|a|an)$/i.test(t.text) && view.tokens[i - 1]?.text !== 'of');
  const people = article > phrase.first + 1 && view.tokens[who]?.text === 'who' && personsPlace(view, article - 1) ? peopleStart(view, article - 2, phrase.first) : null;
  const start = people ?? article;
  const from = start > 0 ? { ...phrase, first: start, start: (view.tokens[start] as Token).start } : phrase;
  // "Tomas Ruhl, the defence minister, who said …": the name before the description is who said it.
  const named = /^\s*,\s*$/.test(gapBefore(view, from.first)) ? phraseBefore(view, from.first - 1).phrase : null;
  // "a meeting between Berg and the defence minister, Tomas Ruhl, who praised …": the name set off
  // right before "who" is the one it describes, not the first of the pair before it.
  const described = named ? describedAfterAnd(view, named, from) : null;
  if (described) return { phrase: spanOf(from), appositive: spanOf(described), elided: false, role: 'main' };
  if (named && isCapitalised(lastWord(view, named)) && isSpeakerPhrase(view, named) && isAppositive(view, from)) {
    return { phrase: spanOf(named), appositive: spanOf(from), elided: false, role: 'main' };
  }
  return { phrase: spanOf(from), appositive: null, elided: false, role: 'main' };
}

/**
 * The description after the last "and" of `named` when `name`, set off by commas after it, is a
 * person's name of capitalised words it describes: "Berg and the defence minister, Tomas Ruhl, who
 * …" gives "the defence minister". Null when `named` joins nothing, or `name` is no such name.
 */
function describedAfterAnd(view: SentenceView, named: PhraseRange, name: PhraseRange): PhraseRange | null {
  const and = view.tokens.findLastIndex((t, i) => i > named.first && i < named.last && t.text === 'and');
  if (and < 0) return null;
  const nameWords = view.tokens.slice(name.first, name.last + 1);
  if (nameWords.length < 2 || nameWords.length > 4 || !nameWords.every((t) => isCapitalised(t.text) && !isAcronym(t.text))) return null;
  const first = view.tokens[and + 1] as Token;
  const last = view.tokens[named.last] as Token;
  const description: PhraseRange = { first: and + 1, last: named.last, start: first.start, end: last.end };
  return describesNamed(view, description, name) ? description : null;
}

/** Whether the token at `preposition` puts people in a place or under a body: "workers at", "soldiers from". */
function personsPlace(view: SentenceView, preposition: number): boolean {
  const people = view.tokens[preposition - 1]?.text.toLowerCase() ?? '';
  const word = view.tokens[preposition]?.text.toLowerCase() ?? '';
  return PLACE_OR_AGENT.has(word) && (PRIVATE_PERSONS.has(people) || PERSON_ROLES.has(people) || GROUP_ROLES.has(people)) && isPlainGap(gapBefore(view, preposition));
}

/**
 * Where a phrase about people that ends at `head` starts, not before `first`: its article, number or
 * capitalised words ("the two Freedonian workers"); the head itself when nothing such stands before it
 * ("Fredonburg summoned diplomats": the verb before them is not theirs).
 */
function peopleStart(view: SentenceView, head: number, first: number): number {
  let start = head;
  while (start > first && isPlainGap(gapBefore(view, start))) {
    const word = (view.tokens[start - 1] as Token).text;
    if (/^(?:the|a|an)$/i.test(word)) return start - 1;
    if (!isCapitalised(word) && !/^(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|some|many)$/i.test(word)) break;
    start -= 1;
  }
  return start;
}

/** How long, in words, a stretch between a speaker and its verb may be to be read as one aside. */
const LONGEST_ASIDE = 15;

/** How far back, in words, a relative clause about the speaker may open. */
const LONGEST_RELATIVE = 30;

/**
 * "Berg, who is on a trip to Sylvania, home to the navy, said": a relative clause about a speaker may
 * hold asides of its own, so more than one stretch between commas stands between the speaker and the
 * verb. The name or role before ", who" speaks; null when no such clause ends at `last`.
 */
function nameBeforeLongRelative(view: SentenceView, last: number): Found | null {
  let commas = 0;
  for (let i = last; i > 0 && last - i < LONGEST_RELATIVE; i--) {
    const gap = gapBefore(view, i);
    if (!isPlainGap(gap) && !/^\s*,\s*$/.test(gap)) return null;
    // "Berg, who visited Sylvania, said that the captain, named as Ruhl, said …": a report's "that"
    // opens the clause of the second verb, whose subject is after it.
    if (view.tokens[i]?.text === 'that') return null;
    if (view.tokens[i]?.text !== 'who' || !/,/.test(gap)) {
      if (/,/.test(gap)) commas += 1;
      continue;
    }
    // One stretch between commas is the plain case ("Berg, who is visiting Sylvania, said"), unless it
    // is longer than a plain aside is read ("the man, who … and … but did not give his name, told …").
    if (commas === 0 && last - i < LONGEST_ASIDE) return null;
    const { phrase } = phraseBefore(view, i - 1);
    const head = phrase ? lastWord(view, phrase) : '';
    if (!phrase || !(isCapitalised(head) || isRoleNoun(head.toLowerCase())) || !isSpeakerPhrase(view, phrase)) return null;
    return { phrase: spanOf(phrase), appositive: null, elided: false, role: 'main' };
  }
  return null;
}

/** Adverbs that link a sentence to the one before, set off by commas before its verb: "Berg, meanwhile, said". */
const LINKING_ADVERBS: ReadonlySet<string> = new Set(['meanwhile', 'however', 'also', 'too', 'though', 'moreover', 'separately', 'likewise', 'similarly', 'furthermore', 'additionally']);

/**
 * SPEAKER, APPOSITIVE, VERB: "Anna Berg, the bureau's spokesperson, said" (name and description),
 * "officials, speaking on condition of anonymity, said" (a parenthetical, dropped), or
 * "Meanwhile, the ministry's spokesperson, said" (no name before: the appositive is the speaker).
 */
function subjectAroundAppositive(view: SentenceView, last: number, dashes: RegExp | null = null): Found | null {
  const described = dashes ? null : nameBeforeLongRelative(view, last);
  if (described) return described;
  // "Anna Berg, Assistant to the President - Head of the Department, said": two offices joined by a dash.
  const dashed = dashes ? null : nameBeforeDashedOffices(view, last);
  if (dashed) return { phrase: spanOf(dashed.name), appositive: spanOf(dashed.offices), elided: false, role: 'main' };
  let first = last;
  // The parenthetical may hold a quoted name: "Ritter, in an appearance on the “Evening” show, said".
  while (first > 0 && /^[\s\u2592]*$/u.test(gapBefore(view, first)) && last - first < LONGEST_ASIDE) first -= 1;
  if (first === 0) return null;
  const gap = gapBefore(view, first);
  if (dashes ? !dashes.test(gap) : !/^[\s,]*,[\s,]*$/.test(gap) && !acronymBeforeComma(view, first - 1)) return null;
  // "Berg — who was captured in May — said": between dashes, only a relative clause about the one before.
  if (dashes && !/^(?:who|whose|which)$/.test(view.tokens[first]?.text ?? '')) return null;
  const inner = { first, last, start: (view.tokens[first] as Token).start, end: (view.tokens[last] as Token).end };
  // "Losses are heavy, which is why units rotate, said Berg": a "which" that sums up the clause before
  // it describes no speaker; the speaker is the name after the verb.
  if (!dashes && SENTENTIAL_WHICH.test(view.masked.slice(inner.start, inner.end))) return null;
  // "Freedonia will hand over two sailors, but only if they agree, said Berg": no aside either.
  if (!dashes && OPENS_WITH_CONJUNCTION.test(view.masked.slice(inner.start, inner.end))) return null;
  // "The bureau's spokesperson, Anna Berg, meanwhile, said": a linking adverb set off by commas is no
  // appositive; the phrase before it is read as if the adverb were not there.
  if (!dashes && first === last && LINKING_ADVERBS.has((view.tokens[first] as Token).text.toLowerCase()) && /^[\s,]*,[\s,]*$/.test(gapBefore(view, first))) {
    const around = subjectAroundAppositive(view, first - 1);
    if (around) return around;
  }
  const innerIsPhrase = isAppositive(view, inner);
  // "Two prisoners of war in Sylvania, captured in May, said": the people, not the place that closes their phrase.
  const before = rolesJoinedByAnd(view, phraseBefore(view, first - 1));
  const { phrase, stop } =
    (before.phrase && (groupOfMember(view, before.phrase, before.stop) ?? personBeforePreposition(view, before.phrase, before.stop) ?? documentBeforeTopic(view, before.phrase, before.stop))) ?? before;
  // "Kim, 29, a defector who served in the Sylvanian army, said": a name and an age before the
  // description; the name speaks, the description says who they are.
  const aged = innerIsPhrase && isAge(view, first - 1) ? nameBeforeAge(view, first - 1) : null;
  if (aged) return { phrase: spanOf(aged), appositive: spanOf(inner), elided: false, role: 'main' };
  // "One of them, identified only as Lind, said": a parenthetical that names whoever the phrase describes.
  const named = innerIsPhrase ? null : nameGivenIn(view, inner);
  if (phrase && (isSpeakerPhrase(view, phrase) || named) && stop !== 'what' && stop !== 'which') {
    // "Karl Weiss, who is chair of the Council's military committee, said": what the person is now,
    // told in a relative clause, describes them as the bare appositive would.
    const now = !dashes && !innerIsPhrase ? presentCopularDescription(view, inner) : null;
    if (now) return { phrase: spanOf(phrase), appositive: spanOf(now), elided: false, role: 'main' };
    // "Sylvania's ambassador, Jan Kowal, said": the name between the commas is who speaks, the
    // description before it says who they are.
    if (innerIsPhrase && describesNamed(view, phrase, inner)) return { phrase: spanOf(inner), appositive: spanOf(phrase), elided: false, role: 'main' };
    // "Anna Berg, Assistant to the President, Head of the Policy Department, said": two offices after
    // the name; the name is who speaks, the offices together describe her.
    const twice = innerIsPhrase ? nameBeforeOffice(view, first) : null;
    if (twice) return { phrase: spanOf(twice.name), appositive: { start: twice.office.start, end: inner.end }, elided: false, role: 'main' };
    // "Lee, 26, said": an age between commas, after a name, describes the person named.
    if (!innerIsPhrase && !named && inner.first === inner.last && isAge(view, inner.first) && isCapitalised(lastWord(view, phrase))) {
      return { phrase: spanOf(phrase), appositive: spanOf(inner), elided: false, role: 'main' };
    }
    // "The Sylvanian officer, who defected in May, said": the aside makes the speaker a captive or a
    // deserter, who speaks for no government; it stays in the phrase.
    if (!innerIsPhrase && !named && captivityTailEnd(view, phrase.last) === inner.last) {
      return { phrase: { start: phrase.start, end: inner.end }, appositive: null, elided: false, role: 'main' };
    }
    return { phrase: spanOf(phrase), appositive: innerIsPhrase ? spanOf(inner) : null, ...(named ? { named } : {}), elided: false, role: 'main' };
  }
  return innerIsPhrase ? { phrase: spanOf(inner), appositive: null, elided: false, role: 'main' } : null;
}

/**
 * The words of a subject up to its phrase's end, from the comma or quotation before it: "a statement
 * released by the ministry" where the phrase found is its issuer, "the ministry" ("“…,” a statement
 * released by the ministry read"), so that a document's reading can be told from a person's.
 */
function documentSubject(view: SentenceView, phrase: Span): string {
  const lead = view.masked.slice(view.start, phrase.start);
  const from = view.start + Math.max(lead.lastIndexOf(','), lead.lastIndexOf('\u2592')) + 1;
  return view.text.slice(Math.min(from, phrase.start), phrase.end).trim();
}

/**
 * The description after "who is" in an aside ("who is chair of the Council's military committee"),
 * when it reads as an appositive; null otherwise. Only the present tense: "who was the minister until
 * May" tells of an office the person no longer holds.
 */
function presentCopularDescription(view: SentenceView, aside: PhraseRange): PhraseRange | null {
  const { tokens } = view;
  if (aside.last < aside.first + 2 || !/^who$/i.test(tokens[aside.first]?.text ?? '') || tokens[aside.first + 1]?.text !== 'is') return null;
  const first = aside.first + 2;
  const description = { first, last: aside.last, start: (tokens[first] as Token).start, end: aside.end };
  return isAppositive(view, description) ? description : null;
}

/**
 * "…, Anna Berg, Assistant to the President, Head of …": the office set off by commas before the
 * token `next` (where the second office starts), and the name set off before that office. A name is
 * two to four capitalised words that a comma or the sentence start opens; an office opens with a
 * capital, an article or a bare office word and has no verb. Null when the words are not so.
 */
function nameBeforeOffice(view: SentenceView, next: number): { name: PhraseRange; office: PhraseRange } | null {
  const office = commaSegmentBefore(view, next, 12);
  if (!office) return null;
  const officeWords = view.tokens.slice(office.first, office.last + 1);
  const opening = (officeWords[0] as Token).text;
  const opensOffice = isCapitalised(opening) || BARE_OFFICE.test(opening) || /^(?:the|a|an)$/i.test(opening);
  if (!opensOffice || officeWords.some((t) => FINITE_VERBS.has(t.text) || PRONOUNS.has(t.text))) return null;
  const name = commaSegmentBefore(view, office.first, 4);
  if (!name || name.last === name.first) return null;
  const nameWords = view.tokens.slice(name.first, name.last + 1);
  const ownName = nameWords.every((t) => isCapitalised(t.text) && !isAcronym(t.text) && !isPossessive(t.text) && !isCalendarWord(t.text));
  return ownName && (name.first === 0 || /,\s*$/.test(gapBefore(view, name.first))) ? { name, office } : null;
}

/** The words between a comma (or the sentence start) and the comma before token `next`, at most `max` of them; null when none. */
function commaSegmentBefore(view: SentenceView, next: number, max: number): PhraseRange | null {
  if (next < 1 || !/^,\s+$/.test(gapBefore(view, next))) return null;
  let first = next - 1;
  while (first > 0 && isPlainGap(gapBefore(view, first)) && next - first < max) first -= 1;
  if (next - first > max) return null;
  if (first > 0 && isPlainGap(gapBefore(view, first))) return null;
  const last = next - 1;
  return { first, last, start: (view.tokens[first] as Token).start, end: (view.tokens[last] as Token).end };
}

/**
 * A parenthetical that ends by naming the speaker it describes: "identified only by his surname Lind",
 * "named as Anna", "who gave her name as Berg". The name: its capitalised words at the end.
 */
const GIVES_NAME = /\b(?:identified|named|surnamed|called|known|gave (?:his|her|their) (?:\w+ )?name)(?:\s+only)?(?:\s+by\s+(?:his|her|their|the)\s+(?:sur|first |family |given )?name)?(?:\s+as)?\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)$/u;

function nameGivenIn(view: SentenceView, inner: PhraseRange): Span | null {
  const text = view.masked.slice(inner.start, inner.end);
  const match = GIVES_NAME.exec(text);
  if (!match?.[1]) return null;
  const end = inner.end;
  return { start: end - match[1].length, end };
}

/** An opening that gives the subject's name: "Identified only by his surname, Lind,", "Named as Karl Weiss,". */
const NAME_GIVEN_BEFORE = /^\s*(?:Identified|Named|Known)(?:\s+only)?(?:\s+by\s+(?:his|her|their)\s+(?:sur|first |family |given )?name|\s+as)?\s*,?\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)\s*,\s*$/u;

/** The name an opening gives the subject phrase `subject` (the whole sentence before it); null when none. */
function nameGivenBefore(view: SentenceView, subject: Span): Span | null {
  const opening = view.masked.slice(view.start, subject.start);
  const match = NAME_GIVEN_BEFORE.exec(opening);
  if (!match?.[1]) return null;
  const start = view.start + opening.lastIndexOf(match[1]);
  return { start, end: start + match[1].length };
}

/** VERB SPEAKER[, APPOSITIVE]: the phrase after an inverted verb. */
function subjectAfter(view: SentenceView, lastVerbToken: number): (Found & { phrase: Span }) | null {
  const phrase = phraseAfter(view, lastVerbToken + 1);
  if (!phrase || !isSpeakerPhrase(view, phrase)) return null;
  // “…,” said Berg / said the minister / said one official / said he — but not "said it would".
  const firstWord = (view.tokens[phrase.first] as Token).text;
  if (['it', 'they'].includes(firstWord)) return null;
  // "said agency representative Anna Berg": a role noun before the name opens the phrase too.
  const titledName = isCapitalised(lastWord(view, phrase)) && view.tokens.slice(phrase.first, phrase.last).some((t) => isRoleNoun(t.text));
  // "said one of them": one of a group, as "one of them said".
  const oneOfThem = phrase.last === phrase.first + 2 && PRONOUNS.has(lastWord(view, phrase));
  if (!isCapitalised(firstWord) && !PRONOUNS.has(firstWord) && !isRoleNoun(lastWord(view, phrase)) && !titledName && !oneOfThem && !isNameWithArticle(view, phrase)) return null;
  let appositive: Span | null = null;
  // "said the head of the Marsh Bureau (MB), Anna Berg": the acronym in parentheses closes the
  // description, and the appositive follows its comma, as before a verb.
  const acronym = acronymBeforeComma(view, phrase.last + 1);
  if (acronym || /^\s*,\s*$/.test(gapAfter(view, phrase.last))) {
    const next = phraseAfter(view, phrase.last + (acronym ? 2 : 1));
    if (next && isAppositive(view, next)) appositive = spanOf(next);
    // "said Lee, 26.": an age after a name describes the person named.
    const age = view.tokens[phrase.last + 1];
    if (!appositive && age && isAge(view, phrase.last + 1) && isCapitalised(firstWord) && isCapitalised(lastWord(view, phrase))) appositive = { start: age.start, end: age.end };
  }
  return { phrase: spanOf(phrase), appositive, elided: false, role: 'main' };
}

/**
 * "…, reports the Courier." / "…, said the State Bureau on Friday": a name behind a lower-case "the",
 * every word after it capitalised, closing the clause (punctuation, the sentence's end or a date after
 * it), so "…, said the Courier would close" stays no speaker.
 */
function isNameWithArticle(view: SentenceView, phrase: PhraseRange): boolean {
  const words = view.tokens.slice(phrase.first, phrase.last + 1).map((t) => t.text);
  if (words[0] !== 'the' || words.length < 2 || !words.slice(1).every(isCapitalised)) return false;
  const next = view.tokens[phrase.last + 1];
  return !next || !isPlainGap(gapAfter(view, phrase.last)) || ['on', 'late', 'earlier', 'last', 'this'].includes(next.text);
}

/** The name set off by a comma before the age at token `age` ("Kim" in "Kim, 29,"), opening the sentence or after punctuation; null when none. */
function nameBeforeAge(view: SentenceView, age: number): PhraseRange | null {
  if (age < 1 || !/^\s*,\s*$/.test(gapBefore(view, age))) return null;
  const name = phraseBefore(view, age - 1).phrase;
  if (!name || name.last - name.first > 3) return null;
  const words = view.tokens.slice(name.first, name.last + 1);
  const ownName = words.every((t) => isCapitalised(t.text) && !isAcronym(t.text) && !isPossessive(t.text) && !isCalendarWord(t.text));
  return ownName && (name.first === 0 || !isPlainGap(gapBefore(view, name.first))) ? name : null;
}

/** Whether token `i` is a bare age set off after a name: "Lee, 26, said", "said Lee, 26." (a number of one to three digits, alone up to the punctuation). */
function isAge(view: SentenceView, i: number): boolean {
  const token = view.tokens[i];
  return token !== undefined && /^\d{1,3}$/.test(token.text) && !isPlainGap(gapAfter(view, i));
}

/** A description that can follow a name: "the bureau's deputy spokesperson", "a senior official". */
function isAppositive(view: SentenceView, phrase: PhraseRange): boolean {
  const first = (view.tokens[phrase.first] as Token).text;
  // "Weiss, head of the Marsh Institute", "Weiss, vice president at …": a bare office opens one too.
  const opens = ['the', 'a', 'an', 'The', 'A', 'An'].includes(first) || isPossessive(first) || isCapitalised(first) || BARE_OFFICE.test(first);
  // "…, Freedonian troops had withdrawn from Marsh City, said a soldier": a clause with a verb of its own
  // is what was said, not a description of the speaker.
  // (A tail after the head may have one: "an officer who was captured in May".)
  const hasVerb = view.tokens.slice(phrase.first, (phrase.head ?? phrase.last) + 1).some((t) => FINITE_VERBS.has(t.text));
  return opens && !hasVerb && isSpeakerPhrase(view, phrase) && !/^(?:he|she|they|it)$/i.test(first);
}

/** Words that open a description of an office without an article: "head of …", "vice president at …", "spokesman for …". */
const BARE_OFFICE = /^(?:head|chief|director|president|chairman|chairwoman|chair|founder|co-founder|spokesman|spokeswoman|spokesperson|vice|deputy|acting|senior|former|professor|editor|author|leader|member|secretary)$/;

/** Auxiliaries and finite forms that make a clause, never part of a noun phrase. */
const FINITE_VERBS = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'will', 'would', 'did', 'does', 'could', 'can', 'should', 'must', 'might']);
