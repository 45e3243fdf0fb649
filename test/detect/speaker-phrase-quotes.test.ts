import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

const quotes = (paragraphs: string[]) => statements(paragraphs).filter((s) => s.kind === 'quote').map((s) => s.quote);

describe('a quotation inside the speaker’s own noun phrase is the writer’s term, not the speaker’s words', () => {
  it.each([
    'The “authorities” of Sylvania announced that they would lay down their arms.',
    'Then the so-called “government” of Marsh City said the port was closed.',
    'Their “interim” council said the port was closed.',
  ])('quotes nothing in: %s', (sentence) => {
    expect(quotes([sentence])).toEqual([]);
  });

  it.each([
    // The speaker before the quotation: their term.
    ['Berg said the “aggression” of Sylvania must end.', ['aggression']],
    // Words that close with a mark of their own are speech.
    ['They hit the “port of Marsh City,” Berg said.', ['port of Marsh City,']],
  ])('still quotes: %s', (sentence, expected) => {
    expect(quotes([sentence]).map((q) => q?.replace(/[,.]$/, ''))).toEqual(expected.map((q) => q.replace(/[,.]$/, '')));
  });
});
