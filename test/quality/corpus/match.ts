/**
 * Matches what the extractor published for one article against that article's gold file.
 *
 * Every model item is read once per citation of the article (an item merged across outlets counts
 * once for each), and every gold item is placed in its paragraph by its verbatim snippet. A gold item
 * is found when an extracted mention of the same paragraph carries its words; each mention is matched
 * at most once, the best-scoring pairs of the article first. Mentions left unmatched are spurious (they lower precision).
 */
import type { Briefing, Citation, Figure, Statement, BriefingEvent, SourceDocument } from '../../../src/lib/model.ts';
import type { GoldArticle, GoldEvent, GoldFigure, GoldStatement } from './gold.ts';
import { type FigureClass, figureShape } from './figure-classes.ts';

/** Straight and curly quotes compare equal, and so do runs of space. */
export function normCase(text: string): string {
  return text
    .replace(/[“”"«»]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** As `normCase`, and letter case compares equal too. */
export function norm(text: string): string {
  return normCase(text).toLowerCase();
}

/** Words for overlap: letters and digits, thousands separators removed. */
function words(text: string): string[] {
  return norm(text).replace(/(\d)[,.](?=\d{3}\b)/g, '$1').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of `inner`'s words found in `outer`. */
function coverage(inner: string, outer: string): number {
  const have = new Set(words(outer));
  const list = words(inner);
  return list.length === 0 ? 0 : list.filter((w) => have.has(w)).length / list.length;
}

/** The snippet without an opening quotation mark, which the README allows to disambiguate short quotes. */
function bare(snippet: string): string {
  return norm(snippet).replace(/^["']/, '');
}

export interface Mention<T> {
  item: T;
  citation: Citation;
}

export type Kind = 'quote' | 'reported' | 'figure' | 'event';

/** One gold item and what became of it. */
export interface Verdict {
  kind: Kind;
  /** For a found statement: the stance gold wants and the stance shown. */
  stance?: { wanted: string; shown: string; verb: string | null };
  /** For a found statement: the government credited, the one gold wants, and the speaker as shown. */
  credit?: { government: string | null; wanted: string | null; speaker: string };
  /** For a figure: the gold's category and the shape of its value. */
  figure?: FigureClass;
  article: string;
  paragraph: number | null;
  expected: string;
  /** Null when nothing matched. */
  found: string | null;
  /** Attribute name → whether the extractor got it right (only for found items). */
  checks: Record<string, boolean>;
  detail: string;
}

/** An extracted mention no gold item accounts for. */
export interface Spurious {
  kind: Kind;
  article: string;
  paragraph: number;
  text: string;
  /** For a figure: the category shown and the shape of its value. */
  figure?: FigureClass;
}

/** The ways a reader can be shown the opposite of what the source says. */
export const INVERSION_KINDS = ['wrong government', 'lost negation', 'figure category', 'planned figure shown done', 'expected event shown done'] as const;
export type InversionKind = (typeof INVERSION_KINDS)[number];

/** A mistake that would show a reader the opposite of what the source says. */
export interface Inversion {
  kind: InversionKind;
  article: string;
  paragraph: number | null;
  what: string;
}

export interface ArticleResult {
  verdicts: Verdict[];
  spurious: Spurious[];
  inversions: Inversion[];
  /** Gold snippets the imported article does not contain (dropped by the importer, or a typo in gold). */
  notInBody: string[];
}

/** A reported statement's gold words that only credit what came before: "This was reported by X". */
const POINTS_BACK = /^(?:this|that|it)\s+(?:was|is|has been)\s+(?:\w+\s+)?by\s/i;

const NEGATION = /\b(?:not|no|never|n't|neither|nor|without)\b|n't\b/i;

/** Scores one article. `source` is the article as imported; the briefing is the corpus's whole model. */
/**
 * Scores one article. `governmentNamed` reads a speaker phrase as the topic data does ("Fredonburg" →
 * freedonia): how a coordinated subject's parts are known when the model's statement, merged with
 * another source's, describes its speaker in that source's words.
 */
export function matchArticle(gold: GoldArticle, source: SourceDocument, briefing: Briefing, governmentNamed: (phrase: string) => string | null = () => null): ArticleResult {
  const result: ArticleResult = { verdicts: [], spurious: [], inversions: [], notInBody: [] };
  const locate = (written: string): number | null => {
    // A list item's number or bullet is markup once imported ("1. The formations …" is item text "The formations …").
    const snippet = written.replace(/^\s*(?:\d{1,2}[.)]|[-•*])\s+/, '');
    // Case first: "Two soldiers" and "two soldiers" may open two paragraphs.
    const exact = normCase(snippet).replace(/^["']/, '');
    const needle = bare(snippet);
    const hit = source.paragraphs.find((p) => normCase(p.text).includes(exact)) ?? source.paragraphs.find((p) => norm(p.text).includes(needle));
    if (!hit) result.notInBody.push(written);
    return hit?.n ?? null;
  };
  const mentionsOf = <T extends { citations: Citation[] }>(items: T[]): Mention<T>[] =>
    items.flatMap((item) => item.citations.filter((c) => c.source === source.id).map((citation) => ({ item, citation })));

  const statements = mentionsOf(briefing.statements);
  const quoteMentions = statements.filter((m) => m.item.quote !== null);
  const reportedMentions = statements.filter((m) => m.item.quote === null);
  const usedStatements = new Set<Mention<Statement>>();

  const goldQuotes = gold.statements.filter((s) => s.kind === 'quote').map((g) => ({ g, paragraph: locate(g.evidence) }));
  const credit = (g: GoldStatement, m: Mention<Statement>): number => sameCredit(g, m, governmentNamed);
  const quoteMatches = assign(goldQuotes, quoteMentions, usedStatements, (g, m) => quoteScore(g, m, credit));
  goldQuotes.forEach(({ g, paragraph }, i) => result.verdicts.push(statementVerdict(gold.id, paragraph, g, quoteMatches[i] ?? null, result.inversions, governmentNamed)));
  const goldReports = gold.statements.filter((s) => s.kind === 'reported').map((g) => ({ g, paragraph: locate(g.evidence) }));
  // Reported speech may come out as a statement around a partial quote: both count as the report.
  const reportMatches = assign(goldReports, statements, usedStatements, (g, m) => reportedScore(g, m, credit));
  goldReports.forEach(({ g, paragraph }, i) => result.verdicts.push(statementVerdict(gold.id, paragraph, g, reportMatches[i] ?? null, result.inversions, governmentNamed)));
  // A statement cites two paragraphs of one article when one holds its words and the other credits
  // them ("This was reported by X."): one statement, found once.
  const matchedStatements = new Set([...usedStatements].map((m) => m.item));
  const unmatched = (m: Mention<Statement>): boolean => !usedStatements.has(m) && !matchedStatements.has(m.item);
  for (const m of quoteMentions.filter(unmatched)) result.spurious.push(spurious('quote', gold.id, m, m.item.quote ?? ''));
  for (const m of reportedMentions.filter(unmatched)) result.spurious.push(spurious('reported', gold.id, m, m.item.reported ?? ''));

  const figures = mentionsOf(briefing.figures);
  const usedFigures = new Set<Mention<Figure>>();
  const goldFigures = gold.figures.map((g) => ({ g, paragraph: locate(g.text) }));
  const figureMatches = assign(goldFigures, figures, usedFigures, (g, m) => figureScore(g, m));
  goldFigures.forEach(({ g, paragraph }, i) => result.verdicts.push(figureVerdict(gold.id, paragraph, g, figureMatches[i] ?? null, result.inversions)));
  for (const m of figures.filter((m) => !usedFigures.has(m))) {
    result.spurious.push({ ...spurious('figure', gold.id, m, m.item.text), figure: { category: m.item.category, shape: figureShape(m.item.text, m.item.value) } });
  }

  const events = mentionsOf(briefing.events);
  const usedEvents = new Set<Mention<BriefingEvent>>();
  const goldEvents = gold.events.map((g) => ({ g, paragraph: locate(g.evidence) }));
  const eventMatches = assign(goldEvents, events, usedEvents, (g, m) => eventScore(g, m));
  goldEvents.forEach(({ g, paragraph }, i) => result.verdicts.push(eventVerdict(gold.id, paragraph, g, eventMatches[i] ?? null, result.inversions)));
  // One happening told twice in an article is one event citing both tellings (corpus README: events
  // merge repeated tellings): found once, its second citation is no spurious event.
  const matchedEvents = new Set([...usedEvents].map((m) => m.item));
  for (const m of events.filter((m) => !usedEvents.has(m) && !matchedEvents.has(m.item))) result.spurious.push(spurious('event', gold.id, m, `${m.item.date.text}: ${m.citation.evidence}`));
  return result;
}

/**
 * Pairs gold items with unused mentions of their paragraph, best-scoring pairs first, so a gold item
 * that a mention only partly overlaps cannot take it from the one it matches exactly. Returns the
 * mention of each gold item, in order (null when none scored above zero); marks them used.
 */
function assign<G, T>(golds: { g: G; paragraph: number | null }[], mentions: Mention<T>[], used: Set<Mention<T>>, score: (g: G, m: Mention<T>) => number): (Mention<T> | null)[] {
  const pairs: { gold: number; mention: Mention<T>; score: number }[] = [];
  golds.forEach(({ g, paragraph }, gold) => {
    for (const mention of mentions) {
      if (paragraph === null || used.has(mention) || mention.citation.paragraph !== paragraph) continue;
      const s = score(g, mention);
      if (s > 0) pairs.push({ gold, mention, score: s });
    }
  });
  // Stable: among equal scores the gold listed first and the mention found first win, as before.
  pairs.sort((a, b) => b.score - a.score);
  const matched: (Mention<T> | null)[] = golds.map(() => null);
  for (const { gold, mention } of pairs) {
    if (matched[gold] !== null || used.has(mention)) continue;
    matched[gold] = mention;
    used.add(mention);
  }
  return matched;
}

/**
 * Among equally good matches, the one credited as the gold credits it: "X and Y both deny" is two
 * statements; "X said …, the agency reported" is X's and the agency's, both of one government. A
 * statement of one part of a joint voice is credited as the gold credits it too (`namesOnePartOfJoint`),
 * so the joint voice's gold item is not paired with another speaker's statement of the same words
 * ("X and Y accused Z of …, something Z has not acknowledged") just because that one sorts first.
 */
function sameCredit(g: GoldStatement, m: Mention<Statement>, governmentNamed: (phrase: string) => string | null): number {
  const government = m.item.government === g.government || namesOnePartOfJoint(g, m.item, governmentNamed);
  return (government ? 0.25 : 0) + (g.actor !== null && m.item.speaker.actor === g.actor ? 0.125 : 0);
}

/** How a gold statement's credit and a mention's agree (`sameCredit` with the topic data's reading of names). */
type Credit = (g: GoldStatement, m: Mention<Statement>) => number;

function quoteScore(g: GoldStatement, m: Mention<Statement>, sameCredit: Credit): number {
  const score = quoteWordsScore(g, m);
  return score > 0 ? score + sameCredit(g, m) : 0;
}

function quoteWordsScore(g: GoldStatement, m: Mention<Statement>): number {
  const quote = norm(m.item.quote ?? '');
  const needle = bare(g.evidence);
  if (quote.includes(needle)) return 2;
  if (needle.includes(quote) && quote.length > 0) return 1.5;
  const c = coverage(g.evidence, m.item.quote ?? '');
  if (c >= 0.6) return c;
  // A statement merged with another outlet's wording of it shows that wording: this source's words are
  // in the evidence of the citation, not in the quote shown — or the quote shown is another outlet's
  // shorter part of them (the entry's first citation is that outlet's).
  const evidence = norm(m.citation.evidence);
  const shownFromAnother = m.item.citations[0]?.source !== m.citation.source;
  return quote.length > 0 && (!evidence.includes(quote) || shownFromAnother) && evidence.includes(needle) ? 1 : 0;
}

function reportedScore(g: GoldStatement, m: Mention<Statement>, sameCredit: Credit): number {
  const shown = m.item.reported ?? m.item.quote ?? '';
  if (norm(shown).includes(bare(g.evidence))) return 2 + sameCredit(g, m);
  // "Washington had not confirmed it": a gold snippet of speaker, verb and a short object, which the
  // extractor shows as its verb ("had not confirmed") and what it reports ("it").
  const said = norm(`${m.item.verb ?? ''} ${shown}`);
  if (shown !== '' && bare(g.evidence).endsWith(said) && norm(m.citation.evidence).includes(bare(g.evidence))) return 1.5 + sameCredit(g, m);
  const c = coverage(g.evidence, shown);
  if (c >= 0.6) return c + sameCredit(g, m);
  // "something neither X nor Y has publicly acknowledged": the content cannot be found alone, so the
  // gold's words are the verb; the statement shows the content it points back to and keeps the verb.
  // Above the merged-wording fallback below, which a statement of another speaker in the same sentence
  // would otherwise win.
  if (evidenceIsTheVerb(g) && sameVerbHead(g.verb, m.item.verb) && norm(m.citation.evidence).includes(bare(g.evidence))) return 1.25 + sameCredit(g, m);
  // "This was reported by X": the gold's words are the sentence that credits what came before; the
  // statement shows what came before, and its citation holds the crediting sentence.
  if (POINTS_BACK.test(g.evidence) && norm(m.citation.evidence).includes(bare(g.evidence))) return 1 + sameCredit(g, m);
  // An entry merged from several sources shows one source's words; in the others it cites, the words
  // that say the same thing are the citation's.
  if (!norm(m.citation.evidence).includes(norm(shown)) && norm(m.citation.evidence).includes(bare(g.evidence))) return 1 + sameCredit(g, m);
  return 0;
}

/** Whether a gold statement's words are its verb alone ("has publicly acknowledged"). */
function evidenceIsTheVerb(g: GoldStatement): boolean {
  return g.verb !== null && bare(g.evidence) === bare(g.verb);
}

/** Whether two reporting verbs end in the same word ("has publicly acknowledged", "neither … acknowledged"). */
function sameVerbHead(gold: string | null, shown: string | null): boolean {
  const head = (verb: string | null) => norm(verb ?? '').split(' ').at(-1) ?? '';
  return head(gold) !== '' && head(gold) === head(shown);
}

function figureScore(g: GoldFigure, m: Mention<Figure>): number {
  const goldText = norm(g.text);
  const text = norm(m.item.text);
  if (text === goldText) return 3;
  if (goldText.includes(text) || text.includes(goldText)) return 2;
  const evidenceHasIt = norm(m.citation.evidence).includes(goldText);
  const sameNumber = numbersOf(g.text).some((n) => numbersOf(m.item.text).includes(n)) || (g.value !== null && g.value === m.item.value);
  if (sameNumber && (evidenceHasIt || coverage(g.text, m.item.text) >= 0.5)) return 1;
  // A vague amount merged with the same amount told in another paragraph shows that paragraph's words.
  const bothVague = g.value === null && m.item.value === null;
  if (bothVague && evidenceHasIt && coverage(g.text, m.item.text) >= 0.5) return 1;
  return 0;
}

function numbersOf(text: string): string[] {
  return words(text).filter((w) => /^\d+$/.test(w));
}

function eventScore(g: GoldEvent, m: Mention<BriefingEvent>): number {
  const evidence = m.citation.evidence;
  const dateWords = norm(g.date_text).replace(/^(on|in|by|since|from|during|at|over) /, '');
  // An event merged across sources shows the date words of whichever source told it first, so the
  // dates themselves decide too: two events citing one sentence ("On Sept. 20, X halted what it had
  // launched a day before") pair with the gold items they date alike.
  const sameDays = m.item.date.start === g.start && m.item.date.end === g.end;
  const sameDate = norm(m.item.date.text).includes(dateWords) || dateWords.includes(norm(m.item.date.text)) || sameDays;
  const c = coverage(g.evidence, evidence);
  if (c < 0.5) return 0;
  return c + (sameDate ? 1 : 0);
}

function spurious(kind: Kind, article: string, m: Mention<unknown>, text: string): Spurious {
  return { kind, article, paragraph: m.citation.paragraph, text };
}

function speakerRight(g: GoldStatement, s: Statement): boolean {
  // The model writes "an unnamed official of G" as no actor and government G; the gold as actor G.
  if (g.actor !== null) return s.speaker.actor === g.actor || (s.speaker.actor === null && s.government === g.actor);
  const name = norm(s.speaker.name ?? s.speaker.description);
  const want = norm(g.speaker);
  return s.speaker.actor === null && name !== '' && (name.includes(want) || want.includes(name));
}

/**
 * "Neither Fredonburg nor Marsh City have confirmed …": the gold lists one statement of a coordinated
 * subject, credited to no one government; the model may give each part its own statement. A
 * statement whose speaker is one of the parts, by the words the article names them with or by the
 * government a part names, is credited to a side that did speak, so it is no wrong government.
 */
function namesOnePartOfJoint(g: GoldStatement, s: Statement, governmentNamed: (phrase: string) => string | null): boolean {
  if (g.government !== null || g.actor !== null) return false;
  // Case kept for the topic data's names ("Fredonburg"); compared without it.
  const parts = normCase(g.speaker).replace(/^(?:both|neither|either)\s+/i, '').split(/\s*,\s*|\s+(?:and|nor|or)\s+/).filter((part) => part !== '');
  const spoken = norm(s.speaker.name ?? s.speaker.description).replace(/^the\s+/, '');
  const isPart = (part: string) => (spoken !== '' && norm(part).replace(/^the\s+/, '') === spoken) || (s.government !== null && governmentNamed(part) === s.government);
  return parts.length > 1 && parts.some(isPart);
}

/** The stance as the fixed vocabulary reads it: no stance is `other`. */
function stanceOf(s: Statement): string {
  return (s as { stance: string | null }).stance ?? 'other';
}

function negatedOf(s: Statement): boolean {
  return (s as { negated?: boolean }).negated === true;
}

function statementVerdict(
  article: string,
  paragraph: number | null,
  g: GoldStatement,
  m: Mention<Statement> | null,
  inversions: Inversion[],
  governmentNamed: (phrase: string) => string | null,
): Verdict {
  const verdict: Verdict = { kind: g.kind, article, paragraph, expected: g.evidence, found: null, checks: {}, detail: 'not extracted' };
  if (!m) return verdict;
  const s = m.item;
  verdict.found = s.quote ?? s.reported ?? '';
  const onePartOfJoint = namesOnePartOfJoint(g, s, governmentNamed);
  verdict.checks = {
    speaker: speakerRight(g, s),
    government: s.government === g.government,
    // Crediting no government is a miss; crediting the wrong one is the worst error.
    notWrongGovernment: s.government === null || s.government === g.government || onePartOfJoint,
    stance: stanceOf(s) === g.stance,
    negated: negatedOf(s) === g.negated,
  };
  verdict.stance = { wanted: g.stance, shown: stanceOf(s), verb: s.verb };
  verdict.credit = { government: s.government, wanted: g.government, speaker: [s.speaker.name, s.speaker.description].filter(Boolean).join(', ') };
  verdict.detail = `speaker ${s.speaker.actor ?? s.speaker.name ?? s.speaker.description} / ${s.government ?? 'none'} (want ${g.actor ?? g.speaker} / ${g.government ?? 'none'}); verb ${s.verb ?? 'none'}; stance ${stanceOf(s)} (want ${g.stance}); negated ${negatedOf(s)} (want ${g.negated})`;
  if (s.government !== null && s.government !== g.government && !onePartOfJoint) {
    inversions.push({ kind: 'wrong government', article, paragraph, what: `${g.kind} "${g.evidence}" credited to ${s.government}, said for ${g.government ?? 'no government'}` });
  }
  const shown = s.quote ?? s.reported ?? '';
  const lostNegation = g.kind === 'reported' && NEGATION.test(g.evidence) && !NEGATION.test(shown) && !negatedOf(s);
  if ((g.negated && !negatedOf(s)) || lostNegation) {
    inversions.push({ kind: 'lost negation', article, paragraph, what: `${g.kind} "${g.evidence}" shown without its denial or negation as "${shown.slice(0, 80)}"` });
  }
  return verdict;
}

function figureVerdict(article: string, paragraph: number | null, g: GoldFigure, m: Mention<Figure> | null, inversions: Inversion[]): Verdict {
  const figure = { category: g.category, shape: figureShape(g.text, g.value) };
  const verdict: Verdict = { kind: 'figure', figure, article, paragraph, expected: g.text, found: null, checks: {}, detail: 'not extracted' };
  if (!m) return verdict;
  const f = m.item as Figure & { value: number | null; stage?: string };
  verdict.found = f.text;
  verdict.checks = {
    value: f.value === g.value,
    category: f.category === g.category,
    stage: f.stage === g.stage,
    government: f.government === g.government,
  };
  verdict.detail = `value ${f.value}, ${f.category}, ${f.stage ?? 'no stage'}, ${f.government ?? 'none'} (want ${g.value}, ${g.category}, ${g.stage}, ${g.government ?? 'none'})`;
  if (f.category !== g.category) inversions.push({ kind: 'figure category', article, paragraph, what: `figure "${g.text}" filed under ${f.category}, its sentence says ${g.category}` });
  const planned = g.stage === 'planned' || g.stage === 'expected';
  if (planned && f.stage !== g.stage && f.stage !== 'planned' && f.stage !== 'expected') {
    inversions.push({ kind: 'planned figure shown done', article, paragraph, what: `${g.stage} figure "${g.text}" shown as ${f.stage ?? 'done (no stage)'}` });
  }
  return verdict;
}

function eventVerdict(article: string, paragraph: number | null, g: GoldEvent, m: Mention<BriefingEvent> | null, inversions: Inversion[]): Verdict {
  const verdict: Verdict = { kind: 'event', article, paragraph, expected: `${g.date_text}: ${g.evidence}`, found: null, checks: {}, detail: 'not extracted' };
  if (!m) return verdict;
  const e = m.item;
  verdict.found = `${e.date.text}: ${m.citation.evidence.slice(0, 80)}`;
  verdict.checks = { date: e.date.start === g.start && e.date.end === g.end && e.date.precision === g.precision, expected: e.expected === g.expected };
  verdict.detail = `${e.date.start ?? '…'}–${e.date.end ?? '…'} ${e.date.precision}${e.expected ? ' expected' : ''} (want ${g.start ?? '…'}–${g.end ?? '…'} ${g.precision}${g.expected ? ' expected' : ''})`;
  if (g.expected && !e.expected) inversions.push({ kind: 'expected event shown done', article, paragraph, what: `expected event "${g.evidence}" shown as done` });
  return verdict;
}
