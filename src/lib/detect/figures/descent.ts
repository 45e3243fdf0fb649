/**
 * A count that only says whose descent people are: "Between 400,000 and 600,000 persons in Sylvania
 * are of Freedonian descent". It counts a community by its origin, not anything that happened to the
 * people or where they went, so no category of what happened may claim it (a topic that counts such
 * communities lists "descent" words as cues of its own; the detector cannot tell that from a unit).
 * Generic English: a copula, "of", up to three words and a noun of origin.
 */
import { RELATIVE_PRONOUNS } from './noun-phrase.ts';
import type { Token } from './types.ts';

/** The nouns of origin that close "are of … descent". */
const ORIGIN: ReadonlySet<string> = new Set(['descent', 'origin', 'origins', 'ancestry', 'heritage', 'extraction', 'background']);

/** The copula right after the counted people (and a short place phrase): "are", "were". */
const COPULA: ReadonlySet<string> = new Set(['are', 'were', 'is', 'was']);


/** Most words between the counted people and the copula: a place ("in Sylvania", "living abroad"). */
const MOST_BETWEEN = 4;

/**
 * Whether the words after a count's last token (`last`) only say the counted are of some descent:
 * "persons in Sylvania are of Freedonian descent". Not "people, mostly of Freedonian descent, fled", where
 * the origin is an aside and a verb tells what happened, nor "who are of Freedonian descent".
 */
export function onlyOfDescent(tokens: readonly Token[], last: number): boolean {
  let i = last + 1;
  for (let between = 0; between <= MOST_BETWEEN; between++, i++) {
    const token = tokens[i];
    if (token === undefined || token.kind === 'punct' || RELATIVE_PRONOUNS.has(token.lower)) return false;
    if (COPULA.has(token.lower)) break;
    if (between === MOST_BETWEEN) return false;
  }
  if (tokens[i + 1]?.lower !== 'of') return false;
  for (let k = i + 2; k <= i + 5; k++) {
    const token = tokens[k];
    if (token === undefined || token.kind !== 'word') return false;
    if (ORIGIN.has(token.lower)) return true;
  }
  return false;
}
