import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The speaker and words of each statement made with "disputes" or "dispute". */
const disputes = (sentence: string) =>
  statements([sentence])
    .filter((m) => /^disputes?$/.test(m.verb ?? ''))
    .map((m) => [m.speaker.actor, m.reported]);

describe('"disputes <a name>\'s claim" disputes it in words, as "disputes this claim" does', () => {
  it.each([
    ['Sylvania disputes Ruhl’s assertion that the port is closed.', [['sylvania', 'Ruhl’s assertion that the port is closed']]],
    ['Sylvania disputes the Bureau’s figures on the harbour.', [['sylvania', 'the Bureau’s figures on the harbour']]],
    ['Freedonia disputes Tomas Ruhl’s account of the talks.', [['freedonia', 'Tomas Ruhl’s account of the talks']]],
  ])('%s', (sentence, expected) => {
    expect(disputes(sentence)).toEqual(expected);
  });

  it.each([
    // The noun "disputes", and a possessive before no word of anyone's words.
    'Border disputes Ruhl’s government has long avoided are back.',
    'The disputes over Ruhl’s claims went on.',
    'Sylvania disputes Ruhl’s plan for the harbour.',
    'Freedonia’s disputes with the Bureau’s staff are old.',
  ])('no statement: %s', (sentence) => {
    expect(disputes(sentence)).toEqual([]);
  });
});
