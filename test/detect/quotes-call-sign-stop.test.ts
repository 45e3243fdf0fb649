import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

const quotes = (sentence: string) => statements([sentence]).map((m) => m.quote);

describe('a call sign or nickname that closes its sentence with the full stop inside its marks', () => {
  it.each([
    ['“The boats came at night,” said a Sylvanian pilot with the call sign “Heron.”', ['The boats came at night']],
    ['“We held the pier,” said a sailor nicknamed “Old Fox.”', ['We held the pier']],
  ])('is a name, not a quotation: %s', (sentence, expected) => {
    expect(quotes(sentence)).toEqual(expected);
  });

  it.each([
    // Words quoted after a colon are speech, a call sign or not.
    ['The pilot gave his call sign and added: “Hold the line.”', ['Hold the line.']],
    ['Tomas Ruhl said: “We call him Heron.”', ['We call him Heron.']],
  ])('leaves speech that only ends like a name: %s', (sentence, expected) => {
    expect(quotes(sentence)).toEqual(expected);
  });
});
