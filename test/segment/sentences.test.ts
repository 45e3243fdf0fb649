import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../src/lib/segment/sentences.ts';

/** The sentence texts alone, for tests about where the splits fall. */
const texts = (input: string): string[] => segmentSentences(input).map((s) => s.text);

describe('segmentSentences', () => {
  it('numbers sentences from 0 and gives trimmed offsets into the input', () => {
    const input = '  The talks ended. Both sides left!  Will they return? ';
    expect(segmentSentences(input)).toEqual([
      { index: 0, text: 'The talks ended.', start: 2, end: 18 },
      { index: 1, text: 'Both sides left!', start: 19, end: 35 },
      { index: 2, text: 'Will they return?', start: 37, end: 54 },
    ]);
  });

  it('keeps every sentence equal to the input slice at its offsets', () => {
    const input = '“Go.” He left. The U.S. “We are ready,” he said.\nIt rained… Then it stopped.';
    const sentences = segmentSentences(input);
    expect(sentences.length).toBe(6);
    for (const sentence of sentences) {
      expect(input.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it('returns nothing for empty or blank text', () => {
    expect(segmentSentences('')).toEqual([]);
    expect(segmentSentences('  \n ')).toEqual([]);
  });

  it('keeps a final sentence that has no closing punctuation', () => {
    expect(texts('Talks resumed. Officials gave no details')).toEqual([
      'Talks resumed.',
      'Officials gave no details',
    ]);
  });

  it('splits after question and exclamation marks before a capital', () => {
    expect(texts('Why now? Nobody knows. It is late!  Everyone agrees.')).toEqual([
      'Why now?',
      'Nobody knows.',
      'It is late!',
      'Everyone agrees.',
    ]);
  });

  it('ends a quoted sentence when a new sentence follows the closing quote', () => {
    expect(texts('“Go.” He left.')).toEqual(['“Go.”', 'He left.']);
    expect(texts('"Go." He left.')).toEqual(['"Go."', 'He left.']);
    expect(texts('He called it ‘a mistake.’ The talks ended.')).toEqual([
      'He called it ‘a mistake.’',
      'The talks ended.',
    ]);
  });

  it('splits a period followed directly by an opening quote, with no space', () => {
    expect(texts('It was a violation, he said."This move is reckless," he added.')).toEqual([
      'It was a violation, he said.',
      '"This move is reckless," he added.',
    ]);
    expect(texts('The ministry said.“We will respond,” it added.')).toEqual([
      'The ministry said.',
      '“We will respond,” it added.',
    ]);
  });

  it('splits after a word-final ellipsis before a capital', () => {
    expect(texts('He paused... Then he left.')).toEqual(['He paused...', 'Then he left.']);
    expect(texts('We waited… Nothing came.')).toEqual(['We waited…', 'Nothing came.']);
  });

  it('splits after a dotted abbreviation only before an opening quote or a sentence opener', () => {
    expect(texts('He spoke about the U.S. “We are ready,” he said.')).toEqual([
      'He spoke about the U.S.',
      '“We are ready,” he said.',
    ]);
    expect(texts('The decision came from the U.S. It was expected.')).toEqual([
      'The decision came from the U.S.',
      'It was expected.',
    ]);
    expect(texts('The vote began at 9 a.m. It ended at noon.')).toEqual([
      'The vote began at 9 a.m.',
      'It ended at noon.',
    ]);
  });

  it('splits after a single capital letter that ends a sentence before a sentence opener', () => {
    expect(texts('He backed Plan B. The rest disagreed.')).toEqual(['He backed Plan B.', 'The rest disagreed.']);
  });

  it('splits a multi-sentence quotation that is not tied to an attribution', () => {
    expect(texts('“We will respond. It is our right.” The talks ended.')).toEqual([
      '“We will respond.',
      'It is our right.”',
      'The talks ended.',
    ]);
  });

  it('keeps a quotation that closes with a comma together with its attribution', () => {
    expect(texts('“We will respond. It is our right,” the minister said. Talks ended.')).toEqual([
      '“We will respond. It is our right,” the minister said.',
      'Talks ended.',
    ]);
  });

  it('splits a quotation tied to its attribution when asked to (splitQuotations)', () => {
    const split = (text: string) => segmentSentences(text, { splitQuotations: true }).map((s) => s.text);
    expect(split('“We will respond. It is our right,” the minister said. Talks ended.')).toEqual([
      '“We will respond.',
      'It is our right,” the minister said.',
      'Talks ended.',
    ]);
    // Abbreviations still do not end a sentence.
    expect(split('“Gen. Berg met the U.S. envoy,” she said.')).toEqual(['“Gen. Berg met the U.S. envoy,” she said.']);
  });

  it('treats a blank line as a sentence boundary', () => {
    expect(texts('A headline without a period\n\nThe story begins here.')).toEqual([
      'A headline without a period',
      'The story begins here.',
    ]);
  });

  it('splits a period after a closing parenthesis before a capital', () => {
    expect(texts('He cited the report (released in May). Others did not.')).toEqual([
      'He cited the report (released in May).',
      'Others did not.',
    ]);
  });
});
