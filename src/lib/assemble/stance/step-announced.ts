/** A step of the speaker's own side, named by what is announced or declared. Generic English. */
import type { Stance } from '../../model.ts';

/**
 * A step the side decides on for itself, named first as the object of the verb: "(declared) the
 * dissolution of the republic", "(announced) his move to Marsh City", "(declared) a 48-hour delay on all
 * transits", "(announced) a temporary pause on all sailings", "(announced) the resumption of its flights"
 * (not "the start of the operation", "the death of two sailors", "the liberation of the town", what has
 * begun or befallen; nor "the dissolution was completed", a clause that tells it done).
 */
const OWN_STEP =
  /^\W*(?:(?:a|an|the|its|his|her|their|our)\s+)(?:[\p{L}\d-]+\s+){0,2}?(?:dissolution|disbandment|move|relocation|delay|pause|postponement|resumption)\s+(?:of|on|to|in|until|for)\b(?![^.;]*?\b(?:was|were|has\s+been|had\s+been)\s+(?:completed|finished|carried\s+out)\b)/iu;

/** Whether `verb` announces or declares and `words` open with a step of the side's own (OWN_STEP): an undertaking. */
export function stepAnnounced(verb: string, words: string): Stance | undefined {
  if (!/^(?:announc|declar)\w*$/i.test(verb.trim().split(/\s+/)[0] ?? '')) return undefined;
  return OWN_STEP.test(words) ? 'pledges' : undefined;
}
