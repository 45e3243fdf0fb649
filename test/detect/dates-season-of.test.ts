import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/detect/dates/index.ts';

/** The date words found in `text`, in a paper of 2023-09-27. */
function dateWords(text: string): string[] {
  return findDates(text, '2023-09-27').map((d) => d.date.text);
}

describe('a season word followed by "of" is a season only with a year', () => {
  it.each([
    // Not a season: the word names a collapse or a figure of speech; a year later in the sentence stays.
    ['The valley has been contested since the fall of the old empire in 1992.', ['1992']],
    ['Freedonia has ruled the valley since the fall of the Ruritanian monarchy.', []],
    ['Marsh City remembers the spring of hope that followed the truce.', []],
  ])('%j', (text, words) => {
    expect(dateWords(text)).toEqual(words);
  });

  it.each([
    // Near misses, still seasons: a year after "of", a season with a modifier, a season and a year.
    ['Sylvania sent troops in the fall of 2022.', 'the fall of 2022'],
    ['Sylvania sent troops last fall.', 'last fall'],
    ['Sylvania sent troops in the winter of 2021 and withdrew them.', 'the winter of 2021'],
    ['Berg visited Fredonburg in the spring, after the truce.', 'the spring'],
  ])('%j', (text, words) => {
    expect(dateWords(text)).toContain(words);
  });
});
