import type { APIRoute } from 'astro';
import { figuresCsv } from '../../lib/export/tables.ts';
import { getBriefing } from '../../lib/load-briefing.ts';

export const GET: APIRoute = () => new Response(figuresCsv(getBriefing()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
