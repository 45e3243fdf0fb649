import { formatDayShort } from '../../site/format-date.ts';

/** When an entry was first reported and last updated, as its meta line shows it. */
export interface ReportedLabel {
  /** "23 Oct 2024"; null when no source of the entry is known. */
  first: string | null;
  /** `YYYY-MM-DD`, for `<time datetime>`. */
  firstDatetime: string | null;
  /** "29 Oct 2024" when a later source updated it; null when every source is of the first day. */
  updated: string | null;
  updatedDatetime: string | null;
}

/** The report dates of an entry (`firstReported`, `lastUpdated`, `YYYY-MM-DD` or empty) for readers. */
export function reportedLabel(entry: { firstReported: string; lastUpdated: string }): ReportedLabel {
  const first = entry.firstReported === '' ? null : entry.firstReported;
  const updated = entry.lastUpdated !== '' && entry.lastUpdated !== entry.firstReported ? entry.lastUpdated : null;
  return {
    first: first && formatDayShort(first),
    firstDatetime: first,
    updated: updated && formatDayShort(updated),
    updatedDatetime: updated,
  };
}
