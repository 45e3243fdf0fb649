/**
 * "Fredonburg, May 4: … The Ministry of Defence said …": a body named by a bare, generic name ("the
 * Ministry of Defence", "the MoD") that the topic data lists for one side may be the dateline country's
 * own body of that name. When the topic data lists that body too ("Freedonian Ministry of Defence"),
 * the copy from the dateline's country means it: crediting the other side's ministry gives its
 * government words it never said.
 */
import type { ActorLexicon } from '../../topic/actor-lexicon.ts';
import { DATELINE_AGENCY, DATELINE_DAY, DATELINE_PLACE } from './dateline-parts.ts';

/** A dateline's place, then an optional day ("May 4", "4 May") or agency in parentheses, then a dash, colon or the text. */
const DATELINE = new RegExp(
  String.raw`^(${DATELINE_PLACE})(?:,\s*${DATELINE_DAY}(?:\s*${DATELINE_AGENCY})?\s*(?:[:—–-]\s*|\s+(?=\p{Lu}))|\s*${DATELINE_AGENCY}\s*[:—–-]\s*|\s*[:—–]\s+)`,
  'u',
);

/**
 * The government a source's dateline names, from its first paragraph ("Fredonburg, Dec 26 …",
 * "MARSH CITY — …"): the place must be, whole, a name the topic data gives a government. Null when
 * the paragraph opens with no dateline or its place is no government's.
 */
export function datelineGovernment(firstParagraph: string, lexicon: ActorLexicon): string | null {
  const place = DATELINE.exec(firstParagraph.trim())?.[1];
  if (!place) return null;
  const mentions = lexicon.findMentions(place);
  const whole = mentions.length === 1 && mentions[0]?.text === place ? mentions[0] : undefined;
  return whole && lexicon.actor(whole.actorId)?.kind === 'government' ? whole.actorId : null;
}

/**
 * The dateline government's own body that a bare, generic name means, when the speaker phrase names
 * no side and resolved to a body of another government that the topic data also calls so ("the
 * Ministry of Defence"); null otherwise. The dateline side's body must be listed under that name with
 * its own name or demonym before it ("Freedonian Ministry of Defence").
 */
export function datelineSideBody(phrase: string, actorId: string, dateline: string | null, lexicon: ActorLexicon): string | null {
  const actor = lexicon.actor(actorId);
  if (dateline === null || actor?.kind !== 'body' || !actor.government || actor.government === dateline) return null;
  // "Britain's Ministry of Defence", "the UK MoD": a side the phrase names itself decides.
  if (lexicon.findDemonyms(phrase).length > 0 || lexicon.findMentions(phrase).some((m) => m.actorId !== actorId)) return null;
  const side = lexicon.actor(dateline);
  if (!side) return null;
  const labels = [side.name, ...side.demonyms];
  // Only the body's names that name no side themselves ("Ministry of Defence", not "UK Ministry of Defence").
  const bare = [actor.name, ...actor.aliases].map((name) => name.replace(/^the\s+/i, '')).filter((name) => lexicon.findDemonyms(name).length === 0 && lexicon.findMentions(name).every((m) => m.actorId === actorId));
  for (const name of bare) {
    for (const label of labels) {
      const wanted = `${label} ${name}`;
      const found = lexicon.findMentions(wanted).find((m) => m.text === wanted && lexicon.actor(m.actorId)?.kind === 'body' && lexicon.governmentOf(m.actorId) === dateline);
      if (found) return found.actorId;
    }
  }
  return null;
}
