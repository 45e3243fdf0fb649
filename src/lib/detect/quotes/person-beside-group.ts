/**
 * The person a sentence without speech is about when it tells of a group of private people they act
 * on: "Ruhl embraced the families of the fallen" (the named subject), "Photos showed him consoling
 * wounded soldiers" (a personal pronoun for someone the reader already knows). A later "he" or "she"
 * that the source has already used for that person goes on with them; the group, being several, is
 * no "he" (see `SpeakerMemory.notePrivateGroupBeside`).
 */
import type { KnownSpeaker, SpeakerMemory } from './speaker-memory.ts';

/** A personal pronoun for one person, outside quotations, and the subject form a speaker is remembered by. */
const PERSONAL_PRONOUN = /\b(?:(he|him|his)|(she|her))\b/i;

/**
 * The person `sentence` is about: its named subject (`subject`, a person with a name or an actor),
 * else the person its personal pronoun means, whose gender the pronoun then tells. Null when neither.
 */
export function personActingOnGroup(sentence: string, subject: KnownSpeaker | null, memory: SpeakerMemory): KnownSpeaker | null {
  if (subject !== null) return subject.kind === 'person' && (subject.speaker.actor !== null || subject.speaker.name !== null) ? subject : null;
  const pronoun = PERSONAL_PRONOUN.exec(sentence);
  if (pronoun === null) return null;
  const asSubject = pronoun[1] !== undefined ? 'he' : 'she';
  const known = memory.byPronoun(asSubject);
  if (known?.kind !== 'person') return null;
  memory.noteGender(known, asSubject);
  return known;
}
