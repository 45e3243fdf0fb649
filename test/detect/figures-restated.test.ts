import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

const CATEGORIES: FigureCategory[] = [
  { id: 'sailors', label: 'Sailors sent', units: ['sailors', 'troops'], cues: ['sent', 'deployed'] },
  { id: 'losses', label: 'Losses', units: ['casualties', 'dead'], cues: ['killed', 'wounded', 'lost'] },
];

const categories = (text: string) => findFigures(text, CATEGORIES).map((f) => [f.text, f.category]);

describe('findFigures: a count that restates the sentence before ("We are talking about …")', () => {
  it.each([
    // What the sentence before says happened to them, told in words.
    ['Many of the enemy were destroyed. We are talking about hundreds of Sylvanian sailors.', 'about hundreds of Sylvanian sailors', 'losses'],
    ['The navy lost many men in the assault. We’re talking about 3,000 sailors.', 'about 3,000 sailors', 'losses'],
    ['Freedonia sent more ships to the strait. We are talking about 3,000 sailors.', 'about 3,000 sailors', 'sailors'],
    // The figure's own clause decides when it has one.
    ['Many sailors were killed. We are talking about 3,000 sailors who will be sent next month.', 'about 3,000 sailors', 'sailors'],
    ['Many sailors were killed. We are talking about 3,000 sailors to be deployed in May.', 'about 3,000 sailors', 'sailors'],
    // A sentence before that tells nothing of them changes nothing, nor does another opening.
    ['Talks were held on Tuesday. We are talking about 3,000 sailors.', 'about 3,000 sailors', 'sailors'],
    ['Many sailors were killed. That is 3,000 sailors.', '3,000 sailors', 'sailors'],
  ])('%s', (text, figure, category) => {
    expect(categories(text)).toEqual([[figure, category]]);
  });

  it('reads nothing before the text’s first sentence', () => {
    expect(categories('We are talking about 3,000 sailors.')).toEqual([['about 3,000 sailors', 'sailors']]);
  });
});
