/**
 * "Sylvania disputes Ruhl's assertion that Freedonia has retaken the port": a speech act written as a
 * noun that a name's possessive owns, with its content after "that", is the owner's statement too
 * (corpus README, eighteenth batch), whatever the sentence's own speaker does with it.
 */
import type { ActorLexicon } from '../../topic/actor-lexicon.ts';
import type { SentenceView, StatementMention } from './types.ts';

/**
 * A name's possessive, a noun of someone's assertion and "that", as the object of a verb that takes a
 * position on it ("denied Freedonia's claim that", "disputes Ruhl's assertion that"); never a subject
 * ("Ruhl's claim that the boats left was false", "said Sylvania's claims that … were lies", whose
 * clause runs into the sentence's own predicate). The name is capitalised words.
 */
const POSSESSED_CLAIM =
  /\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|disput(?:e|es|ed|ing)|refut(?:e|es|ed|ing)|contest(?:s|ed|ing)?|challeng(?:e|es|ed|ing)|question(?:s|ed|ing)?|counter(?:s|ed|ing)?|rebut(?:s|ted|ting)?)\s+(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})['’]s\s+(claims?|assertions?|allegations?|accusations?)\s+that\s+/u;

/** The content ends at a comma, a semicolon or a colon, or the sentence's end. */
const CONTENT = /^[^,;:\u2592]+/u;

/** Fewer words than this after "that" say too little to list. */
const MIN_CONTENT_WORDS = 4;

/**
 * The statement a possessed claim in the sentence makes of its owner, who must be an actor the topic
 * data knows (an owner not known speaks for no one we can tell); none when there is no such claim, or
 * its content holds a quotation (the quotation is read as the owner's words already).
 */
export function possessedClaims(view: SentenceView, paragraph: number, lexicon: ActorLexicon): StatementMention[] {
  const sentence = view.masked.slice(view.start, view.end);
  // Cheap gates first: most sentences have no possessive before "that".
  if (!sentence.includes(' that ') || !(sentence.includes('’s ') || sentence.includes("'s "))) return [];
  const claim = POSSESSED_CLAIM.exec(sentence);
  if (!claim) return [];
  const from = claim.index + claim[0].length;
  const content = CONTENT.exec(sentence.slice(from))?.[0].replace(/[\s.!?]+$/u, '');
  if (!content || content.split(/\s+/).length < MIN_CONTENT_WORDS) return [];
  const owner = claim[1] as string;
  const { actor, government } = lexicon.resolveSpeakerPhrase(owner);
  if (!actor) return [];
  const person = lexicon.actor(actor)?.kind === 'person';
  const at = view.start + from;
  return [
    {
      paragraph,
      kind: 'reported',
      quote: null,
      reported: view.text.slice(at, at + content.length),
      evidence: view.text.slice(view.start, view.end).trim(),
      index: view.start,
      speaker: { name: person ? (lexicon.actor(actor)?.name ?? null) : null, description: owner, actor },
      government,
      verb: claim[2] as string,
      // The noun's own negation only: "denied X's claim" denies the claim, not what X claimed.
      verbIndex: null,
      resolvedBy: 'explicit',
    },
  ];
}
