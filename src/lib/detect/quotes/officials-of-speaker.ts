/**
 * Unnamed officials who name no side of their own, right after a side's institution spoke: "The
 * Bureau said the port was closed. Officials said the ships had left", "…, Central Command said. ¶ Two
 * defense officials told reporters …". A reader takes them for officials of the side that was just
 * speaking; with nobody of another side told of in between, no other side is on the page to take.
 */
import type { ActorLexicon } from '../../topic/actor-lexicon.ts';
import type { KnownSpeaker, SpeakerMemory } from './speaker-memory.ts';

/**
 * Officials told only by their number and kind: "officials", "two defense officials", "senior military
 * officials", "an official", "another official", "a national security official", "a senior Defense
 * Ministry official" (a ministry every side has). A demonym, a body's full name or "local" would name a
 * side (read elsewhere); "the officials" refer back by their own rule.
 */
const UNNAMED_OFFICIALS = /^(?:(?:(?:some|several|other|two|three|four|five|\d+)\s+)?(?:(?:senior|top|high-ranking|unnamed|anonymous)\s+)?((?:defen[cs]e|military|government|administration|(?:national\s+)?security|(?:defen[cs]e|foreign)\s+ministry)\s+)?officials|(?:an?|another)\s+(?:(?:senior|top|high-ranking|unnamed|anonymous)\s+)?((?:defen[cs]e|military|government|administration|(?:national\s+)?security|(?:defen[cs]e|foreign)\s+ministry)\s+)?official)$/i;

/** How many sentences back the side that spoke may be: further, the officials need a side of their own. */
const LOOKBACK = 2;

/**
 * The side (and, for officials told by no kind, the body) that unnamed officials speak for: that of
 * the institution or group of a government that spoke last, in this sentence or within two before,
 * when nothing since told of anyone else. Null for any other phrase, after a person or an outlet, when
 * the speaker before spoke for no government, when the officials' own sentence tells of that speaker
 * by name ("The Bureau briefed lawmakers, according to officials": officials who tell of a body's acts
 * from outside it may be anyone's), and when the first side their sentence names is another.
 */
export function officialsOfLastSpeaker(phrase: string, memory: SpeakerMemory, lexicon: ActorLexicon): { actor: string | null; government: string } | null {
  const officials = UNNAMED_OFFICIALS.exec(phrase.trim());
  if (!officials) return null;
  const last: KnownSpeaker | null = memory.lastSpeakerWithin(LOOKBACK);
  if (!last || last.kind === 'person' || last.government === null) return null;
  const actor = last.speaker.actor;
  if (actor !== null && lexicon.findMentions(memory.textBefore(phrase.trim())).some((m) => m.actorId === actor)) return null;
  // "Officials estimate that 300 Sylvanian troops were sent": what they tell is about another side first.
  const at = memory.readingText.indexOf(phrase.trim());
  const first = memory.readingGovernments().find((g) => !g.place && (g.index < at || g.index >= at + phrase.trim().length));
  if (first && first.government !== last.government) return null;
  // "officials" of the ministry that spoke are the ministry's; "defense officials" are of its side only.
  const bare = officials[1] === undefined && officials[2] === undefined && /officials$/i.test(phrase.trim());
  return { actor: bare && last.kind === 'organisation' ? actor : null, government: last.government };
}
