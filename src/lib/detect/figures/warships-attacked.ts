/**
 * Warships a verb of attack takes as its object: "the militia tried to target two Freedonian
 * destroyers", "the rebels said they attacked three warships". A topic that counts attacks on ships
 * need not list warships among its units, since warships taking part ("deployed three warships") count
 * nothing of it; attacked, they are ships attacked. Generic English: the verb, at most a hedge or an
 * article between it and the number, and a noun for a warship.
 */
import type { UnitMatcher } from './categories.ts';
import type { Draft } from './read-figure.ts';
import type { Token } from './types.ts';

/** Nouns for a navy's fighting ships. */
const WARSHIPS: ReadonlySet<string> = new Set([
  'warships', 'warship', 'destroyers', 'destroyer', 'frigates', 'frigate', 'cruisers', 'cruiser', 'corvettes', 'corvette',
]);

/** Verbs whose object is what was attacked, in every form. */
const ATTACK_VERBS: ReadonlySet<string> = new Set([
  'target', 'targets', 'targeted', 'targeting', 'attack', 'attacks', 'attacked', 'attacking', 'hit', 'hits', 'hitting',
  'struck', 'strike', 'strikes', 'striking',
]);

/** Words that may stand between the verb and the number: "targeted the two", "attacked at least three". */
const BETWEEN: ReadonlySet<string> = new Set(['the', 'both', 'at', 'least', 'some', 'about', 'around', 'nearly', 'up', 'to']);

/** At most this many words between the verb and the number. */
const REACH = 3;

/** The words a topic's cues are read in for warships so attacked: what befell them, in plain English. */
const ATTACKED = 'attacked targeted struck hit';

/** The usual words for ships, in the order a topic's units are tried. */
const SHIP_UNITS = ['ships', 'vessels'];

/** The topic's category of ships attacked for a count of warships a verb of attack takes as its object; null otherwise. */
export function attackedWarshipsCategory(draft: Draft, tokens: readonly Token[], matcher: UnitMatcher): string | null {
  const noun = draft.unit?.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  if (!WARSHIPS.has(noun)) return null;
  let k = Math.min(draft.firstToken, draft.span.first) - 1;
  for (let skipped = 0; skipped < REACH && tokens[k]?.kind === 'word' && BETWEEN.has(tokens[k]?.lower ?? ''); skipped++) k--;
  const verb = tokens[k];
  if (verb?.kind !== 'word' || !ATTACK_VERBS.has(verb.lower)) return null;
  for (const unit of SHIP_UNITS) {
    const match = matcher.match([unit], ATTACKED);
    if (match) return match.category;
  }
  return null;
}
