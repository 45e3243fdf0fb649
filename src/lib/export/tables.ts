import type { Briefing, Citation, ResolvedDate } from '../model.ts';
import { toCsv } from './csv.ts';

/** Citations in one cell: `source#p3: "evidence"`, separated by ` | `. */
function citationCell(citations: Citation[]): string {
  return citations.map((c) => `${c.source}#p${c.paragraph}: "${c.evidence}"`).join(' | ');
}

function dateCells(date: ResolvedDate | null): (string | null)[] {
  return [date?.text ?? null, date?.start ?? null, date?.end ?? null, date?.precision ?? null];
}

/** `figures.csv`: one row per figure claim. */
export function figuresCsv(briefing: Briefing): string {
  return toCsv(
    ['id', 'category', 'value', 'qualifier', 'unit', 'text', 'claimant_name', 'claimant_description', 'claimant_actor', 'government',
      'as_of_text', 'as_of_start', 'as_of_end', 'as_of_precision', 'citations'],
    briefing.figures.map((f) => [
      f.id, f.category, f.value, f.qualifier, f.unit, f.text, f.claimant.name, f.claimant.description, f.claimant.actor, f.government,
      ...dateCells(f.asOf), citationCell(f.citations),
    ]),
  );
}

/** `chronology.csv`: one row per event, in date order. */
export function chronologyCsv(briefing: Briefing): string {
  return toCsv(
    ['id', 'date_text', 'start', 'end', 'precision', 'expected', 'actors', 'governments', 'summary', 'citations'],
    briefing.events.map((e) => [
      e.id, ...dateCells(e.date), e.expected, e.actors.join(' '), e.governments.join(' '), e.summary, citationCell(e.citations),
    ]),
  );
}
