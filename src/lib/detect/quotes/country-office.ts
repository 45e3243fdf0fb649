/**
 * "The Sylvanian Defence Ministry rejected Freedonian claims that …, the country’s Defence Ministry
 * said": where the words before "the country’s" name two countries, a reader takes the one whose body
 * of that very name the article has already named, in the sentence or before it. Only a body of one
 * of those countries counts, and only when one such body was named; with none, or one of each side,
 * no country is guessed, since crediting the other side is the worst error.
 */
import type { ActorLexicon } from '../../topic/actor-lexicon.ts';
import type { SpeakerMemory } from './speaker-memory.ts';

/** The one body named before `phrase` whose name ends with `office` ("Health Ministry") and whose country the words before name. */
export function bodyOfSameOfficeNamed(office: string, phrase: string, memory: SpeakerMemory, lexicon: ActorLexicon): string | null {
  const countries = new Set(memory.countriesBefore(phrase).map((g) => g.government));
  if (countries.size < 2) return null;
  const words = office.trim().toLowerCase();
  const namedInSentence = lexicon.findMentions(memory.textBefore(phrase)).map((m) => m.actorId);
  const holdsOffice = (id: string) => {
    const actor = lexicon.actor(id);
    const government = lexicon.governmentOf(id);
    if (actor?.kind !== 'body' || government === null || !countries.has(government)) return false;
    return [actor.name, ...actor.aliases].some((name) => name.toLowerCase() === words || name.toLowerCase().endsWith(` ${words}`));
  };
  const bodies = new Set([...memory.namedActors(), ...namedInSentence].filter(holdsOffice));
  return bodies.size === 1 ? ([...bodies][0] as string) : null;
}
