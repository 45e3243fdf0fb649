/**
 * "…, a human rights organisation told the Courier. … a film that the organisation, Marsh Aid, helped
 * make": an institution first described, then named in apposition ("the organisation, Marsh Aid,"),
 * before or after. Read once the whole source has been read, since the name may come later.
 */
import type { ActorLexicon } from '../../topic/actor-lexicon.ts';
import type { ParagraphText, StatementMention } from './types.ts';

/** "a human rights organisation", "an aid group": an indefinite description and its head noun. */
const DESCRIPTION = /^(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?(\p{Ll}+)$/u;

/** Head nouns of institutions that an apposition may name (a person's name the speaker phrase reads itself). */
const INSTITUTIONS: ReadonlySet<string> = new Set([
  'organisation', 'organization', 'group', 'charity', 'foundation', 'institute', 'agency', 'newspaper', 'broadcaster', 'outlet', 'company', 'firm', 'association', 'union', 'network', 'ngo',
]);

/**
 * Gives each statement whose speaker is only such a description ("a human rights organisation") the
 * actor that the source names in apposition to the same noun ("the organisation, Marsh Aid,"), when it
 * names exactly one and that actor speaks for the government the statement already has (no side is
 * added or changed). Left as it was otherwise.
 */
export function creditNamedDescriptions(statements: StatementMention[], paragraphs: readonly ParagraphText[], lexicon: ActorLexicon): void {
  const named = new Map<string, string | null>();
  for (const statement of statements) {
    const { speaker } = statement;
    if (speaker.actor !== null || speaker.name !== null) continue;
    const head = DESCRIPTION.exec(speaker.description.trim())?.[1];
    if (!head || !INSTITUTIONS.has(head)) continue;
    if (!named.has(head)) named.set(head, nameInApposition(head, paragraphs, lexicon));
    const id = named.get(head);
    const actor = id ? lexicon.actor(id) : undefined;
    if (!actor || lexicon.governmentOf(actor.id) !== statement.government) continue;
    statement.speaker = { name: null, description: speaker.description, actor: actor.id };
  }
}

/** The one actor the source names as "the <head>, <Name>,"; null when none or several. */
function nameInApposition(head: string, paragraphs: readonly ParagraphText[], lexicon: ActorLexicon): string | null {
  const found = new Set<string>();
  const apposition = new RegExp(`\\bthe\\s+${head},\\s+([^,;.:]{2,60}),`, 'giu');
  for (const { text } of paragraphs) {
    // Most paragraphs do not hold the noun at all.
    if (!text.includes(head)) continue;
    for (const m of text.matchAll(apposition)) {
      const name = (m[1] as string).trim();
      const whole = lexicon.findMentions(name).filter((mention) => mention.index === 0 && mention.text.length === name.length);
      const kind = whole.length === 1 ? lexicon.actor((whole[0] as { actorId: string }).actorId)?.kind : undefined;
      if (kind === undefined || kind === 'person') return null;
      found.add((whole[0] as { actorId: string }).actorId);
    }
  }
  return found.size === 1 ? ([...found][0] as string) : null;
}
