/**
 * A state body met again by a word for any institution: "The Sylvanian Ministry of Ports said … The
 * department does not give the number", "According to the agency, …". Translated copy often calls a
 * ministry or an office "the department" or "the agency"; with no department or agency named before,
 * the word means the state body that was just speaking.
 */
import type { ActorLexicon } from '../../topic/actor-lexicon.ts';
import type { KnownSpeaker, SpeakerMemory } from './speaker-memory.ts';

/** Words for any institution that a translation uses for a ministry or an office named before. */
const ANY_INSTITUTION: ReadonlySet<string> = new Set(['department', 'agency']);

/** How many sentences back the body may have spoken: further, the word needs its own antecedent. */
const LOOKBACK = 2;

/**
 * The state body "the department" or "the agency" (`noun`) means when no speaker or actor so called
 * was named before: the last speaker, when it is a body of a government the topic data lists (not an
 * outlet, a person or a government itself), spoke in this sentence or within two before, and no one
 * else was told of since. Null otherwise.
 */
export function bodyThatJustSpoke(noun: string, memory: SpeakerMemory, lexicon: ActorLexicon): KnownSpeaker | null {
  if (ANY_ORGANISATION.has(noun)) return organisationThatJustSpoke(memory, lexicon);
  if (!ANY_INSTITUTION.has(noun)) return null;
  const last = memory.lastSpeakerWithin(LOOKBACK);
  const actor = last?.speaker.actor ? lexicon.actor(last.speaker.actor) : undefined;
  return last && last.government !== null && actor?.kind === 'body' ? last : null;
}

/** Words for any organisation, a state's body or a private group alike. */
const ANY_ORGANISATION: ReadonlySet<string> = new Set(['organisation', 'organization']);

/**
 * Whom "the organisation" means when no speaker or actor so called was named before: the last
 * speaker, when it is an organisation the topic data lists as a body or as an independent voice (a
 * charity, a rights group: not an outlet, a person or a government itself) and spoke in this sentence
 * or within two before. "According to the Marsh Relief Group, … The organisation told the Courier …".
 */
function organisationThatJustSpoke(memory: SpeakerMemory, lexicon: ActorLexicon): KnownSpeaker | null {
  const last = memory.lastSpeakerWithin(LOOKBACK);
  const actor = last?.speaker.actor ? lexicon.actor(last.speaker.actor) : undefined;
  return last?.kind === 'organisation' && (actor?.kind === 'body' || actor?.kind === 'commentator') ? last : null;
}
