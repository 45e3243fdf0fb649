/**
 * The clause an attribution reports: what follows the verb ("said (that) …"), or what precedes a
 * trailing attribution ("…, the ministry said."), without the audience, time and place around the verb.
 */
import { ACCORDING_TO_VERB, AUDIENCE_WORDS, CLAUSE_JOINERS, clauseWithNamedSubject, COMPLEMENT_WORDS, CONNECTIVES, PARTICIPLE_ADVERBS, SPEECH_SETTING } from './attribution-patterns.ts';
import type { Attribution } from './attributions.ts';
import { onlyWhenOrWhereSaid } from './closing-setting.ts';
import { DATELINE_AGENCY, DATELINE_DAY, DATELINE_PLACE } from './dateline-parts.ts';
import { datedNextClause } from './dated-next-clause.ts';
import { withinFrontedClause } from './fronted-clause.ts';
import { negatedAt } from './negation.ts';
import { MASK } from './quote-spans.ts';
import { isParticiple } from './speech-verbs.ts';
import { isCalendarWord, isCapitalised, isPlainGap } from './tokens.ts';
import type { SentenceView, Span, Token } from './types.ts';
import { NAME_PARTICLES, PHRASE_STOP_WORDS } from './word-lists.ts';

/**
 * The clause a main attribution reports. After the verb ("said (that) …") up to the next report;
 * or, when nothing but a time or place follows the verb ("…, the ministry said on Monday."),
 * the text before the speaker. "According to X, …" reports what follows it.
 */
export function clauseOf(view: SentenceView, all: Attribution[], index: number): Span | null {
  const clause = clauseWithTail(view, all, index);
  const attribution = all[index] as Attribution;
  const whole = clause && withoutConcession(view, attribution, withoutDatedNextClause(view, attribution, withoutContrastedSubject(view, withoutChannelTail(view, withoutDateline(view, clause)))));
  return withinFrontedClause(view, attribution, whole, (from, to) => trimClause(view, from, to));
}

/** A comma right after a participle, then a capitalised word: "(adding), Freedonia supports …". */
const PARTICIPLE_COMMA_THEN_WORDS = /^\s*,\s*(?=\p{Lu})/u;

/**
 * A concession after a comma ("…, although video showed …", "…, even after signing a pact that …",
 * "…, despite …", "…, but the two sides signed …") after a noun the speaker denied or confirmed sets
 * the writer's facts against the report; it is not what was said, and a denial or a negated report
 * must not take it in ("neither has confirmed the deployment, but the two signed a pact"). After a
 * clause ("said that the talks were useful, although no date was set") it may be the speaker's, and
 * stays; so does "…, even if …", a condition the speaker may have set, and a "but" with no subject of
 * its own ("confirmed the sinking, but not the toll").
 */
const CONCESSION = /,\s+(?:although|though|even\s+though|even\s+after|even\s+as|despite|in\s+spite\s+of)\s/i;

/**
 * ", but" before a subject of its own: a name, a pronoun, or a noun after "the", "its", "their" ("but the
 * two countries signed", "but its navy withdrew"). Case is kept: "but not the toll" has none.
 */
const BUT_OWN_SUBJECT = /,\s+but\s+(?=\p{Lu}|(?:it|they|he|she|we|both)\b|(?:the|its|their|his|her|our)\s+\p{L})/u;

/** The first concession in the words, or null. */
function concessionIn(words: string): RegExpExecArray | null {
  const found = [CONCESSION.exec(words), BUT_OWN_SUBJECT.exec(words)].filter((m): m is RegExpExecArray => m !== null);
  return found.sort((a, b) => a.index - b.index)[0] ?? null;
}

/**
 * The clause without a concession that follows what was said after the verb ("denied their role,
 * although …"). Words before the speaker ("The boats left, although some stayed, Berg said") are all
 * said, and "said that, although …, P" is one report: at least one word besides "that" comes first.
 */
function withoutConcession(view: SentenceView, attribution: Attribution, clause: Span | null): Span | null {
  if (!clause || clause.start < attribution.verbSpan.end) return clause;
  const words = view.masked.slice(clause.start, clause.end);
  // Its words first: few clauses hold a comma and a concession.
  if (!words.includes(',')) return clause;
  const concession = concessionIn(words);
  if (!concession) return clause;
  const before = words.slice(0, concession.index).replace(/^\s*that\b/i, '');
  if (!/\p{L}/u.test(before) || before.split(/[^\p{L}'’-]+/u).some((word) => CLAUSE_VERB.test(word))) return clause;
  return trimClause(view, clause.start, clause.start + concession.index) ?? clause;
}

/**
 * The place (and day, and agency) a wire story opens with is where it was filed, not what was said:
 * "FREDONBURG: …", "MARSH CITY, Oct 3 (NNN-CNA) – …", "Fredonburg, September 3: …", "FREDONBURG (AP) — …".
 * A place in capitals or with an agency may end in a colon or a dash; a place written in mixed case
 * only in a colon ("Freedonia – Sylvania talks" opens no dateline).
 */
const DAY_AFTER_COMMA = String.raw`(?:,\s*${DATELINE_DAY})?`;
const DATELINE = new RegExp(
  String.raw`^(?:\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,2}${DAY_AFTER_COMMA}(?:\s*${DATELINE_AGENCY})?\s*(?::|\s[-–—])` +
    String.raw`|${DATELINE_PLACE}${DAY_AFTER_COMMA}\s*(?:${DATELINE_AGENCY}\s*(?::|[-–—])|:))\s+(?=[\p{Lu}\d])`,
  'u',
);

function withoutDateline(view: SentenceView, clause: Span): Span {
  if (clause.start !== 0) return clause;
  const dateline = DATELINE.exec(view.masked.slice(0, clause.end));
  return dateline ? { start: dateline[0].length, end: clause.end } : clause;
}

/** An aside after the verb that tells how, not what: "without giving numbers", ", without elaborating". */
const WITHOUT_ASIDE = /^\s*,?\s*without\s+(?:\p{Ll}+ing|further|any|details|elaborat\w*)\b[^.;:]*[.;:]?\s*$/u;

/** ", while Ruhl called them …": a contrast with a subject of its own is the writer's, not what was said. */
const CONTRASTED_SUBJECT = clauseWithNamedSubject(String.raw`,\s*(?:while|whereas)`);

function withoutContrastedSubject(view: SentenceView, clause: Span | null): Span | null {
  if (!clause) return clause;
  const contrast = CONTRASTED_SUBJECT.exec(view.masked.slice(clause.start, clause.end));
  return contrast && contrast.index > 0 ? trimClause(view, clause.start, clause.start + contrast.index) : clause;
}

/**
 * "declared that it would stay out, and on Monday, the council accepted a truce": the words after the
 * verb end where the writer goes on to a happening dated on its own (`datedNextClause`). Words before
 * the speaker ("…, Berg said") are all said.
 */
function withoutDatedNextClause(view: SentenceView, attribution: Attribution, clause: Span | null): Span | null {
  if (!clause || clause.start < attribution.verbSpan.end) return clause;
  const at = datedNextClause(view.masked.slice(clause.start, clause.end));
  return at > 0 ? trimClause(view, clause.start, clause.start + at) : clause;
}

/** "…, the Courier reports." ending a clause names the channel the report came through, not what was said. */
export const CHANNEL_AT_END = /,\s*(?:[\p{L}'’.&-]+\s+){1,5}(?:reports|writes|reported|wrote)\s*[.!?]?\s*$/u;

function withoutChannelTail(view: SentenceView, clause: Span): Span | null {
  const words = view.masked.slice(clause.start, clause.end);
  // Its verbs hold "report" or "wr": a clause without them has no channel at its end.
  const tail = words.includes('report') || words.includes('wr') ? CHANNEL_AT_END.exec(words) : null;
  if (!tail || tail.index === 0) return clause;
  // "…, Radio Marsh reports, the Courier writes.": one channel after another.
  const shorter = trimClause(view, clause.start, clause.start + tail.index);
  return shorter && withoutChannelTail(view, shorter);
}

function clauseWithTail(view: SentenceView, all: Attribution[], index: number): Span | null {
  const attribution = all[index] as Attribution;
  // "He added he was told that …": what the unnamed teller said is part of what he added.
  const others = all.filter((a, i) => i !== index && a.role !== 'nested' && !a.unnamed);
  // An attribution inside this one's own span ("Berg, calling it “reckless”, said …") is no next report.
  const next = others.find((a) => a.span.start > attribution.span.start && a.span.start >= attribution.verbSpan.end);
  const previous = [...others].reverse().find((a) => a.span.end <= attribution.span.start);
  // "Moreover, according to X, …", "However, Berg said …": a connective alone before the report is no
  // part of what was said, and the report opens its sentence.
  // So is a fronted setting of the report: "On Monday, Berg praised the “heroic” crews", "After the
  // meeting, Ruhl accused Freedonia, Sylvania and …".
  const floor = previous ? previous.span.end : onlyConnectiveBefore(view, attribution) || onlySettingBefore(view, attribution) ? attribution.span.start : view.start;
  // "Kim, who called the move “a crime,” said …": the verb of the report whose subject holds this one
  // ends this one's words, though its subject starts before them.
  const around = others.find((a) => a.span.start <= attribution.span.start && a.verbSpan.start >= attribution.verbSpan.end);
  const limit = relativeClauseEnd(view, attribution, Math.min(next ? next.span.start : view.end, around ? around.verbSpan.start : view.end));

  // "…, the ministry said, the Courier reports.": what the ministry said comes before it.
  if (attribution.span.start > floor && endsInChannelVerb(view.masked.slice(attribution.span.end, view.end)) && CHANNEL_TAIL.test(withoutLeadingComplement(view, attribution.span.end))) {
    const before = trimClause(view, floor, attribution.span.start);
    if (before) return before;
  }
  // "…, Ruhl stressed in a statement published by the Palace.": only where it was said follows.
  // "…, the group said through its official media Saturday, following funerals in the capital.": a
  // participle clause of the writer's after the setting changes nothing.
  // "…, Ruhl said during a reception, the Courier reported.": the comma before the next report ends the setting.
  // "…, Lee told reporters after a briefing from the agency.": past the audience, where it was said.
  // "…, said in the report released by Freedonia and allies including Sylvania, Marsh City and …": the
  // commas of a list of examples are no clause of their own.
  // "…, stated the navy's head, Anna Berg, in an interview …": a comma that closes the speaker's appositive opens no words.
  const afterVerb = withoutTails(withoutAudience(view.masked.slice(attribution.span.end, limit).trim().replace(/^,\s*/, ''), attribution.verb)).replace(/,$/, '');
  // "…, Ruhl was quoted as saying by the Courier.": who quoted the words, not the words.
  const quotedBy = /^by\s/i.test(afterVerb) && /\bas\s+saying$/i.test(view.masked.slice(attribution.span.start, attribution.verbSpan.end));
  // "…, the Courier reported citing the ministry.": the source it names is no more what was said.
  // "…, the agency quoted Ruhl as saying on Tuesday.", "…, Ruhl said on Tuesday on a trip to Marsh City.": when and where only.
  const asSaying = /\bas\s+saying$/i.test(view.masked.slice(attribution.span.start, attribution.verbSpan.end));
  if (attribution.span.start > floor && (SPEECH_SETTING.test(afterVerb) || ANONYMOUSLY.test(afterVerb) || CITING.test(afterVerb) || quotedBy || onlyWhenOrWhereSaid(afterVerb, asSaying)) && !/\bthat\b|[,;:\u2592]/u.test(afterVerb)) {
    const before = trimClause(view, floor, attribution.span.start);
    if (before) return before;
  }
  // "…, according to the ministry, the latest incident of its kind.": words of the writer's own set
  // off after the source; what the source says is before it.
  // "…, Kowal suggested, a change from February", "…, according to official figures, after …": so after
  // any report that follows its words.
  // ("…, and according to the ministry, the boats left": a report that opens a clause of its own reports what follows;
  // so does one right after a subordinating word: "This happened after, according to some sources, the boats left".)
  // (Asked last: the pattern, anchored at the end, reads every word from the floor.)
  const opensClause = () => /\b(?:and|but|after|before|because|since|when|while|although|though|once|until)\s*,?\s*$/i.test(view.masked.slice(floor, attribution.span.start));
  if (attribution.span.start > floor && /^\s*,\s*(?:the|a|an|this|its|their|after|before|following|amid|when|while)\s/i.test(view.masked.slice(attribution.span.end, limit)) && !opensClause()) {
    const before = trimClause(view, floor, attribution.span.start);
    if (before) return before;
  }
  // "…, according to Sylvanian sailors and officials familiar with the battles.": a trailing "according
  // to" whose phrase is not followed by a comma and a clause of its own reports what comes before it.
  const trailingAccordingTo = ACCORDING_TO_VERB.test(attribution.verb) && /,\s*$/.test(view.masked.slice(floor, attribution.span.start));
  if (attribution.span.start > floor && trailingAccordingTo && !/^\s*,/.test(view.masked.slice(attribution.span.end, limit))) {
    const before = trimClause(view, floor, attribution.span.start);
    if (before) return before;
  }
  // "reported, citing intelligence, that …": the source named between commas is not what was said.
  const cited = CITED_SOURCE.exec(view.masked.slice(attribution.span.end, limit));
  if (cited) return trimClause(view, attribution.span.end + cited[0].length, limit);
  const afterTokens = view.tokens.filter((t) => t.start >= attribution.span.end && t.end <= limit);
  // "condemned, Monday, the admission …": a day set off by commas right after the verb, then what was said.
  const day = afterTokens[0];
  if (day && isCalendarWord(day.text) && /^\s*,\s*$/.test(view.masked.slice(attribution.span.end, day.start))) {
    const from = skipInsertedTime(view, afterTokens, day.start);
    if (from !== day.start) return trimClause(view, from, shortObjectEnd(view, from, limit));
  }
  // "…, Berg was quoted as saying, with hundreds of cars …": a clause of the writer's own follows a comma.
  const first = afterTokens[0];
  // "…, Kowal said, also conveying …": so does a participle after an adverb; what was said is before.
  const participleAside = first !== undefined && /^\s*,\s*$/.test(view.masked.slice(attribution.span.end, first.start)) && PARTICIPLE_ADVERBS.has(first.text.toLowerCase()) && /^\p{Ll}+ing$/u.test(afterTokens[1]?.text ?? '');
  if (participleAside && attribution.span.start > floor) {
    const before = trimClause(view, floor, attribution.span.start);
    if (before) return before;
  }
  const writerGoesOn = first !== undefined && /^\s*,\s*$/.test(view.masked.slice(attribution.span.end, first.start)) && CLAUSE_JOINERS.has(first.text.toLowerCase());
  // "with Berg saying Freedonia …" has no audience: a capitalised word after a participle is what was said.
  const complement = writerGoesOn || isParticiple(attribution.verb) ? 0 : leadingComplement(view, afterTokens);
  // "said Freedonia, which has helped Sylvania, will send …": a name a relative clause describes is the
  // subject of what was said, not an audience.
  const describedSubject = complement > 0 && /^\s*,\s*(?:which|who)\s/.test(view.masked.slice((afterTokens[complement - 1] as Token).end, limit));
  const complementOnly = describedSubject ? 0 : complement;
  const rest = afterTokens.slice(complementOnly);
  // "…, the sources said without giving numbers": how it was said, not what.
  const withoutAside = WITHOUT_ASIDE.test(view.masked.slice(attribution.span.end, limit));
  const trailing = rest.length === 0 || withoutAside || !isPlainGap(view.masked.slice((afterTokens[complementOnly - 1] ?? { end: attribution.span.end }).end, rest[0]?.start));
  // "Asked about the convoy, Berg declined to comment": a negated verb with nothing after it reports nothing.
  if (afterTokens.length === 0 && negatedAt(view, attribution.verbSpan.start)) return null;
  // "Earlier in the day, the ministry said “…”": the quotation is what was said, not the words before it.
  // "… and praised their “heroism,” and left": words of the audience or owner before it change nothing,
  // and the writer may go on after it.
  // (Only words that hold a quotation's mask are read: most reports quote nothing after the verb.)
  const afterAttribution = view.masked.slice(attribution.span.end, limit);
  if (afterAttribution.includes(MASK) && quotationOpensAfter(complementOnly).test(afterAttribution)) return null;
  // "an interview with a sailor describing “brutal” fighting": a participle's words are after it, and
  // with a quotation among them the quotation is the statement; the words before its subject are the writer's.
  if (trailing && isParticiple(attribution.verb) && afterAttribution.includes(MASK)) return null;
  // "…, Berg noted, adding, Freedonia supports the talks": a participle set off by its comma, a
  // capitalised word after it, is followed by what was said; the participle is no part of it.
  const said = trailing && isParticiple(attribution.verb) ? PARTICIPLE_COMMA_THEN_WORDS.exec(afterAttribution) : null;
  if (said) {
    const own = trimClause(view, attribution.span.end + said[0].length, limit);
    if (own) return own;
  }
  // "…, although according to monitors, some ships stayed": a source a joiner opens a clause with
  // reports what follows its comma, not the words before the joiner.
  if (trailing && attribution.span.start > floor && opensClause() && /^\s*,/.test(afterAttribution)) {
    const own = trimClause(view, attribution.span.end, limit);
    if (own) return own;
  }
  if (trailing && attribution.span.start > floor) {
    // "The move, Berg said, was a mistake": the report runs on after the attribution, so the clause
    // is the whole stretch.
    const after = rest[0];
    // A participle ("…, Berg said, citing …") or an adverb opening an aside ("on X, formerly Twitter") ends it instead.
    // So does a relative clause about the speaker ("…, said Berg, who has been there since May"), and
    // so do the writer's own words after a speaker who follows what was said ("…, Berg said on Monday,
    // after the talks failed", "…, Berg said, another sign of …").
    // ("The bureau's spokesperson, Anna Berg, said on Monday, after …": a description before the name is no report.)
    const describedBefore = attribution.appositive !== null && attribution.appositive.end <= attribution.span.start;
    const writerGoesOnAfterTag = !describedBefore && WRITER_OPENER.test(wordAfterParenthesis(view, rest)?.text ?? '') && /,\s*$/.test(view.masked.slice(floor, attribution.span.start));
    if (after && !withoutAside && !writerGoesOnAfterTag && !/^\p{Ll}+(?:ing|ed|ly)$/u.test(after.text) && !CLAUSE_JOINERS.has(after.text.toLowerCase()) && !RELATIVES.has(after.text)) {
      return trimClause(view, floor, limit);
    }
    const before = trimClause(view, floor, attribution.span.start);
    if (before) return before;
  }
  if (afterTokens.length === 0) return null;
  const that = afterTokens.findIndex((t) => t.text === 'that');
  const skipsTo = that >= 0 && (that <= complementOnly || tellsSomeone(attribution.verb, afterTokens.slice(0, that)) || saidWhere(view, afterTokens, that));
  // "told reporters the boats had left", "told the Courier on Monday the boats …": whom, then what.
  const told = skipsTo ? 0 : addresseeOfTell(view, attribution.verb, afterTokens);
  const from = quotationRightAfter(view, attribution) ?? (skipsTo ? (afterTokens[that] as Token).start : (afterTokens[told] as Token).start);
  const end = beforeWithoutAside(view, from, shortObjectEnd(view, from, limit));
  return trimClause(view, skipInsertedTime(view, afterTokens, from), negatedAt(view, attribution.verbSpan.start) ? beforeWhenContacted(view, from, end) : end);
}

/**
 * "…, emphasizing that the cooperation is lawful, without directly admitting the presence of the
 * troops": a "without" and a verb in -ing after a comma tells what the speaker did not do, in the
 * writer's words. It is not what was said, and read as part of it, it would show what the speaker
 * withheld as said. Where the clause ends before it; `end` when there is none.
 */
function beforeWithoutAside(view: SentenceView, from: number, end: number): number {
  const aside = TRAILING_WITHOUT.exec(view.masked.slice(from, end));
  return aside ? from + aside.index : end;
}

/** Where a withheld report's words end before WHEN_CONTACTED; `end` when they hold none. */
function beforeWhenContacted(view: SentenceView, from: number, end: number): number {
  const aside = WHEN_CONTACTED.exec(view.masked.slice(from, end));
  return aside ? from + aside.index : end;
}

/** ", without (directly) admitting", ", without giving details": the aside, wherever it starts in a clause. */
const TRAILING_WITHOUT = /,\s*without\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ing\b/u;

/**
 * "(declined to comment further) when contacted by the Courier", "(did not say) when asked about the
 * convoy": after a withheld report, when the speaker was reached is the writer's, not what was withheld
 * ("said the boats left when asked to by the navy" says it all).
 */
const WHEN_CONTACTED = /,?\s+when\s+(?:contacted|asked|reached|approached|questioned)\b/u;

/**
 * The opening mark of a quotation right after the verb ("said “100,483 people arrived” by Sunday
 * morning"): the quoted words are what was said, and the words after them go with them, never alone
 * (a quotation holds no words to read). Null when something stands between the verb and the mark.
 */
function quotationRightAfter(view: SentenceView, attribution: Attribution): number | null {
  const quote = view.quotes.find((q) => q.open >= attribution.span.end && q.open < view.end);
  return quote && /^[\s,:]*$/.test(view.masked.slice(attribution.span.end, quote.open)) ? quote.open : null;
}

/** The patterns of `quotationOpensAfter`, by the number of words they allow: each is compiled once. */
const QUOTATION_AFTER_WORDS = new Map<number, RegExp>();

/** A quotation right after the verb, after at most `words` words of an audience or owner, that ends its clause. */
function quotationOpensAfter(words: number): RegExp {
  let pattern = QUOTATION_AFTER_WORDS.get(words);
  if (!pattern) {
    pattern = new RegExp(`^[\\s,:]*(?:[\\p{L}'’]+\\s+){0,${words}}${MASK}+(?=\\s*(?:$|[.;,!?]|and\\s|but\\s))`, 'u');
    QUOTATION_AFTER_WORDS.set(words, pattern);
  }
  return pattern;
}

/** Whether only a connective and a comma open the sentence before the attribution: "Moreover, ", "In addition, ". */
function onlyConnectiveBefore(view: SentenceView, attribution: Attribution): boolean {
  const before = view.masked.slice(view.start, attribution.span.start);
  if (!/,\s*$/.test(before)) return false;
  const words = before.match(/[\p{L}'’-]+/gu) ?? [];
  return words.length > 0 && words.length <= 2 && words.every((w) => CONNECTIVES.has(w.toLowerCase()));
}

/**
 * Words that open a setting fronted before the speaker: "On Monday, ", "After the meeting with Berg, ",
 * "During the talks, ". Not "at": "At least 200 sailors were wounded, according to …" is what was said.
 */
const FRONTED_SETTING = /^(?:on|in|after|before|during|following|amid|since)$/i;

/** Time words that open a short setting of their own: "Earlier on Monday, ", "Last week, ", "Yesterday, ", "Currently, ", "So far, ". */
const FRONTED_TIME = /^(?:earlier|later|last|this|yesterday|today|overnight|currently|presently|recently|now|so|thus|until)$/i;

/** How many words a setting opened by a time word may have: "Earlier on Monday" is a setting, "Yesterday 200 sailors fell" is not. */
const LONGEST_TIME = 3;

/** Words that make the opening a clause of its own, not a setting: "Last year 200 sailors died, …", "Since May the port has been …". */
const CLAUSE_VERB = /^(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|could|can|may|might|must|should|\p{L}+ed)$/iu;

/** How many words a fronted setting may have: "After a first round of talks in the capital, ". */
const LONGEST_SETTING = 8;
/** Beyond this many characters the opening is no setting: a long opening is not read word by word. */
const LONGEST_SETTING_CHARS = 120;

/**
 * Whether only a fronted setting and a comma open the sentence before the attribution ("On Monday, ",
 * "After the meeting with Berg, "): when and where it was said, never what ("The move, Berg said, was a
 * mistake" opens with what was said).
 */
function onlySettingBefore(view: SentenceView, attribution: Attribution): boolean {
  const before = view.masked.slice(view.start, attribution.span.start);
  if (before.length > LONGEST_SETTING_CHARS || !/,\s*$/.test(before) || before.includes(MASK)) return false;
  const words = before.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const first = words[0] ?? '';
  const opens = (FRONTED_SETTING.test(first) && words.length <= LONGEST_SETTING) || (FRONTED_TIME.test(first) && words.length <= LONGEST_TIME);
  if (!opens) return false;
  // "On Monday 20 sailors fell, …": a count of things opens a clause ("On 3 March", "In 2023" do not).
  const counts = words.some((w, i) => /^\d[\d,.]*$/.test(w) && /^\p{Ll}/u.test(words[i + 1] ?? ''));
  return !counts && !words.slice(1).some((w) => CLAUSE_VERB.test(w)) && !/[,;:]/.test(before.replace(/,\s*$/, ''));
}

/**
 * "The government, which had denounced the dispatch before the confirmation, condemned …": a verb in a
 * relative clause set off by commas reports up to the comma that closes it, where the main clause goes
 * on. Returns the limit of what the attribution may report.
 */
function relativeClauseEnd(view: SentenceView, attribution: Attribution, limit: number): number {
  const before = view.masked.slice(view.start, attribution.verbSpan.start);
  // The pronoun first: the pattern, anchored at the end, would read every word before the verb.
  if (!before.includes('wh') || !/,\s+(?:which|who|whom)\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,3}(?:\p{Ll}+\s+){0,2}$/u.test(before)) return limit;
  const close = /,\s+(?=\p{Ll})/u.exec(view.masked.slice(attribution.verbSpan.end, limit));
  return close ? attribution.verbSpan.end + close.index : limit;
}

/**
 * "…, an official said on condition of anonymity.", "…, said an official who spoke on condition of
 * anonymity.": how the speaker spoke, not what was said.
 */
const ANONYMOUSLY =
  /^(?:who\s+)?(?:(?:(?:spoke|speaking|talking)\s+)?(?:(?:on|under)\s+(?:the\s+)?(?:condition|grounds)\s+of\s+anonymity|anonymously)|(?:asked|requested)\s+(?:not\s+to\s+be\s+(?:named|identified|quoted)|anonymity)|declined\s+to\s+be\s+(?:named|identified))\b/i;

/** A few words that end in someone told: "Radio Marsh's Fredonburg correspondent", "the Courier's reporter". */
const AUDIENCE_PHRASE = String.raw`(?:[\p{L}’'.-]+\s+){0,3}?(?:correspondents?|reporters?|journalists?|interviewers?)`;

/** The words after a verb without the audience that opens them ("reporters after a briefing" → "after a briefing"). */
function withoutAudience(words: string, verb: string): string {
  const told = /^tell|^told/i.test(verb) ? words.replace(NAMED_AUDIENCE, '') : words;
  return told.replace(LEADING_AUDIENCE, '');
}

/** Whom "told" names before where it was said: "told the Courier on condition of …", "told Radio Marsh in an interview". */
const NAMED_AUDIENCE = /^(?:the\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s+){1,4}(?=(?:in|at|during|after|following|on|under|via)\s)/u;

const LEADING_AUDIENCE = new RegExp(
  `^(?:${[...AUDIENCE_WORDS, 'the press', 'the media'].join('|')}|${AUDIENCE_PHRASE})\\s+(?=(?:in|at|during|after|following|on)\\s)`,
  'iu',
);

/** Relative pronouns: after a speaker they describe the speaker. */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'whose', 'whom', 'which']);

/** "citing the ministry" after the verb: the source a report names, not what it says. */
const CITING = /^(?:citing|quoting)\s/i;

/** ", citing intelligence information, that": a source named between the verb and its clause. */
const CITED_SOURCE = /^\s*,\s*(?:citing|quoting)\s[^,;]{1,80},\s*(?=that\b)/;

/** The text after `from` to the sentence end, without the audience, time and place words that open it ("lawmakers on Wednesday"). */
function withoutLeadingComplement(view: SentenceView, from: number): string {
  const tokens = view.tokens.filter((t) => t.start >= from);
  const complement = isPlainGap(view.masked.slice(from, tokens[0]?.start ?? from)) ? leadingComplement(view, tokens) : 0;
  return view.masked.slice(complement > 0 ? (tokens[complement - 1] as Token).end : from, view.end);
}

/** "…, the ministry said, the Courier reports.": a short second attribution that only names the channel. */
export const CHANNEL_TAIL = /^\s*,\s*(?:\S+\s+){1,5}(?:reports|writes|says|reported|wrote|said|added|adds)\s*[.!?]?\s*$/;

/** The verbs CHANNEL_TAIL ends in. */
const CHANNEL_TAIL_VERBS = ['reports', 'writes', 'says', 'reported', 'wrote', 'said', 'added', 'adds'];

/**
 * Whether a text ends as CHANNEL_TAIL does: in one of its verbs, then perhaps a closing mark. Read
 * first, on the words after the verb: most reports go on past another verb, and the complement
 * CHANNEL_TAIL is asked of takes the words to find.
 */
export function endsInChannelVerb(text: string): boolean {
  let end = text.trimEnd();
  if (/[.!?]$/.test(end)) end = end.slice(0, -1).trimEnd();
  return CHANNEL_TAIL_VERBS.some((verb) => end.endsWith(verb));
}

/**
 * "had not confirmed it, stoking speculation that …": after a short object, a participle set off by a
 * comma is the writer's comment on the report, not part of it. Returns where the clause ends.
 * "including" and "excluding" are prepositions: "said 1,500 residents, including 500 children, were …"
 * goes on.
 */
function shortObjectEnd(view: SentenceView, from: number, limit: number): number {
  const comment = /,\s+(?!(?:in|ex)cluding\b)\p{Ll}+ing\b/u.exec(view.masked.slice(from, limit));
  if (!comment) return limit;
  const object = view.masked.slice(from, from + comment.index).trim().split(/\s+/);
  return object.length <= 3 ? from + comment.index : limit;
}

/** "condemned, Monday, the admission …": a day set off by commas right after the verb is not what was said. */
function skipInsertedTime(view: SentenceView, tokens: Token[], from: number): number {
  const first = tokens.find((t) => t.start >= from);
  if (!first) return from;
  // "stated today, Tuesday, that …", "said on Tuesday, January 16, that …": date words set off by a
  // comma before "that" tell when it was said, not what.
  const dated = datedBeforeThat(view, tokens, tokens.indexOf(first));
  if (dated !== null) return dated;
  if (!isCalendarWord(first.text)) return from;
  const next = tokens[tokens.indexOf(first) + 1];
  return next && /^\s*,\s*$/.test(view.masked.slice(first.end, next.start)) ? next.start : from;
}

/**
 * Where "that" starts after a run of date words from token `at` that a comma closes: "today, Tuesday,
 * that", "on Tuesday, January 16, that". Null when the words are anything else.
 */
function datedBeforeThat(view: SentenceView, tokens: Token[], at: number): number | null {
  for (let k = at; k < tokens.length && k - at < 6; k++) {
    const token = tokens[k] as Token;
    if (token.text === 'that') return k > at && /,\s*$/.test(view.masked.slice((tokens[k - 1] as Token).end, token.start)) ? token.start : null;
    if (!(isCalendarWord(token.text) || DATE_WORDS.test(token.text))) return null;
    if (k > at && !/^\s*,?\s*$/.test(view.masked.slice((tokens[k - 1] as Token).end, token.start))) return null;
  }
  return null;
}

/** Words of a date besides weekdays and months: "on", "today", "16", "last week". */
const DATE_WORDS = /^(?:on|today|yesterday|tonight|this|last|morning|afternoon|evening|week|\d{1,2}(?:st|nd|rd|th)?|\d{4})$/;

/** "told her counterpart that …": a short addressee before "that" is not part of what was said. */
function tellsSomeone(verb: string, addressee: Token[]): boolean {
  return (
    TELL_VERBS.has(verb) &&
    addressee.length <= 6 &&
    addressee.every((t) => !PHRASE_STOP_WORDS.has(t.text.toLowerCase()) || POSSESSIVE_DETERMINERS.has(t.text.toLowerCase()))
  );
}

const TELL_VERBS = new Set(['told', 'tells', 'tell', 'telling']);

/**
 * How many tokens after "told" name whom it told, with a time after them ("reporters", "the Courier
 * on Monday", "Anna Berg"), when a clause of its own follows; 0 otherwise.
 */
function addresseeOfTell(view: SentenceView, verb: string, tokens: Token[]): number {
  if (!TELL_VERBS.has(verb) || tokens.length === 0) return 0;
  const plain = (k: number) => isPlainGap(view.masked.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start));
  const nameWord = (k: number) => isCapitalised((tokens[k] as Token).text) || NAME_PARTICLES.has((tokens[k] as Token).text);
  let n = tokens[0]?.text.toLowerCase() === 'the' ? 1 : 0;
  const head = n;
  if (AUDIENCE_WORDS.includes(tokens[n]?.text.toLowerCase() ?? '')) n += 1;
  // "Northern Council President Greta von der Heide": titles and a name, particles included.
  else while (n < tokens.length && n - head < 8 && nameWord(n) && (n === 0 || plain(n))) n += 1;
  if (n === head) return 0;
  // "on Monday", "in Marsh City", "late on Tuesday": where and when it was told.
  while (n < tokens.length && plain(n) && (COMPLEMENT_WORDS.has((tokens[n] as Token).text.toLowerCase()) || isCalendarWord((tokens[n] as Token).text)) && !/^(?:the|a|an)$/i.test((tokens[n] as Token).text)) n += 1;
  // "told … yesterday that …": "that" opens what was told.
  if (tokens[n]?.text === 'that') return n;
  // What follows must be a clause's start, a few words at least: "told Berg the boats had left".
  return n < tokens.length - 2 && plain(n) ? n : 0;
}

/** "said in a written statement carried by the agency that …": where it was said, before "that". */
function saidWhere(view: SentenceView, tokens: Token[], that: number): boolean {
  if (that > 12 || !tokens[0]) return false;
  const between = view.masked.slice(tokens[0].start, (tokens[that] as Token).start);
  // Only a setting of speech: "on Wednesday there is evidence that …" reports "there is evidence".
  return SPEECH_SETTING.test(between) && isPlainGap(between.replace(/[\p{L}\d'’-]+/gu, ''));
}

/** " including A, B and C", " such as A and B": a list of examples closing the words around the verb. */
const EXAMPLES_TAIL = /\s+(?:including|such\s+as)\s+[^;:\u2592]*$/u;

/**
 * Words that open the writer's own clause or description after a speaker tag: "…, Berg said, after …",
 * "…, Berg said, another sign of …". Not "the": "Berg, the spokesperson, said on Monday, the talks
 * had failed" goes on with what was said.
 */
const WRITER_OPENER = /^(?:after|before|following|amid|when|since|because|despite|another)$/;

/**
 * ", following …", ", after …": a clause of the writer's own after the words around the verb; ", a rare
 * admission by Sylvania": the writer's closing description of the act, one phrase to the end.
 */
const WRITER_TAIL = /,\s+(?:(?:\p{Ll}+ing|after|amid|as|before)\b.*|(?:a|an)\s+[^,;:\u2592]*)$/su;

/** The words without the writer's tail (WRITER_TAIL) and a tail of examples (EXAMPLES_TAIL). */
function withoutTails(words: string): string {
  // Each tail needs its comma or its word: most words are not searched for them.
  const withoutWriter = words.includes(',') ? words.replace(WRITER_TAIL, '') : words;
  return withoutWriter.includes('including') || withoutWriter.includes('such') ? withoutWriter.replace(EXAMPLES_TAIL, '') : withoutWriter;
}

const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our']);

/** The first of `tokens` past a parenthesis that opens them: "(Apr 30), after …" gives "after". */
function wordAfterParenthesis(view: SentenceView, tokens: Token[]): Token | undefined {
  const first = tokens[0];
  if (!first || !/\(\s*$/.test(view.masked.slice(Math.max(0, first.start - 3), first.start))) return first;
  return tokens.find((t, i) => i > 0 && /\)/.test(view.masked.slice((tokens[i - 1] as Token).end, t.start)));
}

/** How many of `tokens` (from the start) are complement words: "told reporters in Marsh City". */
function leadingComplement(view: SentenceView, tokens: Token[]): number {
  let n = 0;
  while (n < tokens.length) {
    const token = tokens[n] as Token;
    if (n > 0 && !isPlainGap(view.masked.slice((tokens[n - 1] as Token).end, token.start))) break;
    const word = token.text;
    if (!COMPLEMENT_WORDS.has(word.toLowerCase()) && !isCalendarWord(word) && !isCapitalised(word)) break;
    n += 1;
  }
  return n;
}

/**
 * A clause's range without the punctuation and joiners at its edges ("…, while" → "…").
 * A closing quotation mark is kept: it belongs to the quoted words.
 */
export function trimClause(view: SentenceView, from: number, to: number): Span | null {
  let start = from;
  let end = to;
  const text = view.text;
  for (;;) {
    const before = { start, end };
    while (start < end && /[\s,;:—–-]/.test(text[start] as string)) start++;
    while (end > start && /[\s,;:.—–-]/.test(text[end - 1] as string) && view.masked[end - 1] !== MASK) end--;
    const lastWord = trailingWord(text, start, end);
    if (lastWord && CLAUSE_JOINERS.has(lastWord.toLowerCase())) end -= lastWord.length;
    // "…, even as Sylvania accused …": "even" was the first word of the joiner.
    else if (lastWord?.toLowerCase() === 'even' && /,\s*$/.test(text.slice(start, end - lastWord.length))) end -= lastWord.length;
    else if (lastWord && danglingSubordinator(text, lastWord, end)) end -= lastWord.length;
    else end -= danglingBeforeVerb(text, start, end);
    if (before.start === start && before.end === end) break;
  }
  return end > start ? { start, end } : null;
}

/** Words that open a clause of the writer's about when or why: "…, after the Courier reported …". */
const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'when', 'whenever', 'because', 'since', 'until', 'once']);

/**
 * "Berg said the port was shut, after the Courier reported …": a clause cut where another source
 * starts keeps the word that opens the writer's clause around that source, which is not what was said.
 * Only where a word follows with no punctuation between: "…had never seen it before." ends its clause.
 */
function danglingSubordinator(text: string, lastWord: string, end: number): boolean {
  return SUBORDINATORS.has(lastWord.toLowerCase()) && /^\s+\p{L}/u.test(text.slice(end, end + 3));
}

/**
 * "confirmed the visit but did not mention …", "denied the claim and has publicly called on …": a
 * clause cut where the subject's next verb starts keeps the joiner and the words that open that verb
 * ("but did not"), which are not what was said. Their length, counted back from `end`; 0 when the
 * clause does not end so, or when it ends its sentence ("… but would not.": an elided verb).
 */
function danglingBeforeVerb(text: string, start: number, end: number): number {
  if (!/^\s*\p{Ll}/u.test(text.slice(end, end + 40))) return 0;
  // Only the clause's tail is read: the pattern is anchored at the end, and a long clause is not tried at every offset.
  const dangling = DANGLING_OPENER.exec(text.slice(Math.max(start, end - DANGLING_TAIL), end));
  return dangling ? dangling[0].length : 0;
}

/** How many characters at a clause's end may hold a joiner and the words that open a verb phrase. */
const DANGLING_TAIL = 60;

/** A joiner and the auxiliaries, negation and adverbs that open a verb phrase, with nothing after them. */
const DANGLING_OPENER =
  /\s+(?:and|but|or)(?:\s+(?:has|have|had|did|does|do|is|are|was|were|would|will|could|can|should|may|might|must|not|never|also|then|again|still|\p{Ll}+ly|\p{Ll}+n['’]t))+$/u;

/**
 * The letters that end `text.slice(start, end)` after its last space, when they are all letters: what
 * `/(?:^|\s)(\p{L}+)$/u` captures, found from the end instead of tried at every offset of a long clause.
 */
function trailingWord(text: string, start: number, end: number): string | null {
  let wordStart = end;
  while (wordStart > start && !/\s/.test(text.charAt(wordStart - 1))) wordStart--;
  const word = text.slice(wordStart, end);
  return /^\p{L}+$/u.test(word) ? word : null;
}
