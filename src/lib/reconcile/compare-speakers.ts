import type { Speaker } from '../model.ts';
import type { Match } from './cluster.ts';

interface Attributed {
  speaker: Speaker;
  government: string | null;
}

/**
 * Whether two speakers (or claimants) are the same party. The same actor, or the same name, is `same`.
 * When one side is only known by its government (an unnamed official), a match on government is
 * `uncertain`: merged, but reported to the editor.
 */
export function compareSpeakers(a: Attributed, b: Attributed): Match {
  if (a.speaker.actor && b.speaker.actor) return a.speaker.actor === b.speaker.actor ? 'same' : 'different';
  if (a.speaker.name && b.speaker.name) return a.speaker.name.toLowerCase() === b.speaker.name.toLowerCase() ? 'same' : 'different';
  if (a.government && b.government) return a.government === b.government ? 'uncertain' : 'different';
  return a.speaker.description.toLowerCase() === b.speaker.description.toLowerCase() ? 'uncertain' : 'different';
}

/** The stronger of two verdicts loses to the weaker: `different` beats `uncertain` beats `same`. */
export function weakest(...matches: Match[]): Match {
  if (matches.includes('different')) return 'different';
  if (matches.includes('uncertain')) return 'uncertain';
  return 'same';
}
