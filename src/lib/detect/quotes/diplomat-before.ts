/**
 * Whom "the diplomat" means. A reader calls a foreign ministry's people diplomats as readily as
 * envoys: "Foreign Ministry Spokeswoman Anna Berg said … “…,” the diplomat said", "Deputy Foreign
 * Minister Karl Ruhl said … The senior diplomat emphasized …". A word of rank before the noun ("the
 * senior diplomat", "the top diplomat") changes nothing of who is meant.
 */
import type { ActorLexicon } from '../../topic/actor-lexicon.ts';
import type { KnownSpeaker, SpeakerMemory } from './speaker-memory.ts';

/** "the diplomat", "the senior diplomat", "the top diplomat", "the veteran diplomat". */
const THE_DIPLOMAT = /^the\s+(?:(?:senior|top|veteran|career|chief|leading)\s+)?diplomat$/i;

/** Posts that make their holder a diplomat whatever they are of: "special envoy", "the ambassador to Sylvania". */
const DIPLOMATIC_POST = /\b(?:diplomats?|envoys?|ambassadors?|emissar(?:y|ies)|consuls?)\b/i;

/**
 * The foreign service: "Foreign Minister", "Deputy Foreign Minister", "Foreign Ministry spokeswoman",
 * "Minister of Foreign Affairs", "Foreign Office", "Foreign Secretary", "State Department", "Secretary
 * of State". Not "Foreign Trade Minister", a legislature's "Foreign Affairs Committee" nor a "Secretary
 * of State for Defence": only a ministry of foreign affairs makes its people diplomats.
 */
const FOREIGN_SERVICE =
  /\b(?:foreign\s+(?:minist(?:er|ry)|office|secretary|service)|foreign\s+affairs(?!\s+(?:committee|commission|council|panel))|state\s+department|secretary\s+of\s+state(?!\s+for\s+(?!foreign)))\b/i;

/** Whether an office, as an article described it or the topic data gives it, is a diplomat's. */
function isDiplomaticPost(office: string): boolean {
  return DIPLOMATIC_POST.test(office) || FOREIGN_SERVICE.test(office);
}

/**
 * The person "the diplomat" (`text`) refers back to: the last person who spoke whose office, as the
 * article described it or as `officesOf` (the topic data: their role, their body's names) gives it,
 * is a diplomat's. Null for any other phrase, when no such person spoke, and when a side other than theirs was told of since (the
 * diplomat may then be theirs).
 */
export function diplomatBefore(text: string, memory: SpeakerMemory, officesOf: (actorId: string) => readonly string[]): KnownSpeaker | null {
  if (!THE_DIPLOMAT.test(text.trim())) return null;
  const known = memory.latest((k) => k.kind === 'person' && (isDiplomaticPost(k.speaker.description) || (k.speaker.actor !== null && officesOf(k.speaker.actor).some(isDiplomaticPost))));
  if (!known || memory.anotherSideSince(known)) return null;
  return known;
}

/**
 * The offices the topic data gives a person: their role and their body's names ("spokesperson" of the
 * "Sylvanian Foreign Ministry"), for an article that names her without telling her office.
 */
export function officesOfPerson(actorId: string, lexicon: ActorLexicon): string[] {
  const actor = lexicon.actor(actorId);
  if (!actor || actor.kind !== 'person') return [];
  const body = actor.body ? lexicon.actor(actor.body) : undefined;
  return [actor.role ?? '', ...(body ? [body.name, ...body.aliases] : [])];
}
