import type { BriefingEvent, Citation, Figure, Statement } from '../model.ts';

/**
 * How much a briefing page may hold, counted in entries. A typical entry (one citation, a
 * sentence or two) counts as one; an entry whose HTML is estimated to be larger (many
 * citations, long quotes) counts as several (see `entryWeight`), so a page of `entries`
 * never passes `entries × ENTRY_BYTES` bytes of entries.
 */
export interface PageBudget {
  /** Most entries a page holds, each counted by its weight. At least 1. */
  entries: number;
}

/**
 * Bytes of HTML one entry counts for. Measured on built pages: an event or statement with one
 * citation takes 1.5 to 3 KB (its article, heading and self-link, the quote, the citation with
 * its evidence written twice, once for print); 4 KB leaves room for long sentences.
 */
export const ENTRY_BYTES = 4_000;

/**
 * The default budget: 200 entries of at most 4 KB each is 800 KB, which leaves a fifth of the
 * 1 MB page limit for the page's frame (header, navigation, footer: about 10 KB), the links
 * kept for moved entries and any error of the estimate. A briefing with at most this many
 * events (or statements) keeps them on one page, as a small briefing always has.
 */
export const DEFAULT_PAGE_BUDGET: PageBudget = { entries: 200 };

/** The environment variable that lowers (or raises) the budget; meant for tests, see `pageBudget`. */
export const PAGE_BUDGET_VARIABLE = 'BRIEFING_PAGE_BUDGET';

/**
 * The budget from the environment: `BRIEFING_PAGE_BUDGET=5` makes pages split after 5
 * entries, so tests can build split pages from a few sources. Unset or empty gives
 * `DEFAULT_PAGE_BUDGET`. Throws, saying what to do, when the value is not a whole number ≥ 1.
 */
export function pageBudget(env: Readonly<Record<string, string | undefined>>): PageBudget {
  const value = env[PAGE_BUDGET_VARIABLE]?.trim();
  if (value === undefined || value === '') return DEFAULT_PAGE_BUDGET;
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new Error(
      `${PAGE_BUDGET_VARIABLE} must be a whole number of entries per page, at least 1; got "${value}". ` +
        `Unset it to use the default of ${DEFAULT_PAGE_BUDGET.entries}.`,
    );
  }
  return { entries: Number(value) };
}

/** Markup of an entry without its words and citations: article, heading with date or speaker, self-link, labels. */
const ENTRY_OVERHEAD = 1_200;
/** Markup of one citation without its evidence: link with publisher, day, paragraph and source title, `<details>`. */
const CITATION_OVERHEAD = 700;
/** Markup of one id merged into an entry (EntryAliases.astro: an empty `<span>` with the id), without the id. */
const ALIAS_OVERHEAD = 50;

const encoder = new TextEncoder();

function bytes(text: string): number {
  return encoder.encode(text).length;
}

/**
 * An upper estimate of an entry's HTML in bytes: its own words count twice (the quote, and
 * parts of it again in the self-link's name and labels; escaping), each citation's evidence
 * twice (on demand and for print), and each id merged into it (`aliases`, which a briefing
 * published for years accumulates) once.
 */
export function estimatedBytes(words: readonly string[], citations: readonly Citation[], aliases: readonly string[] = []): number {
  const own = words.reduce((sum, text) => sum + 2 * bytes(text), 0);
  const cited = citations.reduce((sum, citation) => sum + CITATION_OVERHEAD + 2 * bytes(citation.evidence), 0);
  const merged = aliases.reduce((sum, alias) => sum + ALIAS_OVERHEAD + bytes(alias), 0);
  return ENTRY_OVERHEAD + own + cited + merged;
}

/** How many entries of the budget an entry of `estimate` bytes counts for: at least one. */
export function weightOf(estimate: number): number {
  return Math.max(1, Math.ceil(estimate / ENTRY_BYTES));
}

/** The weight of an event on a chronology page: its summary, date words, actors and citations. */
export function eventWeight(event: BriefingEvent): number {
  return weightOf(estimatedBytes([event.summary, event.date.text, ...event.actors], event.citations, event.aliases));
}

/** The weight of a statement on a positions page: the speaker's description, quote, reported speech and citations. */
export function statementWeight(statement: Statement): number {
  const words = [statement.speaker.description, statement.speaker.name ?? '', statement.quote ?? '', statement.reported ?? '', statement.date?.text ?? ''];
  return weightOf(estimatedBytes(words, statement.citations, statement.aliases));
}

/** The weight of a figure's row in its category's claims table: the claim, claimant, as-of words and citations. */
export function figureWeight(figure: Figure): number {
  const words = [figure.text, figure.claimant.description, figure.claimant.name ?? '', figure.asOf?.text ?? ''];
  return weightOf(estimatedBytes(words, figure.citations, figure.aliases));
}

/** Markup of a chart without its points: frame, axes, grid, labels and legends. */
const CHART_FRAME_BYTES = 10_000;
/**
 * Bytes one claim adds to a chart: its marker with a `<title>`, and its words in the chart's
 * `<desc>`. Measured on a category of 1,500 claims: about 220 bytes; 300 leaves room.
 */
const CHART_POINT_BYTES = 300;

/** The weight of a category's chart of `points` claims, on the page that draws it; 0 without points (no chart). */
export function chartWeight(points: number): number {
  return points === 0 ? 0 : weightOf(CHART_FRAME_BYTES + CHART_POINT_BYTES * points);
}
