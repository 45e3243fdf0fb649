import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BriefingJson } from '../../../src/lib/export/briefing-json.ts';
import { isVagueQuantity } from '../../../src/lib/views/format/qualifier-marker.ts';

/** The published data of a build, `data/briefing.json`: the tests pick what to search for from it. */
export function readBriefingJson(siteDir: string): BriefingJson {
  return JSON.parse(readFileSync(join(siteDir, 'data', 'briefing.json'), 'utf8')) as BriefingJson;
}

/** The name of the first named speaker, and the ids of all statements that speaker made. */
export function speakerSubject(briefing: BriefingJson): { name: string; ids: string[] } {
  const name = briefing.statements.find((statement) => statement.speaker.name !== null)?.speaker.name;
  if (!name) throw new Error('No statement in data/briefing.json has a named speaker; the search tests need one.');
  return { name, ids: briefing.statements.filter((statement) => statement.speaker.name === name).map((statement) => statement.id) };
}

const CALENDAR_WORDS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * A proper noun of an event's summary that names no actor (no government, body or
 * person of the topic data) and is no month or weekday: in news copy, nearly
 * always a place ("Kursk", "Vladivostok"). The first such word in the chronology.
 */
export function placeSubject(briefing: BriefingJson): { word: string; eventId: string } {
  const actorWords = new Set(briefing.actors.flatMap((actor) => actor.name.split(/[^\p{L}]+/u)).map((word) => word.toLowerCase()));
  for (const event of briefing.events) {
    const words = event.summary.split(/\s+/).slice(1).map((word) => word.replace(/[^\p{L}]+$/u, '').replace(/^[^\p{L}]+/u, ''));
    const word = words.find((candidate) => /^\p{Lu}\p{Ll}{3,}$/u.test(candidate) && !CALENDAR_WORDS.test(candidate) && !actorWords.has(candidate.toLowerCase()));
    if (word) return { word, eventId: event.id };
  }
  throw new Error('No event summary in data/briefing.json holds a place name; the search tests need one.');
}

/** The first figure whose text writes its value with a thousands separator ("12,000"), and both forms of it. */
export function figureSubject(briefing: BriefingJson): { id: string; numeral: string; digits: string } {
  for (const figure of briefing.figures) {
    if (figure.value === null) continue;
    const numeral = new Intl.NumberFormat('en-GB').format(figure.value);
    if (numeral.includes(',') && figure.text.includes(numeral)) return { id: figure.id, numeral, digits: String(figure.value) };
  }
  throw new Error('No figure in data/briefing.json writes a number of thousands with a separator; the search tests need one.');
}

/**
 * The first figure whose text gives its value in words ("eight million"), not as a numeral,
 * leaving out vague quantities ("thousands"), whose value is only a floor; null when there is none.
 */
export function figureInWordsSubject(briefing: BriefingJson): { id: string; digits: string } | null {
  const figure = briefing.figures.find((f) => !/\d/.test(f.text) && !isVagueQuantity(f.qualifier));
  return figure ? { id: figure.id, digits: String(figure.value) } : null;
}
