/**
 * The measures `npm run score` prints for a set of articles: precision and recall per kind of item,
 * the share of found items with each attribute right, and the meaning-inverting errors.
 */
import { type ArticleResult, INVERSION_KINDS, type InversionKind, type Kind } from './match.ts';

/** A share with what it was computed from, so a reader sees 0/0 for what the half does not contain. */
export interface Rate {
  hits: number;
  total: number;
}

export interface Measures {
  articles: number;
  quotes: { recall: Rate; precision: Rate; speaker: Rate; government: Rate; wrongGovernment: number };
  reported: { recall: Rate; precision: Rate; speaker: Rate; government: Rate };
  figures: { recall: Rate; precision: Rate; value: Rate; category: Rate; stage: Rate; government: Rate };
  events: { recall: Rate; precision: Rate; exactDate: Rate };
  stance: Rate;
  inversions: number;
  inversionsByKind: Record<InversionKind, number>;
  notInBody: number;
}

const missing = (r: Rate): number => r.total - r.hits;

export const rateValue = (r: Rate): number => (r.total === 0 ? 1 : r.hits / r.total);

export function measure(results: ArticleResult[]): Measures {
  const verdicts = results.flatMap((r) => r.verdicts);
  const spurious = results.flatMap((r) => r.spurious);
  const of = (kind: Kind) => verdicts.filter((v) => v.kind === kind);
  const found = (kind: Kind) => of(kind).filter((v) => v.found !== null);
  const recall = (kind: Kind): Rate => ({ hits: found(kind).length, total: of(kind).length });
  /** Extracted mentions of a kind that matched a gold item, over all extracted mentions of that kind. */
  const precision = (kind: Kind): Rate => {
    const wrongKind = spurious.filter((s) => s.kind === kind).length;
    return { hits: found(kind).length, total: found(kind).length + wrongKind };
  };
  const check = (kinds: Kind[], name: string): Rate => {
    const list = verdicts.filter((v) => kinds.includes(v.kind) && v.found !== null && name in v.checks);
    return { hits: list.filter((v) => v.checks[name]).length, total: list.length };
  };
  return {
    articles: results.length,
    quotes: {
      recall: recall('quote'),
      precision: precision('quote'),
      speaker: check(['quote'], 'speaker'),
      government: check(['quote'], 'government'),
      wrongGovernment: missing(check(['quote'], 'notWrongGovernment')),
    },
    reported: { recall: recall('reported'), precision: precision('reported'), speaker: check(['reported'], 'speaker'), government: check(['reported'], 'government') },
    figures: {
      recall: recall('figure'),
      precision: precision('figure'),
      value: check(['figure'], 'value'),
      category: check(['figure'], 'category'),
      stage: check(['figure'], 'stage'),
      government: check(['figure'], 'government'),
    },
    // Exact dates over every gold event, found or not: a missed event has no right date.
    events: { recall: recall('event'), precision: precision('event'), exactDate: { hits: check(['event'], 'date').hits, total: of('event').length } },
    stance: check(['quote', 'reported'], 'stance'),
    inversions: results.reduce((n, r) => n + r.inversions.length, 0),
    inversionsByKind: Object.fromEntries(
      INVERSION_KINDS.map((kind) => [kind, results.reduce((n, r) => n + r.inversions.filter((i) => i.kind === kind).length, 0)]),
    ) as Record<InversionKind, number>,
    notInBody: results.reduce((n, r) => n + r.notInBody.length, 0),
  };
}

/** The targets, on every test half and the seeds. */
export const TARGETS: { label: string; value: (m: Measures) => number; min?: number; max?: number }[] = [
  { label: 'quotes found', value: (m) => rateValue(m.quotes.recall), min: 0.95 },
  { label: 'quotes with a wrong government', value: (m) => m.quotes.wrongGovernment, max: 0 },
  { label: 'reported statements recall', value: (m) => rateValue(m.reported.recall), min: 0.8 },
  { label: 'reported statements precision', value: (m) => rateValue(m.reported.precision), min: 0.8 },
  { label: 'figures found', value: (m) => rateValue(m.figures.recall), min: 0.9 },
  { label: 'figures: right category', value: (m) => rateValue(m.figures.category), min: 0.9 },
  { label: 'figures: right stage', value: (m) => rateValue(m.figures.stage), min: 0.9 },
  { label: "figures: right claimant's government", value: (m) => rateValue(m.figures.government), min: 0.9 },
  { label: 'events found', value: (m) => rateValue(m.events.recall), min: 0.8 },
  { label: 'events with exact dates', value: (m) => rateValue(m.events.exactDate), min: 0.7 },
  { label: 'stance accuracy', value: (m) => rateValue(m.stance), min: 0.8 },
  { label: 'meaning-inverting errors', value: (m) => m.inversions, max: 0 },
];
