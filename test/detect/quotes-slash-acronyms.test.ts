import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../src/lib/detect/quotes/attributions.ts';
import { tokenize } from '../../src/lib/detect/quotes/tokens.ts';

/** The speaker phrase of each attribution, as written. */
function phrases(text: string): Array<string | null> {
  const view = { text, masked: text, start: 0, end: text.length, tokens: tokenize(text, 0, text.length), quotes: [] };
  return findAttributions(view).map((a) => (a.phrase ? text.slice(a.phrase.start, a.phrase.end) : null));
}

describe('two acronyms joined by a slash are one name in a speaker phrase', () => {
  it.each([
    ['Talks will resume, RFE/RL reported.', 'RFE/RL'],
    ['Talks will resume, RFE/RL’s Sylvanian service reported.', 'RFE/RL’s Sylvanian service'],
    ["Talks will resume, the NC/RFE desk's Sylvanian service said.", "the NC/RFE desk's Sylvanian service"],
    ['Talks will resume, said the Sylvanian service of RFE/RL.', 'the Sylvanian service of RFE/RL'],
    ['According to AP/NORC, talks will resume.', 'AP/NORC'],
  ])('%s', (text, expected) => {
    expect(phrases(text)).toEqual([expected]);
  });

  it.each([
    // Places, pronouns and demonyms joined by a slash are no one name.
    ['Talks will resume, the Fredonburg/Marsh City office said.', 'Marsh City office'],
    ['Talks will resume, he/she said.', 'she'],
    ['Talks will resume, the Freedonian/Sylvanian commission said.', 'Sylvanian commission'],
    // A dateline of two cities: the speaker is after it.
    ['FREDONBURG/MARSH CITY (Courier): Ruhl said talks will resume.', 'Ruhl'],
    // A slash set off by spaces separates.
    ['Talks will resume, NC / RFE said.', 'RFE'],
  ])('not one name: %s', (text, expected) => {
    expect(phrases(text)).toEqual([expected]);
  });
});
