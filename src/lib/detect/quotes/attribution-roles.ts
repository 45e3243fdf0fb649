/**
 * The passes run once a sentence's attributions are found: they decide what each one does there (its
 * `AttributionRole`: a report, an aside, the channel of another report, or a report inside another's
 * clause), and which report's words a "…, a claim denied by X" denies.
 */
import { ACCORDING_TO_VERB, CLAUSE_JOINERS, COMPLEMENT_WORDS, SPEECH_SETTING } from './attribution-patterns.ts';
import type { Attribution } from './attributions.ts';
import { invertedOnlySpeechVerbs, mediaSpeechVerbs } from './speech-verbs.ts';
import { trimClause } from './reported-clause.ts';
import { isCalendarWord, isCapitalised } from './tokens.ts';
import type { SentenceView, Span } from './types.ts';

/**
 * Roles in a sentence: "as …" asides and clause-internal ("that …") reports were set while reading;
 * a trailing "according to" or "… reported" after another report only names the channel. A report
 * with a "that" clause of its own is no channel: "While Ruhl has not disclosed the number, officials
 * reported that …" gives the officials their own words.
 */
export function assignRoles(view: SentenceView, found: Attribution[]): void {
  let sawMain = false;
  for (const attribution of found) {
    const after = view.masked.slice(attribution.verbSpan.end, attribution.verbSpan.end + 60);
    const ownThatClause = OWN_THAT_CLAUSE.test(after);
    // "…, and a tanker reported a near miss", "… reported being hit": a report of its own, with its object.
    const ownObject = mediaSpeechVerbs.has(attribution.verb) && OWN_OBJECT.test(after);
    const conduit = !ownThatClause && !ownObject && (ACCORDING_TO_VERB.test(attribution.verb) || mediaSpeechVerbs.has(attribution.verb));
    // "…, a move that the Courier reported was ordered by Ruhl": a relative clause's report has its own predicate.
    if (sawMain && conduit && attribution.role === 'main' && !attribution.elided && !attribution.objectRelative && !contrastedSource(view, attribution) && !subordinateSource(view, attribution)) attribution.role = 'conduit';
    if (attribution.role === 'main') sawMain = true;
  }
}

/** A contrast that opens a clause of the writer's right before a source: "…, although according to X, …". */
const CONTRAST_BEFORE = /\b(?:but|although|though|while|whereas|yet)\s*,?\s*$/i;

/**
 * "Berg said the boats left, although according to monitors, some stayed": an "according to" that a
 * contrast opens, with a clause after its comma, gives its source's own words, not the channel of the
 * report before it.
 */
function contrastedSource(view: SentenceView, attribution: Attribution): boolean {
  if (!ACCORDING_TO_VERB.test(attribution.verb)) return false;
  const before = view.masked.slice(Math.max(view.start, attribution.span.start - 20), attribution.span.start);
  return CONTRAST_BEFORE.test(before) && /^\s*,\s*\S/.test(view.masked.slice(attribution.span.end, view.end));
}

/**
 * What a verb reports, right after it: "a near miss", "an explosion", "being hit by a drone". Not a
 * time ("a day later") or a participle of the channel's own ("citing officials", "quoting Berg").
 */
const OWN_OBJECT = /^\s+(?:an?\s+(?!(?:day|week|month|year|few)\b)\p{Ll}|(?!(?:citing|quoting|adding|saying|noting|referring|according)\b)\p{Ll}{2,}ing\b)/u;

/** A subordinating word that opens a clause of the writer's right before a source: "…, after X reported …". */
const SUBORDINATOR_BEFORE = /\b(?:after|before|when|whenever|since|because|until|once|while|whereas)\s*$/i;

/**
 * "Berg said the port was shut, after the Courier reported strikes on it": a source that a
 * subordinating word ("after", "before", "when", "because") puts in a clause of the writer's reports
 * what that clause says, not the report before it, so it is no channel of that report.
 */
function subordinateSource(view: SentenceView, attribution: Attribution): boolean {
  return SUBORDINATOR_BEFORE.test(view.masked.slice(Math.max(view.start, attribution.span.start - 12), attribution.span.start));
}

/** A "that" right after a verb, or after a few words of audience or time with no comma: "reported on Monday that". */
const OWN_THAT_CLAUSE = /^\s+(?:[^\s,;]+\s+){0,3}?that\s/;

/**
 * Where a "that" clause ends: a semicolon, or a comma before a conjunction that opens a new clause
 * ("…, with Berg saying …", "…, as Ruhl has vowed to …", "…, although Fredonburg said …" are the writer's,
 * not part of what was reported). Not right after "that": "said that, although …, P" is one report.
 */
const CLAUSE_END = /;|(?<!\bthat),\s+(?:and|but|while|whereas|although|though|with|as)\s|[.!?]\s/;

/** Between a verb and the clause it reports: nothing, or a few words of audience or time, no punctuation. */
const BARE_COMPLEMENT = /^\s+(?:(?!and\b|but\b|or\b)[\p{L}\d'’-]+\s+){0,4}$/u;

/**
 * "Berg stated that units of the Sylvanian forces have pledged to fight on": a speaker and verb inside
 * the "that" clause of an earlier report are part of what was reported, not a report of their own.
 */
export function markNestedInThatClause(view: SentenceView, found: Attribution[]): void {
  for (const [i, attribution] of found.entries()) {
    // "…, Radio Marsh reports." closes the sentence: a channel, never inside what was reported.
    // "He added he was told that …": the unnamed teller's words are theirs, inside the report or not.
    if (attribution.role !== 'main' || attribution.unnamed || attribution.phrase === null || invertedOnlySpeechVerbs.has(attribution.verb)) continue;
    // "Berg claimed that the boats left, a claim denied by Ruhl": the denial follows the claim, never inside it.
    if (attribution.deniesClaimBefore) continue;
    // "According to Reuters, Berg said that …": "according to" takes a source, never a "that" clause.
    const outer = found.slice(0, i).find((a) => a.role === 'main' && !ACCORDING_TO_VERB.test(a.verb) && /^\s*(?:\S+\s+){0,3}?that\s/.test(view.masked.slice(a.verbSpan.end, a.verbSpan.end + 40)));
    if (outer && !CLAUSE_END.test(view.masked.slice(outer.verbSpan.end, attribution.span.start)) && !closingRelative(view, attribution) && !opensMainClause(view, outer, attribution)) attribution.role = 'nested';
    // "The ministry said Berg had briefed the envoy": a report that opens the bare clause of another.
    const opener = found.slice(0, i).find((a) => a.role === 'main' && a.verbSpan.end <= attribution.span.start && BARE_COMPLEMENT.test(view.masked.slice(a.verbSpan.end, attribution.span.start)));
    if (opener) attribution.role = 'nested';
  }
}

/**
 * "Berg said the sailor asked if he could leave and asked if he could call home": a verb with its
 * subject left out, joined by "and" to the same verb of a report nested in another's clause, goes on
 * with that nested speaker, not with the sentence's; both asks are the sailor's. A different verb
 * ("… and added that …") or a clause break between them leaves it the sentence subject's.
 */
export function markRepeatedNestedVerb(view: SentenceView, found: Attribution[]): void {
  for (const [i, attribution] of found.entries()) {
    const before = found[i - 1];
    if (!before || attribution.role !== 'main' || !attribution.elided || before.role !== 'nested' || before.phrase === null) continue;
    if (before.verb.toLowerCase() !== attribution.verb.toLowerCase()) continue;
    const between = view.masked.slice(before.verbSpan.end, attribution.span.start);
    if (!/\sand\s+$/.test(between) || CLAUSE_END.test(between) || /,\s+and\s+$/.test(between)) continue;
    attribution.role = 'nested';
    attribution.phrase = before.phrase;
    attribution.elided = false;
  }
}

/** A subordinator that opens a sentence: "After", "When", "Although" … */
const OPENING_SUBORDINATOR = /^\W*(?:after|when|before|although|though|while|once|because|whereas|if)\s+$/i;

/**
 * "After the Courier reported that the troops had left, Berg said that …": a report in a clause that a
 * subordinator opens the sentence with ends at the comma before the main clause's own speaker, who
 * reports for themselves.
 */
function opensMainClause(view: SentenceView, outer: Attribution, attribution: Attribution): boolean {
  return OPENING_SUBORDINATOR.test(view.masked.slice(view.start, outer.span.start)) && /,\s*$/.test(view.masked.slice(outer.verbSpan.end, attribution.span.start));
}

/**
 * "Berg said that the boats left, a move that the Courier reported was ordered by Ruhl": a relative
 * clause after a noun set off by a comma ("a move that", "which"), running to the sentence's end, is
 * a report of its own about what the words before it tell, not part of them.
 */
function closingRelative(view: SentenceView, attribution: Attribution): boolean {
  if (!attribution.objectRelative) return false;
  const before = view.masked.slice(Math.max(view.start, attribution.span.start - 40), attribution.span.start);
  if (!before.includes(',')) return false;
  return CLOSING_RELATIVE_BEFORE.test(before) && !/[,;:]/.test(view.masked.slice(attribution.verbSpan.end, view.end).replace(/,(?=\d{3}\b)/g, ''));
}

/** A noun set off by a comma right before a relative pronoun, or the comma alone before "which": ", a move ", ", ". */
const CLOSING_RELATIVE_BEFORE = /,\s+(?:(?:an?|the|this|that)\s+(?:\p{Ll}+\s+){1,2})?$/u;

/**
 * "The tanker issued a distress call and reported damage, the Council said": a verb without a subject
 * of its own ("and reported") before a trailing speaker is part of what that speaker reports.
 */
export function markReportedBeforeTrailingSpeaker(view: SentenceView, found: Attribution[]): void {
  for (const [i, attribution] of found.entries()) {
    if (attribution.role !== 'main' || !attribution.elided) continue;
    // "Berg reaffirmed X and said P, the ministry said": a second verb of a speaker's own report is hers.
    if (found.slice(0, i).some((a) => a.role === 'main' && a.phrase !== null && !a.elided)) continue;
    // A channel closing the sentence ("…, Radio Marsh reports") relays the report; it does not own it.
    const trailing = found.slice(i + 1).some((a) => a.role === 'main' && a.phrase !== null && !invertedOnlySpeechVerbs.has(a.verb) && /,\s*$/.test(view.masked.slice(attribution.verbSpan.end, a.span.start)));
    if (trailing) attribution.role = 'nested';
  }
}

/**
 * The words of the report a "…, a claim denied by X" follows: what X denies. With no report before it
 * ("The boats left the port, a claim Freedonia denies"), the clause before its comma.
 */
export function claimBefore(view: SentenceView, found: Attribution[], index: number): Span | null {
  const denial = found[index] as Attribution;
  const claim = found.slice(0, index).reverse().find((a) => a.role === 'main' && a.clause !== null && a.clause.end <= denial.span.start);
  if (claim) return claim.clause;
  return found.slice(0, index).some((a) => a.span.end <= denial.span.start) ? null : trimClause(view, view.start, denial.span.start);
}

/**
 * A speaker phrase after a noun that refers back to what was just told: "…, something neither
 * Freedonia nor Sylvania has acknowledged", "…, a claim Freedonia denies", "…, an allegation that
 * Sylvania rejects". Where the noun starts and where the speaker's own words start, whether the phrase
 * holds the noun or it stands right before the phrase; null when there is none.
 */
function referringNoun(view: SentenceView, phrase: Span): { start: number; speaker: number } | null {
  const before = REFERRING_NOUN_BEFORE.exec(view.masked.slice(view.start, phrase.start));
  if (before) return { start: view.start + before.index + before[0].indexOf(before[1] as string), speaker: phrase.start };
  const opening = REFERRING_NOUN_OPENS.exec(view.masked.slice(phrase.start, phrase.end));
  return opening && /,\s*$/.test(view.masked.slice(view.start, phrase.start)) ? { start: phrase.start, speaker: phrase.start + opening[0].length } : null;
}

/** Nouns that stand for the claim before them. */
const REFERRING_NOUN = String.raw`something|a\s+claim|an\s+(?:allegation|accusation|assertion)|a\s+charge`;
/** One of them after a comma, with a "that" or "which", right before the speaker phrase. */
const REFERRING_NOUN_BEFORE = new RegExp(String.raw`,\s*(${REFERRING_NOUN})\s+(?:that\s+|which\s+)?$`, 'u');
/** One of them opening the speaker phrase, before a name or "neither". */
const REFERRING_NOUN_OPENS = new RegExp(String.raw`^(?:${REFERRING_NOUN})\s+(?:that\s+|which\s+)?(?=\p{Lu}|neither\b|the\b)`, 'u');

/**
 * Marks the reports whose speaker phrase follows a noun referring back to the claim before it
 * (`referringNoun`): the speaker is the words after the noun, the report starts at the noun (so
 * the report before it ends there), and what the speaker denies, confirms or withholds is that claim
 * (`claimBefore`), not the sentence up to them.
 */
export function markClaimsReferredBack(view: SentenceView, found: Attribution[]): void {
  for (const attribution of found) {
    if (attribution.role !== 'main' || attribution.phrase === null) continue;
    const noun = referringNoun(view, attribution.phrase);
    if (noun === null) continue;
    attribution.phrase = { start: noun.speaker, end: attribution.phrase.end };
    attribution.span = { start: Math.min(noun.start, attribution.span.start), end: attribution.span.end };
    attribution.deniesClaimBefore = true;
  }
}

/**
 * "Berg lauded the “heroic” crews …, the Courier said on Friday": a trailing report whose words are
 * the words another speaker was just reported to say relays that report; it is its channel, not a
 * second speaker of the same words. ("The port is closed, Berg said, and the ships left, Ruhl said"
 * gives each their own words.)
 */
export function markChannelsOfReports(view: SentenceView, found: Attribution[]): void {
  for (const [i, attribution] of found.entries()) {
    const own = attribution.clause;
    // A verb without a subject of its own ("… and said, …") goes on with the speaker before: no channel.
    if (attribution.role !== 'main' || attribution.elided || attribution.deniesClaimBefore || (own && own.end > attribution.span.start)) continue;
    const reported = found.slice(0, i).reverse().find((a) => a.role === 'main' && a.clause !== null);
    const words = reported?.clause;
    const relaysWords = own !== null && reported !== undefined && words !== null && words !== undefined && words.start >= reported.verbSpan.end && words.start < own.end && own.start < words.end;
    if (relaysWords || closesReportBefore(view, found[i - 1], attribution)) {
      attribution.role = 'conduit';
      attribution.clause = null;
    }
  }
}

/**
 * "…, the ministry told lawmakers, the Courier reports, Radio Marsh writes.": a report right after
 * another, set off by a comma after a few words of audience or time, is its channel.
 */
function closesReportBefore(view: SentenceView, before: Attribution | undefined, attribution: Attribution): boolean {
  // The report before must have its words already: "According to Berg, the Courier said …" opens one.
  const reportedBefore = before?.role === 'conduit' || (before?.role === 'main' && before.clause !== null && before.clause.end <= attribution.span.start);
  if (!before || !reportedBefore) return false;
  // From the end of the report's words: "…, adding that 40 more sank, Radio Marsh reports".
  const between = view.masked.slice(Math.max(before.span.end, before.clause?.end ?? 0), attribution.span.start);
  const words = between.match(/[\p{L}\d'’-]+/gu) ?? [];
  const audienceOrTime = words.every((w) => COMPLEMENT_WORDS.has(w.toLowerCase()) || isCalendarWord(w) || isCapitalised(w));
  // "…, Berg said in an interview with the Courier, Radio Marsh reports": where it was said, then the channel.
  const setting = SPEECH_SETTING.test(between.trim().replace(/,$/, ''));
  const shortAside = words.length <= 4 && audienceOrTime && !words.some((w) => CLAUSE_JOINERS.has(w.toLowerCase()));
  return /^[^,;:.]*,\s*$/.test(between) && (shortAside || setting);
}
