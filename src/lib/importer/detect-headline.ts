import { wordCount } from './line-shape.ts';
import type { Found, Line } from './types.ts';

/** The headline, or why the first line is not one, and the lines left for the body. */
export interface HeadlineResult {
  headline: Found<string> | null;
  /** Why the first line was or was not taken as the headline, for the report. */
  reason: string;
  rest: Line[];
}

/** Most words a headline has; a first line longer than this is a lede. */
export const MAX_HEADLINE_WORDS = 20;

/**
 * Most words of a long headline, as aggregators print them ("U.S. shoots down 12 drones, three … over
 * 10-hour period"): taken only when a line an earlier stage removed (a date line, a byline) stands
 * between it and the text, as a headline's furniture does and a lede's never does.
 */
export const MAX_LONG_HEADLINE_WORDS = 40;

/** Closing quotes and brackets that may follow a sentence's final punctuation. */
const CLOSERS = /[”’"'»)\]]+$/;
/** A line ending in an initialism (`… in the S.R.`) has not necessarily ended a sentence. */
const INITIALISM_END = /(?:^|\s)(?:\p{Lu}\.){2,}$/u;

/** The punctuation that ends `text`, ignoring closing quotes and brackets; '' when it ends in a word. */
export function finalPunctuation(text: string): string {
  const bare = text.replace(CLOSERS, '');
  if (INITIALISM_END.test(bare)) return '';
  return /[.!?…:;,]$/.test(bare) ? bare.slice(-1) : '';
}

/** Quotes a line for a message, shortened to its end (where the evidence is) when long. */
function quoteEnd(text: string): string {
  return `“${text.length > 50 ? `…${text.slice(-47)}` : text}”`;
}

/**
 * Why `text` cannot be a headline by its shape alone, or '' when it can: it must start with a
 * capital, a figure, a quote or a letter of a script without capitals (Hangul, Arabic, Hebrew…,
 * `\p{Lo}`); end without sentence punctuation (`?`/`!` only when `setApart`); and be short.
 */
function shapeMisfit(text: string, setApart: boolean, furnitureBelow = false): string {
  const punctuation = finalPunctuation(text);
  const words = wordCount(text);
  if (!/^[\p{Lu}\p{Lo}\p{N}“"‘']/u.test(text)) {
    return `the first line does not start with a capital letter (${quoteEnd(text)}), so it reads like the lede`;
  }
  if (/[.:;,…]/.test(punctuation) || (/[!?]/.test(punctuation) && !setApart)) {
    return `the first line ends like a sentence (${quoteEnd(text)}), so it reads like the lede`;
  }
  if (words > MAX_HEADLINE_WORDS && !(furnitureBelow && words <= MAX_LONG_HEADLINE_WORDS)) {
    return `the first line has ${words} words, more than a headline's ${MAX_HEADLINE_WORDS}, so it reads like the lede`;
  }
  return '';
}

/**
 * Whether `text` has a headline's shape (see `shapeMisfit`). The importer uses it to refuse a text whose
 * only paragraph is a headline: a headline and a date line are not an article.
 */
export function looksLikeHeadline(text: string): boolean {
  return shapeMisfit(text, false) === '';
}

/**
 * Takes the first line as the headline when it reads like one: it starts with a
 * capital, a figure, a quote or a letter of a script without case; it is short (at
 * most `MAX_HEADLINE_WORDS` words); it ends without sentence punctuation (a question or
 * exclamation mark only when the line is set apart); and it is set apart from what
 * follows (a blank or a date line between) or runs into a longer line that ends like a
 * sentence — a lede. Otherwise the first line is the lede and stays in the body, as
 * does a lone line (see `looksLikeHeadline`).
 */
export function detectHeadline(lines: Line[]): HeadlineResult {
  const body = lines.filter((line) => line.text !== '');
  const [first, next] = body;
  const none = (reason: string): HeadlineResult => ({ headline: null, reason, rest: lines });
  if (!first) return none('the text has no lines left once credits and page furniture are dropped');
  // A line numbered between the two that is not among the lines left (not even as a blank) was removed
  // by an earlier stage: the date line or byline under a headline.
  const kept = new Set(lines.map((line) => line.n));
  const furnitureBelow = next !== undefined && Array.from({ length: next.n - first.n - 1 }, (_, k) => first.n + 1 + k).some((n) => !kept.has(n));
  const misfit = shapeMisfit(first.text, next !== undefined && next.n > first.n + 1, furnitureBelow);
  if (!next) {
    return none(
      misfit
        ? 'the text has a single paragraph, which is the article itself'
        : `the text has a single line (${quoteEnd(first.text)}), shaped like a headline, and no article under it`,
    );
  }
  if (misfit) return none(misfit);

  // Anything between the two lines in the file (a blank, a date line, metadata) sets the first apart.
  const setApart = next.n > first.n + 1;
  const runsIntoLede = next.text.length > first.text.length && finalPunctuation(next.text) !== '';
  if (!setApart && !runsIntoLede) {
    return none(`the first line runs straight into a line that does not read like a lede (${quoteEnd(next.text)})`);
  }
  return {
    headline: { value: first.text, text: first.text, line: first.n },
    reason: `read the headline “${first.text}”: short, ends without sentence punctuation and ${setApart ? 'stands apart from what follows' : 'runs into the lede'}`,
    rest: lines.filter((line) => line !== first),
  };
}

/** `text` compared loosely: spaces collapsed, curly quotes straightened, case ignored. */
function loose(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').trim().toLowerCase();
}

/**
 * For a saved web page, whose headline comes from its metadata: takes the first line of
 * the text as the headline only when it repeats one of the page's spellings of it (the
 * article element often opens with its `<h1>`). Shape is not judged: the page said which
 * words are the headline, and any other first line is the article's.
 */
export function repeatedHeadline(lines: Line[], headlines: readonly string[]): HeadlineResult {
  const first = lines.find((line) => line.text !== '');
  const known = new Set(headlines.map(loose));
  if (!first || !known.has(loose(first.text))) {
    return { headline: null, reason: 'the text does not open with the page’s headline', rest: lines };
  }
  return {
    headline: { value: first.text, text: first.text, line: first.n },
    reason: `read the headline “${first.text}”: the first line repeats the page’s headline`,
    rest: lines.filter((line) => line !== first),
  };
}
