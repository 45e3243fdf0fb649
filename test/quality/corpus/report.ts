/** Text output of `npm run score`: one table of measures, and on request every item behind it. */
import type { Half } from './corpora.ts';
import type { CorpusScore } from './score-corpora.ts';
import { measure, type Measures, type Rate, rateValue, TARGETS } from './metrics.ts';
import { formatSpeakerTallies } from './speaker-sources.ts';
import { INVERSION_KINDS } from './match.ts';
import { formatStanceConfusion } from './stance-confusion.ts';
import { formatFigureTallies } from './figure-classes.ts';

const HALF_ORDER: Half[] = ['seeds', 'dev', 'test'];

interface Column {
  label: string;
  half: Half;
  measures: Measures;
}

function columns(scores: CorpusScore[]): Column[] {
  return scores.flatMap((score) =>
    HALF_ORDER.filter((half) => score.halves.has(half)).map((half) => ({
      label: half === 'seeds' ? score.corpus : `${score.corpus} ${half}`,
      half,
      measures: measure(score.halves.get(half) ?? []),
    })),
  );
}

const pct = (r: Rate): string => (r.total === 0 ? '–' : `${Math.round(rateValue(r) * 100)}% ${r.hits}/${r.total}`);

const ROWS: [string, (m: Measures) => string][] = [
  ['articles', (m) => String(m.articles)],
  ['quotes: recall', (m) => pct(m.quotes.recall)],
  ['quotes: precision', (m) => pct(m.quotes.precision)],
  ['quotes: right speaker', (m) => pct(m.quotes.speaker)],
  ['quotes: right government', (m) => pct(m.quotes.government)],
  ['quotes: wrong government (count)', (m) => String(m.quotes.wrongGovernment)],
  ['reported: recall', (m) => pct(m.reported.recall)],
  ['reported: precision', (m) => pct(m.reported.precision)],
  ['reported: right speaker', (m) => pct(m.reported.speaker)],
  ['reported: right government', (m) => pct(m.reported.government)],
  ['figures: recall', (m) => pct(m.figures.recall)],
  ['figures: precision', (m) => pct(m.figures.precision)],
  ['figures: right value', (m) => pct(m.figures.value)],
  ['figures: right category', (m) => pct(m.figures.category)],
  ['figures: right stage', (m) => pct(m.figures.stage)],
  ["figures: right claimant's government", (m) => pct(m.figures.government)],
  ['events: recall', (m) => pct(m.events.recall)],
  ['events: precision', (m) => pct(m.events.precision)],
  ['events: exact dates (of all)', (m) => pct(m.events.exactDate)],
  ['stance accuracy', (m) => pct(m.stance)],
  ['meaning-inverting errors', (m) => String(m.inversions)],
  ...INVERSION_KINDS.map((kind): [string, (m: Measures) => string] => [`  of which ${kind}`, (m) => String(m.inversionsByKind[kind])]),
  ['gold snippets not in the imported body', (m) => String(m.notInBody)],
];

export function formatTable(scores: CorpusScore[]): string {
  const cols = columns(scores);
  const widths = [Math.max(...ROWS.map(([label]) => label.length)), ...cols.map((c) => Math.max(c.label.length, 13))];
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[i]!))).join('  ');
  const out = [line(['', ...cols.map((c) => c.label)]), ...ROWS.map(([label, value]) => line([label, ...cols.map((c) => value(c.measures))]))];
  out.push('', 'Targets (test halves and seeds):');
  for (const c of cols.filter((c) => c.half !== 'dev')) {
    const missed = TARGETS.filter((t) => (t.min !== undefined && t.value(c.measures) < t.min) || (t.max !== undefined && t.value(c.measures) > t.max));
    out.push(`  ${c.label}: ${missed.length === 0 ? 'all met' : `missed ${missed.length} of ${TARGETS.length}: ${missed.map((t) => t.label).join('; ')}`}`);
  }
  for (const s of scores.filter((s) => s.unsplit.length > 0)) out.push(`  ${s.corpus}: not in split.yaml, not scored: ${s.unsplit.join(', ')}`);
  return out.join('\n');
}

/** Every miss, wrong attribute, spurious item and inversion, with article and paragraph. */
export function formatDetails(scores: CorpusScore[], onlyHalf?: string): string {
  const out: string[] = [];
  for (const score of scores) {
    for (const [half, results] of score.halves) {
      if (onlyHalf && half !== onlyHalf) continue;
      out.push(`── ${score.corpus} ${half} ──`);
      for (const r of results) {
        for (const v of r.verdicts) {
          const wrong = Object.entries(v.checks).filter(([, ok]) => !ok).map(([name]) => name);
          if (v.found !== null && wrong.length === 0) continue;
          const status = v.found === null ? 'MISS ' : `WRONG ${wrong.join(',')}`;
          out.push(`${status.padEnd(22)} ${v.kind.padEnd(8)} ${v.article} ¶${v.paragraph ?? '?'}  ${v.expected.slice(0, 90)}\n${' '.repeat(32)}${v.detail}`);
        }
        for (const s of r.spurious) out.push(`${'SPURIOUS'.padEnd(22)} ${s.kind.padEnd(8)} ${s.article} ¶${s.paragraph}  ${s.text.slice(0, 100)}`);
        for (const i of r.inversions) out.push(`${'INVERTS MEANING'.padEnd(22)} ${' '.repeat(8)} ${i.article} ¶${i.paragraph ?? '?'}  ${i.what}`);
        for (const n of r.notInBody) out.push(`${'NOT IN BODY'.padEnd(22)} ${' '.repeat(8)} ${n.slice(0, 100)}`);
      }
    }
  }
  return out.join('\n');
}

/** Lines for every corpus and half, in the table's order: `lines` gives a half's (none when it has nothing). */
function perHalf(scores: CorpusScore[], lines: (score: CorpusScore, half: Half) => string[]): string {
  return scores.flatMap((score) => HALF_ORDER.flatMap((half) => lines(score, half))).join('\n');
}

/** How the found statements' speakers were found, per corpus and half, with their governments. */
export function formatSpeakerSources(scores: CorpusScore[]): string {
  return perHalf(scores, (score, half) => {
    const tallies = score.speakerSources.get(half);
    const wrong = [...(score.wrongGovernments.get(half) ?? [])].sort().map(([key, n]) => `  wrong government, ${key}: ${n}`);
    return [...(tallies ? formatSpeakerTallies(`${score.corpus} ${half}: statements found, by how the speaker was found`, tallies) : []), ...wrong];
  });
}

/** The found statements' stances, wanted against shown, per corpus and half. */
export function formatStances(scores: CorpusScore[]): string {
  return perHalf(scores, (score, half) => {
    const confusion = score.stances.get(half);
    return confusion ? formatStanceConfusion(`${score.corpus} ${half}: stances, wanted → shown`, confusion) : [];
  });
}

/** The figures wanted, found, missed and spurious per corpus and half, by category and by shape. */
export function formatFigures(scores: CorpusScore[]): string {
  return perHalf(scores, (score, half) => {
    const tallies = score.figures.get(half);
    return tallies ? formatFigureTallies(`${score.corpus} ${half}: figures`, tallies) : [];
  });
}
