/**
 * The people of one role the article has named, met again as a plural: "Anna Berg and Karl Ruhl,
 * two lawmakers briefed by the agency, … ¶ The lawmakers said …". The plural refers back to them, and
 * they speak for the body they share, or for their one government when their bodies differ.
 */
import type { ActorLexicon } from '../../topic/actor-lexicon.ts';
import { singular } from '../figures/plural.ts';
import type { SpeakerMemory } from './speaker-memory.ts';
import { GROUP_ROLES } from './word-lists.ts';

/** A role in the plural, bare or with "the" ("lawmakers", "the two lawmakers"), and nothing else. */
const PLURAL_ROLE = /^(?:[Tt]he\s+)?(?:two\s+|both\s+)?(\p{Ll}+s)$/u;

/** Where the named members of a plural role speak: their shared body (null when they differ) and government. */
export interface NamedMembers {
  body: string | null;
  government: string;
}

/**
 * The persons the topic data gives the singular of `phrase`'s role ("lawmaker", in the office part of
 * their role, before its first comma), among the actors named so far. Null unless two or more were
 * named and all speak for one government: one named person is no antecedent of a plural, and
 * members of several sides leave the plural's side open.
 */
export function namedMembersOf(phrase: string, memory: SpeakerMemory, lexicon: ActorLexicon): NamedMembers | null {
  const plural = PLURAL_ROLE.exec(phrase.trim())?.[1];
  if (!plural || !GROUP_ROLES.has(plural)) return null;
  const role = singular(plural);
  const members = memory
    .namedActors()
    .map((id) => lexicon.actor(id))
    .filter((actor) => actor?.kind === 'person' && officeWords(actor.role).includes(role));
  if (members.length < 2) return null;
  const governments = new Set(members.map((member) => member?.government ?? null));
  const government = governments.size === 1 ? [...governments][0] : null;
  if (!government) return null;
  const bodies = new Set(members.map((member) => member?.body ?? null));
  return { body: bodies.size === 1 ? ([...bodies][0] ?? null) : null, government };
}

/** The words of the office part of a role: "lawmaker, Democratic Party" → ["lawmaker"]. */
function officeWords(role: string | undefined): string[] {
  return (role ?? '').split(',')[0]?.toLowerCase().split(/[^\p{L}-]+/u) ?? [];
}
