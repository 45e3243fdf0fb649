import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

const credits = (sentence: string) => statements([sentence]).map((m) => [m.speaker.actor ?? m.speaker.description, m.verb, m.reported]);

describe('"per X" names a source as "according to X" does', () => {
  it.each([
    ['As per the Courier, Freedonian troops took part in the operations.', [['daily-courier', 'As per', 'Freedonian troops took part in the operations']]],
    ['Per the State Bureau, the boats left Marsh City on Monday.', [['freedonia-state-bureau', 'Per', 'the boats left Marsh City on Monday']]],
    ['The boats left the port on Monday, per the Courier.', [['daily-courier', 'per', 'The boats left the port on Monday']]],
    ['Two more convoys would follow in the spring, as per Anna Berg.', [['anna-berg', 'as per', 'Two more convoys would follow in the spring']]],
  ])('makes the source the speaker: %s', (sentence, expected) => {
    expect(credits(sentence)).toEqual(expected);
  });

  it.each([
    // A rate, not a source.
    'Freight rates rose to 900 dollars per container in Marsh City.',
    'The ferries ran to Fredonburg twice per day.',
    'Per capita incomes fell sharply in Sylvania last year.',
    'The convoy moved at 40 kilometres per hour, with 12 trucks per column.',
  ])('makes no statement of a rate: %s', (sentence) => {
    expect(credits(sentence)).toEqual([]);
  });
});
