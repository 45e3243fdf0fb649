import { describe, expect, test } from 'vitest';
import { encodePart, textDirective } from '../../src/lib/search/text-directive.ts';

const words = 'The Sylvanian Navy (SN) seized two boats off Port Alba, officials said on Sunday.'.split(' ');

describe('textDirective', () => {
  test('quotes three words of context on either side', () => {
    expect(textDirective(words, 5)).toBe('text=Navy%20(SN)%20seized-,two,-boats%20off%20Port');
  });

  test('punctuation clinging to the word goes into the context', () => {
    expect(textDirective(words, 3)).toBe('text=The%20Sylvanian%20Navy%20(-,SN,-)%20seized%20two%20boats');
    expect(textDirective(words, 9)).toBe('text=boats%20off%20Port-,Alba,-%2C%20officials%20said%20on');
  });

  test('at the start or the end of the paragraph, only the side that exists', () => {
    expect(textDirective(words, 0)).toBe('text=The,-Sylvanian%20Navy%20(SN)');
    expect(textDirective(words, 13)).toBe('text=officials%20said%20on-,Sunday,-.');
  });

  test('hyphens and commas, the syntax of a directive, are encoded', () => {
    expect(encodePart('mid-October, 2025')).toBe('mid%2DOctober%2C%202025');
    expect(textDirective(['a', 'well-known', 'port'], 1)).toBe('text=a-,well%2Dknown,-port');
  });
});

describe('textDirective: nothing to point at', () => {
  test('a word of punctuation only, or an index outside the words', () => {
    expect(textDirective(['boats', '—', 'seized'], 1)).toBe(null);
    expect(textDirective(words, 40)).toBe(null);
  });
});
