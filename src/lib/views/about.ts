import type { Briefing } from '../model.ts';
import { DATA_FILES, type DataFile } from '../site/data-files.ts';
import { formatDayShort } from '../site/format-date.ts';
import type { JsonLd } from '../site/json-ld.ts';
import { countLabel } from './format/count-label.ts';
import { ABOUT } from './paths.ts';
import { entryHref } from './placement.ts';
import { sitePlacement } from './site-placement.ts';
import { datasetJsonLd, sourceCoverage, type AbsoluteUrl } from './structured-data.ts';

/** The About page: the briefing's own title and numbers; the method text is the page's, and names no topic. */
export interface AboutView {
  title: string;
  /** "6 sources, 18 events, 72 statements and 14 figures". */
  inventory: string;
  /** Latest source's publication day; null without sources. */
  lastUpdated: { label: string; datetime: string } | null;
  downloads: readonly DataFile[];
  /** Real permalinks of this edition, for the "how to cite" examples; null when the briefing has no such entry. */
  examples: { entry: string | null; paragraph: string | null };
  /** The `Dataset` JSON-LD of the data downloads. */
  dataset: JsonLd;
}

/** Builds the About page; `absolute` turns site paths into full URLs (base and site included). */
export function aboutView(briefing: Briefing, absolute: AbsoluteUrl): AboutView {
  const last = briefing.sources.map((source) => source.published).sort().at(-1);
  const event = briefing.events[0];
  const cited = event?.citations[0] ?? briefing.figures[0]?.citations[0] ?? briefing.statements[0]?.citations[0];
  return {
    title: briefing.title,
    inventory: `${countLabel(briefing.sources.length, 'source')}, ${countLabel(briefing.events.length, 'event')}, ${countLabel(briefing.statements.length, 'statement')} and ${countLabel(briefing.figures.length, 'figure')}`,
    lastUpdated: last ? { label: formatDayShort(last), datetime: last } : null,
    downloads: DATA_FILES,
    examples: {
      entry: event ? absolute(entryHref(sitePlacement(briefing), 'event', event.id)) : null,
      paragraph: cited ? absolute(cited.href) : null,
    },
    dataset: datasetJsonLd(
      {
        title: briefing.title,
        description: briefing.description,
        pageUrl: absolute(ABOUT),
        files: DATA_FILES,
        dateModified: last ?? null,
        temporalCoverage: sourceCoverage(briefing.sources),
      },
      absolute,
    ),
  };
}
