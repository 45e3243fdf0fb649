/**
 * "Foreign Minister Berg spoke with a Ruritanian envoy. … the foreign ministry said": where the article
 * named no body of that description, a reader takes the one a person it named heads or works for, as
 * the topic data gives it. Only when the persons named so far lead to one such body: two of that
 * description (one per side) leave it no one's, since crediting the other side is the worst error.
 */
import type { ActorLexicon } from '../../topic/actor-lexicon.ts';
import { endsInWords } from '../../topic/name-ends.ts';
import type { SpeakerMemory } from './speaker-memory.ts';

/** The one body, named by `description` ("foreign ministry"), of the persons named before; null for none or several. */
export function bodyOfPersonNamed(description: string, memory: SpeakerMemory, lexicon: ActorLexicon): { actor: string; government: string | null } | null {
  const words = description.trim().toLowerCase();
  const fits = (id: string) => {
    const body = lexicon.actor(id);
    return body?.kind === 'body' && [body.name, ...body.aliases].some((name) => name.toLowerCase() === words || endsInWords(name.toLowerCase(), words));
  };
  const bodies = new Set(
    memory
      .namedActors()
      .map((id) => lexicon.actor(id))
      .flatMap((person) => (person?.kind === 'person' && person.body ? [person.body] : []))
      .filter(fits),
  );
  if (bodies.size !== 1) return null;
  const body = [...bodies][0] as string;
  return { actor: body, government: lexicon.governmentOf(body) };
}
