import { mergeCitations } from '../citation.ts';
import type { Diagnostic } from '../model.ts';
import type { EventCandidate, FigureCandidate, Origin, StatementCandidate } from '../assemble/candidate.ts';
import { byOrigin } from '../assemble/candidate.ts';
import { cluster, type ClusterKeys, type Match } from './cluster.ts';
import { compareSpeakers, weakest } from './compare-speakers.ts';
import { compareDates, preciser, sameRange } from './dates.ts';
import { eventClusterKeys, figureClusterKeys, statementClusterKeys } from './keys.ts';
import { qualifierClass } from './qualifier-class.ts';
import { compareReportsInArticle } from './same-article.ts';
import { countsDiffer, overlap, plainOverlap, textSaying, textWords, type TextSaying, type TextWords } from './similarity.ts';
import { sameSense, statementSense } from './statement-sense.ts';

/** Text similarity above which two reports are the same; between the thresholds they merge with a diagnostic. */
const SAME_TEXT = 0.8;
const UNCERTAIN_TEXT = 0.6;

/** Share of the words beyond names (similarity.ts `plainOverlap`) below which two reports say different things of the same parties. */
const SAME_PLAIN = 0.5;

/** Below this many meaningful words, a text is too short for word overlap alone to say it is the same. */
const SHORT_TEXT = 4;

/** True when one of two texts has too few words of meaning for word overlap to tell it by. */
function eitherShort(wordsA: TextWords, wordsB: TextWords): boolean {
  return Math.min(wordsA.content.length, wordsB.content.length) < SHORT_TEXT;
}

/** Words before a text found inside a longer one that make a lead of the longer's own, not a stray word. */
const LEAD_WORDS = 3;

/**
 * True when the shorter text's words stand together inside the longer's after LEAD_WORDS words or more
 * of its own; initials are read as one word, as outlets write "U.K." and "UK".
 */
function heldAfterALead(wordsA: TextWords, wordsB: TextWords): boolean {
  const [a, b] = [joinedInitials(wordsA.spaced), joinedInitials(wordsB.spaced)];
  const [shorter, longer] = b.length < a.length ? [b, a] : [a, b];
  const at = longer.indexOf(shorter);
  return at > 0 && longer.slice(0, at).trim().split(' ').length >= LEAD_WORDS;
}

/** Spaced words with runs of single letters joined: " the u k remains " → " the uk remains ". */
function joinedInitials(spaced: string): string {
  return spaced.replace(/ (?:\p{L} )+(?=\p{L} )/gu, (run) => ` ${run.replace(/ /g, '')}`);
}

function compareTexts(wordsA: TextWords, wordsB: TextWords, same = SAME_TEXT, uncertain = UNCERTAIN_TEXT): Match {
  if (eitherShort(wordsA, wordsB)) {
    // A short partial quote is the same remark only if its words stand together in the longer one.
    const [shorter, longer] = wordsB.spaced.length < wordsA.spaced.length ? [wordsB, wordsA] : [wordsA, wordsB];
    // "it" is in almost any remark, and so is a letter ("said on X"): a short text needs a word of
    // meaning, longer than a letter, to be found in another.
    const hasWords = shorter.content.length > 0 && shorter.spaced.length > 3;
    if (shorter.spaced === longer.spaced && shorter.spaced.length > 2) return 'same';
    return hasWords && longer.spaced.includes(shorter.spaced) ? 'same' : 'different';
  }
  const score = overlap(wordsA, wordsB);
  if (score >= same) return 'same';
  if (score >= uncertain) return 'uncertain';
  return 'different';
}

/** The words of the text a candidate is compared by, kept with the candidate: finding them by a long text each time cost more. */
const wordsOfCandidate = new WeakMap<object, TextWords>();

function wordsOf<C extends object>(candidate: C, text: (candidate: C) => string): TextWords {
  let words = wordsOfCandidate.get(candidate);
  if (!words) wordsOfCandidate.set(candidate, (words = textWords(text(candidate))));
  return words;
}

function statementText(candidate: StatementCandidate): string {
  return candidate.quote ?? candidate.reported ?? '';
}

/** What a statement says beyond its names, kept with the candidate as its words are. */
const sayingOfCandidate = new WeakMap<StatementCandidate, TextSaying>();

function sayingOf(candidate: StatementCandidate): TextSaying {
  let saying = sayingOfCandidate.get(candidate);
  if (!saying) sayingOfCandidate.set(candidate, (saying = textSaying(statementText(candidate), wordsOf(candidate, statementText), candidate.quote === null)));
  return saying;
}

function eventSummary(candidate: EventCandidate): string {
  return candidate.summary;
}

export function compareStatements(a: StatementCandidate, b: StatementCandidate): Match {
  if (a.origin.source === b.origin.source) return 'different';
  // "Sylvania confirmed the boats left" and "Sylvania has not confirmed the boats left" share their words
  // but not their meaning: one entry would show one of them as the other. So do "appeared to have sent
  // troops" (told as true) and "may send troops" (a likelihood).
  const asserts = (stance: string | null) => stance === 'confirms';
  if (a.negated !== b.negated || (a.stance === 'denies') !== (b.stance === 'denies') || asserts(a.stance) !== asserts(b.stance)) return 'different';
  // Cheapest first: most pairs differ in speaker or date, and then the words need no comparing.
  const speakers = compareSpeakers(a, b);
  if (speakers === 'different') return 'different';
  const dates = compareDates(a.date, b.date);
  if (dates === 'different') return 'different';
  const wordsA = wordsOf(a, statementText);
  const wordsB = wordsOf(b, statementText);
  const texts = compareTexts(wordsA, wordsB);
  // Cheaper than what follows, and most pairs of one speaker and date differ in their words.
  if (texts === 'different') return 'different';
  // Of two dates one of which holds the other, words in part alike are not enough (as for events).
  if (texts === 'uncertain' && a.date && b.date && !sameRange(a.date, b.date)) return 'different';
  // The entry shows one report's words for all: "troops were there" is not "there were no troops".
  if (!sameSense(statementSense(a), statementSense(b))) return 'different';
  // A word or two quoted ("reintegrate") is found in many longer remarks: what the report around it
  // does must agree too, or the entry shows a call as a pledge ("called on … to 'reintegrate'" and
  // "its intention to reintegrate the region").
  if (a.stance !== b.stance && eitherShort(wordsA, wordsB)) return 'different';
  // "The recent attacks are illegal. The UK remains committed to repelling them" (condemns, as its first
  // sentence reads) and "The UK remains committed to repelling them" (pledges): a quotation that holds
  // another report's words after words of its own reads by what comes first; one entry would show the
  // pledge as the condemnation.
  if (a.stance !== b.stance && heldAfterALead(wordsA, wordsB)) return 'different';
  // The words of a story's parties are in most of its statements: what two reports say of them must
  // agree too, or an entry shows one accusation under another ("accused Freedonia of arming Sylvania"
  // and "denounced Freedonia's admission of sending troops to Sylvania").
  const sayingA = sayingOf(a);
  const sayingB = sayingOf(b);
  if (!eitherShort(wordsA, wordsB) && plainOverlap(sayingA, sayingB) < SAME_PLAIN) return 'different';
  // "More than 100,000 refugees have arrived" and "over 88,000 refugees have fled": two counts.
  if (countsDiffer(sayingA, sayingB)) return 'different';
  return weakest(speakers, dates, texts);
}

export function compareFigures(a: FigureCandidate, b: FigureCandidate): Match {
  if (a.category !== b.category || a.value !== b.value) return 'different';
  // "Three of the missiles were aimed at one ship, with three others targeting another": one
  // paragraph that counts the same number twice tells two counts; merged, one would be lost.
  if (a.origin.source === b.origin.source && a.origin.paragraph === b.origin.paragraph && a.origin.index !== b.origin.index) return 'different';
  if (qualifierClass(a.qualifier) !== qualifierClass(b.qualifier)) return 'different';
  // "More than 200 people died" and "at least 200 injuries": two counts told of different fates.
  // Where either fate is untold, the figures compare as before.
  if (a.fate && b.fate && a.fate !== b.fate) return 'different';
  const speakers = compareSpeakers(
    { speaker: a.claimant, government: a.government },
    { speaker: b.claimant, government: b.government },
  );
  return weakest(speakers, compareDates(a.asOf, b.asOf));
}

export function compareEvents(a: EventCandidate, b: EventCandidate): Match {
  if (a.expected !== b.expected) return 'different';
  // One article's two tellings of a happening share few words of their sentences: compared by the
  // happening, on the very same dates.
  if (a.origin.source === b.origin.source) return sameRange(a.date, b.date) ? compareReportsInArticle(a, b) : 'different';
  if (compareDates(a.date, b.date) === 'different') return 'different';
  const sharesParty = a.governments.some((g) => b.governments.includes(g)) || a.actors.some((x) => b.actors.includes(x));
  if (!sharesParty) return 'different';
  const wordsA = wordsOf(a, eventSummary);
  const wordsB = wordsOf(b, eventSummary);
  const texts = compareTexts(wordsA, wordsB, 0.5, 0.35);
  if (texts === 'different' || sameRange(a.date, b.date)) return texts;
  // A range holding another ("in 2020", "the fall of 2020") holds many happenings: words in part alike
  // are not enough, nor are two counts ("sent 500 more troops this year", "9,000 in November").
  const countsApart = countsDiffer(textSaying(a.summary, wordsA, false), textSaying(b.summary, wordsB, false));
  return texts === 'uncertain' || countsApart ? 'different' : texts;
}

export interface Reconciled<C> {
  items: C[];
  diagnostics: Diagnostic[];
}

/**
 * Merges candidates that report the same thing into one item citing every report.
 * The earliest report's wording stands for the item; the citations of all reports are kept.
 */
function reconcile<C extends { origin: Origin }>(
  kind: string,
  candidates: C[],
  compare: (a: C, b: C) => Match,
  keys: ClusterKeys<C>,
  combine: (representative: C, members: C[]) => C,
): Reconciled<C> {
  const clusters = cluster([...candidates].sort(byOrigin), compare, keys);
  const diagnostics: Diagnostic[] = clusters
    .filter((group) => group.uncertain)
    .map((group) => ({
      rule: 'uncertain-merge',
      message: `merged ${group.members.length} reports into one ${kind} on a partial match (${group.members
        .map((m) => `${m.origin.source} ¶${m.origin.paragraph}`)
        .join(', ')}); check that they report the same thing`,
      source: group.representative.origin.source,
      paragraph: group.representative.origin.paragraph,
    }));
  return { items: clusters.map((group) => combine(group.representative, group.members)), diagnostics };
}

export function reconcileStatements(candidates: StatementCandidate[]): Reconciled<StatementCandidate> {
  return reconcile('statement', candidates, compareStatements, statementClusterKeys, (first, members) => ({
    ...first,
    ...speakersOwnWords(first, members),
    date: members.map((m) => m.date).reduce(preciser, null),
    citations: mergeCitations(...members.map((m) => m.citations)),
  }));
}

/**
 * The words an entry shows: the earliest report's, unless it only paraphrases what another outlet
 * quotes. The speaker's own words, verbatim, then stand for the entry (the paraphrase stays cited),
 * with the verb and stance that report gives them: "voiced: Sylvania to “reintegrate” the region"
 * would put one outlet's verb before another's words.
 */
function speakersOwnWords(first: StatementCandidate, members: StatementCandidate[]): Pick<StatementCandidate, 'quote' | 'reported' | 'verb' | 'stance'> {
  const shown = (first.quote === null ? members.find((m) => m.quote !== null) : undefined) ?? first;
  return { quote: shown.quote, reported: shown.reported, verb: shown.verb, stance: shown.stance };
}

export function reconcileFigures(candidates: FigureCandidate[]): Reconciled<FigureCandidate> {
  return reconcile('figure', candidates, compareFigures, figureClusterKeys, (first, members) => ({
    ...first,
    asOf: members.map((m) => m.asOf).reduce(preciser, null),
    citations: mergeCitations(...members.map((m) => m.citations)),
  }));
}

export function reconcileEvents(candidates: EventCandidate[]): Reconciled<EventCandidate> {
  return reconcile('event', candidates, compareEvents, eventClusterKeys, (first, members) => ({
    ...first,
    actors: [...new Set(members.flatMap((m) => m.actors))],
    governments: [...new Set(members.flatMap((m) => m.governments))],
    citations: mergeCitations(...members.map((m) => m.citations)),
  }));
}
