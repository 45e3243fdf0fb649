import { KNOWN_AGENCIES } from './patterns.ts';
import { isOneOf, listItem } from './line-shape.ts';
import { readDateLine, type DateLine } from './read-date-line.ts';
import { openingDateline, readDateline } from './read-dateline.ts';
import type { Found, ImportMessage, Line } from './types.ts';

/** The publication day as the text (or a saved page's metadata) states it. */
export interface StatedDate {
  /** `YYYY-MM-DD`. */
  value: string;
  /** The words it was read from, quoted in the basis note. */
  text: string;
  /** 1-based input line; absent when read from a saved page's metadata. */
  line?: number;
  /**
   * Where it was read: a date line of its own, a wire dateline, an item of the page's metadata
   * list, or (for a saved web page) the page's own metadata, named by its tag.
   */
  where: 'date line' | 'dateline' | 'page metadata' | 'meta article:published_time' | 'JSON-LD datePublished';
}

/** What the date lines and the metadata list say, and the lines left for the next stage. */
export interface MetadataResult {
  published: StatedDate | null;
  /** Agencies named by metadata items (`- Reuters`) and wire datelines (`(Xinhua) March 3, 2023`). */
  wire: Found<string>[];
  /** Lines not claimed; blank lines are kept so later stages still see the layout. */
  rest: Line[];
  messages: ImportMessage[];
}

/** A date read from a line of the text. */
type LineDate = StatedDate & { line: number };

/** Most words a section label in a metadata list may have (`- World`, `- Live Updates`). */
const MAX_SECTION_WORDS = 3;

/** One item of a metadata list, as read. */
interface Item {
  kind: 'date' | 'agency' | 'section';
  line: Line;
  /** The item without its bullet. */
  text: string;
}

/** Reads one list item as metadata: a date, an agency, or a short section label; null when it is content. */
function metadataItem(line: Line): Item | null {
  const text = listItem(line.text);
  if (text === null) return null;
  if (readDateLine(text)) return { kind: 'date', line, text };
  if (isOneOf(text, KNOWN_AGENCIES)) return { kind: 'agency', line, text };
  // A section label is a few capitalised words with no sentence punctuation and no figures.
  const words = text.split(/\s+/);
  if (words.length <= MAX_SECTION_WORDS && words.every((word) => /^(?:\p{Lu}[\p{L}'’-]*|&|and)$/u.test(word))) {
    return { kind: 'section', line, text };
  }
  return null;
}

/** Runs of consecutive list-item lines. */
function listRuns(lines: Line[]): Line[][] {
  const runs: Line[][] = [];
  let run: Line[] = [];
  for (const line of lines) {
    if (listItem(line.text) !== null) {
      run.push(line);
      continue;
    }
    if (run.length > 0) runs.push(run);
    run = [];
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Finds the publication date and the page's metadata list. A date line is a line that
 * is nothing but a date (see `readDateLine`); a wire dateline is a line that is nothing
 * but an agency with a place or a day (see `readDateline`): both say who and when, and
 * are claimed, so a dateline right under the headline is never taken for the lede. A metadata list is a run of list items
 * each of which is a date, an agency name or a short section label, with at least one
 * date or agency among them (`- World` / `- Reuters` / `- Published Date: …`): a list
 * of that shape says who and when, never what happened.
 */
export function detectMetadata(lines: Line[]): MetadataResult {
  const claimed = new Set<number>();
  const messages: ImportMessage[] = [];
  const wire: Found<string>[] = [];
  const dates: LineDate[] = [];

  // Each run of consecutive list items is judged as a whole: all metadata, or none.
  for (const run of listRuns(lines)) {
    const items = run.map(metadataItem);
    if (!items.every((item) => item !== null) || items.every((item) => item.kind === 'section')) continue;
    for (const item of items) {
      claimed.add(item.line.n);
      if (item.kind === 'agency') {
        wire.push({ value: item.text, text: item.text, line: item.line.n });
        messages.push({ rule: 'metadata/agency', field: 'wire', line: item.line.n, reason: `read the wire credit “${item.text}” from the page’s metadata list` });
      }
      if (item.kind === 'section') {
        messages.push({ rule: 'metadata/section', line: item.line.n, reason: `dropped the section label “${item.text}” of the page’s metadata list` });
      }
      if (item.kind === 'date') dates.push(...dateFrom(item.line, item.text, 'page metadata', messages));
    }
  }

  // Date lines and wire datelines standing alone, wherever they are.
  for (const line of lines) {
    if (claimed.has(line.n) || line.text === '' || listItem(line.text) !== null) continue;
    if (readDateLine(line.text)) {
      claimed.add(line.n);
      dates.push(...dateFrom(line, line.text, 'date line', messages));
      continue;
    }
    const dateline = readDateline(line.text);
    if (dateline) {
      claimed.add(line.n);
      if (dateline.agency) {
        wire.push({ value: dateline.agency, text: line.text, line: line.n });
        messages.push({ rule: 'metadata/dateline', field: 'wire', line: line.n, reason: `read the wire credit “${dateline.agency}” from the dateline “${line.text}”` });
      }
      if (dateline.date) dates.push(...dateFrom(line, line.text, 'dateline', messages, dateline.date));
      else messages.push({ rule: 'metadata/dateline', line: line.n, reason: `dropped the dateline “${line.text}”: it states no year, so it does not date the publication` });
      continue;
    }
    // A dateline opening a paragraph credits the agency; the paragraph keeps it, as filed.
    const opening = openingDateline(line.text);
    if (opening) {
      wire.push({ value: opening.agency, text: line.text, line: line.n });
      messages.push({
        rule: 'metadata/opening-dateline',
        field: 'wire',
        line: line.n,
        reason: `read the wire credit “${opening.agency}” from the dateline “${opening.dateline}” that opens the paragraph; the paragraph keeps it`,
      });
    }
  }

  dates.sort((a, b) => a.line - b.line);
  const published = dates[0] ?? null;
  for (const other of dates.slice(1)) {
    if (published && other.value !== published.value) {
      messages.push({
        rule: 'metadata/second-date',
        field: 'published',
        line: other.line,
        reason: `“${other.text}” also reads as a publication date; used “${published.text}” (line ${published.line}). Check, and pass --published if that is wrong.`,
      });
    }
  }
  return { published, wire, rest: lines.filter((line) => !claimed.has(line.n)), messages };
}

/** The publication date a date line gives, or nothing (with a message) when it dates a revision or is ambiguous. */
function dateFrom(
  line: Line,
  text: string,
  where: StatedDate['where'],
  messages: ImportMessage[],
  read: DateLine | null = readDateLine(text),
): LineDate[] {
  if (!read) return [];
  if (read.label === 'modified') {
    messages.push({ rule: 'metadata/modified', line: line.n, reason: `dropped “${text}”: it dates a revision, not the publication` });
    return [];
  }
  if (read.ambiguous) {
    messages.push({
      rule: 'metadata/ambiguous-date',
      field: 'published',
      line: line.n,
      reason: `“${text}” could be day/month or month/day; dropped it. Pass --published YYYY-MM-DD.`,
    });
    return [];
  }
  messages.push({ rule: `metadata/${where.replace(' ', '-')}`, field: 'published', line: line.n, reason: `read the publication date ${read.date} from “${text}”` });
  return [{ value: read.date, text, line: line.n, where }];
}
