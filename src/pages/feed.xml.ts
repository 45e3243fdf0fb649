import type { APIRoute } from 'astro';
import { getBriefing } from '../lib/load-briefing.ts';
import { absoluteUrl } from '../lib/site/absolute-url.ts';
import { siteUpdates } from '../lib/site/site-updates.ts';
import { atomFeed, FEED_HOME, feedEntries } from '../lib/views/feed.ts';

/** Atom feed of the briefing's updates, newest first: each source added and the entries it brought, linked. */
export const GET: APIRoute = (context) => {
  const briefing = getBriefing();
  const absolute = (path: string) => absoluteUrl(path, context.site);
  const body = atomFeed(
    {
      title: `${briefing.title}: updates`,
      subtitle: `What each source added to the briefing brought. ${briefing.description}`,
      home: absolute(FEED_HOME),
      self: absolute('/feed.xml'),
      author: briefing.title,
    },
    feedEntries(siteUpdates(briefing).updates, absolute),
  );
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
