/**
 * An outlet crediting itself: ", the Courier reports", "According to the Courier", "the Courier writes"
 * in the Courier's own article. The words are the article's telling, no statement of the outlet's
 * (test/fixtures/corpus/README.md), and nothing a later "it was noted" goes on with; ", the Courier
 * reports citing the State Bureau" gives them to the source it cites. Only the present-tense credits
 * and "according to": "the Courier previously reported" tells of an earlier report, and "the Courier
 * could not verify" is a caveat, read as written.
 */
import type { ActorLexicon } from '../../topic/actor-lexicon.ts';
import type { Attribution } from './attributions.ts';
import type { SentenceView, Span } from './types.ts';

/** The source's own publisher: its name as the source gives it, and the actor the topic data makes of it. */
export interface OwnPublisher {
  /** The name, its letters and digits only, lower case ("marshnet" for "Marsh.Net"). */
  key: string;
  /** The actor the name resolves to (a media actor whose aliases hold the outlet's short names); null when none. */
  actor: string | null;
}

/** Verbs by which an article credits its outlet with what it tells. */
const SELF_CREDIT_VERBS = new Set(['reports', 'writes', 'informs', 'according to']);

/** The letters and digits of a name, lower case: "Marsh.Net" and "Marsh.net" are one. */
function keyOf(name: string): string {
  return name.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]/gu, '');
}

/** The publisher a source names, as `isSelfCredit` compares it; null when the source names none. */
export function ownPublisher(publisher: string | null | undefined, lexicon: ActorLexicon): OwnPublisher | null {
  const key = publisher ? keyOf(publisher) : '';
  if (!publisher || key === '') return null;
  const { actor } = lexicon.resolveSpeakerPhrase(publisher);
  return { key, actor: actor && lexicon.actor(actor)?.kind === 'media' ? actor : null };
}

/**
 * Whether an attribution credits the source's own publisher with the sentence: a self-credit verb
 * whose speaker phrase is the publisher's name or an alias of its actor.
 */
export function isSelfCredit(view: SentenceView, attribution: Attribution, publisher: OwnPublisher | null, lexicon: ActorLexicon): boolean {
  if (!publisher || !attribution.phrase || !SELF_CREDIT_VERBS.has(attribution.verb.toLowerCase())) return false;
  const phrase = view.masked.slice(attribution.phrase.start, attribution.phrase.end);
  if (keyOf(phrase) === publisher.key) return true;
  // The outlet's name alone: "the Courier's correspondent" is a reporter of its own, read as written.
  const named = publisher.actor === null ? [] : lexicon.findMentions(phrase);
  const bare = (text: string) => text.replace(/^the\s+/i, '').length;
  return named.length === 1 && named[0]?.actorId === publisher.actor && bare(named[0].text) === bare(phrase);
}

/**
 * ", the Courier reports citing the State Bureau": the source a self-credit cites, which the words are
 * credited to instead; null when it cites none, or only hearsay ("citing foreign media", "citing
 * sources"), which is no one's statement. The source runs to the next comma or the sentence's end.
 */
export function citedBySelfCredit(view: SentenceView, attribution: Attribution): Span | null {
  const cited = CITING.exec(view.masked.slice(attribution.verbSpan.end, view.end));
  if (!cited) return null;
  const start = attribution.verbSpan.end + cited[0].length;
  const words = /^[^,;:.!?]*(?:\.[^\s,;:.!?][^,;:.!?]*)*/u.exec(view.masked.slice(start, view.end))?.[0].trimEnd() ?? '';
  return NAMED_SOURCE.test(words) ? { start, end: start + words.length } : null;
}

/** "citing", after the verb and an optional comma. */
const CITING = /^\s*,?\s*citing\s+/u;

/** A source by name or a definite description ("Courier", "the State Bureau"), not hearsay ("foreign media", "a source"). */
const NAMED_SOURCE = /^(?:\p{Lu}|the\s+\p{L})/u;
