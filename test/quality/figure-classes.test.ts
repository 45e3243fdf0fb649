import { describe, expect, it } from 'vitest';
import type { Spurious, Verdict } from './corpus/match.ts';
import { emptyFigureTallies, figureShape, formatFigureTallies, tallyFigures } from './corpus/figure-classes.ts';

const verdict = (category: string, shape: ReturnType<typeof figureShape>, found: boolean, rightCategory = true): Verdict => ({
  kind: 'figure',
  figure: { category, shape },
  article: 'a',
  paragraph: 1,
  expected: 'words',
  found: found ? 'words' : null,
  checks: found ? { value: true, category: rightCategory, stage: true, government: true } : {},
  detail: '',
});

const spurious = (category: string, shape: ReturnType<typeof figureShape>): Spurious => ({ kind: 'figure', article: 'a', paragraph: 2, text: 'words', figure: { category, shape } });

describe('the coarse shape of a figure', () => {
  it('tells money, percentages, ranges, vague amounts and numbers in digits or words apart', () => {
    expect(figureShape('$5 million', 5_000_000)).toBe('money');
    expect(figureShape('EUR 10.45 million', 10_450_000)).toBe('money');
    expect(figureShape('millions of dollars', null)).toBe('money');
    expect(figureShape('90% of the fleet', 90)).toBe('percentage');
    expect(figureShape('40 per cent', 40)).toBe('percentage');
    expect(figureShape('10 to 12 thousand troops', 10_000)).toBe('range');
    expect(figureShape('between 50 and 60 sailors', 50)).toBe('range');
    expect(figureShape('2,000-3,000 soldiers', 2000)).toBe('range');
    expect(figureShape('dozens of Sylvanian soldiers', null)).toBe('vague');
    expect(figureShape('a 3,000-strong force', 3000)).toBe('digits');
    expect(figureShape('about 3,000 Freedonian soldiers', 3000)).toBe('digits');
    expect(figureShape('twelve sailors', 12)).toBe('words');
  });
});

describe('counting figures by class', () => {
  it('counts wanted, found and wrong categories by the gold class, spurious by the class shown', () => {
    const tallies = emptyFigureTallies();
    tallyFigures(
      [verdict('casualties', 'digits', true), verdict('casualties', 'digits', false), verdict('troops', 'words', true, false), { ...verdict('troops', 'digits', true), kind: 'quote' }],
      [spurious('troops', 'vague'), { kind: 'event', article: 'a', paragraph: 3, text: 'Monday: words' }],
      tallies,
    );
    expect(Object.fromEntries(tallies.byCategory)).toEqual({
      casualties: { wanted: 2, found: 1, wrongCategory: 0, spurious: 0 },
      troops: { wanted: 1, found: 1, wrongCategory: 1, spurious: 1 },
    });
    expect(Object.fromEntries(tallies.byShape)).toEqual({
      digits: { wanted: 2, found: 1, wrongCategory: 0, spurious: 0 },
      words: { wanted: 1, found: 1, wrongCategory: 1, spurious: 0 },
      vague: { wanted: 0, found: 0, wrongCategory: 0, spurious: 1 },
    });
  });

  it('prints the missed as wanted less found, the shapes in their fixed order', () => {
    const tallies = emptyFigureTallies();
    tallyFigures([verdict('troops', 'vague', false), verdict('troops', 'digits', true)], [], tallies);
    expect(formatFigureTallies('x dev: figures', tallies)).toEqual([
      "x dev: figures (wanted by the gold's class; spurious by the class shown)",
      '  category  wanted  found  missed  wrong category  spurious',
      '  troops         2      1       1               0         0',
      '  shape     wanted  found  missed  wrong category  spurious',
      '  digits         1      1       0               0         0',
      '  vague          1      0       1               0         0',
    ]);
  });
});
