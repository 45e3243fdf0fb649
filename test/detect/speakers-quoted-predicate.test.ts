import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Each quotation with its speaker and government, in order. */
const quotes = (paragraphs: string[]) =>
  statements(paragraphs)
    .filter((s) => s.kind === 'quote')
    .map((s) => [s.quote, s.speaker.name ?? s.speaker.description, s.government]);

const READOUT = 'During a call with Berg on Monday, Ruhl “expressed deep condolences” and promised a “thorough investigation”, the State Bureau said.';

describe('a quoted predicate that tells of its subject in the third person is never the subject’s words', () => {
  it.each([
    // A body's readout about a person goes on: its wording is still the body's; the person's own "said" keeps its quote.
    [
      [READOUT, 'Ruhl also “expressed readiness to provide material assistance” and said the two ministries “are in close contact”.'],
      ['expressed readiness to provide material assistance', 'the State Bureau', 'freedonia'],
      ['are in close contact', 'Tomas Ruhl', 'sylvania'],
    ],
    // No body's account before: whose wording it is cannot be told, so no one's.
    [
      ['Ruhl also “expressed readiness to provide material assistance” and said the two ministries “are in close contact”.'],
      ['expressed readiness to provide material assistance', '', null],
      ['are in close contact', 'Tomas Ruhl', 'sylvania'],
    ],
  ])('credits the quoted predicate to the account it belongs to: %j', (paragraphs, ...expected) => {
    expect(quotes(paragraphs).filter(([quote]) => expected.some(([want]) => want === quote))).toEqual(expect.arrayContaining(expected));
    expect(quotes(paragraphs).filter(([quote]) => expected.some(([want]) => want === quote))).toHaveLength(expected.length);
  });

  it.each([
    // Another subject: the body's account was of Ruhl, not Berg.
    [[READOUT, 'Berg also “expressed readiness to help the families”.'], ['expressed readiness to help the families', '', null]],
    // The account broken by a sentence between.
    [[READOUT, 'The port was closed on Tuesday.', 'Ruhl “expressed readiness to help the families”.'], ['expressed readiness to help the families', '', null]],
    // The speaker's own report of another's words: "X said that Y had …".
    [['Anna Berg said that Tomas Ruhl had “reaffirmed his full support for the talks”.'], ['reaffirmed his full support for the talks', 'Anna Berg', 'freedonia']],
    // The speaker in the first person.
    [['Ruhl said: “I expressed our readiness to help.”'], ['I expressed our readiness to help.', 'Tomas Ruhl', 'sylvania']],
    [['“We expressed our readiness to help,” Ruhl said.'], ['We expressed our readiness to help', 'Tomas Ruhl', 'sylvania']],
    // A present "-eed" verb is no past predicate.
    [['The sailors “need more food and water,” Berg said.'], ['need more food and water', 'Anna Berg', 'freedonia']],
    // The body's report holds the quotation itself.
    [['The State Bureau said Ruhl “expressed readiness to help the families”.'], ['expressed readiness to help the families', 'The State Bureau', 'freedonia']],
  ])('leaves every other quotation as it was: %j', (paragraphs, expected) => {
    expect(quotes(paragraphs).at(-1)).toEqual(expected);
  });
});
