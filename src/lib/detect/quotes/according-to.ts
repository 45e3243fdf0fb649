/**
 * Attributions that name their speaker after a fixed phrase rather than a verb: "according to X",
 * "as reported by X", "Quote from X:", and "…, a claim denied by X".
 */
import { ACCORDING_TO, AS_REPORTED_BY, BY_CUE, CLAIM_DENIED_BY, CONNECTIVES, PASSIVE_REPORT_BY, PER_CUE, PER_SOURCE, POINTS_BACK, QUOTE_FROM } from './attribution-patterns.ts';
import type { Attribution } from './attributions.ts';
import { describesNamed, gapAfter, gapBefore, isSpeakerPhrase, phraseAfter, spanOf, type PhraseRange } from './noun-phrase.ts';
import { sourceModifierEnd } from './source-modifier.ts';
import { isAcronym, isCapitalised, isPlainGap, isPossessive } from './tokens.ts';
import { DOCUMENT_NOUNS, isRoleNoun, PHRASE_STOP_WORDS } from './word-lists.ts';
import type { SentenceView, Span, Token } from './types.ts';

/** "…, according to officials", "as reported by the Courier", "Quote from Berg:": the speaker phrase after the pattern. */
export function accordingToAttributions(view: SentenceView): Attribution[] {
  const out: Attribution[] = [];
  const sentence = view.masked.slice(view.start, view.end);
  // Most sentences have no "according to": the words it cannot do without are looked for first.
  const according = sentence.includes('ccording') ? [...sentence.matchAll(ACCORDING_TO)] : [];
  const asReportedBy = BY_CUE.test(sentence) ? [...sentence.matchAll(AS_REPORTED_BY)] : [];
  const quoteFrom = sentence.includes('Quote') ? [...sentence.matchAll(QUOTE_FROM)] : [];
  const per = PER_CUE.test(sentence) ? [...sentence.matchAll(PER_SOURCE)] : [];
  for (const m of [...according, ...asReportedBy, ...quoteFrom, ...per]) {
    const start = view.start + m.index;
    const end = start + m[0].length;
    // "as reported by": the verb is "reported"; the attribution spans from "as".
    const verbSpan = m[1] === undefined ? { start, end } : { start: start + m[0].indexOf(m[1]), end: start + m[0].indexOf(m[1]) + m[1].length };
    // "The tanker was not Freedonian-flagged as reported by the Bureau": the Bureau reported that it
    // was; the words before are the writer's correction, not the report.
    if (m[1] !== undefined && correctsReport(view.masked.slice(view.start, start))) continue;
    const phrase = speakerAfter(view, end);
    if (!phrase) continue;
    const named = nameAfterDescription(view, phrase);
    const found = named ? { ...fixedPhraseAttribution(view, named, verbSpan, start), appositive: spanOf(phrase) } : fixedPhraseAttribution(view, phrase, verbSpan, start);
    // "According to lawmakers briefed by the agency, …": the source's description runs to the comma.
    const described = m[1] === undefined && !named ? sourceModifierEnd(view, start, phrase.end) : null;
    out.push(described === null ? found : { ...found, span: { start, end: described } });
  }
  return out;
}

/**
 * "according to the ministry's spokeswoman, Anna Berg, …": the name set off after a description that
 * ends in a role is who speaks, as in "the ministry's spokeswoman, Anna Berg, said". Null when no
 * such name follows, or when the words after the comma go on as a clause.
 */
function nameAfterDescription(view: SentenceView, description: PhraseRange): PhraseRange | null {
  // "according to the head of the Marsh Bureau (MB), Anna Berg, …": the acronym closes the description.
  const closesAcronym = isAcronym((view.tokens[description.last] as Token).text) && view.masked[description.end - 1] === ')';
  if (!(closesAcronym ? /^\),\s+$/ : /^,\s+$/).test(gapAfter(view, description.last))) return null;
  const name = phraseAfter(view, description.last + 1);
  if (!name || !describesNamed(view, description, name)) return null;
  return /^\s*[,.;]/.test(view.masked.slice(name.end, view.end + 1)) || name.end === view.end ? name : null;
}

/** The attribution of a speaker named after a fixed phrase that starts at `start`, its verb at `verbSpan`. */
export function fixedPhraseAttribution(view: SentenceView, phrase: PhraseRange, verbSpan: Span, start: number): Attribution {
  return {
    phrase: spanOf(phrase),
    appositive: null,
    elided: false,
    verb: view.text.slice(verbSpan.start, verbSpan.end),
    verbSpan,
    // A keeper read alone ("the agency" of "the agency's estimates") leaves its record to the span.
    span: { start, end: Math.max(phrase.end, view.tokens[phrase.last]?.end ?? phrase.end) },
    role: 'main',
    clause: null,
  };
}

/** The speaker phrase that follows a fixed phrase ending at `end` ("according to", "reported by"); null when none does. */
function speakerAfter(view: SentenceView, end: number): PhraseRange | null {
  const next = view.tokens.findIndex((t) => t.start >= end);
  if (next < 0 || !isPlainGap(view.masked.slice(end, view.tokens[next]?.start))) return null;
  const phrase = withoutKeptReports(view, countedPhraseAfter(view, sourceOfRecord(view, end) ?? next));
  const record = unattributedRecord(view, next);
  // "according to intelligence reports": the record the speaker-like word only qualifies.
  const qualified = record !== null && phrase !== null && record.last > phrase.last && view.tokens[record.last]?.text === 'reports';
  const read = phrase && isSpeakerPhrase(view, phrase) && !qualified ? phrase : (record ?? possessedRecord(view, next));
  if (!read) return null;
  const named = withPostmodifier(view, withCountedRecord(view, read));
  // "according to official estimates of the …": a phrase cut short names no one.
  if (startsNoun(view, named.last + 1)) return null;
  const first = withDocumentTail(view, withAcronym(view, named));
  const listed = listedSpeakers(view, first);
  // A list is read to the end of a trailing "…, according to A, B and C." only, or to a comma before
  // the clause of an opening "According to A, B and C, P" ("According to Berg, Ruhl and Weiss left"
  // names one source: the words after her are the clause).
  const after = view.masked.slice(listed.end, view.end);
  return /^[\s.!?”"’)]*$/u.test(after) || (listed !== first && /^\.?,\s+\S/u.test(after)) ? listed : first;
}

/**
 * "according to British defence ministry reports": a phrase that ends in the reports of a speaker it
 * names is read up to that speaker, whose record `withCountedRecord` then adds back, as it does
 * figures. Bare "reports", and "media reports" (a speaker phrase as it stands), stay as they are.
 */
function withoutKeptReports(view: SentenceView, phrase: PhraseRange | null): PhraseRange | null {
  if (!phrase || phrase.last <= phrase.first || !KEEPER_REPORTS.has((view.tokens[phrase.last] as Token).text) || isSpeakerPhrase(view, phrase)) return phrase;
  const keeper = { first: phrase.first, last: phrase.last - 1, start: phrase.start, end: (view.tokens[phrase.last - 1] as Token).end };
  return isSpeakerPhrase(view, keeper) ? keeper : phrase;
}

/** Reports a named speaker keeps, read with the speaker as figures are: "the ministry's reports", "ministry reports". */
const KEEPER_REPORTS: ReadonlySet<string> = new Set(['reports', 'report']);

/** The speaker phrase at token `first`, a number counting it included: "11 countries" in "a report by 11 countries". */
function countedPhraseAfter(view: SentenceView, first: number): PhraseRange | null {
  const phrase = phraseAfter(view, first);
  const count = view.tokens[first];
  if (phrase || !count || !/^\d[\d,]*$/.test(count.text) || !isPlainGap(gapAfter(view, first))) return phrase;
  const counted = phraseAfter(view, first + 1);
  return counted && isSpeakerPhrase(view, counted) ? { ...counted, first, start: count.start } : null;
}

/**
 * "This was reported by the Courier.": the attribution of a sentence that credits the one before it,
 * with no clause of its own; null for any other sentence, and for "It was reported by X that …",
 * whose clause follows.
 */
export function pointingBackAttribution(view: SentenceView): Attribution | null {
  const sentence = view.masked.slice(view.start, view.end);
  const m = BY_CUE.test(sentence) ? POINTS_BACK.exec(sentence) : null;
  if (!m) return null;
  const start = view.start + m.index;
  const end = start + m[0].length;
  const phrase = speakerAfter(view, end);
  if (!phrase || /\bthat\s/i.test(view.masked.slice(phrase.end, view.end))) return null;
  const verbStart = start + m[0].lastIndexOf(m[1] as string);
  return fixedPhraseAttribution(view, phrase, { start: verbStart, end: verbStart + (m[1] as string).length }, start);
}

/**
 * "The withdrawal of the boats was announced by Ruhl on Tuesday": the agent's statement of the subject
 * the sentence opens with (after a connective such as "Moreover,"). Null for any other sentence, and
 * for "This was reported by X", which credits the sentence before (`pointingBackAttribution`).
 */
export function passiveReportAttribution(view: SentenceView): Attribution | null {
  const sentence = view.masked.slice(view.start, view.end);
  // Both patterns end in "by": most sentences have none.
  if (!BY_CUE.test(sentence) || POINTS_BACK.test(sentence)) return null;
  const m = PASSIVE_REPORT_BY.exec(sentence);
  if (!m) return null;
  const connective = /^\W*(\p{L}+)\s*,\s*/u.exec(sentence);
  const from = view.start + (connective && CONNECTIVES.has((connective[1] as string).toLowerCase()) ? connective[0].length : (/^\W*/.exec(sentence)?.[0].length ?? 0));
  const auxiliary = view.start + m.index;
  const subject = view.masked.slice(from, auxiliary);
  // What was said is a noun phrase of its own: no pronoun alone, no clause, no quotation.
  if (/^(?:it|this|that|these|those|they|he|she)$/i.test(subject.trim()) || /[;:\u2592]|\b(?:said|says|told|that)\b/u.test(subject) || subject.trim().split(/\s+/).length > 25) return null;
  const end = auxiliary + m[0].length;
  const phrase = speakerAfter(view, end);
  if (!phrase) return null;
  const verbStart = auxiliary + m[0].indexOf(m[1] as string);
  return { ...fixedPhraseAttribution(view, phrase, { start: verbStart, end: verbStart + (m[1] as string).length }, auxiliary + 1), reportsSubject: { start: from, end: auxiliary } };
}

/** A negated clause right before "as reported by", not set off by a comma: it says the report was wrong. */
function correctsReport(before: string): boolean {
  const clause = before.split(/[;:.!?]/).at(-1) ?? '';
  return !/,\s*$/.test(clause) && /\b(?:not|never|no)\b|n['’]t\b/i.test(clause);
}

/**
 * A record that is someone's, up to its agent: "interviews with …", "a report by …", "a statement
 * by …", "information confirmed by …", "the latest figures from …", "the latest account of …" (a
 * count is its keeper's). Not a joint one ("a joint statement by Freedonia, Sylvania and …"): that
 * is the record's own, for no one government, as a joint statement is.
 */
const RECORD_OF =
  /^\s+(?:(?:a|an|the)\s+)?(?:(?!joint\s)[\p{L}-]+\s+){0,2}?(?:(?:interviews?|reports?|information|data|documents?|study|studies|survey|analysis|figures|statistics|estimates?|assessments?|accounts?|counts?|tally|tallies|numbers|calculations?|statements?|bulletins?|updates?)\s+(?:(?:confirmed|provided|obtained|released|compiled|published|issued|conducted|seen)\s+)?(?:by|from|with)|accounts?\s+of)\s+/iu;

/**
 * "according to a report by 11 countries", "according to interviews with Sylvanian sailors": the
 * speaker is whose record it is. The token where that phrase starts, after the words at `end`; null
 * when they name no such record.
 */
function sourceOfRecord(view: SentenceView, end: number): number | null {
  const record = RECORD_OF.exec(view.masked.slice(end, view.end));
  if (!record) return null;
  const agent = view.tokens.findIndex((t) => t.start >= end + record[0].length);
  return agent < 0 ? null : agent;
}

/**
 * "according to western estimates", "according to new figures", "according to intelligence reports": a
 * record, or reports of a kind, whose author the sentence does not name, the speaker as written (for
 * no government). Null when the words name no such record.
 */
function unattributedRecord(view: SentenceView, first: number): PhraseRange | null {
  for (let last = first; last < view.tokens.length && last - first < 3; last++) {
    const token = view.tokens[last] as Token;
    if (last > first && !isPlainGap(gapBefore(view, last))) return null;
    // Bare "according to reports" names no source, hearsay like "reportedly"; "intelligence reports" does.
    if (COUNTED_RECORDS.has(token.text.toLowerCase()) || (token.text === 'reports' && last > first)) {
      const words = view.tokens.slice(first, last).map((t) => t.text);
      return words.every((w) => /^\p{Ll}+$/u.test(w)) ? { first, last, start: (view.tokens[first] as Token).start, end: token.end } : null;
    }
  }
  return null;
}

/** Records a count comes from: "according to official figures", "… estimates of the bureau", "Freedonian assessments". */
const COUNTED_RECORDS = new Set(['figures', 'data', 'statistics', 'estimates', 'assessments', 'findings', 'numbers', 'tallies', 'records', 'calculations']);

/** Records and channels named after their keeper: "the State Bureau website", "the Courier index". */
const KEPT_RECORDS = new Set([...COUNTED_RECORDS, 'website', 'site', 'index', 'tally', 'count', 'survey', 'account', 'channel', 'report', 'statement', 'bulletin', 'update']);

/**
 * "according to the State Bureau's index", "according to consultancy Ober's container index", "according
 * to the Freedonian government's figures": a record whose keeper a possessive names. The phrase through the record's nouns (its keeper resolves it);
 * null when the words name no such record.
 */
function possessedRecord(view: SentenceView, first: number): PhraseRange | null {
  const { tokens } = view;
  let last = first;
  while (last + 1 < tokens.length && last - first < 8 && isPlainGap(gapAfter(view, last)) && !isPossessive((tokens[last] as Token).text)) last += 1;
  const owner = tokens[last];
  if (!owner || !isPossessive(owner.text)) return null;
  // "the State Bureau's index", "the Freedonian government's figures": a keeper a name opens or modifies.
  const named = tokens.slice(first, last + 1).some((t) => isCapitalised(t.text));
  // "the agency's estimates", "the ministry's figures": a body or office named before, by its noun.
  const ownerNoun = owner.text.replace(/['’´]s?$/u, '');
  if (!named && !(last > first && isRoleNoun(ownerNoun) && !KEEPER_NO_SPEAKER.test(ownerNoun))) return null;
  let noun = last;
  while (noun + 1 < tokens.length && noun - last < 3 && isPlainGap(gapAfter(view, noun)) && /^\p{Ll}[\p{L}-]*$/u.test((tokens[noun + 1] as Token).text) && !PHRASE_STOP_WORDS.has((tokens[noun + 1] as Token).text)) noun += 1;
  if (noun === last || !KEPT_RECORDS.has((tokens[noun] as Token).text.toLowerCase())) return null;
  // A name resolves with its record ("the State Bureau's index"); a noun alone refers back as "the agency" does.
  const end = named ? (tokens[noun] as Token).end : owner.start + ownerNoun.length;
  return { first, last: noun, start: (tokens[first] as Token).start, end };
}

/** Role nouns that are records, not their keepers: "the report's findings" names no one to refer back to. */
const KEEPER_NO_SPEAKER = new RegExp(`^(?:${DOCUMENT_NOUNS}|report|media)$`, 'iu');

/** "official figures", "the State Bureau website": a speaker phrase read up to the record it keeps. */
function withCountedRecord(view: SentenceView, phrase: PhraseRange): PhraseRange {
  const next = view.tokens[phrase.last + 1];
  const kept = isCapitalised(lastWordText(view, phrase)) ? KEPT_RECORDS : COUNTED_RECORDS;
  if (!next || !(kept.has(next.text.toLowerCase()) || KEEPER_REPORTS.has(next.text)) || !isPlainGap(gapAfter(view, phrase.last))) return phrase;
  const whose = /^\s+of\s[^,;.!?]*/.exec(view.masked.slice(next.end, view.end));
  const end = whose ? next.end + whose[0].trimEnd().length : next.end;
  return { ...phrase, last: view.tokens.findLastIndex((t) => t.end <= end), end, head: phrase.last + 1 };
}

/** The text of a phrase's last word. */
function lastWordText(view: SentenceView, phrase: PhraseRange): string {
  return (view.tokens[phrase.last] as Token).text;
}

/** "officials familiar with the matter", "sources close to the talks": words after the head that say who they are. */
const POSTMODIFIER = /^\s+(?:familiar\s+with|close\s+to|briefed\s+on|knowledgeable\s+about|with\s+knowledge\s+of|involved\s+in)\s[^,;.!?]*/i;

function withPostmodifier(view: SentenceView, phrase: PhraseRange): PhraseRange {
  const tail = POSTMODIFIER.exec(view.masked.slice(phrase.end, view.end));
  if (!tail) return phrase;
  const end = phrase.end + tail[0].trimEnd().length;
  const last = view.tokens.findLastIndex((t) => t.end <= end);
  return { ...phrase, last, end, head: phrase.head ?? phrase.last };
}

/** Whether a lower-case noun-like word goes on right after a phrase ("official estimates"), cutting it short. */
function startsNoun(view: SentenceView, i: number): boolean {
  const token = view.tokens[i];
  return token !== undefined && isPlainGap(gapBefore(view, i)) && /^\p{Ll}+s$/u.test(token.text) && !/(?:ss|us|is)$/.test(token.text);
}

/** "the Northern Council (NC)": an acronym in parentheses after a name belongs to it. */
function withAcronym(view: SentenceView, phrase: PhraseRange): PhraseRange {
  const next = view.tokens[phrase.last + 1];
  if (!next || !isAcronym(next.text) || !/^\s*\($/.test(gapAfter(view, phrase.last)) || view.masked[next.end] !== ')') return phrase;
  return { ...phrase, last: phrase.last + 1, end: next.end + 1 };
}

/** "according to a statement released via Facebook, …": how the document came out belongs to the phrase, up to the comma. */
const DOCUMENT_TAIL = /^\s+(?:released|issued|posted|published|sent|carried)\s+(?:via|on|by|through|in)\s[^,;.\u2592]{1,60}(?=,)/u;

/**
 * "according to a joint statement by Freedonia, Sylvania and the Council, …": the parties of a joint
 * document belong to the phrase, through the list item that holds "and", up to the comma that opens
 * what the document says (or the sentence's end).
 */
const JOINT_PARTIES = /^\s+(?:by|from|of)\s+(?:[^,;.:\u2592]+,\s+){0,10}?[^,;.:\u2592]*?\band\s+[^,;.:\u2592]+(?=,|[.!?]?\s*$)/u;

function withDocumentTail(view: SentenceView, phrase: PhraseRange): PhraseRange {
  // The parties are read from the document's noun, whether or not the phrase took in the first of them.
  const joint = /\bjoint\s+\p{L}+/iu.exec(view.masked.slice(phrase.start, phrase.end));
  const from = joint ? phrase.start + joint.index + joint[0].length : phrase.end;
  const parties = joint ? JOINT_PARTIES.exec(view.masked.slice(from, view.end)) : null;
  const tail = parties && from + parties[0].length > phrase.end ? parties : DOCUMENT_TAIL.exec(view.masked.slice(phrase.end, view.end));
  if (!tail) return phrase;
  const end = (tail === parties ? from : phrase.end) + tail[0].length;
  const last = view.tokens.findLastIndex((t) => t.end <= end);
  return { ...phrase, last, end };
}

/**
 * "…, according to Freedonian, Sylvanian and Western officials": when a phrase that starts a list is
 * followed by more words separated by commas, up to an "and" whose phrase ends the list, the speaker
 * is the whole list. Otherwise the phrase as read.
 */
function listedSpeakers(view: SentenceView, phrase: PhraseRange): PhraseRange {
  let last = phrase.last;
  for (let items = 0; items < 12; items++) {
    // "the U.S., and": an abbreviation's point before the comma.
    if (!/^\.?,\s+$/.test(gapAfter(view, last))) return phrase;
    // "A, B, and C": the serial comma before the last item.
    const serial = view.tokens[last + 1]?.text === 'and' && isPlainGap(gapAfter(view, last + 1)) ? phraseAfter(view, last + 2) : null;
    if (serial && isSpeakerPhrase(view, serial)) return { first: phrase.first, last: serial.last, start: phrase.start, end: serial.end };
    const item = phraseAfter(view, last + 1) ?? listItem(view, last + 1);
    if (!item) return phrase;
    if (/\band\s/.test(view.masked.slice((view.tokens[item.first] as Token).start, item.end)) && isSpeakerPhrase(view, item)) {
      return { first: phrase.first, last: item.last, start: phrase.start, end: item.end };
    }
    // "…, Ruhl and the Courier": the last item after "and" reads as a phrase of its own.
    const and = view.tokens[item.last + 1];
    const lastItem = and?.text === 'and' && isPlainGap(gapAfter(view, item.last)) ? phraseAfter(view, item.last + 2) : null;
    if (lastItem && isSpeakerPhrase(view, lastItem)) return { first: phrase.first, last: lastItem.last, start: phrase.start, end: lastItem.end };
    last = item.last;
  }
  return phrase;
}

/** One capitalised word of a list, before its comma: "Sylvanian" in "Freedonian, Sylvanian and …". */
function listItem(view: SentenceView, i: number): PhraseRange | null {
  const token = view.tokens[i];
  if (!token || !isCapitalised(token.text) || !/^,\s+$/.test(gapAfter(view, i))) return null;
  return { first: i, last: i, start: token.start, end: token.end };
}

/** "…, a claim denied by Freedonia and its allies": the agent of the denial is its speaker. */
export function claimDeniedByAttributions(view: SentenceView): Attribution[] {
  const out: Attribution[] = [];
  const sentence = view.masked.slice(view.start, view.end);
  if (!BY_CUE.test(sentence)) return out;
  for (const m of sentence.matchAll(CLAIM_DENIED_BY)) {
    const start = view.start + m.index + (/^,\s*/.exec(m[0])?.[0].length ?? 0);
    const verbStart = view.start + m.index + m[0].lastIndexOf(m[1] as string);
    const end = view.start + m.index + m[0].length;
    const next = view.tokens.findIndex((t) => t.start >= end);
    const named = next < 0 ? null : phraseAfter(view, next);
    if (!named || !isSpeakerPhrase(view, named)) continue;
    const phrase = listedSpeakers(view, named);
    out.push({ ...fixedPhraseAttribution(view, phrase, { start: verbStart, end: verbStart + (m[1] as string).length }, start), deniesClaimBefore: true });
  }
  return out;
}
