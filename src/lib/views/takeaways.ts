import type { ChronologyEntry } from './chronology.ts';
import type { Disagreement } from './figure-disagreement.ts';
import { attribution, type SpreadEnd } from './figure-spread.ts';
import type { FigureSection } from './figures.ts';
import { countLabel } from './format/count-label.ts';
import type { EntryKind } from './paths.ts';
import type { ComparisonRow, PositionSection } from './positions.ts';

/*
 * The overview's takeaways, generated from the finished views so that each is true by
 * construction: every sentence is made of labels the pages already show, links to each entry it
 * summarises, and says which of them it compares, so a test can check every takeaway against
 * those entries (test/views/takeaways.test.ts). Figures are compared only within one series of
 * one category (one stage: see figure-series.ts), and a statement is never quoted: positions are
 * said by their stance.
 */

/** A piece of a takeaway's sentence; linked pieces lead to the entry they name. */
export interface TakeawayPart {
  text: string;
  /** Link to the entry (or page) the words name, before the base path; absent for plain words. */
  href?: string;
}

/** An entry a takeaway summarises. */
export interface TakeawayEntry {
  kind: EntryKind;
  id: string;
}

export type TakeawayKind = 'latest-event' | 'positions' | 'stance-change' | 'figures' | 'disagreement' | 'next-expected' | 'sources';

export interface Takeaway {
  kind: TakeawayKind;
  /** The sentence, in pieces. */
  parts: TakeawayPart[];
  /** Every entry the sentence summarises. */
  entries: TakeawayEntry[];
  /**
   * Figures the sentence sets against each other, one list per comparison ("from 1,500 to at
   * least 3,000"): each list is one category and one series; for a disagreement, one period too.
   */
  comparisons: string[][];
}

/** What the takeaways are made from: finished views, no topic prose. */
export interface TakeawayInput {
  sections: readonly Pick<PositionSection, 'name' | 'track'>[];
  comparison: readonly ComparisonRow[];
  figures: readonly FigureSection[];
  /** Past events, latest first. */
  latest: readonly (ChronologyEntry & { href: string })[];
  /** Expected events, soonest first. */
  upcoming: readonly (ChronologyEntry & { href: string })[];
  sources: number;
  /** "23 Oct 2024" labels of the first and last source; null without sources. */
  firstSource: string | null;
  lastSource: string | null;
  /** The page of the sources, for the last takeaway's link. */
  sourcesHref: string;
}

/** Categories whose comparable claims are summed up, in topic order. */
const FIGURE_TAKEAWAYS = 2;
/** Governments whose change of stance is told. */
const STANCE_CHANGES = 2;

/**
 * The takeaways, each left out when the model has nothing for it: the latest event, the latest
 * stance of each government (or how their stance moved), the figures of the first categories by
 * stage, any real disagreement, what is expected next, and what it all rests on.
 */
export function takeaways(input: TakeawayInput): Takeaway[] {
  return [
    latestEvent(input.latest),
    stanceChanges(input.sections),
    positions(input.comparison),
    ...input.figures.filter((section) => section.series.length > 0).slice(0, FIGURE_TAKEAWAYS).map(figures),
    disagreement(input.figures),
    nextExpected(input.upcoming),
    sourcesLine(input),
  ].filter((takeaway): takeaway is Takeaway => takeaway !== null);
}

/** The sentence of a takeaway as plain text. */
export function takeawayText(takeaway: Pick<Takeaway, 'parts'>): string {
  return takeaway.parts.map((part) => part.text).join('');
}

function takeaway(kind: TakeawayKind, parts: TakeawayPart[], entries: TakeawayEntry[], comparisons: string[][] = []): Takeaway {
  return { kind, parts, entries, comparisons };
}

/** The event's line as the chronology shows it: its headline, and who says it happened. */
function eventParts(entry: ChronologyEntry & { href: string }): TakeawayPart[] {
  const words = entry.headlineQuoted ? `“${entry.headline}”` : entry.headline;
  return [{ text: words, href: entry.href }, ...(entry.claimant ? [{ text: ` — according to ${entry.claimant.label}` }] : [])];
}

/** The sentence's full stop, unless the event's own words already end it. */
function fullStop(entry: ChronologyEntry): TakeawayPart {
  return { text: entry.claimant === null && !entry.headlineQuoted && /[.!?]$/.test(entry.headline) ? '' : '.' };
}

function latestEvent(latest: TakeawayInput['latest']): Takeaway | null {
  const [event] = latest;
  if (!event) return null;
  return takeaway('latest-event', [{ text: `Latest event (${event.dateLabel}): ` }, ...eventParts(event), fullStop(event)], [{ kind: 'event', id: event.id }]);
}

function nextExpected(upcoming: TakeawayInput['upcoming']): Takeaway | null {
  const [next] = upcoming;
  if (!next) return null;
  // The label's "expected " prefix would repeat what the sentence says.
  const when = next.dateLabel.replace(/^expected /, '');
  return takeaway(
    'next-expected',
    [{ text: `${countLabel(upcoming.length, 'expected event')} reported; the next (${when}): ` }, ...eventParts(next), fullStop(next)],
    [{ kind: 'event', id: next.id }],
  );
}

/** "Latest positions — denies: Freedonia, Sylvania; confirms: Northern Council." Each government links to its latest statement. */
function positions(comparison: readonly ComparisonRow[]): Takeaway | null {
  const bearing = comparison.filter((row) => row.positionBearing);
  if (bearing.length === 0) return null;
  const byStance = new Map<string, ComparisonRow[]>();
  for (const row of bearing) {
    const list = byStance.get(row.stanceLabel) ?? [];
    byStance.set(row.stanceLabel, list);
    list.push(row);
  }
  const parts: TakeawayPart[] = [{ text: 'Latest stance of each government and organisation — ' }];
  [...byStance].forEach(([stance, rows], i) => {
    parts.push({ text: `${i > 0 ? '; ' : ''}${stance}: ` });
    rows.forEach((row, j) => parts.push(...(j > 0 ? [{ text: ', ' }] : []), { text: row.name, href: row.href }));
  });
  parts.push({ text: '.' });
  return takeaway('positions', parts, bearing.map((row) => ({ kind: 'statement', id: row.statement })));
}

/** Stances that say whether the matter at issue is so: a change among them is a change of line. */
const ON_THE_FACTS = new Set(['confirms', 'denies', 'unconfirmed']);

/**
 * Governments whose line moved: "Sylvania went from unconfirmed (Sylvanian Foreign Ministry, 22 Oct 2024)
 * to confirms (Tomas Ruhl, 23 Oct 2024)." The first and the last statement of their stance
 * track that say whether the matter is so (confirms, denies, unconfirmed), when those differ and
 * were made on different days.
 */
function stanceChanges(sections: readonly Pick<PositionSection, 'name' | 'track'>[]): Takeaway | null {
  const moved = sections.flatMap((section) => {
    const onFacts = section.track.flatMap((step) => step.speakers.flatMap((speaker) => speaker.chips.filter((chip) => ON_THE_FACTS.has(chip.stance)).map((chip) => ({ step, speaker: speaker.speaker, chip }))));
    const first = onFacts[0];
    const last = onFacts.at(-1);
    return first && last && first.step !== last.step && first.chip.stance !== last.chip.stance ? [{ section, first, last }] : [];
  });
  if (moved.length === 0) return null;
  const parts: TakeawayPart[] = [];
  const entries: TakeawayEntry[] = [];
  moved.slice(0, STANCE_CHANGES).forEach(({ section, first, last }, i) => {
    parts.push(
      { text: `${i > 0 ? '; ' : ''}${section.name} went from ` },
      { text: first.chip.label, href: first.chip.href },
      { text: ` (${first.speaker}, ${first.step.dateLabel}) to ` },
      { text: last.chip.label, href: last.chip.href },
      { text: ` (${last.speaker}, ${last.step.dateLabel})` },
    );
    entries.push({ kind: 'statement', id: first.chip.id }, { kind: 'statement', id: last.chip.id });
  });
  parts.push({ text: '.' });
  return takeaway('stance-change', parts, entries);
}

/**
 * One category's claims, series by series: "Troops sent to Freedonia — reported so far: from 1,500
 * (…) to at least 3,000 (…); planned or in total: around 12,000 (…)." Only numbers of one series
 * are set against each other.
 */
function figures(section: FigureSection): Takeaway {
  const parts: TakeawayPart[] = [{ text: `${section.label} — ` }];
  const entries: TakeawayEntry[] = [];
  const comparisons: string[][] = [];
  section.series.forEach((series, i) => {
    parts.push({ text: `${i > 0 ? '; ' : ''}${series.label.toLowerCase()}: ` });
    const spread = series.spread;
    if (spread && spread.minClaim.id !== spread.maxClaim.id && spread.min !== spread.max) {
      parts.push({ text: 'from ' }, ...claimParts(spread.minClaim), { text: ' to ' }, ...claimParts(spread.maxClaim));
      entries.push({ kind: 'figure', id: spread.minClaim.id }, { kind: 'figure', id: spread.maxClaim.id });
      comparisons.push([spread.minClaim.id, spread.maxClaim.id]);
    } else if (spread) {
      const count = series.rows.filter((row) => row.value !== null).length;
      parts.push(...claimParts(spread.minClaim), ...(count > 1 ? [{ text: ` (${count} claims give this number)` }] : []));
      entries.push({ kind: 'figure', id: spread.minClaim.id });
    } else {
      series.vague.forEach((claim, j) => {
        parts.push(...(j > 0 ? [{ text: '; ' }] : []), { text: claim.phrase, href: claim.href }, { text: ` (${attribution(claim)})` });
        entries.push({ kind: 'figure', id: claim.id });
      });
    }
  });
  parts.push({ text: '.' });
  return takeaway('figures', parts, entries, comparisons);
}

function claimParts(end: SpreadEnd): TakeawayPart[] {
  return [{ text: end.phrase, href: end.href }, { text: ` (${attribution(end)})` }];
}

/** The first real disagreement (see figure-disagreement.ts), naming who says what. */
function disagreement(sections: readonly FigureSection[]): Takeaway | null {
  const found = sections.flatMap((section) => section.disagreements.map((one) => ({ section, one })))[0];
  if (!found) return null;
  const { section, one }: { section: FigureSection; one: Disagreement } = found;
  const parts: TakeawayPart[] = [{ text: `Claims disagree on ${section.label.toLowerCase()} (${one.seriesLabel.toLowerCase()}, ${one.when}): ` }];
  one.claims.forEach((claim, i) => parts.push({ text: `${i > 0 ? '; ' : ''}${claim.claimant} says ` }, { text: claim.claim, href: claim.href }));
  parts.push({ text: '.' });
  return takeaway(
    'disagreement',
    parts,
    one.claims.map((claim) => ({ kind: 'figure', id: claim.id })),
    [one.claims.map((claim) => claim.id)],
  );
}

function sourcesLine({ sources, firstSource, lastSource, sourcesHref }: TakeawayInput): Takeaway | null {
  if (sources === 0 || firstSource === null || lastSource === null) return null;
  const span = firstSource === lastSource ? `published ${firstSource}` : `published from ${firstSource} to ${lastSource}`;
  return takeaway('sources', [{ text: 'Everything here is drawn from ' }, { text: countLabel(sources, 'source'), href: sourcesHref }, { text: ` ${span}.` }], []);
}
