import type { Briefing } from '../model.ts';
import { DATA_FILES, type DataFile } from '../site/data-files.ts';
import { formatDayShort } from '../site/format-date.ts';
import { actorLookup, actorName } from './actor-lookup.ts';
import { chronologyView, UNDATED_GROUP, type ChronologyEntry, type ChronologyMonth } from './chronology.ts';
import { figuresView, type CategoryInfo } from './figures.ts';
import { countLabel } from './format/count-label.ts';
import { ABOUT, CHRONOLOGY, FIGURES, POSITIONS, SOURCES, sectionHref } from './paths.ts';
import { entryHref, governmentHref, type Placement } from './placement.ts';
import { positionsSummary, type ComparisonRow } from './positions.ts';
import { sitePlacement } from './site-placement.ts';
import { takeaways, type Takeaway } from './takeaways.ts';
import { timeline, timelineEvents, type Timeline } from './timeline.ts';

/** A figure category in a line: where to read more and how far the claims lie apart. */
export interface KeyFigure {
  id: string;
  label: string;
  /** `/figures/#<category>`. */
  href: string;
  claims: number;
  /** A sentence per series of comparable claims: "Reported so far: claims range from 1,500 (…) to 12,000 (…)." */
  series: string[];
  /** True when claims of one stage and period cannot all be true (see figure-disagreement.ts). */
  disagree: boolean;
}

/** A government's latest position, linked to where its statements are. */
export interface PositionLine extends ComparisonRow {
  /** `/positions/#<government>`, or `/positions/<government>/` when positions are split (see `governmentHref`). */
  sectionHref: string;
}

/** An event in a line of the overview, linked to its entry in the chronology. */
export interface EventLine extends ChronologyEntry {
  /** `/chronology/#<event id>`, or the event's period page when the chronology is split (see `entryHref`). */
  href: string;
}

export interface OverviewView {
  title: string;
  description: string;
  /** Categories with at least one claim, in topic order. */
  keyFigures: KeyFigure[];
  /** One line per government or organisation, in the order of the positions page. */
  positions: PositionLine[];
  /** The five latest events that have happened, latest first. */
  latestEvents: EventLine[];
  /** Expected events, soonest first: the latest `UPCOMING_EVENTS` of them. */
  upcoming: EventLine[];
  /** Expected events left out of `upcoming` (the earliest), which the chronology lists; 0 when none. */
  moreUpcoming: number;
  counts: { sources: number; events: number; statements: number; figures: number };
  /** The counts as linked phrases: "6 sources" → `/sources/`, "22 events" → `/chronology/`, … */
  inventory: { label: string; href: string }[];
  /** The latest source's publication day; null without sources. */
  lastUpdated: { label: string; datetime: string } | null;
  /** Sentences generated from the model, each linking to the entries it summarises (see takeaways.ts). */
  takeaways: Takeaway[];
  /** The small timeline strip of the latest events; null when none is dated. */
  timeline: Timeline | null;
  /** Links onward. */
  links: { chronology: string; positions: string; figures: string; sources: string; about: string };
  /** The data downloads. */
  downloads: readonly DataFile[];
}

export const LATEST_EVENTS = 5;
/**
 * Most expected events the overview lists, the latest in date order. A briefing followed for years
 * gathers thousands of things announced as coming, and listing them all put the overview over
 * 1 MB; the chronology has every one.
 */
export const UPCOMING_EVENTS = 20;

/** At most this many marks on the overview's strip: the latest periods that fit. */
export const OVERVIEW_TIMELINE_MARKS = 120;

/** The briefing at a glance, built from the other views so the pages agree; links go where `placement` puts entries. */
export function overviewView(briefing: Briefing, categories: readonly CategoryInfo[], placement: Placement = sitePlacement(briefing)): OverviewView {
  const months = chronologyView(briefing, placement).months;
  // Chronology order is date order, so the latest are at the end; undated events have no place among them.
  const dated = months.filter((month) => month.id !== UNDATED_GROUP.id).flatMap((month) => month.entries);
  const latestEvents = dated.filter((entry) => !entry.expected).slice(-LATEST_EVENTS).reverse().map((entry) => eventLine(entry, placement));
  const expected = months.flatMap((month) => month.entries).filter((entry) => entry.expected).map((entry) => eventLine(entry, placement));
  const upcoming = expected.slice(-UPCOMING_EVENTS);
  const actors = actorLookup(briefing);
  const positions = positionsSummary(briefing, [], placement);
  const figures = figuresView(briefing, categories, placement).sections;
  const published = briefing.sources.map((source) => source.published).sort();
  const first = published[0];
  const last = published.at(-1);
  return {
    title: briefing.title,
    description: briefing.description,
    keyFigures: figures.flatMap((section) =>
      section.series.length > 0
        ? [{ id: section.id, label: section.label, href: sectionHref(FIGURES, section.id), claims: section.rows.length, series: section.series.map((one) => one.sentence), disagree: section.disagreements.length > 0 }]
        : [],
    ),
    positions: positions.comparison.map((row) => ({ ...row, sectionHref: governmentHref(placement, row.government) })),
    latestEvents,
    upcoming,
    moreUpcoming: expected.length - upcoming.length,
    counts: { sources: briefing.sources.length, events: briefing.events.length, statements: briefing.statements.length, figures: briefing.figures.length },
    inventory: [
      { label: countLabel(briefing.sources.length, 'source'), href: SOURCES },
      { label: countLabel(briefing.events.length, 'event'), href: CHRONOLOGY },
      { label: countLabel(briefing.statements.length, 'statement'), href: POSITIONS },
      { label: countLabel(briefing.figures.length, 'figure'), href: FIGURES },
    ],
    lastUpdated: last ? { label: formatDayShort(last), datetime: last } : null,
    takeaways: takeaways({
      sections: positions.sections,
      comparison: positions.comparison,
      figures,
      latest: latestEvents,
      upcoming: expected,
      sources: briefing.sources.length,
      firstSource: first ? formatDayShort(first) : null,
      lastSource: last ? formatDayShort(last) : null,
      sourcesHref: SOURCES,
    }),
    timeline: timeline(timelineEvents(latestPeriods(months), (id) => entryHref(placement, 'event', id)), { compact: true, governmentName: (id) => actorName(id, actors) }),
    links: { chronology: CHRONOLOGY, positions: POSITIONS, figures: FIGURES, sources: SOURCES, about: ABOUT },
    downloads: DATA_FILES,
  };
}

/** The latest dated periods whose events fit the overview's strip (at least the latest one). */
function latestPeriods(months: readonly ChronologyMonth[]): ChronologyMonth[] {
  const dated = months.filter((month) => month.id !== UNDATED_GROUP.id);
  const kept: ChronologyMonth[] = [];
  let marks = 0;
  for (const month of [...dated].reverse()) {
    if (kept.length > 0 && marks + month.entries.length > OVERVIEW_TIMELINE_MARKS) break;
    kept.unshift(month);
    marks += month.entries.length;
  }
  return kept;
}

function eventLine(entry: ChronologyEntry, placement: Placement): EventLine {
  return { ...entry, href: entryHref(placement, 'event', entry.id) };
}
