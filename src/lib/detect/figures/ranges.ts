import type { Draft } from './read-figure.ts';
import { SCALE_WORDS } from './number-words.ts';
import { wordAt } from './tokens.ts';
import type { Token } from './types.ts';

/** What may join the two ends of a range: "10,000 to 12,000", "700-800", "two or three". */
const RANGE_JOINS: ReadonlySet<string> = new Set(['to', '-', '–', '—', 'or']);

/**
 * Joins "N to M unit", "N-M unit", "N or M unit" and "between N and M unit"
 * into one draft: `value` is the lower end, `upper` the upper end, the
 * qualifier "between" (whatever the wording, so a reader sees a range), the
 * text the whole range. "from N to M" is a change, not a range: it stays two
 * figures (the first then borrows the unit). The first number must have no
 * noun of its own, the second a count noun (or no noun either, when neither is a year: "put the
 * number at 1,000 to 3,000") and a larger value.
 */
export function joinRanges(drafts: readonly Draft[], tokens: readonly Token[]): Draft[] {
  const joined: Draft[] = [];
  for (let k = 0; k < drafts.length; k += 1) {
    const low = drafts[k];
    const high = drafts[k + 1];
    if (!low) continue;
    const between = low.qualifier === null && wordAt(tokens, low.firstToken - 1) === 'between';
    const join = high && high.span.first === low.lastToken + 2 ? joinWord(tokens[low.lastToken + 1]) : undefined;
    const isRange =
      high && join !== undefined && low.noun === 'none' && !low.total && (high.noun === 'count' || bareRange(low, high)) && high.qualifier === null &&
      high.value > low.value && (between ? join === 'and' : RANGE_JOINS.has(join)) &&
      wordAt(tokens, low.firstToken - 1) !== 'from';
    if (!isRange || !high) {
      joined.push(low);
      continue;
    }
    joined.push({
      ...high,
      value: lowerEnd(low, high, tokens),
      upper: high.value,
      qualifier: 'between',
      firstToken: between ? low.firstToken - 1 : low.firstToken,
    });
    k += 1;
  }
  return joined;
}

/**
 * The lower end of a range whose scale word is written once, after the upper end: "10 to 12
 * thousand troops" runs from 10,000, "two or three million shells" from 2,000,000. A lower end
 * that has its own scale, or that the upper end's scale would lift past it, is as written.
 */
function lowerEnd(low: Draft, high: Draft, tokens: readonly Token[]): number {
  const scale = SCALE_WORDS[wordAt(tokens, high.span.last) ?? ''];
  const ownScale = wordAt(tokens, low.span.last) ?? '';
  if (scale === undefined || ownScale in SCALE_WORDS || low.value * scale > high.value) return low.value;
  return low.value * scale;
}

/** "at about 1,000 to 3,000.": two bare numbers, neither a year, whose unit the sentence gives elsewhere. */
function bareRange(low: Draft, high: Draft): boolean {
  return high.noun === 'none' && !low.span.yearLike && !high.span.yearLike;
}

function joinWord(token: Token | undefined): string | undefined {
  return token?.kind === 'word' ? token.text.toLowerCase() : token?.text;
}
