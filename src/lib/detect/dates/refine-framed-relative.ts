import { formatDay, mondayOf } from './calendar.ts';
import type { DateRefiner } from './types.ts';

/** Rules whose dates count from publication: a weekday, a weekend, "yesterday". */
const FROM_PUBLICATION = /^(?:weekday|weekend|casual-day)\b/;

/** A frame that opens a sentence: "In December last year, …", "During 2024, …". */
const FRAME_OPENER = /(?:^|[.!?]\s+|\n)\W*(?:in|during|throughout)?\s*$/i;

/** The words between the frame and the date, past the frame's own comma, hold no other clause or quotation. */
function inOneClause(between: string): boolean {
  return !/[,;:.!?“”"]/.test(between.replace(/^\s*,/, ''));
}

/**
 * "In December last year, about 30 sailors were hurt during a battle over the weekend": a sentence that
 * opens in a past month or year tells of that time, so its weekdays and weekends in the same clause
 * are that time's, not the ones before publication; we cannot tell which, so they date nothing. ("Last
 * year Freedonia sent boats, the Bureau said in a report released Thursday": another clause.)
 */
export const refineFramedRelative: DateRefiner = {
  name: 'framed-relative',
  refine(text, candidates, context) {
    // Most paragraphs hold no date counted from publication: nothing to filter, no week to work out.
    if (!candidates.some((candidate) => FROM_PUBLICATION.test(candidate.rule))) return candidates;
    const thisWeek = formatDay(mondayOf(context.published));
    return candidates.filter((candidate) => {
      if (!FROM_PUBLICATION.test(candidate.rule)) return true;
      const frame = candidates.find(
        (other) =>
          other.index < candidate.index &&
          (other.precision === 'month' || other.precision === 'year') &&
          other.end !== null &&
          other.end < thisWeek &&
          FRAME_OPENER.test(text.slice(0, other.index)) &&
          inOneClause(text.slice(other.endIndex, candidate.index)),
      );
      return frame === undefined;
    });
  },
};
