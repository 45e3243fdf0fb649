/**
 * A count that only gives the size of a fleet: "a multinational fleet of 100 surface vessels", "one of
 * three frigates in the navy's fleet". It says what a navy or a company has, not ships attacked, hit or
 * diverted, so no category of what happened may claim it. Generic English: the nouns of a fleet.
 */
import type { Token } from './types.ts';

/** Nouns for a body of ships. */
const FLEETS: ReadonlySet<string> = new Set(['fleet', 'fleets', 'flotilla', 'armada', 'navy']);

/** Most words between "in" and the fleet after the counted ships: "in the service's fleet". */
const FLEET_WORDS = 3;

/**
 * Whether the count from `first` to `last` sizes a fleet: it follows "fleet of" ("a fleet of 100
 * vessels"), or, as the whole a partitive picks one from, is followed by "in" and a fleet ("one of
 * three ships in the service's fleet"). Not "12 ships of the fleet were hit", nor "diverted 30 ships
 * in its fleet", which tell what befell ships of it.
 */
export function sizesFleet(tokens: readonly Token[], first: number, last: number): boolean {
  if (tokens[first - 1]?.lower === 'of' && FLEETS.has(tokens[first - 2]?.lower ?? '')) return true;
  if (tokens[first - 1]?.lower !== 'of' || tokens[last + 1]?.lower !== 'in') return false;
  for (let k = last + 2; k <= last + 1 + FLEET_WORDS; k++) {
    const token = tokens[k];
    if (token === undefined || token.kind !== 'word') return false;
    if (FLEETS.has(token.lower)) return true;
  }
  return false;
}
