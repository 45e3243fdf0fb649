import type { APIRoute } from 'astro';
import { toBriefingJson } from '../../lib/export/briefing-json.ts';
import { getBriefing } from '../../lib/load-briefing.ts';

/** The briefing model as data, per the contract in DESIGN.md. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(toBriefingJson(getBriefing()), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
