import { excerpt } from './excerpt.ts';
import { namesSourceOnly, type StatementText } from './statement-words.ts';
import { runsOn, verbPhrase } from './verb-phrase.ts';

/**
 * A statement as one sentence a reader can take in at a glance: who, the reporting words as
 * written, then the speaker's words verbatim. "Sylvanian Foreign Ministry dismissed Freedonia's
 * intelligence analysis … as "fake news"", "According to officials, The State Bureau shared…",
 * "Fredonburg vowed: “phased”". Reported speech never stands alone as a bare "that …" fragment,
 * and a denial always keeps the verb that denies.
 */
export interface StatementSentence {
  /** Words before the speaker: "According to " for "according to" reports; else "". */
  before: string;
  /** Who, as labelled on the page ("Tomas Ruhl", "Sylvanian Foreign Ministry"). */
  speaker: string;
  /** Words between the speaker and their words: " dismissed ", " said: ", ", ", " (as reported): ". */
  after: string;
  /** Whether `words` are the speaker's own words (shown in quotation marks) or the source's report of them. */
  kind: 'quote' | 'reported';
  /** Verbatim from the source; cut to whole words with "…" when `maxWords` is given. */
  words: string;
  /** The reporting verb as shown (see `shownVerb`); null when the source gives none. */
  verb: string | null;
  /** The whole sentence as plain text, quotation marks included. */
  plain: string;
}

/** What a sentence is made from: the statement's words and who it is (`actor` tells one party from a group). */
export interface SentenceInput extends StatementText {
  speaker: string;
  /** The speaker's actor id, when resolved: one party, so a bare plural verb ("deny") takes its "-s". */
  actor: string | null;
  /** The statement's citations: their evidence gives a verb the object it needs ("told reporters in Marsh City"). */
  citations?: readonly { evidence: string }[];
}

/**
 * Bare present-tense reporting verbs written for several speakers ("Both countries deny …"): said of
 * one resolved party they take an "-s", so "Sylvania denies they have …" reads as English.
 */
const BARE_VERBS = new Set([
  'say', 'deny', 'claim', 'insist', 'maintain', 'reject', 'dismiss', 'confirm', 'warn', 'add', 'note', 'argue',
  'believe', 'assert', 'acknowledge', 'admit', 'stress', 'suggest', 'report', 'tell', 'accuse', 'allege', 'estimate',
  'assess', 'condemn', 'pledge', 'vow', 'threaten', 'urge',
]);

/**
 * The reporting verb as a sentence about one speaker shows it: as written, except that a bare
 * present-tense verb of a resolved party takes its third-person ending ("deny" → "denies").
 */
export function shownVerb(verb: string | null, actor: string | null): string | null {
  if (verb === null) return null;
  const bare = verb.trim();
  if (actor === null || !BARE_VERBS.has(bare)) return bare;
  if (/(?:s|sh|ch|x)$/.test(bare)) return `${bare}es`;
  if (/[^aeiou]y$/.test(bare)) return `${bare.slice(0, -1)}ies`;
  return `${bare}s`;
}

/**
 * The sentence for a statement: its reported speech when there is some (it holds the quote in its
 * context), else its quote. Null when the statement has no words at all.
 */
export function statementSentence(input: SentenceInput, maxWords?: number): StatementSentence | null {
  const reported = input.reported?.trim() ? input.reported.trim() : null;
  const quote = input.quote?.trim() ? input.quote.trim() : null;
  const kind = reported !== null ? 'reported' : quote !== null ? 'quote' : null;
  if (kind === null) return null;
  const full = (kind === 'reported' ? reported : quote) as string;
  const verb = shownVerb(input.verb, input.actor);
  // Words the source gives no reporting verb for are shown whole: cut short, nothing on the line would
  // say they are a statement rather than the briefing's own sentence.
  const words = maxWords === undefined || verb === null ? full : excerpt(full, maxWords);
  // "Berg told: “…”" is no English: the verb takes its object from the evidence, or "…" for it.
  const phrase = verb === null || namesSourceOnly(verb) ? verb : verbPhrase({ verb, kind, words: full, evidence: (input.citations ?? []).map((c) => c.evidence) });
  const { before, after } = joints(kind, phrase, input.negated, words);
  const shown = kind === 'quote' ? `“${words}”` : words;
  return { before, speaker: input.speaker, after, kind, words, verb, plain: `${before}${input.speaker}${after}${shown}` };
}

function joints(kind: 'quote' | 'reported', verb: string | null, negated: boolean, words: string): { before: string; after: string } {
  if (verb !== null && namesSourceOnly(verb)) {
    return negated ? { before: '', after: ' (reported as denying): ' } : { before: 'According to ', after: kind === 'quote' ? ': ' : ', ' };
  }
  if (verb === null) {
    if (kind === 'quote') return { before: '', after: ': ' };
    return { before: '', after: negated ? ' (reported as denying): ' : ' (as reported): ' };
  }
  if (kind === 'quote') return { before: '', after: ` ${verb}: ` };
  // The verb as written, with the object it takes (verb-phrase.ts): "told reporters in Marsh City that …".
  return { before: '', after: runsOn(verb, words) ? ` ${verb} ` : ` ${verb}: ` };
}
