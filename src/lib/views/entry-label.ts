import type { BriefingEvent, Figure, Statement } from '../model.ts';
import type { ActorLookup } from './actor-lookup.ts';
import { dateLabel } from './format/date-label.ts';
import { excerpt } from './format/excerpt.ts';
import { speakerLabel } from './format/speaker-label.ts';
import { statementSentence } from './format/statement-sentence.ts';
import { namesSourceOnly, statementWords } from './format/statement-words.ts';

/** Words of an entry's text in its short label: enough to recognise it in a list of links. */
const LABEL_WORDS = 8;

/** An event in a line: "23 Oct 2024: Talks resumed at the port…". */
export function eventLabel(event: BriefingEvent): string {
  return `${dateLabel(event.date, event.expected).label}: ${excerpt(event.summary, LABEL_WORDS)}`;
}

/**
 * A statement in a line, always with its reporting verb, read as a sentence: "Anna Berg said:
 * “We will…”", "Anna Berg told reporters that the port…", "Anna Berg (quoted): “…”" when the quote
 * has no verb of its own.
 */
export function statementLabel(statement: Statement, actors: ActorLookup): string {
  const speaker = speakerLabel(statement.speaker, statement.government, actors).label;
  // The words the entry shows first: reported speech that holds the quote wins over the bare quote.
  const [words] = statementWords(statement);
  if (!words) return speaker;
  if (words.kind === 'quote' && (statement.verb === null || namesSourceOnly(statement.verb))) return `${speaker} (quoted): “${excerpt(words.text, LABEL_WORDS)}”`;
  const shown = { quote: words.kind === 'quote' ? words.text : null, reported: words.kind === 'reported' ? words.text : null };
  // The reporting words stay: "Berg denied talks were held" must not read "Berg: talks were held".
  return statementSentence({ ...statement, ...shown, speaker, actor: statement.speaker.actor }, LABEL_WORDS)?.plain ?? speaker;
}

/** A figure in a line: "around 300 boats (Coast Guard)". */
export function figureLabel(figure: Figure, actors: ActorLookup): string {
  return `${figure.text} (${speakerLabel(figure.claimant, figure.government, actors).label})`;
}
