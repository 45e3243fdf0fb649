/**
 * "Sylvania urged restraint, its foreign ministry said", "Its navy said …": an office or body that
 * "its" gives to a side. A careful reader reads "its" as the side that opens the sentence, or, when
 * the sentence opens with the phrase, as the institution that spoke last; the phrase is then read as
 * if that side were named ("Sylvania's foreign ministry"), so the topic data's own entry for the
 * office is found when there is one.
 */
import { opensTheSentence } from './object-clause-pronoun.ts';
import type { ResolveContext } from './resolve-speaker.ts';

/** "its foreign ministry", "Its defence secretary": the words after "its" are group 1. */
const ITS_OFFICE = /^its\s+(\p{L}[\p{L}\s'’-]*)$/iu;

/** Kinds of actor that "its" may mean: an institution, not a person, an outlet or a commentator. */
const SIDE_KINDS = new Set(['government', 'intergovernmental', 'body']);

/**
 * The phrase with "its" replaced by the name of the side it means ("Sylvania's foreign ministry"),
 * or null when `text` is no such phrase or the side cannot be told: several sides named before the
 * phrase with none opening the sentence, or none named and no institution spoke before.
 */
export function namedForIts(text: string, context: ResolveContext): string | null {
  const office = ITS_OFFICE.exec(text.trim());
  if (!office) return null;
  const side = sideOpeningSentence(text, context) ?? (/^Its\b/.test(text.trim()) ? lastInstitutionName(context) : null);
  return side === null ? null : `${side}'s ${office[1] as string}`;
}

/**
 * The written name of the side that opens the sentence being read, before the phrase: "Sylvania
 * urged restraint, its foreign ministry said" (Sylvania), or the only side named before the phrase.
 */
function sideOpeningSentence(text: string, context: ResolveContext): string | null {
  const sentence = context.memory.readingText;
  const at = sentence.indexOf(text);
  if (at <= 0) return null;
  const before = sentence.slice(0, at);
  const { lexicon } = context;
  const sides = lexicon.findMentions(before).filter((m) => SIDE_KINDS.has(lexicon.actor(m.actorId)?.kind ?? ''));
  const first = sides[0];
  if (!first) return null;
  const opensSentence = opensTheSentence(before, first.index, 2);
  const oneSide = sides.every((m) => lexicon.governmentOf(m.actorId) === lexicon.governmentOf(first.actorId));
  // "Sylvania and Freedonia agreed …, its foreign ministry said": either may be meant.
  const second = sides[1];
  const sharedSubject = second !== undefined && /^\s*(?:,|and|&|as\s+well\s+as)\s*(?:the\s+)?$/i.test(before.slice(first.index + first.text.length, second.index));
  if (sharedSubject && !oneSide) return null;
  return opensSentence || oneSide ? first.text.replace(/^the\s+/i, '') : null;
}

/** The name of the institution that spoke last, when the topic data knows it; null otherwise. */
function lastInstitutionName(context: ResolveContext): string | null {
  const known = context.memory.byPronoun('it');
  const actor = known?.speaker.actor ? context.lexicon.actor(known.speaker.actor) : undefined;
  return actor && SIDE_KINDS.has(actor.kind) ? actor.name : null;
}
