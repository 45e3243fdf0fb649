/**
 * "The Sylvanian Defence Minister said" after the article named Defence Minister Tomas Ruhl: a
 * definite description of an office refers to the person the article named who holds it, as the
 * topic data gives their role.
 */
import type { ActorLexicon } from '../../topic/actor-lexicon.ts';
import { PERSON_ROLES } from './word-lists.ts';

/** Descriptions that introduce someone rather than refer back: "a Sylvanian minister", "two officials". */
const INDEFINITE = /^(?:a|an|one|two|three|some|several|many|other|another)\s/i;

/** Words of an office spelled two ways in English copy. */
const SPELLINGS: Record<string, string> = { defence: 'defense', programme: 'program' };

/** The office words a government's head goes by: "the Freedonian leader" is its president or its leader. */
const HEAD_OF_GOVERNMENT = ['leader', 'president'];

/** Words for whoever heads a government, whatever the office is called: "the Sylvanian ruler". */
const HEADS = /\b(?:leader|dictator|ruler|strongman)\b/;

/** A role's words in lower case, one spelling each. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/\p{L}+/gu, (word) => SPELLINGS[word] ?? word)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The office a description names once the side it names is taken out: "The Sylvanian Defence
 * Minister" → "defense minister". Null when the description introduces someone, or names no
 * person's office.
 */
function officeOf(description: string, lexicon: ActorLexicon): string | null {
  if (INDEFINITE.test(description) || /\d/.test(description)) return null;
  // The side's words blanked out, with a possessive after them; names may overlap ("the North" and "North Freedonian").
  const blank = new Array<boolean>(description.length).fill(false);
  const sides = [...lexicon.findMentions(description).filter((m) => ['government', 'intergovernmental'].includes(lexicon.actor(m.actorId)?.kind ?? '')), ...lexicon.findDemonyms(description)];
  for (const side of sides) {
    const end = side.index + side.text.length;
    const possessive = /^['’´]s?/u.exec(description.slice(end))?.[0] ?? '';
    blank.fill(true, side.index, end + possessive.length);
  }
  const office = description.replace(/[^]/g, (char, i: number) => (blank[i] ? ' ' : char));
  const words = normalise(office).replace(/^(?:the\s+)+/, '');
  const split = words.split(' ');
  if (words === '' || split.length > 4 || !split.some((word) => PERSON_ROLES.has(word))) return null;
  return words;
}

/**
 * Whether a role as the topic data writes it ("Defence Minister, Sylvania", "adviser to the
 * President") is the office: the office's words, in order, as the role's own words, not as whom the
 * role serves ("adviser to the President" is no president).
 */
function holds(role: string, office: string): boolean {
  const offices = HEADS.test(office) ? HEAD_OF_GOVERNMENT.map((head) => office.replace(HEADS, head)) : [office];
  const written = normalise(role);
  return offices.some((wanted) => new RegExp(`(?<![\\p{L}-])(?<!\\b(?:to|of|for|the|a|an|and)\\s)${wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}-])`, 'u').test(written));
}

/**
 * The one person among the actors the article named (`named`) who speaks for `government` and holds
 * the office the description names; null when none does, or more than one.
 */
export function namedOfficeHolder(description: string, government: string, named: readonly string[], lexicon: ActorLexicon): string | null {
  const office = officeOf(description, lexicon);
  if (!office) return null;
  const holders = named.filter((id) => {
    const actor = lexicon.actor(id);
    return actor?.kind === 'person' && lexicon.governmentOf(id) === government && actor.role !== undefined && holds(actor.role, office);
  });
  return holders.length === 1 ? (holders[0] as string) : null;
}
