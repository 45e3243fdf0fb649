import type { Speaker } from '../model.ts';
import type { Match } from './cluster.ts';

interface Attributed {
  speaker: Speaker;
  government: string | null;
}

/**
 * Whether two speakers (or claimants) are the same party. The same actor, or the same name, is `same`.
 * Two unnamed officials of one government are `uncertain`: merged, but reported to the editor.
 * A named party and an unnamed one are `different`, so a disagreement is never hidden by a merge.
 */
export function compareSpeakers(a: Attributed, b: Attributed): Match {
  if (a.speaker.actor && b.speaker.actor) return a.speaker.actor === b.speaker.actor ? 'same' : 'different';
  if (a.speaker.name && b.speaker.name) return a.speaker.name.toLowerCase() === b.speaker.name.toLowerCase() ? 'same' : 'different';
  // A named party and an unnamed one may be different people of one government: keep them apart.
  if (a.speaker.actor || b.speaker.actor || a.speaker.name || b.speaker.name) return 'different';
  if (a.government && b.government) return a.government === b.government ? 'uncertain' : 'different';
  return a.speaker.description.toLowerCase() === b.speaker.description.toLowerCase() ? 'uncertain' : 'different';
}

/** The stronger of two verdicts loses to the weaker: `different` beats `uncertain` beats `same`. */
export function weakest(...matches: Match[]): Match {
  if (matches.includes('different')) return 'different';
  if (matches.includes('uncertain')) return 'uncertain';
  return 'same';
}
