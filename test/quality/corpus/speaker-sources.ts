/**
 * How the extractor found the speaker of each statement it got right, counted per corpus half with
 * how many of them carry the right and a wrong government. Numbers only: they show which way of
 * finding speakers (named in the sentence, a pronoun, the paragraph before) fails on a test half
 * without anyone reading the half's items.
 */
import type { StatementMention } from '../../../src/lib/detect/quotes/index.ts';
import type { Verdict } from './match.ts';

export interface SourceTally {
  found: number;
  rightGovernment: number;
  wrongGovernment: number;
}

/** Tallies keyed "quote explicit", "reported pronoun", …; "unknown" when no mention gives the words. */
export type SpeakerTallies = Map<string, SourceTally>;

/** Adds the article's found statements to `tallies`, each under how its mention's speaker was found. */
export function tallySpeakerSources(verdicts: readonly Verdict[], mentions: readonly StatementMention[], tallies: SpeakerTallies): void {
  for (const verdict of verdicts) {
    if ((verdict.kind !== 'quote' && verdict.kind !== 'reported') || verdict.found === null) continue;
    const found = verdict.found;
    const mention = mentions.find((m) => (m.quote ?? m.reported) === found) ?? mentions.find((m) => (m.quote ?? m.reported ?? '').includes(found.slice(0, 30)));
    const key = `${verdict.kind} ${mention?.resolvedBy ?? 'unknown'}`;
    const tally = tallies.get(key) ?? { found: 0, rightGovernment: 0, wrongGovernment: 0 };
    tally.found += 1;
    if (verdict.checks.government) tally.rightGovernment += 1;
    if (verdict.checks.notWrongGovernment === false) tally.wrongGovernment += 1;
    tallies.set(key, tally);
  }
}

/** One line per key: "quote continuation   found 7, right government 2, wrong government 5". */
export function formatSpeakerTallies(title: string, tallies: SpeakerTallies): string[] {
  const keys = [...tallies.keys()].sort();
  const width = Math.max(...keys.map((key) => key.length), 0);
  return [
    title,
    ...keys.map((key) => {
      const t = tallies.get(key) as SourceTally;
      return `  ${key.padEnd(width)}  found ${t.found}, right government ${t.rightGovernment}, wrong government ${t.wrongGovernment}`;
    }),
  ];
}

/**
 * The statements credited to a wrong government, counted by what the gold wanted (no government or
 * another) and by what the speaker phrase as shown names: the credited government itself (the phrase
 * was read wrong, or the wrong phrase was taken), another government, or none (the government came
 * from memory: a pronoun, a continuation). Numbers only, fit for a test half.
 */
export function tallyWrongGovernments(verdicts: readonly Verdict[], governmentNamed: (phrase: string) => string | null, tallies: Map<string, number>): void {
  for (const verdict of verdicts) {
    const credit = verdict.credit;
    if (!credit || verdict.checks.notWrongGovernment !== false) continue;
    const named = credit.speaker === '' ? null : governmentNamed(credit.speaker);
    const phrase = named === null ? 'names no government' : named === credit.government ? 'names the credited government' : 'names another government';
    const key = `${verdict.kind}: gold wants ${credit.wanted === null ? 'none' : 'another'}; the speaker as shown ${phrase}`;
    tallies.set(key, (tallies.get(key) ?? 0) + 1);
  }
}
