import type { ChronologyEntry } from './chronology.ts';
import { attribution } from './figure-spread.ts';
import type { FigureSection } from './figures.ts';
import { countLabel } from './format/count-label.ts';
import type { PositionSection } from './positions.ts';

/** What the takeaway sentences are made from: finished views, no topic prose. */
export interface TakeawayInput {
  sections: readonly PositionSection[];
  figures: readonly FigureSection[];
  /** Past events, latest first. */
  latest: readonly ChronologyEntry[];
  /** Expected events, soonest first. */
  upcoming: readonly ChronologyEntry[];
  sources: number;
  /** "23 Oct 2024" labels of the first and last source; null without sources. */
  firstSource: string | null;
  lastSource: string | null;
}

/**
 * Three to five sentences generated from the model: who has spoken, where the
 * figures disagree most, the latest event, what is expected, what it rests on.
 * Each is left out when the model has nothing for it.
 */
export function takeaways(input: TakeawayInput): string[] {
  return [statementsLine(input.sections), spreadLine(input.figures), latestLine(input.latest), upcomingLine(input.upcoming), sourcesLine(input)].filter(
    (line): line is string => line !== null,
  );
}

function statementsLine(sections: readonly PositionSection[]): string | null {
  const [most] = sections;
  if (!most) return null;
  const who = countLabel(sections.length, 'government or organisation', 'governments and organisations');
  return `Statements from ${who} are on record; ${most.name} has the most (${most.statements.length}).`;
}

/** The category whose claims lie furthest apart, as a ratio of highest to lowest. */
function spreadLine(figures: readonly FigureSection[]): string | null {
  const disputed = figures.filter((section) => section.spread?.disagree);
  const ratio = (section: FigureSection) => (section.spread ? section.spread.max / Math.max(section.spread.min, Number.MIN_VALUE) : 0);
  const widest = disputed.reduce<FigureSection | null>((best, section) => (best === null || ratio(section) > ratio(best) ? section : best), null);
  if (!widest?.spread) return null;
  const { minClaim, maxClaim } = widest.spread;
  return `Claims disagree most on ${widest.label}: from ${minClaim.phrase} (${attribution(minClaim)}) to ${maxClaim.phrase} (${attribution(maxClaim)}).`;
}

function latestLine(latest: readonly ChronologyEntry[]): string | null {
  const [event] = latest;
  return event ? `Latest event (${event.dateLabel}): ${event.summary}` : null;
}

function upcomingLine(upcoming: readonly ChronologyEntry[]): string | null {
  const [next] = upcoming;
  if (!next) return null;
  // The label's "expected " prefix would repeat what the sentence says.
  const when = next.dateLabel.replace(/^expected /, '');
  return `${countLabel(upcoming.length, 'expected event')} reported; the next (${when}): ${next.summary}`;
}

function sourcesLine({ sources, firstSource, lastSource }: TakeawayInput): string | null {
  if (sources === 0 || firstSource === null || lastSource === null) return null;
  const span = firstSource === lastSource ? `published ${firstSource}` : `published from ${firstSource} to ${lastSource}`;
  return `Everything here is drawn from ${countLabel(sources, 'source')} ${span}.`;
}
