/**
 * "The Sylvanian parliament adopted a resolution … Lawmakers called on the president to …",
 * "Members considered that …": members named by a bare plural noun speak for the one legislature the
 * source has named by then, whose members they are. Left with no side when it has named none or two
 * ("the Freedonian assembly and the Sylvanian parliament"), or has told of another side's legislature
 * or lawmakers the topic data does not list ("Freedonia's parliament", "Freedonian lawmakers"):
 * either's members may be meant, and no government is better than a wrong one.
 */
import type { ActorLexicon } from '../../topic/actor-lexicon.ts';
import type { ParagraphText, StatementMention } from './types.ts';

/** A bare plural for members of a legislature: "Lawmakers", "the deputies", "MPs". */
const MEMBERS = /^(?:the\s+)?(?:lawmakers|legislators|members|deputies|mps|meps|parliamentarians)$/iu;

/** Words that name a legislature in a body's name: "National Assembly", "House of Representatives". */
const LEGISLATURE = /\b(?:parliament|assembly|congress|senate|duma|rada|knesset|house\s+of\s+(?:representatives|commons|lords))\b/iu;

/** A legislature or its members told of in running text, with up to three words before it that may say whose. */
const TOLD_OF = /((?:[\p{L}’'-]+\s+){0,3})(?:parliament|assembly|congress|senate|duma|rada|knesset|lawmakers|legislators|deputies|MPs|parliamentarians)\b/giu;

/** Credits each statement of bare members with no side to the one legislature `named` (actor id → first paragraph) by its paragraph. */
export function creditLegislatureMembers(out: StatementMention[], paragraphs: readonly ParagraphText[], named: ReadonlyMap<string, number>, lexicon: ActorLexicon): void {
  const legislatures = [...named.entries()].filter(([id]) => isLegislature(id, lexicon));
  if (legislatures.length === 0) return;
  for (const mention of out) {
    const { speaker, government } = mention;
    if (speaker.actor !== null || speaker.name !== null || government !== null || !MEMBERS.test(speaker.description.trim())) continue;
    // Named in an earlier paragraph; else in the members' own ("The assembly voted; lawmakers said …").
    // One first named in their own paragraph after another was named before is more likely one they
    // speak of ("called on the Speaker of the Freedonian assembly").
    const earlier = legislatures.filter(([, paragraph]) => paragraph < mention.paragraph);
    const before = earlier.length > 0 ? earlier : legislatures.filter(([, paragraph]) => paragraph === mention.paragraph);
    const only = before.length === 1 ? (before[0] as [string, number])[0] : null;
    if (!only || anotherSidesLegislature(textBefore(mention, paragraphs), lexicon.governmentOf(only), lexicon)) continue;
    mention.speaker = { ...speaker, actor: only };
    mention.government = lexicon.governmentOf(only);
  }
}

/** Whether the topic data names `id` as a legislature: a body whose name or an alias says so. */
function isLegislature(id: string, lexicon: ActorLexicon): boolean {
  const actor = lexicon.actor(id);
  return actor?.kind === 'body' && [actor.name, ...actor.aliases].some((name) => LEGISLATURE.test(name));
}

/** The source's words before the statement: the paragraphs before it, and its own up to its verb. */
function textBefore(mention: StatementMention, paragraphs: readonly ParagraphText[]): string[] {
  const own = paragraphs.find((p) => p.n === mention.paragraph);
  const earlier = paragraphs.filter((p) => p.n < mention.paragraph).map((p) => p.text);
  return own ? [...earlier, own.text.slice(0, mention.verbIndex ?? mention.index)] : earlier;
}

/**
 * Whether the texts tell of a legislature or lawmakers of a side other than `government` that the
 * topic data does not list ("Freedonia's parliament", "Freedonian lawmakers"); one it lists is a
 * named legislature, which the caller counts.
 */
function anotherSidesLegislature(texts: readonly string[], government: string | null, lexicon: ActorLexicon): boolean {
  return texts.some((text) => {
    const known = lexicon.findMentions(text);
    return [...text.matchAll(TOLD_OF)].some((match) => {
      const at = match.index ?? 0;
      const end = at + match[0].length;
      if (known.some((m) => m.index <= end - 1 && m.index + m.text.length >= end)) return false;
      const owner = match[1] ?? '';
      const sides = [...lexicon.findMentions(owner).map((m) => lexicon.governmentOf(m.actorId)), ...lexicon.findDemonyms(owner).map((d) => d.government)];
      return sides.some((side) => side !== null && side !== government);
    });
  });
}
