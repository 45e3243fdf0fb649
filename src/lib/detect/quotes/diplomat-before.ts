/**
 * Whom "the diplomat" means. A reader calls a foreign ministry's people diplomats as readily as
 * envoys: "Foreign Ministry Spokeswoman Anna Berg said … “…,” the diplomat said", "Deputy Foreign
 * Minister Karl Ruhl said … The senior diplomat emphasized …". A word of rank before the noun ("the
 * senior diplomat", "the top diplomat") changes nothing of who is meant.
 */
import type { KnownSpeaker, SpeakerMemory } from './speaker-memory.ts';

/** "the diplomat", "the senior diplomat", "the top diplomat", "the veteran diplomat". */
const THE_DIPLOMAT = /^the\s+(?:(?:senior|top|veteran|career|chief|leading)\s+)?diplomat$/i;

/** Posts that make their holder a diplomat whatever they are of: "special envoy", "the ambassador to Sylvania". */
const DIPLOMATIC_POST = /\b(?:diplomats?|envoys?|ambassadors?|emissar(?:y|ies)|consuls?)\b/i;

/**
 * A post in a foreign ministry: "Foreign Minister", "Deputy Foreign Minister", "Foreign Ministry
 * spokeswoman", "Minister of Foreign Affairs", "Foreign Secretary". Not "Foreign Trade Minister" nor
 * "foreign investors": only a ministry of foreign affairs makes its people diplomats.
 */
const FOREIGN_AFFAIRS_POST = /\bforeign\s+(?:affairs|minist(?:er|ry)|secretary|office)\b/i;

/** How far back a speaker may be looked for: the article's speakers so far. */
const ALL_SPEAKERS = 1000;

/** Whether an office, as an article described it or the topic data gives it, is a diplomat's. */
export function isDiplomaticPost(office: string): boolean {
  return DIPLOMATIC_POST.test(office) || FOREIGN_AFFAIRS_POST.test(office);
}

/**
 * The person "the diplomat" (`text`) refers back to: the last person who spoke whose office, as the
 * article described it or as `roleOf` (the topic data) gives it, is a diplomat's. Null for any other
 * phrase, when no such person spoke, and when a side other than theirs was told of since (the
 * diplomat may then be theirs).
 */
export function diplomatBefore(text: string, memory: SpeakerMemory, roleOf: (actorId: string) => string | undefined): KnownSpeaker | null {
  if (!THE_DIPLOMAT.test(text.trim())) return null;
  const known = memory
    .lastSpeakers(ALL_SPEAKERS)
    .find((k) => k.kind === 'person' && (isDiplomaticPost(k.speaker.description) || (k.speaker.actor !== null && isDiplomaticPost(roleOf(k.speaker.actor) ?? ''))));
  if (!known || memory.anotherSideSince(known)) return null;
  return known;
}
