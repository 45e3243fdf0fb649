import type { BriefingEvent, Speaker, Statement } from '../model.ts';

/*
 * An event's one-line headline for the chronology. The model's `headline` is a verbatim clause of
 * the evidence; here it is shortened further for scanning, by steps that each keep a verbatim
 * piece of it, so the line is always a substring of the clause (and of a citation's evidence):
 *
 * 1. When a statement cited in the same paragraph reports the event ("Freedonia's spy agency said
 *    last week that Sylvania has shipped …"), the reported words are the headline and the speaker
 *    is who claims it. Never for a denial or a negated report: then the denial is the event.
 * 2. Date words the line opens with are dropped: the entry shows its date.
 * 3. A trailing attribution (", Ruhl stressed.", ", according to Berg's office.") is dropped; its
 *    words name the claimant when no speaker is known.
 * 4. Of several sentences (a quote), the first; of a long sentence, the clause that holds the date.
 *
 * The whole sentence stays on the page, a click away.
 */

/** Longer than this, a line is cut at a clause boundary. */
export const HEADLINE_WORDS = 22;

/** The headline as the chronology shows it. */
export interface EventHeadline {
  /** Verbatim: a substring of the event's `headline`. */
  text: string;
  /** True when `text` is a speaker's own words, to be shown in quotation marks. */
  quoted: boolean;
  /** Where words of the clause were left off: before the line, after it. */
  cut: { start: boolean; end: boolean };
  /** Who asserts the event: the model's claimant, or the speaker of the statement that reports it. */
  claimant: Speaker | null;
  /** The government the claimant speaks for, when a reporting statement tells it; null otherwise. */
  claimantGovernment: string | null;
  /** The source's words for who asserts it when no speaker is known ("Courier news agency"); else null. */
  claimantWords: string | null;
}

/** Reporting verbs after which the reported words follow at once ("said there is evidence"). */
const RUNS_ON = /\b(?:said|says|say|added|noted|stressed|asserted|estimated|believes?|assessed|indicated)$/i;

/** Where a long sentence may be cut: before a new clause, never inside one. */
const CLAUSE_BREAKS = [', but ', '; ', ' — ', ' – ', ', while ', ', as ', ', which ', ', with ', ', after ', ', referring to ', ', saying ', ', in what ', ', and '];

/**
 * A trailing attribution: ", Ruhl stressed.", ", Courier news agency reported.", ", according to
 * Berg's office.", ", Freedonia Herald reported, citing a statement from …".
 */
const TRAILING =
  /,[”"’]?\s+(?:according to (?<according>[^,]{2,80}?)|(?<who>(?:[\p{L}\p{N}.'’-]+\s+){0,5}[\p{L}\p{N}.'’-]+)\s+(?:said|says|reported|added|stressed|noted|confirmed|claimed|announced)(?:\s+(?:on\s+)?\p{L}+day)?(?:,\s+citing [^,]{2,80})?)\s*\.?$/u;

/** Words that stand for someone named elsewhere: a line opening with one would lose who it is about. */
const PRONOUN = /^(?:he|she|they|it|we|i|you|his|her|their|its|our|who|which|that|this|these|those)\b/i;

/** What is left of a dateline before the text: "(Reuters) - ", "(EFE).- ", "FREDONBURG – ", "FREDONBURG: ". */
const DATELINE = [/^[^()]{0,60}\([\p{L}\p{N} .&-]{2,30}\)\s*\.?\s*[-–—]{1,2}\s+/u, /^\p{Lu}[\p{Lu} ]{2,30}\s*(?:[-–—]{1,2}|:)\s+/u];

/** A sentence end: a full stop after a word of two or more small letters (so not "S.R."), then a capital. */
const SENTENCE_END = /(?<=[\p{Ll}\d)]{2}[.!?]["”’]?)\s+(?=["“‘]?\p{Lu})/u;

/** The headline of `event`; `cited` are the statements that cite the paragraph its first citation cites. */
export function eventHeadline(event: Pick<BriefingEvent, 'headline' | 'claimant' | 'date' | 'expected'>, cited: readonly Statement[] = []): EventHeadline {
  const clause = event.headline.trim();
  let text = clause;
  let quoted = false;
  let claimant = event.claimant;
  let claimantGovernment: string | null = null;
  let claimantWords: string | null = null;

  if (claimant === null) {
    const report = reportOf(text, cited);
    if (report) {
      ({ text, quoted } = report);
      claimant = report.statement.speaker;
      claimantGovernment = report.statement.government;
    }
  }
  text = withoutLeadingDate(text, event.date.text);
  if (!quoted) {
    const trailing = trailingAttribution(text);
    if (trailing) {
      text = trailing.text;
      if (claimant === null) claimantWords = trailing.who;
    }
  }
  const before = text;
  text = firstSentence(text);
  text = event.expected ? forecastClause(text, event.date.text) : shortClause(text, event.date.text);
  text = text.replace(/[\s,;:—–-]+$/u, '').trim();
  // A clause cut short may now end in its attribution: ", a news report said Wednesday".
  const late = quoted ? null : trailingAttribution(text);
  if (late) {
    text = late.text;
    if (claimant === null && claimantWords === null) claimantWords = late.who;
  }
  // Every step keeps a piece of the clause; should one not, the clause itself is shown.
  if (text === '' || !clause.includes(text)) return { text: clause, quoted: false, cut: { start: false, end: false }, claimant: event.claimant, claimantGovernment: null, claimantWords: null };
  const bare = (words: string) => words.replace(/[\s.,;:]+$/u, '');
  const cut = { start: !before.startsWith(text), end: !bare(before).endsWith(bare(text)) };
  return { text, quoted, cut, claimant, claimantGovernment, claimantWords };
}

/** The text without a trailing attribution, and who it names; null when it has none. */
function trailingAttribution(text: string): { text: string; who: string } | null {
  const trailing = TRAILING.exec(text);
  const who = (trailing?.groups?.['according'] ?? trailing?.groups?.['who'])?.trim();
  if (!trailing || !who || /\b(?:not|never|no)\b/i.test(who) || PRONOUN.test(who) || wordCount(text.slice(0, trailing.index)) < 6) return null;
  // A closing quotation mark before the comma belongs to the quote that stays.
  return { text: text.slice(0, trailing.index + (/^,[”"’]/u.test(trailing[0]) ? 2 : 0)), who };
}

/** A statement that reports what the clause tells, and the words it reports, when they are the clause's bulk. */
function reportOf(text: string, cited: readonly Statement[]): { statement: Statement; text: string; quoted: boolean } | null {
  let best: { statement: Statement; text: string; quoted: boolean } | null = null;
  for (const statement of cited) {
    // A denial, or a report that is itself negated, is the event: its words are not what happened.
    if (statement.negated || statement.stance === 'denies' || statement.verb === null) continue;
    const found = reportedWords(text, statement) ?? quotedWords(text, statement);
    if (found && wordCount(found.text) * 2 >= wordCount(text) && (!best || found.text.length > best.text.length)) best = { statement, ...found };
  }
  return best;
}

function reportedWords(text: string, statement: Statement): { text: string; quoted: boolean } | null {
  const reported = statement.reported?.trim();
  if (!reported || wordCount(reported) < 4) return null;
  const at = text.indexOf(reported);
  if (at < 0) return null;
  const lead = /^that\s+/i.exec(reported);
  const core = lead ? reported.slice(lead[0].length) : reported;
  // "he wants to go …" would no longer say who wants to.
  if (PRONOUN.test(core)) return null;
  if (lead || at === 0 || RUNS_ON.test(text.slice(0, at).trimEnd())) return { text: core, quoted: false };
  return null;
}

function quotedWords(text: string, statement: Statement): { text: string; quoted: boolean } | null {
  const quote = statement.quote?.trim().replace(/[\s,]+$/u, '');
  if (!quote || wordCount(quote) < 5 || !text.includes(quote)) return null;
  return { text: quote, quoted: true };
}

/** The text without the date words it opens with ("On Wednesday, …", "In the coming days, …", "Later on Oct. 28, …"), or a dateline. */
function withoutLeadingDate(text: string, dateText: string): string {
  const undated = withoutDateline(text);
  const words = dateText.trim();
  if (words === '') return undated;
  const at = undated.toLowerCase().indexOf(words.toLowerCase());
  const head = undated.slice(0, at);
  // The date words open the text, or follow at most two little words ("Later on", "Earlier", "on").
  if (at < 0 || (at > 0 && !/^(?:\p{L}+\s+){1,2}$/u.test(head))) return undated;
  const after = undated.slice(at + words.length);
  const rest = after.replace(/^\s*(?:\([^)]{0,30}\))?\s*,\s*/u, '');
  let trimmed = rest;
  if (rest === after) {
    // Without a comma, the date words go only when they open the text (after at most "on") and the
    // next word starts the clause: "on Wednesday there is evidence", not "On Saturday night, …".
    const opens = at === 0 || /^on\s+$/i.test(head);
    if (!opens || /^\s*[\p{L}\p{N}’'-]+,/u.test(after) || !/^\s/u.test(after)) return undated;
    trimmed = after.trimStart();
  }
  return wordCount(trimmed) >= 4 && !PRONOUN.test(trimmed) ? trimmed : undated;
}

/** The text without what is left of a dateline before it. */
function withoutDateline(text: string): string {
  for (const pattern of DATELINE) {
    const match = pattern.exec(text);
    if (match && wordCount(text.slice(match[0].length)) >= 4) return text.slice(match[0].length);
  }
  return text;
}

function firstSentence(text: string): string {
  const end = SENTENCE_END.exec(text);
  if (!end) return text;
  const first = text.slice(0, end.index);
  return wordCount(first) >= 5 ? first : text;
}

/** A long line cut at the first clause boundary that keeps at least eight words and the date words. */
function shortClause(text: string, dateText: string): string {
  if (wordCount(text) <= HEADLINE_WORDS) return text;
  const date = text.toLowerCase().indexOf(dateText.trim().toLowerCase());
  const keep = date >= 0 && dateText.trim() !== '' ? date + dateText.trim().length : 0;
  const cuts = CLAUSE_BREAKS.map((mark) => text.indexOf(mark, keep))
    .filter((at) => at >= 0 && wordCount(text.slice(0, at)) >= 8)
    .sort((a, b) => a - b);
  const [cut] = cuts;
  return cut === undefined ? text : text.slice(0, cut);
}

/**
 * Of a long line about something expected, the clause that holds its date words: "with a total of
 * 10,000 troops expected to be deployed by December", "will probably augment Freedonian forces near
 * Marsh City over the next several weeks". A clause opens after the nearest comma, "that" or "which"
 * before the date words, and keeps at least five words; else `shortClause`.
 */
function forecastClause(text: string, dateText: string): string {
  if (wordCount(text) <= HEADLINE_WORDS) return text;
  const words = dateText.trim().toLowerCase();
  const at = words === '' ? -1 : text.toLowerCase().indexOf(words);
  if (at < 0) return shortClause(text, dateText);
  const end = at + words.length;
  const head = text.slice(0, at);
  const opens = [...head.matchAll(/(?:,\s+|\s+(?:that|which)\s+)/gu)].map((match) => (match.index ?? 0) + match[0].length);
  for (const start of opens.reverse()) {
    const clause = text.slice(start, end);
    if (wordCount(clause) >= 5) return clause;
  }
  return shortClause(text, dateText);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
