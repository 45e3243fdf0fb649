import type { Briefing } from '../model.ts';
import { publisherLabel, sourceLabel } from './citation-label.ts';
import { compareIds } from './format/date-order.ts';
import { sourceHref } from './paths.ts';
import type { AbsoluteUrl } from './structured-data.ts';

/** The Dublin Core namespace, for `<dc:publisher>` in feed items. */
export const DC_NAMESPACE = 'http://purl.org/dc/elements/1.1/';

/** One source as an item of the sources feed, in the shape `@astrojs/rss` takes. */
export interface FeedItem {
  title: string;
  /** Absolute URL of the source page. */
  link: string;
  /** Midnight UTC of the publication day. */
  pubDate: Date;
  /** "Reuters, 23 Oct 2024". */
  description: string;
  /** `<dc:publisher>` with the publisher, else the first wire agency, else "Publisher not stated". */
  customData: string;
}

/** The sources, newest first (ties by id, so the feed is stable), as feed items. */
export function feedItems(briefing: Pick<Briefing, 'sources'>, absolute: AbsoluteUrl): FeedItem[] {
  return [...briefing.sources]
    .sort((a, b) => (a.published < b.published ? 1 : a.published > b.published ? -1 : compareIds(a.id, b.id)))
    .map((source) => ({
      title: source.title,
      link: absolute(sourceHref(source.id)),
      pubDate: new Date(`${source.published}T00:00:00Z`),
      description: sourceLabel(source),
      customData: `<dc:publisher>${escapeXml(publisherLabel(source))}</dc:publisher>`,
    }));
}

/** Text safe inside an XML element. */
export function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
