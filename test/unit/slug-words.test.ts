import { describe, expect, it } from 'vitest';
import { slugWords } from '../../src/lib/slug.ts';

describe('slugWords', () => {
  it.each([
    ['plain ASCII, case and punctuation', 'Freedonia sent 3,000 troops.', ['freedonia', 'sent', '3', '000', 'troops']],
    ['a possessive with a straight or a curly apostrophe', "Freedonia's navy and Sylvania’s army", ['freedonia', 'navy', 'and', 'sylvania', 'army']],
    ['a possessive at the end', "it is the minister's", ['it', 'is', 'the', 'minister']],
    ['an apostrophe s before a word character is kept apart', "the 'sea' and a's_b", ['the', 'sea', 'and', 'a', 's', 'b']],
    ['a left quote is no apostrophe', 'the ‘s’ grade', ['the', 's', 'grade']],
    ['two possessives in a row', "Berg's's", ['berg']],
    ['dashes and curly double quotes', 'talks—“slow”–said', ['talks', 'slow', 'said']],
    ['accents folded', 'Zürich’s café', ['zurich', 'cafe']],
    ['letters NFKD makes ASCII', 'ﬁrst ２ Kelvin', ['first', '2', 'kelvin']],
    ['nothing but punctuation', ' — ', []],
  ])('%s', (_, text, words) => {
    expect(slugWords(text)).toEqual(words);
  });
});
