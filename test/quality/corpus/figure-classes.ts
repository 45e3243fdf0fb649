/**
 * Figures wanted, found, missed and spurious, counted per corpus half by category and by a coarse
 * shape of the value (a number in digits or in words, a vague amount, money, a percentage, a range).
 * Numbers only: they show which class of figure a test half misses without anyone reading the
 * half's items.
 */
import type { Spurious, Verdict } from './match.ts';

export const FIGURE_SHAPES = ['digits', 'words', 'vague', 'money', 'percentage', 'range'] as const;
export type FigureShape = (typeof FIGURE_SHAPES)[number];

/** The class a figure is counted under: the gold's for a wanted figure, the shown one's for a spurious one. */
export interface FigureClass {
  category: string;
  shape: FigureShape;
}

const MONEY = /[$€£¥]|\b(?:EUR|USD|GBP|CHF)\b|\b(?:dollars?|euros?|pounds sterling|francs?)\b/i;
const PERCENTAGE = /%|\bper\s?cent\b/i;
const NUMBER = String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand)`;
/** "10 to 12 thousand", "2,000-3,000", "between 50 and 60", "five or six": two numbers joined as bounds. */
const RANGE = new RegExp(String.raw`\b${NUMBER}\s*(?:(?:thousand|million|billion)\s*)?(?:to|–|-|or|and)\s*${NUMBER}\b`, 'i');

/**
 * The coarse shape of a figure from its words and value: money and percentages by their signs and
 * words, whatever their value; then a range; then a vague amount (no value); then a number told in
 * digits or in words.
 */
export function figureShape(text: string, value: number | null): FigureShape {
  if (MONEY.test(text)) return 'money';
  if (PERCENTAGE.test(text)) return 'percentage';
  if (RANGE.test(text)) return 'range';
  if (value === null) return 'vague';
  return /\d/.test(text) ? 'digits' : 'words';
}

export interface FigureTally {
  wanted: number;
  found: number;
  /** Found, but shown in another category than the gold's. */
  wrongCategory: number;
  spurious: number;
}

/** Per half: tallies keyed by category, and by shape. */
export interface FigureTallies {
  byCategory: Map<string, FigureTally>;
  byShape: Map<string, FigureTally>;
}

export const emptyFigureTallies = (): FigureTallies => ({ byCategory: new Map(), byShape: new Map() });

function bump(tallies: Map<string, FigureTally>, key: string, field: keyof FigureTally): void {
  const tally = tallies.get(key) ?? { wanted: 0, found: 0, wrongCategory: 0, spurious: 0 };
  tally[field] += 1;
  tallies.set(key, tally);
}

/** Adds an article's figure verdicts (by the gold's class) and spurious figures (by the class shown). */
export function tallyFigures(verdicts: readonly Verdict[], spurious: readonly Spurious[], tallies: FigureTallies): void {
  for (const verdict of verdicts) {
    if (verdict.kind !== 'figure' || !verdict.figure) continue;
    const { category, shape } = verdict.figure;
    const fields: (keyof FigureTally)[] = ['wanted'];
    if (verdict.found !== null) fields.push('found');
    if (verdict.found !== null && verdict.checks.category === false) fields.push('wrongCategory');
    for (const field of fields) {
      bump(tallies.byCategory, category, field);
      bump(tallies.byShape, shape, field);
    }
  }
  for (const item of spurious) {
    if (item.kind !== 'figure' || !item.figure) continue;
    bump(tallies.byCategory, item.figure.category, 'spurious');
    bump(tallies.byShape, item.figure.shape, 'spurious');
  }
}

/** A table of one grouping: a header line, then one line per key in order, with the missed worked out. */
function formatGroup(heading: string, tallies: Map<string, FigureTally>, keys: string[], width: number): string[] {
  const columns = ['wanted', 'found', 'missed', 'wrong category', 'spurious'];
  const row = (label: string, cells: (string | number)[]) => `  ${label.padEnd(width)}  ${cells.map((cell, i) => String(cell).padStart(columns[i]!.length)).join('  ')}`;
  return [
    row(heading, columns),
    ...keys.map((key) => {
      const t = tallies.get(key) as FigureTally;
      return row(key, [t.wanted, t.found, t.wanted - t.found, t.wrongCategory, t.spurious]);
    }),
  ];
}

/** Both groupings of one half under its title; the shapes in their fixed order, categories by name. */
export function formatFigureTallies(title: string, tallies: FigureTallies): string[] {
  const categories = [...tallies.byCategory.keys()].sort();
  const shapes = FIGURE_SHAPES.filter((shape) => tallies.byShape.has(shape));
  const width = Math.max(...['category', ...categories, ...shapes].map((key) => key.length));
  return [
    `${title} (wanted by the gold's class; spurious by the class shown)`,
    ...formatGroup('category', tallies.byCategory, categories, width),
    ...formatGroup('shape', tallies.byShape, shapes, width),
  ];
}
