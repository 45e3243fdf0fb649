import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Briefing, Citation } from '../../src/lib/model.ts';

/** The hand-written gold standard for the seed articles (test/fixtures/expected/seeds.yaml). */
export interface Expected {
  quotes: { seed: string; evidence: string; speaker: string; actor: string | null; government: string | null }[];
  non_quotes: { seed: string; evidence: string }[];
  figures: { seed: string; text: string; value: number; category: string; claimant: string | null; government: string | null }[];
  non_figures: { seed: string; text: string }[];
  events: { seed: string; evidence: string; date_text: string; start: string | null; end: string | null; precision: string; expected: boolean }[];
}

export function readExpected(path = 'test/fixtures/expected/seeds.yaml'): Expected {
  return parse(readFileSync(path, 'utf8')) as Expected;
}

/** A hit or miss for one expected item, with what the model had, for the report. */
export interface Verdict {
  kind: 'quote' | 'figure' | 'event';
  seed: string;
  expected: string;
  found: boolean;
  correct: boolean;
  detail: string;
}

export interface Score {
  verdicts: Verdict[];
  /** Quotes attributed to a government other than the expected one (the worst error). */
  wrongGovernment: Verdict[];
  /** Extracted items the gold file says are not statements or figures. */
  falsePositives: string[];
  rates: { quotes: number; figures: number; events: number; figuresFound: number };
}

/** Straight and curly quotes and apostrophes compare equal; so do runs of spaces. */
function norm(text: string): string {
  return text.replace(/[“”"]/g, '"').replace(/[‘’']/g, "'").replace(/\s+/g, ' ').replace(/^"/, '').trim();
}

/** Which source each seed became: the one whose paragraphs contain all of that seed's snippets. */
function seedSources(briefing: Briefing, expected: Expected): Map<string, string> {
  const snippets = new Map<string, string[]>();
  for (const item of [...expected.quotes, ...expected.events]) snippets.set(item.seed, [...(snippets.get(item.seed) ?? []), item.evidence]);
  const map = new Map<string, string>();
  for (const [seed, list] of snippets) {
    const source = briefing.sources.find((s) => list.every((snippet) => s.paragraphs.some((p) => norm(p.text).includes(norm(snippet)))));
    if (source) map.set(seed, source.id);
  }
  return map;
}

/** "from early- to mid-October" and "early- to mid-October" are the same date words. */
function sameDateWords(a: string, b: string): boolean {
  const bare = (text: string) => norm(text).toLowerCase().replace(/^(on|in|by|since|from|during) /, '');
  return bare(a).includes(bare(b)) || bare(b).includes(bare(a));
}

const cites = (citations: Citation[], source: string | undefined) => citations.some((c) => c.source === source);
const rate = (verdicts: Verdict[], kind: Verdict['kind'], field: 'found' | 'correct') => {
  const list = verdicts.filter((v) => v.kind === kind);
  return list.length === 0 ? 1 : list.filter((v) => v[field]).length / list.length;
};

/** Scores a built briefing against the gold standard. */
export function scoreSeeds(briefing: Briefing, expected: Expected): Score {
  const sources = seedSources(briefing, expected);
  const verdicts: Verdict[] = [];
  const wrongGovernment: Verdict[] = [];

  for (const quote of expected.quotes) {
    const source = sources.get(quote.seed);
    // A statement merged across outlets shows one outlet's wording; each citation keeps its own.
    const quoted = briefing.statements.filter((s) => s.quote !== null && cites(s.citations, source));
    const match =
      quoted.find((s) => norm(s.quote!).includes(norm(quote.evidence))) ??
      quoted.find((s) => s.citations.some((c) => c.source === source && norm(c.evidence).includes(norm(quote.evidence))));
    const verdict: Verdict = {
      kind: 'quote', seed: quote.seed, expected: quote.evidence, found: Boolean(match), correct: match?.government === quote.government,
      detail: match ? `government ${match.government ?? 'none'} (expected ${quote.government ?? 'none'}), speaker "${match.speaker.name ?? match.speaker.description}"` : 'not extracted',
    };
    verdicts.push(verdict);
    if (match?.government && match.government !== quote.government) wrongGovernment.push(verdict);
  }

  for (const figure of expected.figures) {
    const source = sources.get(figure.seed);
    const candidates = briefing.figures.filter((f) => cites(f.citations, source) && f.value === figure.value);
    const match = candidates.find((f) => f.citations.some((c) => c.source === source && norm(c.evidence).includes(norm(figure.text)))) ?? candidates[0];
    const claimant = match ? (match.claimant.actor ?? match.government) : undefined;
    verdicts.push({
      kind: 'figure', seed: figure.seed, expected: figure.text, found: Boolean(match),
      correct: Boolean(match) && match!.category === figure.category && claimant === figure.claimant && match!.government === figure.government,
      detail: match ? `category ${match.category}, claimant ${claimant ?? 'none'}, government ${match.government ?? 'none'} (expected ${figure.category}, ${figure.claimant ?? 'none'}, ${figure.government ?? 'none'})` : 'not extracted',
    });
  }

  for (const event of expected.events) {
    const source = sources.get(event.seed);
    const match = briefing.events.find(
      (e) => e.citations.some((c) => c.source === source && norm(c.evidence).includes(norm(event.evidence))) && sameDateWords(e.date.text, event.date_text),
    );
    verdicts.push({
      kind: 'event', seed: event.seed, expected: `${event.date_text}: ${event.evidence}`, found: Boolean(match),
      correct: Boolean(match) && match!.date.start === event.start && match!.date.end === event.end && match!.date.precision === event.precision,
      detail: match ? `${match.date.start ?? '…'}–${match.date.end ?? '…'} ${match.date.precision} (expected ${event.start ?? '…'}–${event.end ?? '…'} ${event.precision})` : 'not extracted',
    });
  }

  const falsePositives = [
    ...expected.non_quotes
      .filter((q) => briefing.statements.some((s) => s.quote && cites(s.citations, sources.get(q.seed)) && norm(s.quote).includes(norm(q.evidence)) && s.government !== null))
      .map((q) => `quote "${q.evidence}" attributed to a government`),
    ...expected.non_figures
      .filter((f) => briefing.figures.some((x) => cites(x.citations, sources.get(f.seed)) && norm(x.text).includes(norm(f.text))))
      .map((f) => `figure "${f.text}"`),
  ];

  return {
    verdicts,
    wrongGovernment,
    falsePositives,
    rates: { quotes: rate(verdicts, 'quote', 'correct'), figures: rate(verdicts, 'figure', 'correct'), events: rate(verdicts, 'event', 'correct'), figuresFound: rate(verdicts, 'figure', 'found') },
  };
}
