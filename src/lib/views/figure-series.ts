import type { FigureStage } from '../model.ts';
import { attribution, figureSpread, type FigureSpread } from './figure-spread.ts';
import type { FigureRow } from './figure-row.ts';

/*
 * A category's claims split by stage, so that what is compared is alike: troops sent so far are
 * never set against the total a government plans to send, or expects to have sent by December.
 */

/** The stages a reader compares together. */
export type SeriesId = 'so-far' | 'planned' | 'expected';

export interface SeriesKind {
  id: SeriesId;
  /** "Reported so far": the series' heading. */
  label: string;
  /** The model's stages it holds: a running total counts with what is reported so far. */
  stages: readonly FigureStage[];
}

/** The series in reading order: what has happened, what is intended, what is forecast. */
export const SERIES_KINDS: readonly SeriesKind[] = [
  { id: 'so-far', label: 'Reported so far', stages: ['reported', 'cumulative'] },
  { id: 'planned', label: 'Planned or in total', stages: ['planned'] },
  { id: 'expected', label: 'Expected by a date', stages: ['expected'] },
];

/** The series a stage belongs to. */
export function seriesOf(stage: FigureStage): SeriesKind {
  return SERIES_KINDS.find((kind) => kind.stages.includes(stage)) ?? (SERIES_KINDS[0] as SeriesKind);
}

/** A vague amount in words, with who claims it and when. */
export interface VagueClaim {
  id: string;
  href: string;
  /** "thousands of troops". */
  phrase: string;
  claimant: string;
  when: string | null;
}

/** The comparable claims of one category and one series. */
export interface FigureSeries {
  id: SeriesId;
  label: string;
  /** The series' claims, in the table's order. */
  rows: FigureRow[];
  /** The range of its numbers; null when it has only vague amounts. */
  spread: FigureSpread | null;
  /** Its vague amounts ("thousands"), said in words, never as a number. */
  vague: VagueClaim[];
  /** "Reported so far: claims range from 1,500 (…) to at least 3,000 (…). Also claimed: thousands of troops (…)." */
  sentence: string;
}

/** The category's rows (in table order) as series, in the order of `SERIES_KINDS`; series without claims are left out. */
export function figureSeries(rows: readonly FigureRow[]): FigureSeries[] {
  return SERIES_KINDS.flatMap((kind) => {
    const own = rows.filter((row) => kind.stages.includes(row.stage));
    if (own.length === 0) return [];
    const spread = figureSpread(own);
    const vague = own.filter((row) => row.value === null).map((row) => ({ id: row.id, href: row.href, phrase: row.claimWithUnit, claimant: row.claimant, when: row.when }));
    const numbers = own.length - vague.length;
    return [{ id: kind.id, label: kind.label, rows: own, spread, vague, sentence: seriesSentence(kind.label, numbers, spread, vague) }];
  });
}

function seriesSentence(label: string, numbers: number, spread: FigureSpread | null, vague: readonly VagueClaim[]): string {
  const words = vague.map((claim) => `${claim.phrase} (${attribution(claim)})`).join('; ');
  if (spread === null) return `${label}: ${words}.`;
  const range =
    numbers === 1
      ? `${label}: ${spread.minClaim.phrase} (${attribution(spread.minClaim)}).`
      : `${label}: ${spread.sentence.charAt(0).toLowerCase()}${spread.sentence.slice(1)}`;
  return vague.length > 0 ? `${range} Also claimed, without a number: ${words}.` : range;
}
