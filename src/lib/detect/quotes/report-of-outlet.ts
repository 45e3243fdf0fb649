/**
 * "The report" after a sentence about an outlet's or a news agency's news that gave no report with a
 * verb of its own: "While the Marsh News Agency did not say when, it stated that …. The report did
 * not specify …", "The Courier broke the news on Monday. The report described …". The report is that
 * outlet's, as "the report" after "according to the Courier" is.
 */
import type { ActorLexicon } from '../../topic/actor-lexicon.ts';
import { INTRODUCED_REPORT, type KnownSpeaker, type SpeakerMemory } from './speaker-memory.ts';

/** The last words of an outlet's or a news agency's name: "Marsh News Agency", "Freedonian Television". */
const PRESS_NAME = /\b(?:news\s+agency|news|press|media|television|tv|radio|broadcaster|newspaper|times|post|herald|courier|gazette|daily)$/i;

/**
 * The outlet "the report" means when the sentence before gave none with a reporting verb: the one
 * outlet or news agency that sentence names (an actor of kind media, or one whose name ends like a
 * press's), with the government it speaks for. Null for any other phrase, when the sentence before
 * names none or several, and when it introduces a report of its own ("The Courier ran a report on
 * the strikes"), which may be anyone's the outlet carried.
 */
export function outletOfReportBefore(phrase: string, memory: SpeakerMemory, lexicon: ActorLexicon): KnownSpeaker | null {
  if (!/^the\s+report$/i.test(phrase.trim()) || INTRODUCED_REPORT.test(memory.previousSentence.text)) return null;
  const outlets = new Set(
    lexicon
      .findMentions(memory.previousSentence.text)
      .map((m) => lexicon.actor(m.actorId))
      .filter((actor) => actor !== undefined && (actor.kind === 'media' || (actor.kind === 'body' && PRESS_NAME.test(actor.name))))
      .map((actor) => actor?.id as string),
  );
  const [only] = outlets;
  if (outlets.size !== 1 || only === undefined) return null;
  return { speaker: { name: null, description: phrase.trim(), actor: only }, government: lexicon.governmentOf(only), kind: 'organisation' };
}
