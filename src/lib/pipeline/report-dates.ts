import type { Citation } from '../model.ts';

/** When an entry was first reported and last updated: the publication days of its sources. */
export interface ReportDates {
  /** `YYYY-MM-DD` of the earliest source citing it; '' when none of its sources is known. */
  firstReported: string;
  /** `YYYY-MM-DD` of the latest source citing it; '' when none of its sources is known. */
  lastUpdated: string;
}

/** The report dates of an entry with `citations`, from `published` (source id → publication day). */
export function reportDates(citations: readonly Pick<Citation, 'source'>[], published: ReadonlyMap<string, string>): ReportDates {
  let firstReported = '';
  let lastUpdated = '';
  for (const { source } of citations) {
    const day = published.get(source);
    if (day === undefined) continue;
    if (firstReported === '' || day < firstReported) firstReported = day;
    if (day > lastUpdated) lastUpdated = day;
  }
  return { firstReported, lastUpdated };
}
