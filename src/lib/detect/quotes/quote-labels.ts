/**
 * A speaker named beside a quotation with no verb, as wire copy and transcripts do: a name and a
 * colon before it ("Berg: “We will not back down.”", "Anna Berg, deputy spokesperson: “…”"), or a
 * dash and a name after it ("“We will defend every metre.” — Anna Berg"); or in an idiom that gives
 * the words to the name ("As Berg put it: “…”", "In Berg’s words, “…”", "Berg’s reply was blunt: “…”").
 */
import { quoteEnd } from './quote-spans.ts';
import type { QuoteSpan, SentenceView, Span } from './types.ts';
import { isRoleNoun } from './word-lists.ts';

/**
 * A name of capitalised words, optionally followed by a comma and a short role: "Berg", "Anna Berg",
 * "the Defence Ministry", "Anna Berg, deputy spokesperson of the State Bureau".
 */
const NAME = String.raw`(?:[Tt]he\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}(?:,\s+(?:[\p{L}’'-]+\s+){0,5}[\p{L}’'-]+)?`;

/** A name alone, without a role or a possessive after it: "Berg", "Anna Berg", "the Defence Ministry". */
const NAME_ONLY = String.raw`(?:[Tt]he\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}`;

/** What may stand between an idiom and the quotation. */
const LEAD_IN = String.raw`\s*[:,—–]?\s*$`;

/**
 * Idioms that give the quotation to the name in them, up to the quotation, each with a word it cannot
 * match without: most sentences have none of them, which `includes` tells faster than the pattern.
 */
export const IDIOMS: ReadonlyArray<{ needs: string; pattern: RegExp }> = [
  // "As Berg put it: “…”", "how Ruhl has put it, “…”".
  { needs: 'put', pattern: new RegExp(String.raw`(?:^|[^\p{L}])(?:[Aa]s|[Hh]ow)\s+(${NAME})\s+(?:\p{Ll}+ly\s+)?(?:has\s+|had\s+)?puts?\s+it${LEAD_IN}`, 'u') },
  // "In Berg’s words, “…”", "in Ruhl's own words: “…”".
  { needs: 'words', pattern: new RegExp(String.raw`(?:^|[^\p{L}])[Ii]n\s+(${NAME_ONLY})['’]s?\s+(?:own\s+)?words${LEAD_IN}`, 'u') },
  // "In the words of Anna Berg, deputy spokesperson, “…”".
  { needs: 'words', pattern: new RegExp(String.raw`(?:^|[^\p{L}])[Ii]n\s+the\s+words\s+of\s+(${NAME})${LEAD_IN}`, 'u') },
  // "Berg’s reply was blunt: “…”", "Ruhl's message was clear: “…”".
  { needs: ':', pattern: new RegExp(String.raw`^\s*(${NAME_ONLY})['’]s?\s+(?:message|reply|answer|response|words|warning|verdict)\s+(?:was|is)\s+(?:\p{Ll}+\s+)?\p{Ll}+\s*:\s*$`, 'u') },
];

/** The sentence up to the quotation is a name and a colon. */
export const NAME_AND_COLON = new RegExp(String.raw`^\s*(${NAME})\s*:\s*$`, 'u');

/** What follows the quotation to the paragraph's end (a sentence of its own once split) is a dash and a name. */
const DASH_AND_NAME = new RegExp(String.raw`^\s*[—–]\s*(${NAME})\s*\.?\s*$`, 'u');

/**
 * The span of the name a quotation is labelled with, or null. The caller still checks that the name
 * resolves to a person or a known actor: "Update: “…”" names nobody.
 */
export function labelledSpeaker(view: SentenceView, quote: QuoteSpan): Span | null {
  const from = view.start;
  const lead = view.masked.slice(from, Math.max(from, quote.open));
  // A name and a colon need the colon: most sentences before a quotation have none.
  const before = lead.includes(':') ? NAME_AND_COLON.exec(lead) : null;
  if (before?.[1]) return spanIn(view.masked, from, before[1]);
  for (const idiom of IDIOMS) {
    const named = lead.includes(idiom.needs) ? idiom.pattern.exec(lead) : null;
    if (named?.[1]) return spanIn(view.masked, from + named.index, named[1]);
  }
  // Only a quotation that opens its sentence: "… were “lost” — Ruhl" is no transcript line.
  const opens = /^\s*$/.test(view.masked.slice(from, Math.max(from, quote.open)));
  const after = opens ? DASH_AND_NAME.exec(view.masked.slice(quoteEnd(quote))) : null;
  if (after?.[1]) return spanIn(view.masked, quoteEnd(quote), after[1]);
  return null;
}

function spanIn(masked: string, from: number, name: string): Span {
  const start = masked.indexOf(name, from);
  return { start, end: start + name.length };
}

/**
 * "In the words of one officer, “…”", "In the words of a senior diplomat, as quoted by the Courier,
 * the crews “had left”": a person described, not named, whose words the idiom gives the quotation,
 * with a relay and a short subject of the quoted words allowed between. The description ends in a role
 * noun ("officer", "diplomat"), so "In the words of the treaty, …" names nobody.
 */
const DESCRIBED_IN_WORDS_OF = new RegExp(
  String.raw`(?:^|[^\p{L}])[Ii]n\s+the\s+words\s+of\s+((?:an?|one|the)\s+(?:[\p{L}’'-]+\s+){0,3}?([\p{L}’'-]+))(?:,\s+as\s+(?:quoted|cited)\s+by\s+[^,;:]{1,60})?,\s+(?:(?:the|a|an|its|their)\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:[\p{L}’'-]+)?\s*$`,
  'u',
);

/** The span of the described person an "In the words of …" idiom gives the quotation to, or null. */
export function describedInWordsOf(view: SentenceView, quote: QuoteSpan): Span | null {
  const lead = view.masked.slice(view.start, Math.max(view.start, quote.open));
  if (!lead.includes('words of')) return null;
  const described = DESCRIBED_IN_WORDS_OF.exec(lead);
  if (!described?.[1] || !isRoleNoun(described[2] ?? '')) return null;
  return spanIn(view.masked, view.start + described.index, described[1]);
}
