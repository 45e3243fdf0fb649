import * as chrono from 'chrono-node';
import { finalPunctuation, looksLikeHeadline } from './detect-headline.ts';
import { listMarker, type ListMarker } from './line-shape.ts';
import type { ImportMessage, Line } from './types.ts';

/** How a kept list line is written in the source: which list it belongs to, and how that list is numbered. */
export interface ItemMark {
  /** The input line of the list's first item: items with the same value form one list. */
  list: number;
  ordered: boolean;
  /** The number of the list's first item (1 for a bulleted list). */
  start: number;
}

/** The lists kept as lists, by input line, and the lines left once furniture lists are dropped. */
export interface ListsResult {
  rest: Line[];
  items: Map<number, ItemMark>;
  messages: ImportMessage[];
}

/** A run of list lines: items of one kind (bulleted or numbered) with nothing but blank lines between them. */
interface Run {
  lines: Line[];
  markers: ListMarker[];
}

/** What a list is, and why the importer thinks so. */
export interface Verdict {
  /** `content`: part of the article, kept; `furniture`: links to other stories, dropped; `unsure`: kept, and reported. */
  kind: 'content' | 'furniture' | 'unsure';
  why: string;
}

/** Where a list stands in the text. */
export interface ListContext {
  /** The heading of a related-links list just above it (`Read more:`), dropped as furniture; null when none. */
  relatedHeading: string | null;
  /** The line of the article just above it, when that line introduces it (`Background:`); null otherwise. */
  intro: string | null;
  /** Whether any line of the article follows it. */
  trailing: boolean;
}

/** Chrono needs a reference date; only the shape of a date matters here. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));
/** The lead of a dated item: the words before a colon or a dash (`Oct. 18: …`, `2023 – …`). */
const LEAD = /^([^:–—]{1,24}?)\s*(?::|\s[–—-]\s)/;

/** Whether an item opens with a date, as the entries of a chronology do (`Oct. 18: …`, `March 2023 – …`). */
export function startsWithDate(text: string): boolean {
  const lead = LEAD.exec(text)?.[1]?.trim();
  if (!lead) return false;
  if (/^(?:\p{L}+\.?\s+)?\d{4}$/u.test(lead)) return true;
  const [date] = chrono.strict.parse(lead, REFERENCE);
  return date !== undefined && date.index === 0 && date.text.length === lead.length;
}

/**
 * Judges one list of the text, in this order:
 * 1. under the heading of a related-links list (`Read more:`): furniture;
 * 2. introduced by a line that ends in a colon (`Background:`): content;
 * 3. followed by more of the article: content — pages put their link lists around the
 *    article, not inside it;
 * 4. after the last paragraph: content when every item opens with a date (a chronology)
 *    or ends like a sentence; furniture when every item reads like a headline (links to
 *    other stories); otherwise the importer cannot tell: kept, and reported.
 */
export function judgeList(items: readonly string[], context: ListContext): Verdict {
  if (context.relatedHeading !== null) return { kind: 'furniture', why: `a list under the heading “${context.relatedHeading}”: links to other stories` };
  if (context.intro !== null) return { kind: 'content', why: `a list introduced by “${context.intro}”` };
  if (!context.trailing) return { kind: 'content', why: 'a list between paragraphs of the article' };
  if (items.every(startsWithDate)) return { kind: 'content', why: 'a list after the last paragraph whose items all open with a date (a chronology)' };
  if (items.every((item) => finalPunctuation(item) !== '')) {
    return { kind: 'content', why: 'a list after the last paragraph whose items all end like sentences, not headlines' };
  }
  if (items.every(looksLikeHeadline)) return { kind: 'furniture', why: 'a list after the last paragraph whose items all read like headlines (links to other stories)' };
  return {
    kind: 'unsure',
    why: 'a list after the last paragraph that may be links to other stories: some items read like headlines, some do not',
  };
}

/**
 * Runs of list lines; a blank line may separate two items of one run, any other line ends
 * it, a line an earlier stage claimed (a share button, a `Related stories` heading) too.
 */
function listRuns(lines: Line[]): Run[] {
  const runs: Run[] = [];
  let run: Run | null = null;
  let previous = 0;
  for (const line of lines) {
    const gap = line.n !== previous + 1;
    previous = line.n;
    if (gap) run = null;
    if (line.text === '') continue;
    const marker = listMarker(line.text);
    if (marker && run && run.markers[0]!.ordered === marker.ordered) {
      run.lines.push(line);
      run.markers.push(marker);
      continue;
    }
    run = marker ? { lines: [line], markers: [marker] } : null;
    if (run) runs.push(run);
  }
  return runs;
}

/** Whether the numbers of a numbered run count up by one, as a Markdown list would number it. */
function countsUp(markers: readonly ListMarker[]): boolean {
  return markers.every((marker, i) => marker.number === markers[0]!.number + i);
}

/** `lines a–b` or `line a`, for messages. */
function span(run: Run): string {
  const first = run.lines[0]!.n;
  const last = run.lines.at(-1)!.n;
  return first === last ? `line ${first}` : `lines ${first}–${last}`;
}

/**
 * Sorts the lists of the text (see `judgeList`): a furniture list is dropped, line by line,
 * each with its reason; a content list, or one the importer cannot judge, is kept and
 * marked so it is written as a Markdown list whose items are numbered paragraphs. A
 * numbered list whose numbers do not count up by one is kept as paragraphs, numbers and
 * all, since a Markdown list would renumber it.
 */
export function judgeLists(lines: Line[], relatedHeadings: readonly Line[]): ListsResult {
  const items = new Map<number, ItemMark>();
  const messages: ImportMessage[] = [];
  const dropped = new Set<number>();
  const headings = new Map(relatedHeadings.map((line) => [line.n, line.text]));
  const textLines = lines.filter((line) => line.text !== '' && listMarker(line.text) === null);

  for (const run of listRuns(lines)) {
    const first = run.lines[0]!;
    const last = run.lines.at(-1)!;
    const before = textLines.filter((line) => line.n < first.n).at(-1);
    // The heading counts only when nothing of the article stands between it and the list.
    const heading = [...headings].filter(([n]) => n < first.n && (before === undefined || n > before.n)).at(-1);
    const verdict = judgeList(
      run.markers.map((marker) => marker.text),
      {
        relatedHeading: heading ? heading[1] : null,
        intro: before && before.text.endsWith(':') ? before.text : null,
        trailing: !textLines.some((line) => line.n > last.n),
      },
    );
    if (verdict.kind === 'furniture') {
      const rule = heading ? 'furniture/related-list' : 'furniture/closing-list';
      run.lines.forEach((line, i) => {
        dropped.add(line.n);
        messages.push({ rule, line: line.n, reason: `dropped “${line.text}” (item ${i + 1} of ${run.lines.length}): ${verdict.why}` });
      });
      continue;
    }
    const ordered = run.markers[0]!.ordered;
    if (ordered && !countsUp(run.markers)) {
      messages.push({
        rule: 'list/numbering',
        line: first.n,
        reason: `kept ${span(run)} as paragraphs, numbers and all: their numbers do not count up by one, and a list would renumber them`,
      });
      continue;
    }
    for (const line of run.lines) items.set(line.n, { list: first.n, ordered, start: ordered ? run.markers[0]!.number : 1 });
    messages.push(
      verdict.kind === 'content'
        ? { rule: 'list/kept', line: first.n, reason: `kept ${span(run)} as a list of ${run.lines.length} item(s), each a paragraph: ${verdict.why}` }
        : {
            rule: 'list/unsure',
            line: first.n,
            reason: `kept ${span(run)} as a list, but check it: ${verdict.why}. If it is not part of the article, delete those lines from the input and import again.`,
          },
    );
  }
  return { rest: lines.filter((line) => !dropped.has(line.n)), items, messages };
}
