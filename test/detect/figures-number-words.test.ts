import { describe, expect, it } from 'vitest';
import { findFigures, parseNumberWords } from '../../src/lib/detect/figures/index.ts';
import { mayHoldNumber, scanNumbers } from '../../src/lib/detect/figures/numbers.ts';
import { tokenize } from '../../src/lib/detect/figures/tokens.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';
import { piecedTexts } from '../helpers/pieced-texts.ts';

describe('parseNumberWords', () => {
  it.each([
    [['seven'], 7],
    [['twenty', 'five'], 25],
    [['a', 'dozen'], 12],
    [['two', 'dozen'], 24],
    [['two', 'hundred', 'and', 'forty'], 240],
    [['twelve', 'thousand', 'five', 'hundred'], 12500],
    [['thousand'], 1000],
    [['an', 'hundred'], 100],
    [['eight', 'million'], 8000000],
    [['one', 'hundred', 'thousand'], 100000],
    [['three', 'billion'], 3000000000],
  ])('reads %j as %d', (words, value) => {
    expect(parseNumberWords(words)).toBe(value);
  });

  it('returns null for words that are not numbers', () => {
    expect(parseNumberWords(['several'])).toBeNull();
    expect(parseNumberWords([])).toBeNull();
    expect(parseNumberWords(['and'])).toBeNull();
  });
});

describe('findFigures: number words in text', () => {
  const personnel: FigureCategory[] = [{ id: 'personnel', label: 'Personnel', units: ['soldiers', 'troops'], cues: [] }];
  const read = (input: string) => findFigures(input, personnel).map(({ value, upper, text }) => ({ value, upper, text }));

  it.each([
    ['According to Berg, “hundreds” of enemy soldiers have been killed.', 'hundreds” of enemy soldiers'],
    ['Berg said the raid killed "dozens" of troops.', 'dozens" of troops'],
  ])('reads a vague amount in quotation marks as the count of what follows: %j', (input, text) => {
    const found = findFigures(input, [
      { id: 'losses', label: 'Losses', units: ['soldiers', 'troops'], cues: ['killed'] },
      { id: 'personnel', label: 'Personnel', units: ['soldiers', 'troops'], cues: ['sent'] },
    ]);
    expect(found.map((f) => [f.text, f.category, f.vague !== null])).toEqual([[text, 'losses', true]]);
  });

  it('reads no count from a quoted vague word that counts nothing after it', () => {
    expect(read('Berg called the losses “dozens”, of course.')).toEqual([]);
  });

  it('does not add up neighbouring number words that do not combine', () => {
    expect(read('They counted one, two, three soldiers.')).toEqual([{ value: 3, upper: undefined, text: 'three soldiers' }]);
  });

  it.each([
    ['Two hundred and forty-five soldiers crossed.', [{ value: 245, upper: undefined, text: 'Two hundred and forty-five soldiers' }]],
    ['Two thousand and sixty-one troops crossed.', [{ value: 2061, upper: undefined, text: 'Two thousand and sixty-one troops' }]],
    ['Three hundred and fifty thousand troops crossed.', [{ value: 350000, upper: undefined, text: 'Three hundred and fifty thousand troops' }]],
    ['One thousand and five hundred soldiers crossed.', [{ value: 1500, upper: undefined, text: 'One thousand and five hundred soldiers' }]],
    // The same scale again after "and" is a second number, never their sum.
    ['Between two thousand and three thousand troops crossed.', [{ value: 2000, upper: 3000, text: 'Between two thousand and three thousand troops' }]],
    ['Two hundred and three hundred soldiers stayed.', [{ value: 200, upper: undefined, text: 'Two hundred' }, { value: 300, upper: undefined, text: 'three hundred soldiers' }]],
  ])('reads "and" inside a number in words as British English writes it: %j', (input, expected) => {
    expect(read(input)).toEqual(expected);
  });

  it('reads "half a million", "half a dozen" as half the scale, not the whole', () => {
    expect(read('Nearly half a million troops and half a dozen soldiers were counted.')).toEqual([
      { value: 500000, upper: undefined, text: 'Nearly half a million troops' },
      { value: 6, upper: undefined, text: 'half a dozen soldiers' },
    ]);
    expect(read('Half the soldiers left.')).toEqual([]);
  });

  it('reads "two or three soldiers" as a range', () => {
    expect(read('Two or three soldiers stood guard.')).toEqual([{ value: 2, upper: 3, text: 'Two or three soldiers' }]);
  });

  it('reads "a thousand" and "a hundred thousand"', () => {
    expect(read('A thousand troops and a hundred thousand soldiers.')).toEqual([
      { value: 1000, upper: undefined, text: 'A thousand troops' },
      { value: 100000, upper: undefined, text: 'a hundred thousand soldiers' },
    ]);
  });

  it.each([
    ['Over 1 lakh troops were counted.', 'Over 1 lakh troops', 100000],
    ['Nearly 1.2 lakh soldiers were counted.', 'Nearly 1.2 lakh soldiers', 120000],
    ['Five lakh troops were counted.', 'Five lakh troops', 500000],
    ['More than 1,00,000 troops were counted.', 'More than 1,00,000 troops', 100000],
    ['Around 12,50,000 soldiers were counted.', 'Around 12,50,000 soldiers', 1250000],
    ['Some 2 crore soldiers were counted.', 'Some 2 crore soldiers', 20000000],
  ])('reads the scale words and digit groups of South Asian English: %j', (input, text, value) => {
    expect(read(input)).toEqual([{ value, upper: undefined, text }]);
  });

  it('reads commas that group no number as South Asian English does as no such number', () => {
    expect(read('The lists gave 10,00 and 1,00,0000 and 100,00,000 soldiers.').map((f) => f.value)).not.toContain(100000);
    expect(read('The lists gave 10,00 and 1,00,0000 and 100,00,000 soldiers.').map((f) => f.value)).not.toContain(1000000);
  });

  it.each([
    ['Berg said four-thousand-100 troops had crossed.', [{ value: 4100, upper: undefined, text: 'four-thousand-100 troops' }]],
    ['Some two-thousand-350 soldiers stayed in Marsh City.', [{ value: 2350, upper: undefined, text: 'Some two-thousand-350 soldiers' }]],
    ['About 600 soldiers died and another four-thousand-100 troops were hurt.', [{ value: 600, upper: undefined, text: 'About 600 soldiers' }, { value: 4100, upper: undefined, text: 'another four-thousand-100 troops' }]],
    ['Sylvania sent one-million-200 soldiers, Ruhl said.', [{ value: 1000200, upper: undefined, text: 'one-million-200 soldiers' }]],
  ])('reads digits a hyphen joins to a number in words ending in thousands as its last group: %j', (input, expected) => {
    expect(read(input)).toEqual(expected);
  });

  it.each([
    // A hundred is no group of thousands, and digits that run on into a word or another hyphen are no last group.
    ['They sent two-hundred-50 troops.', 50],
    ['A thousand-100-strong unit of troops left.', 100],
    ['They found two-thousand-year-old walls and 40 troops.', 2000],
    // More digits than a group of thousands holds, or as many as the scale itself, are a second number.
    ['Two-thousand-1000 troops were counted.', 3000],
    ['Four-thousand-2,500 troops were counted.', 6500],
  ])('adds no digits that cannot be the last group of thousands: %j', (input, sum) => {
    expect(read(input).map((f) => f.value)).not.toContain(sum);
  });

  it('reads a four-digit count that could be a year when its noun is a unit and no preposition precedes', () => {
    expect(read('The base now holds 2000 troops.')).toEqual([{ value: 2000, upper: undefined, text: '2000 troops' }]);
  });

  it('keeps a sentence going past abbreviations when borrowing a unit', () => {
    expect(read('Some 2,000 soldiers left on Oct. 30 with Gen. Lee, with a total of 9,000 expected.')).toEqual([
      { value: 2000, upper: undefined, text: 'Some 2,000 soldiers' },
      { value: 9000, upper: undefined, text: 'a total of 9,000' },
    ]);
  });
});

describe('mayHoldNumber', () => {
  // Pieces a number can be made of, written as copy writes them, and words that only look like one.
  const PIECES = ['One', 'TWENTY', 'twenty-five', 'Twenty-Five', 'Hundreds', 'SEVERAL', 'several', 'half', 'Half', 'a', 'an', 'and',
    'dozen', 'Dozens', 'tens', 'Scores', 'thousand', 'Million', 'billions', 'someone', 'often', 'tension', 'one’s', "ten's", 'eleven-',
    '-nine', 'é', 'Ω', '𝑨', '’', "'", '-', ' ', '  ', ',', '.', '\n', 'of', 'troops', 'ships', '7', '12,000', '3.5', '½', '٣', 'Ⅻ'];

  const texts = (count: number) => piecedTexts(PIECES, count, { seed: 7, minPieces: 1, maxPieces: 8, between: '' });

  it('holds wherever the number scanner finds a number, so the figure detector may skip the rest', () => {
    let withNumbers = 0;
    for (const text of texts(3000)) {
      const found = scanNumbers(tokenize(text)).length > 0;
      if (found) withNumbers += 1;
      if (found) expect(mayHoldNumber(text), text).toBe(true);
    }
    // The generated texts exercise both sides.
    expect(withNumbers).toBeGreaterThan(500);
  });

  it('is false for prose with no digit and no number word, and findFigures then finds nothing', () => {
    const prose = 'The ministry said someone had often warned of tension at the border; officials declined to comment.';
    expect(mayHoldNumber(prose)).toBe(false);
    expect(findFigures(prose, [])).toEqual([]);
    expect(mayHoldNumber('Dozens of ships')).toBe(true);
    expect(mayHoldNumber('TWENTY-FIVE sailors')).toBe(true);
  });
});

describe('scanNumbers: a decimal comma', () => {
  const values = (text: string) => scanNumbers(tokenize(text)).map(({ value }) => value);

  it.each([
    ['Sylvania pledged 3,9 million euros.', [3_900_000]],
    ['The fund holds 1,25 billion dollars.', [1_250_000_000]],
    ['About 12,5 thousand people left Marsh City.', [12_500]],
  ])('reads %j as one number with a fraction', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([
    // A thousands comma has three digits after it.
    ['Sylvania pledged 3,900 million euros.', [3_900_000_000]],
    // A comma and a space make a list.
    ['Freedonia sent 3, 9 million or none.', [3, 9_000_000]],
    // No scale word: the comma may end a number in a list written tight.
    ['The brigades 3,9 and 12 moved.', [3, 9, 12]],
    ['Berg counted 3,9 soldiers.', [3, 9]],
  ])('leaves %j as written', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });
});
