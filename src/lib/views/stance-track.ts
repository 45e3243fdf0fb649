import type { Stance, Statement } from '../model.ts';
import { formatDayShort } from '../site/format-date.ts';
import { dateLabel } from './format/date-label.ts';
import { compareDays, datePoint } from './format/date-order.ts';
import { bearsPosition, stanceLabel } from './format/stance-label.ts';
import { firstPublished, type SourceLookup } from './source-lookup.ts';

/*
 * A government's stance track: its position-bearing statements (a stance other than none and
 * `other`) in date order, one step per day, the speakers of that day side by side, each with a
 * chip per statement. "unconfirmed (22 Oct) → confirms (23 Oct)" reads at a glance; every chip
 * links to its statement.
 */

/** One statement on the track. */
export interface StanceChip {
  /** The statement id. */
  id: string;
  /** Link to the statement on the page it is on (see placement.ts). */
  href: string;
  stance: Exclude<Stance, 'other'>;
  /** "calls for": the stance in readers' words. */
  label: string;
  /** The statement as a sentence, shortened: the chip's tooltip. */
  title: string;
}

/** The statements of one speaker on one step. */
export interface TrackSpeaker {
  speaker: string;
  chips: StanceChip[];
}

/** One day (or week, or range) of the track. */
export interface TrackStep {
  /** "23 Oct 2024", or "reported 29 Oct 2024" for statements whose date is not reported. */
  dateLabel: string;
  /** For `<time datetime>`; null when no day, month or year covers the date. */
  datetime: string | null;
  /** True when the statements give no date and are placed on the day they were first reported. */
  reportedOnly: boolean;
  speakers: TrackSpeaker[];
}

/** What the track needs of each statement, beside the statement itself. */
export interface TrackInput {
  statement: Statement;
  /** Who, as the page labels them. */
  speaker: string;
  href: string;
  /** The statement as a sentence, for the chip's tooltip. */
  title: string;
}

/**
 * The track of one government from its statements. Steps are in date order: a dated statement
 * on its date, an undated one on the day it was first reported (and labelled so); statements
 * with the same date words share a step, in which each speaker's statements stand together.
 */
export function stanceTrack(inputs: readonly TrackInput[], sources: SourceLookup): TrackStep[] {
  const steps = new Map<string, TrackStep & { day: string | null }>();
  for (const input of inputs) {
    const { statement } = input;
    if (!bearsPosition(statement.stance)) continue;
    const dated = datePoint(statement.date) !== null && statement.date !== null;
    const reported = firstPublished(statement.citations, sources);
    const key = dated ? `date ${statement.date?.start} ${statement.date?.end}` : `reported ${reported}`;
    let step = steps.get(key);
    if (!step) {
      const label = dated && statement.date ? dateLabel(statement.date) : null;
      step = {
        day: dated ? datePoint(statement.date) : reported,
        dateLabel: label?.label ?? (reported !== null ? `reported ${formatDayShort(reported)}` : 'date not reported'),
        datetime: label ? label.datetime : reported,
        reportedOnly: !dated,
        speakers: [],
      };
      steps.set(key, step);
    }
    let speaker = step.speakers.find((s) => s.speaker === input.speaker);
    if (!speaker) step.speakers.push((speaker = { speaker: input.speaker, chips: [] }));
    speaker.chips.push({ id: statement.id, href: input.href, stance: statement.stance, label: stanceLabel(statement.stance), title: input.title });
  }
  // A stable sort keeps the statements' own order within a day; a dated step comes before the reports of that day.
  return [...steps.values()]
    .sort((a, b) => compareDays(a.day, b.day) || Number(a.reportedOnly) - Number(b.reportedOnly))
    .map(({ day: _day, ...step }) => step);
}

/**
 * Most chips a track shows on one page. A government's page lists its whole track while its
 * statements fit one page; a government whose statements fill many period pages spoke on so many
 * days that its whole track would pass the 1 MB page limit (a chip is about 400 bytes of HTML), so
 * its page shows the latest days only (`recentTrack`).
 */
export const TRACK_CHIPS = 600;

/** A track cut to its latest steps. `cut` is true when earlier steps were left out. */
export interface RecentTrack {
  steps: TrackStep[];
  cut: boolean;
}

/** The latest steps of `track` (in date order) holding at most `chips` chips; always the last step. */
export function recentTrack(track: readonly TrackStep[], chips: number = TRACK_CHIPS): RecentTrack {
  let count = 0;
  let from = track.length;
  while (from > 0) {
    const step = track[from - 1] as TrackStep;
    const size = step.speakers.reduce((sum, speaker) => sum + speaker.chips.length, 0);
    if (from < track.length && count + size > chips) break;
    count += size;
    from -= 1;
  }
  return { steps: track.slice(from), cut: from > 0 };
}
