import { UNDATED_GROUP } from './chronology.ts';
import { countLabel } from './format/count-label.ts';
import { capitalise } from './format/excerpt.ts';
import { periodLabel } from './format/period-label.ts';
import { pageNav, partSuffix, type PageLink, type PageNav } from './page-links.ts';
import { OTHER_VOICES } from './paths.ts';
import { governmentHref, type EntryPage, type Placement } from './placement.ts';
import type { PositionSection, PositionsView, StatementEntry } from './positions.ts';
import { recentTrack, type TrackStep } from './stance-track.ts';

/*
 * The pages of split positions (see placement.ts): `/positions/` keeps the comparison table
 * and lists the governments; each government's statements are on its own page, or, when
 * too many, on a page per period that the government's page lists. Built from the one-page
 * view, so entries, labels and order are those of the one-page positions.
 */

/** Label of the period of undated statements, as statements without a date say; inside a page's name, so lower case. */
export const UNDATED_STATEMENTS = 'date not reported';

/** A government (or the other voices) in the list of split positions. */
export interface GovernmentIndexItem {
  /** The government's id, or `other-voices`: the section's anchor, as on one-page positions. */
  id: string;
  name: string;
  /** "14 statements". */
  count: string;
  /** Its page: `/positions/<id>/`. */
  href: string;
  /** True for the other voices, whose section says who they are. */
  otherVoices: boolean;
}

/** A period on the page of a government whose statements are split by period. */
export interface PeriodItem {
  period: string;
  /** "October 2024", "Date not reported". */
  label: string;
  /** "6 statements". */
  count: string;
  /** The period's page, or one link per part. */
  pages: PageLink[];
}

/** One page of split positions: a government's page (its statements, or its periods), or one period of it. */
export interface PositionsPageView {
  /** Site path before the base: `/positions/<government>/`, `/positions/<government>/<period>/`. */
  path: string;
  government: string;
  /** The government's name, or "Other voices". */
  name: string;
  /** True for the other voices. */
  otherVoices: boolean;
  /** The page's name: "Freedonia", "Freedonia, October 2024", "Freedonia, October 2024, part 2 of 3". */
  label: string;
  /** "14 statements." or "6 statements in October 2024." */
  intro: string;
  /** The statements on this page, in reading order; empty on a government page that lists periods. */
  entries: StatementEntry[];
  /** On a government page split by period: its periods, in date order (undated last); else empty. */
  periods: PeriodItem[];
  /**
   * On a government's own page: its stance track (see stance-track.ts), the latest days only for a
   * government split by period (`recentTrack`); empty on period pages.
   */
  track: TrackStep[];
  /** True when `track` leaves out earlier days, which the period pages hold. */
  trackCut: boolean;
  /** For a period page: the government's page, which lists all periods; null on a government page. */
  up: PageLink | null;
  nav: PageNav;
}

/** The governments of split positions for the `/positions/` list, in the order of the view; empty when positions are one page. */
export function positionsIndex(view: PositionsView, placement: Placement): GovernmentIndexItem[] {
  if (!placement.positions.split) return [];
  return sectionsOf(view).map((section) => ({
    id: section.id,
    name: section.name,
    count: countLabel(section.statements.length, 'statement'),
    href: governmentHref(placement, section.id),
    otherVoices: section.id === OTHER_VOICES.id,
  }));
}

/** Every page of split positions, government by government in the order of the view; empty when positions are one page. */
export function positionsPages(view: PositionsView, placement: Placement): PositionsPageView[] {
  const sections = new Map(sectionsOf(view).map((section) => [section.id, section]));
  return placement.positions.governments.flatMap((government) => {
    const section = sections.get(government.id);
    if (!section) return [];
    const byId = new Map(section.statements.map((entry) => [entry.id, entry]));
    const label = (page: EntryPage) => pageLabel(section, page);
    const periodPages = government.pages.filter((page) => page.period !== null);
    const [first] = government.pages;
    const up = first ? { href: first.path, label: section.name } : null;
    const track = government.split ? recentTrack(section.track) : { steps: section.track, cut: false };
    return government.pages.map((page) => {
      const entries = page.ids.flatMap((id) => byId.get(id) ?? []);
      const isIndex = page.period === null;
      return {
        path: page.path,
        government: section.id,
        name: section.name,
        otherVoices: section.id === OTHER_VOICES.id,
        label: label(page),
        intro: isIndex ? `${countLabel(section.statements.length, 'statement')}.` : periodIntro(page, periodPages),
        entries,
        periods: isIndex && government.split ? periodItems(periodPages, label) : [],
        track: isIndex ? track.steps : [],
        trackCut: isIndex && track.cut,
        up: isIndex ? null : up,
        nav: isIndex ? { previous: null, next: null, parts: [] } : pageNav(periodPages, periodPages.indexOf(page), label),
      };
    });
  });
}

/** Sections of the view in page order: governments, then the other voices. */
function sectionsOf(view: PositionsView): PositionSection[] {
  return view.otherVoices ? [...view.sections, view.otherVoices] : view.sections;
}

/** Readers' name of a period of statements, as it reads after a comma: "October 2024", "date not reported". */
export function statementPeriodLabel(period: string): string {
  return period === UNDATED_GROUP.id ? UNDATED_STATEMENTS : periodLabel(period);
}

function pageLabel(section: PositionSection, page: EntryPage): string {
  return page.period === null ? section.name : `${section.name}, ${statementPeriodLabel(page.period)}${partSuffix(page)}`;
}

function periodItems(pages: readonly EntryPage[], label: (page: EntryPage) => string): PeriodItem[] {
  const periods = new Map<string, EntryPage[]>();
  for (const page of pages) {
    const list = periods.get(page.period ?? '') ?? [];
    periods.set(page.period ?? '', list);
    list.push(page);
  }
  return [...periods].map(([period, list]) => ({
    period,
    label: capitalise(statementPeriodLabel(period)),
    count: countLabel(list.reduce((sum, page) => sum + page.ids.length, 0), 'statement'),
    pages: list.map((page) => ({ href: page.path, label: label(page) })),
  }));
}

/** "6 statements in October 2024.", or for a part "Statements 13 to 24 of the 30 in October 2024." */
function periodIntro(page: EntryPage, pages: readonly EntryPage[]): string {
  const period = page.period ?? '';
  const when = period === UNDATED_GROUP.id ? 'without a date' : `in ${statementPeriodLabel(period)}`;
  if (page.parts === 1) return `${countLabel(page.ids.length, 'statement')} ${when}.`;
  const parts = pages.filter((other) => other.period === page.period);
  const before = parts.filter((other) => other.part < page.part).reduce((sum, other) => sum + other.ids.length, 0);
  const all = parts.reduce((sum, other) => sum + other.ids.length, 0);
  return `Statements ${before + 1} to ${before + page.ids.length} of the ${all} ${when}.`;
}
