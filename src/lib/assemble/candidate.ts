import type { Fate } from './figure-fate.ts';
import type { BriefingEvent, Figure, PublishedField, Speaker, Statement } from '../model.ts';

/** Where a candidate was read, to order candidates and explain diagnostics. */
export interface Origin {
  source: string;
  /** The source's publication day, `YYYY-MM-DD`: earlier reports come first. */
  published: string;
  paragraph: number;
  /** Offset of the evidence in the paragraph. */
  index: number;
}

/** An item assembled from one source, before reconciliation and the pipeline give it an id and its report dates. */
export type Candidate<T> = Omit<T, PublishedField> & { origin: Origin };

export type EventCandidate = Candidate<BriefingEvent>;
export type StatementCandidate = Candidate<Statement>;
/**
 * A figure before reconciliation. `fate` (figure-fate.ts), what befell the counted, keeps two counts
 * of one category apart ("200 died", "200 injuries"); it is read only by reconciliation and is no
 * field of the published figure (DESIGN.md, data contract).
 */
export type FigureCandidate = Candidate<Figure> & { fate?: Fate | null };

/** Reading order: publication day, then source id, paragraph and position. */
export function byOrigin(a: { origin: Origin }, b: { origin: Origin }): number {
  return (
    a.origin.published.localeCompare(b.origin.published) ||
    a.origin.source.localeCompare(b.origin.source) ||
    a.origin.paragraph - b.origin.paragraph ||
    a.origin.index - b.origin.index
  );
}

/** A key that says who a speaker or claimant is, as far as the text lets us tell. */
export function speakerKey(speaker: Speaker, government: string | null): string {
  if (speaker.actor) return `actor:${speaker.actor}`;
  if (speaker.name) return `name:${speaker.name.toLowerCase()}`;
  if (government) return `government:${government}`;
  return `description:${speaker.description.toLowerCase()}`;
}
