import {
  ANONYMOUS_CREDITS,
  BYLINE_LINE,
  FURNITURE_PATTERNS,
  INPUTS_LINE,
  KNOWN_AGENCIES,
  MAX_CREDIT_WORDS,
  SOURCE_LINE,
  URL_LINE,
} from './patterns.ts';
import { isOneOf, listItem, wordCount } from './line-shape.ts';
import { noCredits, type Credits, type ImportMessage, type Line } from './types.ts';

/** The credits read from furniture lines, and the lines left for the body. */
export interface FurnitureResult {
  credits: Credits;
  rest: Line[];
  messages: ImportMessage[];
}

/** Quotes a line for a message, shortened when long. */
function quote(text: string): string {
  return `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;
}

/** Agency names in a credit such as "IANS, AFP and Reuters", without anonymous ones ("agencies"). */
function creditedNames(list: string): string[] {
  return list
    .split(/\s*(?:,|&|\band\b)\s*/)
    .map((name) => name.trim())
    .filter((name) => name !== '' && !isOneOf(name, ANONYMOUS_CREDITS));
}

/**
 * Reads one line as a credit: `Source: …` (publisher), `(With inputs from …)` (wire),
 * `By …` (byline), a bare agency name (wire) or a bare link (url). Returns false when
 * the line is not a credit. Credits go to the frontmatter, never to the body.
 */
function readCredit(line: Line, credits: Credits, messages: ImportMessage[]): boolean {
  // Credits are read the same with or without a bullet (`- Source: …`).
  const text = listItem(line.text) ?? line.text;
  const { n } = line;
  const place = quote(text);
  const source = SOURCE_LINE.exec(text);
  if (source && wordCount(text) <= MAX_CREDIT_WORDS) {
    const name = source[1]!;
    credits.publisher ??= { value: name, text, line: n };
    messages.push({ rule: 'credit/source', field: 'publisher', line: n, reason: `${place}: credit line, read as publisher “${name}”` });
    return true;
  }
  const inputs = INPUTS_LINE.exec(text);
  if (inputs) {
    const names = creditedNames(inputs[1]!);
    for (const name of names) credits.wire.push({ value: name, text, line: n });
    const read = names.length > 0 ? `read as wire ${names.join(', ')}` : 'names no agency';
    messages.push({ rule: 'credit/inputs', field: 'wire', line: n, reason: `${place}: credit line, ${read}` });
    return true;
  }
  const byline = BYLINE_LINE.exec(text);
  if (byline && wordCount(text) <= MAX_CREDIT_WORDS) {
    credits.byline ??= { value: byline[1]!, text, line: n };
    messages.push({ rule: 'credit/byline', field: 'byline', line: n, reason: `${place}: author line, read as byline` });
    return true;
  }
  if (isOneOf(text, KNOWN_AGENCIES)) {
    const name = text.replace(/^\((.*)\)$/, '$1').replace(/\.$/, '');
    credits.wire.push({ value: name, text, line: n });
    messages.push({ rule: 'credit/agency', field: 'wire', line: n, reason: `${place}: agency credit, read as wire` });
    return true;
  }
  if (URL_LINE.test(text)) {
    credits.url ??= { value: text, text, line: n };
    messages.push({ rule: 'credit/url', field: 'url', line: n, reason: `${place}: link alone on its line, read as url` });
    return true;
  }
  return false;
}

/**
 * Drops what belongs to the web page rather than the article: credit lines (their
 * content goes to the frontmatter), lines whose shape is page chrome
 * (`FURNITURE_PATTERNS`), and the list of links that closes many pages — a run of
 * list items after the last paragraph, which is never part of an article.
 */
export function dropFurniture(lines: Line[]): FurnitureResult {
  const credits = noCredits();
  const messages: ImportMessage[] = [];
  const claimed = new Set<number>();

  for (const line of lines) {
    if (line.text === '') continue;
    if (readCredit(line, credits, messages)) {
      claimed.add(line.n);
      continue;
    }
    const furniture = FURNITURE_PATTERNS.find(({ pattern }) => pattern.test(line.text));
    if (furniture) {
      claimed.add(line.n);
      messages.push({ rule: `furniture/${furniture.rule}`, line: line.n, reason: `dropped ${quote(line.text)}: ${furniture.reason}` });
    }
  }

  // The closing list: list items from the end, skipping blank and already-dropped lines.
  const trailing: Line[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.text === '' || claimed.has(line.n)) continue;
    if (listItem(line.text) === null) break;
    trailing.unshift(line);
  }
  if (trailing.length > 0) {
    for (const line of trailing) claimed.add(line.n);
    const first = trailing[0]!.n;
    const last = trailing[trailing.length - 1]!.n;
    messages.push({
      rule: 'furniture/closing-list',
      line: first,
      reason: `dropped lines ${first}–${last}, a list of ${trailing.length} item(s) after the last paragraph (links to other stories), starting ${quote(trailing[0]!.text)}`,
    });
  }
  return { credits, rest: lines.filter((line) => !claimed.has(line.n)), messages };
}
