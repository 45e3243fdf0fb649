import { FINITE, isVerbForm } from './predicate.ts';
import type { Draft } from './read-figure.ts';
import { wordAt } from './tokens.ts';
import type { Token } from './types.ts';

/** Words that open a clause set beside the one before: "…, while 72 were flown out", "…, whereas 40 were". */
const CONTRASTS: ReadonlySet<string> = new Set(['while', 'whereas']);

/** Words that may stand between a clause's auxiliary and its participle: "have been provided", "are still held". */
const BETWEEN_AUXILIARY_AND_PARTICIPLE: ReadonlySet<string> = new Set(['been', 'being', 'already', 'also', 'still']);

/**
 * Whether a bare number is the subject of a clause set beside a clause before it in the same sentence,
 * so that it counts what that clause's figure counts: "airlifted 96 patients, while 72 were taken by
 * ambulance", "118 asked to be moved, 98 have been housed", "…, and 40 were sent home". The number
 * follows ", ", ", and", "while" or "whereas", and a passive or perfect predicate follows it (a finite
 * auxiliary, then a participle). Why the predicate is required: a number after a comma is as often a
 * date's year, a label or the start of a new count ("…, 2023 was a year of …", "…, 12 is the limit").
 */
export function opensParallelClause(tokens: readonly Token[], draft: Draft): boolean {
  if (draft.span.kind === 'vague' || draft.span.yearLike || draft.qualifier !== null) return false;
  const opener = wordAt(tokens, draft.firstToken - 1);
  const afterComma = tokens[draft.firstToken - 1]?.text === ',' || (opener === 'and' && tokens[draft.firstToken - 2]?.text === ',');
  if (!afterComma && !CONTRASTS.has(opener ?? '')) return false;
  let k = draft.lastToken + 1;
  if (!FINITE.has(wordAt(tokens, k) ?? '')) return false;
  k += 1;
  while (BETWEEN_AUXILIARY_AND_PARTICIPLE.has(wordAt(tokens, k) ?? '')) k += 1;
  return isVerbForm(tokens[k]);
}
