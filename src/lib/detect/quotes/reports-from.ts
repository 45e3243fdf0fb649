/**
 * A report written as a noun with its source after it: "months of reports from Sylvanian intelligence
 * that the boats had left", "reports from the Bureau suggesting that …". The source is the speaker and
 * the "that" clause what it reported; "reports from the front were grim" reports nothing.
 */
import { fixedPhraseAttribution } from './according-to.ts';
import type { Attribution } from './attributions.ts';
import { isSpeakerPhrase, phraseAfter } from './noun-phrase.ts';
import { isPlainGap } from './tokens.ts';
import type { SentenceView } from './types.ts';

/**
 * "reports from", after a word that makes the reports the writer's background ("months of reports",
 * "after reports", "amid reports", "there were reports"), optionally with an adjective ("recent").
 * Not after a verb whose object they are: "the ministry dismissed reports from residents that …" is
 * the ministry's dismissal.
 */
const REPORTS_FROM = /\b(?:of|after|following|follows|followed|amid|amidst|despite|were|are|been)\s+(?:(?:recent|earlier|repeated|persistent|numerous|multiple|several|many|some)\s+)?(reports\s+from\s+)(?=\S)/gi;

/** After the source: "that", or a participle of telling and "that" ("suggesting that", "saying that"). */
const CONTENT_NEXT = /^\s+(?:(?:suggesting|indicating|saying|stating|claiming|alleging)\s+)?that\b/;

/** The attributions of "reports from X that P" in a sentence; the verb is "reports", the speaker X. */
export function reportsFromAttributions(view: SentenceView): Attribution[] {
  const sentence = view.masked.slice(view.start, view.end);
  // Most sentences have no "reports from": the literal is looked for first.
  if (!sentence.includes('reports from')) return [];
  const out: Attribution[] = [];
  for (const m of sentence.matchAll(REPORTS_FROM)) {
    const start = view.start + m.index + m[0].length - (m[1] as string).length;
    const end = view.start + m.index + m[0].length;
    const next = view.tokens.findIndex((t) => t.start >= end);
    const phrase = next < 0 ? null : phraseAfter(view, next);
    if (!phrase || !isSpeakerPhrase(view, phrase) || !isPlainGap(view.masked.slice(end, view.tokens[next]?.start))) continue;
    if (!CONTENT_NEXT.test(view.masked.slice(phrase.end, view.end))) continue;
    out.push(fixedPhraseAttribution(view, phrase, { start, end: start + 'reports'.length }, start));
  }
  return out;
}
