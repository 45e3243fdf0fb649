import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getBriefing } from '../lib/load-briefing.ts';
import { absoluteUrl } from '../lib/site/absolute-url.ts';
import { DC_NAMESPACE, feedItems } from '../lib/views/feed.ts';

/** RSS 2.0 feed of the source articles, newest first: title, date, link to the source page, publisher. */
export const GET: APIRoute = (context) => {
  const briefing = getBriefing();
  return rss({
    title: `${briefing.title}: sources`,
    description: `New source articles of the briefing. ${briefing.description}`,
    // The channel links to the overview, under the base path.
    site: absoluteUrl('/', context.site),
    items: feedItems(briefing, (path) => absoluteUrl(path, context.site)),
    xmlns: { dc: DC_NAMESPACE },
    trailingSlash: true,
  });
};
