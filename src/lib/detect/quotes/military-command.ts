/**
 * "The US military said … Hours later, …, the US Central Command said": a side's military, named as a
 * whole, speaks through the command the same or the next sentence names (corpus README: "The US
 * military said" with a command named as the story's source in the same or the next sentence is the
 * command). The command is the more precise speaker, of the same side; with no command named, or two,
 * the phrase keeps what the topic data maps it to.
 */
import type { ActorLexicon } from '../../topic/actor-lexicon.ts';
import type { ParagraphText, SentenceView, StatementMention } from './types.ts';

/** "the US military", "the Sylvanian armed forces", "the U.S. command": a side's military as a whole. */
const WHOLE_MILITARY = /^(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,2}(?:military|armed\s+forces|command)$/iu;

/** A command of a military, by its name: "US Central Command", "Northern Fleet Command". */
const COMMAND_NAME = /\bCommand$/;

/** The sentences of each paragraph, as the detector read them. */
type ReadParagraphs = ReadonlyArray<{ masked: string; sentences: readonly SentenceView[] }>;

/** Credits each statement of a side's whole military to the one command of that side named in its sentence or the next. */
export function creditNamedCommands(out: StatementMention[], paragraphs: readonly ParagraphText[], read: ReadParagraphs, lexicon: ActorLexicon): void {
  out.forEach((mention, i) => {
    const { speaker, government } = mention;
    if (speaker.name !== null || government === null || !WHOLE_MILITARY.test(speaker.description.trim())) return;
    const p = paragraphs.findIndex((paragraph) => paragraph.n === mention.paragraph);
    const here = read[p];
    const at = mention.verbIndex ?? mention.index;
    const s = here ? here.sentences.findIndex((view) => view.start <= at && at < view.end) : -1;
    if (!here || s < 0) return;
    const next = here.sentences[s + 1] ? { masked: here.masked, view: here.sentences[s + 1] } : read[p + 1]?.sentences[0] ? { masked: (read[p + 1] as ReadParagraphs[number]).masked, view: read[p + 1]?.sentences[0] } : null;
    const texts = [here.masked.slice((here.sentences[s] as SentenceView).start, (here.sentences[s] as SentenceView).end)];
    if (next?.view) texts.push(next.masked.slice(next.view.start, next.view.end));
    const commands = new Set(
      texts
        .flatMap((text) => lexicon.findMentions(text))
        .map((m) => m.actorId)
        .filter((id) => lexicon.actor(id)?.kind === 'body' && lexicon.governmentOf(id) === government && COMMAND_NAME.test(lexicon.actor(id)?.name ?? '')),
    );
    if (commands.size === 1) out[i] = { ...mention, speaker: { ...speaker, actor: [...commands][0] as string } };
  });
}
