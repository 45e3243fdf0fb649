/**
 * "Sylvania disputes Ruhl's assertion that Freedonia has retaken the port", "The move follows a claim by
 * Ruhl that …": a speech act written as a noun that a name owns (by its possessive, or after "by" or
 * "from"), with its content after "that", is the owner's statement too (corpus README, eighteenth batch),
 * whatever the sentence's own speaker does with it.
 */
import type { ActorLexicon } from '../../topic/actor-lexicon.ts';
import { MIN_CONTENT_WORDS, reportInSentence } from './sentence-report.ts';
import type { SentenceView, StatementMention } from './types.ts';

/**
 * A name's possessive, a noun of someone's assertion and "that", as the object of a verb that takes a
 * position on it ("denied Freedonia's claim that", "disputes Ruhl's assertion that"); never a subject
 * ("Ruhl's claim that the boats left was false", "said Sylvania's claims that … were lies", whose
 * clause runs into the sentence's own predicate). The name is capitalised words.
 */
const POSSESSED_CLAIM =
  /\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|disput(?:e|es|ed|ing)|refut(?:e|es|ed|ing)|contest(?:s|ed|ing)?|challeng(?:e|es|ed|ing)|question(?:s|ed|ing)?|counter(?:s|ed|ing)?|rebut(?:s|ted|ting)?)\s+(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})['’]s\s+(claims?|assertions?|allegations?|accusations?)\s+that\s+/u;

/**
 * A noun of someone's assertion with its author after "by" or "from", then "that", after the words of a
 * clause it is the object of: "(The confirmation follows) claims from Sylvania's ambassador that …",
 * "(The move follows) a claim by Ruhl that …". Never a subject opening the sentence ("The claim by Ruhl
 * that the boats left was false"). The author is read up to "that", at most a few words.
 */
const AUTHORED_CLAIM = /\b(claims?|allegations?|assertions?|accusations?)\s+(?:by|from)\s+((?:[\p{L}.'’-]+\s+){0,11}?[\p{L}.'’-]+)\s+that\s+/u;

/** Words before a claim that make it the sentence's subject, not an object: "The", "A", "Earlier, the". */
const OPENS_AS_SUBJECT = /^(?:[\p{Lu}][\p{L}]*,\s+)?(?:(?:the|a|an|these|those|such)\s+)?(?:\p{Ll}+\s+)?$/iu;

/** The content ends at a comma, a semicolon or a colon, or the sentence's end. */
const CONTENT = /^[^,;:\u2592]+/u;

/**
 * The statement a possessed claim in the sentence makes of its owner, who must be an actor the topic
 * data knows, or after "by" / "from" a side's office (an owner not known speaks for no one we can tell);
 * none when there is no such claim, or its content holds a quotation (the quotation is read as the
 * owner's words already).
 */
export function possessedClaims(view: SentenceView, paragraph: number, lexicon: ActorLexicon): StatementMention[] {
  const sentence = view.masked.slice(view.start, view.end);
  // Cheap gates first: most sentences have no claim's noun before "that".
  if (!sentence.includes(' that ')) return [];
  const possessed = sentence.includes('’s ') || sentence.includes("'s ") ? POSSESSED_CLAIM.exec(sentence) : null;
  const authored = possessed ? null : AUTHORED_CLAIM.exec(sentence);
  const claim = possessed ?? (authored && !OPENS_AS_SUBJECT.test(sentence.slice(0, authored.index)) ? authored : null);
  if (!claim) return [];
  const from = claim.index + claim[0].length;
  const content = CONTENT.exec(sentence.slice(from))?.[0].replace(/[\s.!?]+$/u, '');
  if (!content || content.split(/\s+/).length < MIN_CONTENT_WORDS) return [];
  // "claims from Sylvania's ambassador": the owner is the author; a possessive names it before the noun.
  const owner = (possessed ? claim[1] : claim[2]) as string;
  const noun = (possessed ? claim[2] : claim[1]) as string;
  const { actor, government } = lexicon.resolveSpeakerPhrase(owner);
  // "claims from Sylvania's ambassador": an unlisted office of a listed side speaks for the side.
  if (!actor && !(authored && government)) return [];
  const person = actor !== null && lexicon.actor(actor)?.kind === 'person';
  return [
    reportInSentence(view, paragraph, from, content.length, {
      speaker: { name: person && actor ? (lexicon.actor(actor)?.name ?? null) : null, description: owner, actor },
      government,
      verb: noun,
      // The noun's own negation only: "denied X's claim" denies the claim, not what X claimed.
      verbIndex: null,
    }),
  ];
}
