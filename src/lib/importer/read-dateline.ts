import { agencyName } from './patterns.ts';
import { readDateLine, type DateLine } from './read-date-line.ts';

/** A wire dateline standing on its own line: the agency that filed the copy, and the day when it says one. */
export interface Dateline {
  /** The agency, in its listed spelling; null for a dateline of place and day only (`FREDONBURG, March 3, 2023`). */
  agency: string | null;
  /** The day the line states, with its year; null when it states none (`FREDONBURG, Oct. 23 (AFP)`). */
  date: DateLine | null;
}

/** An agency in parentheses, as datelines print it: `(AFP)`, `(Xinhua)`. */
const PAREN = /\(([^()]{2,40})\)/;
/** An agency opening the line before a separator: `Xinhua | 09:40, March 3, 2023`. */
const LEADING = /^([^|:–—(]{2,40}?)\s*(?:[|:–—]|\s-{1,2}(?:\s|$)|$)/;
/** Separators and dashes around the parts of a dateline. */
const EDGES = /^[\s|:,–—-]+|[\s|:,–—-]+$/g;
/** A place in a dateline: one to three capitalised words (`FREDONBURG`, `Marsh City`, `MARSH CITY`). */
const PLACE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u;
/** A day without its year (`Oct. 23`, `23 October`): it says when, but not which year's. */
const YEARLESS_DAY = /^(?:\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,9})$/u;

/** The agency a line credits, and the line without it; null when it credits none. */
function takeAgency(text: string): { agency: string; rest: string } | null {
  const paren = PAREN.exec(text);
  const inParens = paren ? agencyName(paren[1]!) : null;
  if (paren && inParens) return { agency: inParens, rest: `${text.slice(0, paren.index)} ${text.slice(paren.index + paren[0].length)}` };
  const leading = LEADING.exec(text);
  const first = leading ? agencyName(leading[1]!) : null;
  return leading && first ? { agency: first, rest: text.slice(leading[0].length) } : null;
}

/** What is left beside the agency, read as a day (with its year), a place, or a place and a day. */
function readRest(rest: string): { date: DateLine | null; place: boolean } | null {
  const text = rest.replace(EDGES, '');
  if (text === '') return { date: null, place: false };
  const date = readDateLine(text);
  if (date) return { date, place: false };
  if (PLACE.test(text)) return { date: null, place: true };
  const comma = text.indexOf(',');
  if (comma < 0 || !PLACE.test(text.slice(0, comma).trim())) return null;
  const day = text.slice(comma + 1).replace(EDGES, '');
  const placeDate = readDateLine(day);
  if (placeDate) return { date: placeDate, place: true };
  return YEARLESS_DAY.test(day) ? { date: null, place: true } : null;
}

/**
 * Reads a line that is nothing but a wire dateline: an agency, in parentheses or opening the
 * line, with a place, a day or both (`(Xinhua) 09:40, March 3, 2023`,
 * `FREDONBURG, Oct. 23 (AFP)`, `MARSH CITY (Reuters) -`), or a place and a day with its year
 * (`FREDONBURG, March 3, 2023`). It says who filed the copy and when, never what happened; a
 * sentence that names an agency (`Reuters reported on Monday that …`) is not one.
 */
export function readDateline(text: string): Dateline | null {
  const credited = takeAgency(text);
  const rest = readRest(credited ? credited.rest : text);
  // A lone agency is a credit line (see `dropFurniture`), a lone day a date line, a lone place a label.
  if (!rest || (!rest.date && !rest.place) || (!credited && !(rest.place && rest.date))) return null;
  return { agency: credited?.agency ?? null, date: rest.date };
}

/** A dateline opening a paragraph: `FREDONBURG, Oct. 23 (AFP) -- Freedonia said …`, `MARSH CITY (Reuters) - …`. */
const OPENING = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})(?:,\s*[^()]{1,30}?)?\s*\(([^()]{2,40})\)\s*(?:-{1,2}|–|—|:)\s+(?=\S)/u;

/**
 * The agency credited by a dateline that opens a paragraph, and the dateline as printed.
 * The paragraph keeps it: it is part of the article as the agency filed it.
 */
export function openingDateline(text: string): { agency: string; dateline: string } | null {
  const match = OPENING.exec(text);
  const agency = match ? agencyName(match[2]!) : null;
  return match && agency ? { agency, dateline: match[0].trim() } : null;
}
