/**
 * "“…?” he asked Berg.", "“…,” she told the minister.": a "he" or "she" that tells or asks someone is
 * not the one told or asked. Memory would give the pronoun the last person who spoke, and when that
 * is the person addressed (a lawmaker who interviewed a prisoner, then quotes the prisoner's
 * questions to him), the prisoner's words would be credited to the lawmaker's government.
 */
import type { Attribution } from './attributions.ts';
import type { KnownSpeaker, SpeakerMemory } from './speaker-memory.ts';
import type { SentenceView } from './types.ts';

/** Verbs whose object right after them is the one addressed: "told Berg", "asked the minister". */
const ADDRESSING_VERB = /^(?:told|tells|tell|asked|asks|ask|assured|assures|reminded|reminds|urged|urges|promised|promises|informed|informs|reassured|reassures)$/i;

/** Verbs that name the one addressed after "to": "said to Berg", "wrote to the minister". */
const TO_VERB = /^(?:said|says|wrote|writes|replied|replies|explained|explains|complained|complains|admitted|admits|confided|confides)$/i;

/** The one addressed right after the verb: a capitalised name (not a possessive), or "the" and a role noun. */
const ADDRESSEE = /^\s+(?:(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})(?![\p{L}’'-])(?!\s*['’]s?\s)|the\s+(\p{Ll}+)\b(?!['’]))/u;

/**
 * Whether the pronoun subject of `attribution` would be resolved to the very person its verb
 * addresses: `candidate` is whom memory would give the pronoun. Only "he" and "she" are read; "it"
 * and "they" tell bodies and groups, which address no one this way.
 */
export function pronounAddressesItsCandidate(view: SentenceView, attribution: Attribution, pronoun: string, candidate: KnownSpeaker | null, memory: SpeakerMemory): boolean {
  if (candidate === null || !/^(?:he|she)$/i.test(pronoun)) return false;
  const verb = attribution.verb.trim();
  let after = view.masked.slice(attribution.verbSpan.end, view.end);
  if (TO_VERB.test(verb)) {
    const to = /^\s+to(?=\s)/.exec(after);
    if (!to) return false;
    after = after.slice(to[0].length);
  } else if (!ADDRESSING_VERB.test(verb)) return false;
  const addressee = ADDRESSEE.exec(after);
  if (!addressee) return false;
  const [, name, role] = addressee;
  if (name) return namesCandidate(name, candidate, memory);
  return role !== undefined && sameSpeaker(memory.byRoleNoun([role]), candidate);
}

/** Whether a name, whole or a short form the source used ("Berg" for "Anna Berg"), is the candidate's. */
function namesCandidate(name: string, candidate: KnownSpeaker, memory: SpeakerMemory): boolean {
  const full = candidate.speaker.name;
  if (full === null) return false;
  if (full === name) return true;
  const known = memory.names.lookup(name);
  if (known !== null) return known.name === full;
  // A short form the name collector did not register: one word of the candidate's full name
  // ("Lee" of "Lee Min-ho", "Berg" of "Anna Berg").
  return full.split(/\s+/).includes(name);
}

/** Whether two remembered speakers are one: the same actor, or the same name. */
function sameSpeaker(a: KnownSpeaker | null, b: KnownSpeaker): boolean {
  if (a === null) return false;
  if (a === b) return true;
  if (a.speaker.actor !== null || b.speaker.actor !== null) return a.speaker.actor === b.speaker.actor;
  return a.speaker.name !== null && a.speaker.name === b.speaker.name;
}
