import type { Speaker } from '../../model.ts';
import { type ActorLookup, actorName } from '../actor-lookup.ts';
import { capitalise } from './excerpt.ts';

/** Who said or claimed something, as a reader sees it. */
export interface SpeakerLabel {
  /**
   * The personal name, else the resolved actor's name, else the description as
   * written (capitalised): "Anna Berg", "Ministry of Defence", "A senior official".
   */
  label: string;
  /** The description as the text gives it: "the ministry's spokesperson". */
  description: string;
  /** Name of the government or organisation spoken for; null when not known or when it is the label itself. */
  government: string | null;
  /** `label` with the government in brackets when it adds something: "Ministry of Defence (Freedonia)". */
  full: string;
}

/**
 * Labels a speaker or claimant. The actor's name is preferred to the description
 * because descriptions vary between sources ("the agency", "Freedonia's spy agency")
 * while the actor is one; the description stays available.
 */
export function speakerLabel(speaker: Speaker, government: string | null, actors: ActorLookup): SpeakerLabel {
  const label = speaker.name ?? (speaker.actor !== null ? actorName(speaker.actor, actors) : capitalise(speaker.description));
  const governmentName = government !== null ? actorName(government, actors) : null;
  const shown = governmentName !== null && governmentName !== label ? governmentName : null;
  return { label, description: speaker.description, government: shown, full: shown ? `${label} (${shown})` : label };
}
