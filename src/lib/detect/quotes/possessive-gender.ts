/**
 * The gender a possessive tells of the one person a sentence names: "Ruhl met the crews, offering his
 * condolences" calls Ruhl "he" as plainly as a later "he said" would. A possessive can only mean that
 * person when the sentence names no one else the reader could take it for: no other person the topic
 * data lists, and no private person told of alone ("Ruhl met a sailor and his wife").
 */
import type { ActorLexicon, ActorMention } from '../../topic/actor-lexicon.ts';

/** Possessives of one person, outside quotations: "his", "her" (which may also be an object, still hers). */
const POSSESSIVE = /\b(?:(his)|(her|hers))\b/gi;

/**
 * The subject pronoun ("he", "she") for the person of `actorId`, when `sentence` (quotations masked)
 * names them (`named`, the topic's actors it names), names no other person, and has possessives of one
 * gender only, after the person's name. Null otherwise, and when `privatePerson` says the sentence
 * tells of a private person alone, whom the possessive may mean.
 */
export function pronounOfSolePerson(sentence: string, actorId: string, named: readonly ActorMention[], lexicon: ActorLexicon, privatePerson: boolean): 'he' | 'she' | null {
  if (privatePerson) return null;
  const persons = new Set(named.filter((m) => lexicon.actor(m.actorId)?.kind === 'person').map((m) => m.actorId));
  if (persons.size !== 1 || !persons.has(actorId)) return null;
  // Where the sentence first names them (a mention's offset may count from its paragraph).
  const ends = named.filter((m) => m.actorId === actorId).map((m) => sentence.indexOf(m.text)).filter((at) => at >= 0);
  if (ends.length === 0) return null;
  const nameAt = Math.min(...ends);
  const kinds = new Set<'he' | 'she'>();
  for (const found of sentence.matchAll(POSSESSIVE)) {
    if (found.index < nameAt) return null;
    kinds.add(found[1] !== undefined ? 'he' : 'she');
  }
  return kinds.size === 1 ? ([...kinds][0] as 'he' | 'she') : null;
}
