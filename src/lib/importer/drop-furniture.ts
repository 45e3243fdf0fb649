import { finalPunctuation } from './detect-headline.ts';
import {
  agencyName,
  ANONYMOUS_CREDITS,
  FURNITURE_PATTERNS,
  INPUTS_LINE,
  MAX_CREDIT_WORDS,
  NAME_CONNECTORS,
  SOURCE_LINE,
  URL_LINE,
} from './patterns.ts';
import { isOneOf, listItem, listMarker, wordCount } from './line-shape.ts';
import { readAuthorLine } from './read-author-line.ts';
import { noCredits, type Credits, type ImportMessage, type Line } from './types.ts';

/** The credits read from furniture lines, and the lines left for the body. */
export interface FurnitureResult {
  credits: Credits;
  rest: Line[];
  /** Lines dropped as the heading of a related-links list (`Read more:`): the list under one is furniture too. */
  relatedHeadings: Line[];
  messages: ImportMessage[];
}

/** `By …`: an author line, read by `readAuthorLine`. */
const BY_LINE = /^by\s+(.+)$/i;

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
 * Whether the value of a `Source:` line is a name (`Courier News Agency`, `Ministry of Defence`,
 * `Reuters/AFP`), not a sentence (`Tomas Ruhl in an interview with Radio Marsh`): every word
 * capitalised, a figure, an agency (`dpa`), a web address, or a connector such as "of".
 */
export function isOutletName(value: string): boolean {
  const words = value.split(/[\s,/&|;]+/).filter(Boolean);
  return (
    words.length > 0 &&
    !NAME_CONNECTORS.includes(words[0]!) &&
    words.every((word) => /^[\p{Lu}\p{N}(“"]/u.test(word) || NAME_CONNECTORS.includes(word) || agencyName(word) !== null || /\w\.\w/.test(word))
  );
}

/**
 * Reads one line as a credit: `(With inputs from …)` (wire), `By …` (byline, or wire for an
 * agency: `By AFP`), a bare agency name (wire) or a bare link (url). Returns false when
 * the line is not a credit. Credits go to the frontmatter, never to the body. `Source:`
 * lines are read apart (see `readSourceLines`): where they stand decides what they are.
 */
function readCredit(line: Line, credits: Credits, messages: ImportMessage[]): boolean {
  // Credits are read the same with or without a bullet (`- Source: …`).
  const text = listItem(line.text) ?? line.text;
  const { n } = line;
  const place = quote(text);
  const inputs = INPUTS_LINE.exec(text);
  if (inputs) {
    const names = creditedNames(inputs[1]!);
    for (const name of names) credits.wire.push({ value: agencyName(name) ?? name, text, line: n });
    const read = names.length > 0 ? `read as wire ${names.join(', ')}` : 'names no agency';
    messages.push({ rule: 'credit/inputs', field: 'wire', line: n, reason: `${place}: credit line, ${read}` });
    return true;
  }
  const by = BY_LINE.exec(text);
  const author = by && wordCount(text) <= MAX_CREDIT_WORDS ? readAuthorLine(by[1]!, { mode: 'by' }) : null;
  if (author) {
    for (const agency of author.agencies) credits.wire.push({ value: agency, text, line: n });
    if (author.byline) credits.byline ??= { value: author.byline, text, line: n };
    const read = [
      author.byline ? `byline “${author.byline}”` : '',
      author.agencies.length > 0 ? `wire ${author.agencies.join(', ')} (an agency, not a person)` : '',
    ].filter(Boolean);
    messages.push(
      read.length > 0
        ? { rule: 'credit/byline', field: author.byline ? 'byline' : 'wire', line: n, reason: `${place}: author line, read as ${read.join(' and ')}` }
        : { rule: 'credit/byline', line: n, reason: `dropped ${place}: an author line that names no one` },
    );
    return true;
  }
  const agency = agencyName(text);
  if (agency) {
    credits.wire.push({ value: agency, text, line: n });
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
 * Reads the `Source: …` lines. One that names an outlet at the top or the end of the text
 * (no paragraph ending like a sentence before it, or no text after it) credits the page:
 * its outlet is the publisher and the line is dropped. The article keeps every other one:
 * an attribution of the body (`Source: Tomas Ruhl in an interview with Radio Marsh`), or a name
 * standing between paragraphs, which credits a quote or a chart of the article rather than
 * the page (reported, since the editor may know better).
 */
function readSourceLines(lines: Line[], claimed: Set<number>, credits: Credits, messages: ImportMessage[]): void {
  // Text of the article: what no stage claimed, except list items (a closing list follows the credits) and other Source lines.
  const isText = (line: Line) => line.text !== '' && !claimed.has(line.n) && listMarker(line.text) === null && !SOURCE_LINE.test(line.text);
  const text = lines.filter(isText);
  for (const line of lines) {
    const content = listItem(line.text) ?? line.text;
    const source = claimed.has(line.n) ? null : SOURCE_LINE.exec(content);
    if (!source) continue;
    const name = source[1]!;
    const place = quote(content);
    if (wordCount(content) > MAX_CREDIT_WORDS || !isOutletName(name)) {
      messages.push({ rule: 'credit/source-in-text', line: line.n, reason: `kept ${place} in the text: it reads as an attribution of the article, not a credit of the page` });
      continue;
    }
    const sentenceBefore = text.some((other) => other.n < line.n && finalPunctuation(other.text) !== '');
    const textAfter = text.some((other) => other.n > line.n);
    if (sentenceBefore && textAfter) {
      messages.push({
        rule: 'credit/source-in-text',
        line: line.n,
        reason: `kept ${place} in the text: it stands between paragraphs, so it credits something in the article (a quote, a chart), not the page. If it names the outlet, delete the line and pass --publisher.`,
      });
      continue;
    }
    claimed.add(line.n);
    credits.publisher ??= { value: name, text: content, line: line.n };
    messages.push({ rule: 'credit/source', field: 'publisher', line: line.n, reason: `${place}: credit line, read as publisher “${name}”` });
  }
}

/**
 * Drops what belongs to the web page rather than the article: credit lines (their
 * content goes to the frontmatter) and lines whose shape is page chrome
 * (`FURNITURE_PATTERNS`). Lists are judged afterwards, as lists (see `judgeLists`).
 */
export function dropFurniture(lines: Line[]): FurnitureResult {
  const credits = noCredits();
  const messages: ImportMessage[] = [];
  const claimed = new Set<number>();
  const relatedHeadings: Line[] = [];

  for (const line of lines) {
    if (line.text === '' || SOURCE_LINE.test(listItem(line.text) ?? line.text)) continue;
    if (readCredit(line, credits, messages)) {
      claimed.add(line.n);
      continue;
    }
    const furniture = FURNITURE_PATTERNS.find(({ pattern }) => pattern.test(line.text));
    if (furniture) {
      claimed.add(line.n);
      if (furniture.rule === 'related-heading') relatedHeadings.push(line);
      messages.push({ rule: `furniture/${furniture.rule}`, line: line.n, reason: `dropped ${quote(line.text)}: ${furniture.reason}` });
    }
  }
  readSourceLines(lines, claimed, credits, messages);
  messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { credits, rest: lines.filter((line) => !claimed.has(line.n)), relatedHeadings, messages };
}
