import type { SourceDocument } from '../model.ts';
import type { DataFile } from '../site/data-files.ts';
import type { JsonLd } from '../site/json-ld.ts';

/** Turns a site-internal path into an absolute URL (base and site included); supplied by the page. */
export type AbsoluteUrl = (path: string) => string;

/** What the Dataset block says about the briefing's data. */
export interface DatasetInput {
  /** The briefing's title, from content/briefing.yaml. */
  title: string;
  description: string;
  /** The page that describes the data (the About page), as an absolute URL. */
  pageUrl: string;
  files: readonly DataFile[];
  /** `YYYY-MM-DD` of the latest source; left out when null. */
  dateModified: string | null;
  /** Range of the sources' publication days, `YYYY-MM-DD/YYYY-MM-DD`; left out when null. */
  temporalCoverage: string | null;
}

/** A schema.org `Dataset` for the data downloads, with one `DataDownload` per file. */
export function datasetJsonLd(input: DatasetInput, absolute: AbsoluteUrl): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: `${input.title}: briefing data`,
    description: `${input.description} The data behind this briefing: every event, statement and figure with the verbatim source paragraph it is drawn from.`,
    url: input.pageUrl,
    isAccessibleForFree: true,
    ...(input.dateModified ? { dateModified: input.dateModified } : {}),
    ...(input.temporalCoverage ? { temporalCoverage: input.temporalCoverage } : {}),
    distribution: input.files.map((file) => ({
      '@type': 'DataDownload',
      name: file.name,
      description: file.description,
      encodingFormat: file.format,
      contentUrl: absolute(file.path),
    })),
  };
}

/** A schema.org `Article` for a source page: headline, publication day and, when known, publisher. */
export function articleJsonLd(source: Pick<SourceDocument, 'title' | 'publisher' | 'wire' | 'published'>, pageUrl: string): JsonLd {
  const publisher = source.publisher ?? source.wire[0] ?? null;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: source.title,
    datePublished: source.published,
    url: pageUrl,
    mainEntityOfPage: pageUrl,
    ...(publisher ? { publisher: { '@type': 'Organization', name: publisher } } : {}),
  };
}

/** `first/last` publication days of the sources, for `temporalCoverage`; null without sources. */
export function sourceCoverage(sources: readonly Pick<SourceDocument, 'published'>[]): string | null {
  const days = sources.map((source) => source.published).sort();
  const first = days[0];
  const last = days.at(-1);
  if (first === undefined || last === undefined) return null;
  return first === last ? first : `${first}/${last}`;
}
