import type { APIRoute } from 'astro';
import { chronologyCsv } from '../../lib/export/tables.ts';
import { getBriefing } from '../../lib/load-briefing.ts';

export const GET: APIRoute = () => new Response(chronologyCsv(getBriefing()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
