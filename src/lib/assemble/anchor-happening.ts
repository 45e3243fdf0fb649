/**
 * Happenings dated by another happening the article dates elsewhere: "more than 13,000 have crossed
 * since the seizure" when the article told the region "was seized last week"; "thousands flee after
 * the region was recaptured by Sylvania" when it told Sylvania "recaptured the region last week". The
 * corpus conventions read such words like "two days after X": X's date, at X's precision, when the
 * article dates X, else no date (never the publication day).
 */
import type { DateMention } from '../detect/dates/types.ts';
import type { ResolvedDate } from '../model.ts';
import type { Sentence } from '../segment/sentences.ts';
import type { ParagraphAnalysis } from './source-analysis.ts';

/**
 * Words of one kind of happening, nouns and the verbs that tell them, by kind: "the seizure" points
 * back to "was seized last week", "the offensive" to "began shelling … on Tuesday". Kinds are kept
 * apart so "since the seizure" is not dated by an explosion told later.
 */
const KINDS: Record<string, readonly string[]> = {
  force: ['attack', 'attacks', 'attacked', 'assault', 'assaults', 'offensive', 'operation', 'strike', 'strikes', 'struck', 'airstrikes', 'raid', 'raids', 'raided', 'bombing', 'bombed', 'shelling', 'shelled', 'blitz', 'onslaught'],
  explosion: ['explosion', 'explosions', 'blast', 'exploded'],
  capture: ['seizure', 'seized', 'capture', 'captured', 'recapture', 'recaptured', 'takeover', 'reconquest'],
  invasion: ['invasion', 'invaded'],
  incursion: ['incursion'],
  meeting: ['talks', 'meeting', 'meetings', 'met', 'summit', 'negotiations'],
  visit: ['visit', 'visited', 'trip'],
  ceremony: ['ceremony', 'event', 'funeral', 'parade'],
  withdrawal: ['withdrawal', 'withdrew'],
};

/** Each word of `KINDS` → its kind. */
const KIND_OF: ReadonlyMap<string, string> = new Map(Object.entries(KINDS).flatMap(([kind, words]) => words.map((w) => [w, kind] as const)));

/** Whether a word of `KINDS` is a verb in the past ("seized", "struck", "met", "withdrew"). */
const isVerb = (word: string) => /ed$|^(?:struck|met|withdrew)$/.test(word);

/** Nouns of `KINDS`, as an alternation. */
const NOUNS = [...KIND_OF.keys()].filter((w) => !isVerb(w)).join('|');

/**
 * Verbs of the kinds an "after" clause may be dated by: not an act of force ("after the vessel was
 * struck"), which reports of one attack tell again and again, nor a meeting, whose business is the
 * meeting itself told again.
 */
const CLAUSE_VERBS = [...KIND_OF.entries()].filter(([w, kind]) => isVerb(w) && kind !== 'force' && kind !== 'meeting').map(([w]) => w).join('|');

/** What opens a noun phrase that points back: a definite word or a possessive ("Sylvania’s offensive"). */
const DEFINITE = String.raw`(?:the|this|that|these|those|its|their|his|her|\p{Lu}[\p{L}-]*['’]s)`;

/** Words that tell another happening of the kind than one told: "since a first round of talks", "since another attack". */
const NEW_ONE = '(?:first|second|third|new|another|further|previous|earlier|separate|similar|recent|latest)';

/**
 * "Since the seizure", "since Sylvania’s lightning offensive", "since an attack by the rebels": "since"
 * before a noun of a happening (group 2), a few words between; group 1 is "since". Not a phrase that
 * tells another happening of the kind (`NEW_ONE`).
 */
const SINCE_NOUN = new RegExp(String.raw`\b(since)\s+(?:an?|${DEFINITE})\s+(?!${NEW_ONE}\b)(?:[\p{L}-]+\s+){0,3}?(${NOUNS})\b`, 'giu');

/**
 * Nouns of a meeting ("the talks", "the summit") an "after" phrase may be dated by. Not a visit, which
 * spans days, nor an act of force or an explosion, which reports tell again and again ("after the
 * attack" mostly tells why the dated attack's sequel came about).
 */
const MEETING_NOUNS = [...KIND_OF.entries()].filter(([w, kind]) => !isVerb(w) && kind === 'meeting').map(([w]) => w).join('|');

/**
 * "After the meeting in Marsh City", "following Berg’s talks with Weiss": "after" or "following"
 * before a definite noun of a meeting (group 2), a few words of its modifiers between; group 1 the
 * connective. What comes after a meeting the article dates takes its day (corpus README: "after X"
 * is X's date); a speaker's words to the press after talks are the commonest such happening. Not
 * "during the meeting", which mostly tells the meeting's own business again, nor "before the
 * meeting", which may be days ahead; not an indefinite or bare noun ("after talks", "after a
 * meeting"), which names no meeting told, nor another of the kind (`NEW_ONE`), nor a place of one
 * ("the meeting room").
 */
const CONNECTIVE_NOUN = new RegExp(
  String.raw`\b(after|following|in\s+the\s+wake\s+of)\s+${DEFINITE}\s+(?!${NEW_ONE}\b)(?:[\p{L}-]+\s+){0,3}?(${MEETING_NOUNS})\b(?!\s+(?:room|hall|venue|table|agenda|minutes|site|zone)\b)`,
  'giu',
);

/**
 * Whether a definite phrase of a gathering ("the meeting", "the two-day summit", "Berg’s talks") can
 * name the gathering `told`: each word between the determiner and the noun ("two-day", "foreign"),
 * and each name after it (`after`: "in Marsh City", "with Berg"), is a word of the sentence that told
 * it, so that "after the foreign ministers’ talks" or "after the meeting in Fredonburg" is not dated
 * by another gathering's day.
 */
function namesTold(phrase: string, after: string, told: DatedHappening): boolean {
  const modifiers = phrase.trim().split(/\s+/).slice(1, -1);
  const names = NAMED_AFTER.exec(after)?.[1]?.split(/\s+/) ?? [];
  const toldWords = new Set(told.sentence.toLowerCase().match(/[\p{L}-]+/gu) ?? []);
  return [...modifiers, ...names].every((word) => toldWords.has(word.toLowerCase()));
}

/** Names that say which gathering after its noun: "the meeting in Marsh City", "his talks with Berg"; group 1 the names. */
const NAMED_AFTER = /^\s+(?:in|with|of|between|at)\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]*)(?:\s+\p{Lu}[\p{L}-]*)*)/u;

/**
 * A connective of time before a clause whose verb in the past tells a happening (group 2): "after the
 * disputed region was recaptured by Sylvania", "since Ruritania invaded the valley".
 */
const CONNECTIVE_CLAUSE = new RegExp(String.raw`\b(after|following|before|since)\s+(?:[\p{L}’'-]+\s+){1,6}?(?:(?:was|were|had\s+been)\s+)?(${CLAUSE_VERBS})\b`, 'giu');

/** Time counted from the happening ("two days after", "hours before", "shortly after"): not the happening's own date. */
const COUNTED_BEFORE = /\b(?:days?|hours?|weeks?|months?|years?|minutes?|moments?|long|shortly|soon|just|immediately)\s+$/i;

/** A connective between a word and a date of one sentence: the date dates another happening than the word's. */
const OTHER_HAPPENING = /\b(?:since|after|before|following|followed|preceded|until|when|while)\b/i;

/** Whether the words before a match leave a quotation open: what a speaker says is the speaker's account. */
function inQuotation(lead: string): boolean {
  const opened = (lead.match(/[“]/g) ?? []).length - (lead.match(/[”]/g) ?? []).length;
  return opened > 0 || (lead.match(/"/g) ?? []).length % 2 === 1;
}

/** A happening the article dates: its kind, its date, and where it is told. */
export interface DatedHappening {
  kind: string;
  date: ResolvedDate;
  paragraph: number;
  index: number;
  /** The sentence that tells it, for the words a later phrase names it by ("the two-day summit"). */
  sentence: string;
}

/** Where the words of each statement of a paragraph stand: what is quoted or reported. */
function spokenSpans(paragraph: Pick<ParagraphAnalysis, 'text' | 'statements'>): { start: number; end: number }[] {
  return paragraph.statements.flatMap((statement) => {
    const words = statement.kind === 'reported' ? statement.reported : statement.quote;
    const start = words ? paragraph.text.indexOf(words, statement.index) : -1;
    return start < 0 || !words ? [] : [{ start, end: start + words.length }];
  });
}

/**
 * The happenings each past date of the article dates, found by the words of a kind in the date's
 * sentence with no connective and no other date between word and date ("the explosion at the depot
 * Monday", "was seized by Sylvania last week"), and on the same side of what someone is said to have
 * said ("the agency said on Sunday that the port was attacked" dates the saying). A date with an open
 * end or start ("since August", "by December") dates a state or a deadline, not a happening a later
 * clause can count from.
 */
export function datedHappenings(paragraphs: readonly Pick<ParagraphAnalysis, 'n' | 'text' | 'sentences' | 'dates' | 'statements'>[]): DatedHappening[] {
  const found: DatedHappening[] = [];
  for (const paragraph of paragraphs) {
    const said = spokenSpans(paragraph);
    const saidAt = (at: number) => said.findIndex((span) => at >= span.start && at < span.end);
    for (const date of paragraph.dates) {
      if (date.expected || date.date.start === null || date.date.end === null) continue;
      const sentence = paragraph.sentences.find((s) => date.index >= s.start && date.index < s.end);
      if (!sentence) continue;
      for (const word of paragraph.text.slice(sentence.start, sentence.end).matchAll(/\p{L}+/gu)) {
        const kind = KIND_OF.get(word[0].toLowerCase());
        if (!kind) continue;
        const at = sentence.start + word.index;
        const [from, to] = at < date.index ? [at, date.index] : [date.endIndex, at];
        const otherDate = paragraph.dates.some((d) => d !== date && d.index >= from && d.endIndex <= to);
        if (otherDate || saidAt(at) !== saidAt(date.index) || OTHER_HAPPENING.test(paragraph.text.slice(from, to))) continue;
        found.push({ kind, date: date.date, paragraph: paragraph.n, index: at, sentence: sentence.text });
      }
    }
  }
  return found;
}

/**
 * The date the connective of `sentence` (in paragraph `paragraph`) takes from a happening of its kind
 * the article dates: the last one told before it, else, for words that do not point back ("since an
 * attack by the rebels", "after the region was recaptured"), the first told after. "Since X" runs
 * from X's start with an open end. As a mention of the connective's words (rule
 * `anchored+happening`); null when the sentence has no such connective or the article dates no
 * happening of its kind.
 */
export function anchoredByHappening(text: string, sentence: Sentence, paragraph: number, happenings: readonly DatedHappening[]): DateMention | null {
  if (happenings.length === 0) return null;
  const words = text.slice(sentence.start, sentence.end);
  for (const pattern of [SINCE_NOUN, CONNECTIVE_NOUN, CONNECTIVE_CLAUSE]) {
    for (const match of words.matchAll(pattern)) {
      const lead = words.slice(0, match.index);
      if (COUNTED_BEFORE.test(lead) || inQuotation(lead)) continue;
      const kind = KIND_OF.get((match[2] as string).toLowerCase());
      const index = sentence.start + match.index;
      const before = (h: DatedHappening) => h.paragraph < paragraph || (h.paragraph === paragraph && h.index < index);
      const same = happenings.filter((h) => h.kind === kind && (pattern !== CONNECTIVE_NOUN || namesTold(match[0].slice((match[1] as string).length), words.slice(match.index + match[0].length), h)));
      // A definite phrase ("the seizure", "Sylvania’s offensive") points back to one told before; an
      // indefinite one or a clause ("after the region was recaptured") may be told, and dated, later.
      const pointsBack = pattern !== CONNECTIVE_CLAUSE && new RegExp(String.raw`^\s+${DEFINITE}\s`, 'iu').test(match[0].slice((match[1] as string).length));
      const anchor = same.filter(before).at(-1) ?? (pointsBack ? undefined : same.find((h) => !before(h)));
      if (!anchor) continue;
      const since = /^since$/i.test(match[1] as string);
      const date: ResolvedDate = since
        ? { text: match[0], start: anchor.date.start, end: null, precision: 'range' }
        : { text: match[0], start: anchor.date.start, end: anchor.date.end, precision: anchor.date.precision };
      return { index, endIndex: index + match[0].length, date, expected: false, stated: {}, rule: 'anchored+happening' };
    }
  }
  return null;
}
