/**
 * "Freedonia has sent 900 sailors to the port. This was reported by the Courier.": a sentence that
 * only credits the sentence before it makes that sentence the Courier's report; when the sentence
 * before already quotes or reports someone, the Courier is the channel that relays it.
 */
import { pointingBackAttribution } from './according-to.ts';
import { type ResolveContext, resolveSpeakers } from './resolve-speaker.ts';
import type { SentenceView, StatementMention } from './types.ts';

/** The sentence read before the current one: in its paragraph, or the last of the paragraph before. */
export interface ReadSentence {
  paragraph: number;
  /** The paragraph's text. */
  text: string;
  start: number;
  end: number;
  /** Whether any statement was found in it. */
  spoke: boolean;
}

/** The statements a pointing-back sentence makes of the sentence before it; none for any other sentence. */
export function pointingBackStatements(view: SentenceView, before: ReadSentence | null, context: ResolveContext & { paragraph: number }): StatementMention[] {
  if (!before) return [];
  const attribution = pointingBackAttribution(view);
  if (!attribution?.phrase) return [];
  const sentence = before.text.slice(before.start, before.end);
  const lead = sentence.length - sentence.trimStart().length;
  const reported = sentence.trim().replace(/[.!]+$/, '');
  // A question asks; a heading or a fragment of a few words reports nothing.
  if (reported.endsWith('?') || reported.split(/\s+/).length < 4) return [];
  const index = before.start + lead;
  const sameParagraph = before.paragraph === context.paragraph;
  const evidence = sameParagraph ? view.text.slice(index, view.end).trimEnd() : reported;
  const phrase = view.text.slice(attribution.phrase.start, attribution.phrase.end);
  return resolveSpeakers(phrase, null, attribution.verb, context).map((known) => ({
    paragraph: before.paragraph,
    kind: 'reported',
    quote: null,
    reported,
    evidence,
    index,
    speaker: known.speaker,
    government: known.government,
    verb: attribution.verb,
    // The negation before a verb is read in its own paragraph only.
    verbIndex: sameParagraph ? attribution.verbSpan.start : null,
    resolvedBy: known.resolvedBy,
    creditsBefore: true as const,
    ...(before.spoke ? { relays: true as const } : {}),
    ...(sameParagraph ? {} : { creditedIn: { paragraph: context.paragraph, evidence: view.text.slice(attribution.span.start, view.end).trim() } }),
  }));
}
