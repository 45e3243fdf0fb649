import type { Figure, FigureStage } from '../model.ts';
import { formatDayShort } from '../site/format-date.ts';
import type { ActorLookup } from './actor-lookup.ts';
import { citationViews, type CitationView } from './citation-label.ts';
import { claimLabel, claimWithUnit } from './format/claim-label.ts';
import { dateLabel } from './format/date-label.ts';
import { compareDays, compareIds, datePoint } from './format/date-order.ts';
import { numberLabel } from './format/number-label.ts';
import { qualifierMarker, type QualifierMarker } from './format/qualifier-marker.ts';
import { reportedLabel, type ReportedLabel } from './format/reported-label.ts';
import { speakerLabel } from './format/speaker-label.ts';
import { figureHref } from './paths.ts';
import { firstPublished, type SourceLookup } from './source-lookup.ts';

/** One claimed figure, as a row of its category's table. */
export interface FigureRow {
  /** The figure id, used as the row's anchor. */
  id: string;
  /** Ids of published figures merged into this one: each is an anchor inside the row. */
  aliases: string[];
  /** When the sources first reported it and last updated it. */
  reportDates: ReportedLabel;
  /** Link to the row on the figures page. */
  href: string;
  /** The number as written; null for a vague amount, which is shown in words and never plotted as a point. */
  value: number | null;
  /** What the words imply (the model's `bounds`): "at least 3,000" is {min: 3000, max: null}. */
  bounds: { min: number | null; max: number | null };
  /** Done so far, a running total, intended or forecast (the model's `stage`). */
  stage: FigureStage;
  /** The number alone: "12,000"; the words of a vague amount ("thousands"). */
  valueLabel: string;
  qualifier: string | null;
  /** Number and qualifier as a claim: "around 12,000", "thousands". */
  claim: string;
  /** The claim with its unit: "around 12,000 boats", "thousands of boats". */
  claimWithUnit: string;
  marker: QualifierMarker;
  unit: string;
  /** The verbatim span: "around 12,000 boats". */
  text: string;
  /** Who claims it (see `speakerLabel`). */
  claimant: string;
  claimantDescription: string;
  /** The government or organisation the claimant speaks for, when it adds to `claimant`. */
  government: string | null;
  /** "Ministry of Defence (Freedonia)". */
  claimantFull: string;
  /** Tells claimants apart when comparing claims: the actor id, else government and words. */
  claimantKey: string;
  /** The as-of date; null when the figure is not dated. */
  asOfLabel: string | null;
  asOfText: string | null;
  asOfDatetime: string | null;
  /** The day the claim is placed at: its as-of date, else when it was first reported. Null when neither is known. */
  day: string | null;
  /** When, for sentences: the as-of label, else "reported 23 Oct 2024". */
  when: string | null;
  /**
   * The period the claim refers to, for telling which claims compare: its as-of range
   * (`2024-10-14/2024-10-20`), else the day it was first reported (`reported 2024-10-23`);
   * null when neither is known.
   */
  period: string | null;
  citations: CitationView[];
}

export function figureRow(figure: Figure, actors: ActorLookup, sources: SourceLookup): FigureRow {
  const speaker = speakerLabel(figure.claimant, figure.government, actors);
  const asOf = figure.asOf ? dateLabel(figure.asOf) : null;
  const reported = firstPublished(figure.citations, sources);
  const when = asOf?.label ?? (reported !== null ? `reported ${formatDayShort(reported)}` : null);
  return {
    id: figure.id,
    aliases: figure.aliases,
    reportDates: reportedLabel(figure),
    href: figureHref(figure.id),
    value: figure.value,
    bounds: { ...figure.bounds },
    stage: figure.stage,
    valueLabel: figure.value === null ? claimLabel(null, figure.qualifier) : numberLabel(figure.value),
    qualifier: figure.qualifier,
    claim: claimLabel(figure.value, figure.qualifier),
    claimWithUnit: claimWithUnit(figure.value, figure.qualifier, figure.unit),
    marker: qualifierMarker(figure.qualifier),
    unit: figure.unit,
    text: figure.text,
    claimant: speaker.label,
    claimantDescription: speaker.description,
    government: speaker.government,
    claimantFull: speaker.full,
    claimantKey: figure.claimant.actor ?? `${figure.government ?? ''}|${speaker.label.toLowerCase()}`,
    asOfLabel: asOf?.label ?? null,
    asOfText: asOf?.text ?? null,
    asOfDatetime: asOf?.datetime ?? null,
    day: figureDay(figure, sources),
    when,
    period: asOfRange(figure) ?? (reported !== null ? `reported ${reported}` : null),
    citations: citationViews(figure.citations, sources),
  };
}

/** `start/end` of a figure's as-of date, open ends written `..`; null when it has none. */
function asOfRange({ asOf }: Pick<Figure, 'asOf'>): string | null {
  if (asOf === null || (asOf.start === null && asOf.end === null)) return null;
  return `${asOf.start ?? '..'}/${asOf.end ?? '..'}`;
}

/** The day a figure is placed at: its as-of date, else when it was first reported; null when neither is known. */
export function figureDay(figure: Pick<Figure, 'asOf' | 'citations'>, sources: SourceLookup): string | null {
  return datePoint(figure.asOf) ?? firstPublished(figure.citations, sources);
}

/** The order of a category's claims table (and of its pages): by day (see `figureDay`), then value, then id. */
export function compareFigureRows(a: Pick<FigureRow, 'day' | 'value' | 'id'>, b: Pick<FigureRow, 'day' | 'value' | 'id'>): number {
  return compareDays(a.day, b.day) || (a.value ?? Infinity) - (b.value ?? Infinity) || compareIds(a.id, b.id);
}
