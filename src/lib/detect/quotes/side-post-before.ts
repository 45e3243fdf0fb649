/**
 * A post named with its side, standing for the person who spoke in it before: "Sylvanian Deputy
 * Foreign Minister Karl Ruhl said … “…,” the Sylvanian deputy foreign minister pointed out", "said
 * Jan Kowal, the Council's head of relief. … the Council official reported". A reader takes the
 * phrase for the person the article just described so, not for some other official of that side.
 */
import type { ActorLexicon } from '../../topic/actor-lexicon.ts';
import type { KnownSpeaker, SpeakerMemory } from './speaker-memory.ts';
import { PERSON_ROLES } from './word-lists.ts';

/** "the Sylvanian deputy foreign minister", "the Council official": "the", a side, then lower-case post words. */
const SIDE_POST = /^[Tt]he\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s+((?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*)$/u;

/** Words of rank that make another post of the same name: a deputy foreign minister is no foreign minister. */
const RANK_WORDS: ReadonlySet<string> = new Set(['deputy', 'vice', 'acting', 'assistant', 'former', 'first', 'junior', 'under']);

/** The lower-case words of a phrase. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}-]+/u).filter((word) => word !== '');
}

/**
 * Whether `description` describes the post `post` names: every post word is among its words, and
 * every rank word it has is among the post's ("deputy foreign minister" is not "foreign minister").
 * "official" alone stands for any post.
 */
function holdsPost(description: string, post: readonly string[]): boolean {
  const words = wordsOf(description);
  if (words.some((word) => RANK_WORDS.has(word) && !post.includes(word))) return false;
  if (post.length === 1 && post[0] === 'official') return true;
  return post.every((word) => words.includes(word) || words.includes(`${word}s`));
}

/**
 * The person a side's post (`text`) refers back to: the last person who spoke for the side the phrase
 * names (by name or demonym), of the body it names if it names one, and whose description holds the
 * post. Null for any other phrase (a post
 * without a side is read elsewhere), for a phrase the topic data names a person by, when the side is
 * not one side, and when no such person spoke.
 */
export function sidePostHolderBefore(text: string, memory: SpeakerMemory, lexicon: ActorLexicon): KnownSpeaker | null {
  const match = SIDE_POST.exec(text.trim());
  if (!match) return null;
  const post = wordsOf(match[2] as string);
  if (!PERSON_ROLES.has(post.at(-1) as string)) return null;
  // "the Freedonian president" the topic data names a person by: that reading stands.
  const listed = lexicon.resolveSpeakerPhrase(text).actor;
  if (listed && lexicon.actor(listed)?.kind === 'person') return null;
  const side = match[1] as string;
  const mentions = lexicon.findMentions(side);
  const governments = new Set([...lexicon.findDemonyms(side).map((d) => d.government), ...mentions.map((m) => lexicon.governmentOf(m.actorId))]);
  if (governments.size !== 1) return null;
  const government = [...governments][0];
  if (!government) return null;
  // "the Kremlin spokesman": a body of the side, whose own people only are meant, not the side's
  // foreign ministry spokesman.
  const bodies = mentions.map((m) => m.actorId).filter((id) => lexicon.actor(id)?.kind !== 'government');
  const ofBody = (known: KnownSpeaker) => {
    if (bodies.length === 0) return true;
    const actor = known.speaker.actor;
    const body = actor ? lexicon.actor(actor)?.body : undefined;
    return (actor !== null && bodies.includes(actor)) || (body !== undefined && bodies.includes(body)) || known.speaker.description.toLowerCase().includes(side.toLowerCase()) || (actor !== null && (lexicon.actor(actor)?.role ?? '').toLowerCase().includes(side.toLowerCase()));
  };
  return memory.latest((known) => known.kind === 'person' && known.government === government && ofBody(known) && holdsPost(known.speaker.description, post));
}
