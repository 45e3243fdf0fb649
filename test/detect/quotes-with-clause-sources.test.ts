import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Each statement as [speaker, government, reported words]. */
function read(text: string): [string | null, string | null | undefined, string | null | undefined][] {
  return statements([text]).map((m) => [m.speaker.name ?? m.speaker.description, m.government, m.reported]);
}

describe('findStatements: "with" and its subject before a participle of speech, through a list of names or a record "from" them', () => {
  it.each([
    // A list of names set off by commas opens the subject of the "with" clause.
    [
      'Freedonia sent 1,400 soldiers, with Sylvanian, Ruritanian, and Western sources reporting over 600 killed.',
      [['Sylvanian, Ruritanian, and Western sources', null, 'over 600 killed']],
    ],
    [
      'Prices rose sharply, with Sylvanian, Ruritanian and Western analysts suggesting that the blockade will last.',
      [['Sylvanian, Ruritanian and Western analysts', null, 'the blockade will last']],
    ],
    [
      'Prices rose sharply, with North Ruritanian, Sylvanian and Western sources suggesting that the blockade will last.',
      [['North Ruritanian, Sylvanian and Western sources', null, 'the blockade will last']],
    ],
    // A record "from" the sources carries their words: the sources speak.
    ['Prices rose sharply, with reports from Ruritanian sources suggesting that the blockade will last.', [['Ruritanian sources', null, 'the blockade will last']]],
    ['Prices rose sharply, with estimates from Freedonian officials suggesting that the blockade will last.', [['Freedonian officials', 'freedonia', 'the blockade will last']]],
    [
      'Prices rose sharply, with reports from Ruritanian, Sylvanian, and Western sources suggesting that the blockade will last.',
      [['Ruritanian, Sylvanian, and Western sources', null, 'the blockade will last']],
    ],
  ])('fires: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // Without "with", the participle after a comma has no subject of its own.
    ['Prices rose sharply in Marsh City, Ruritanian analysts suggesting that the blockade will last.', []],
    // A phrase in lower case before the comma is no list of names.
    ['Prices rose sharply, with the talks stalled, Ruritanian analysts suggesting that the blockade will last.', []],
    // "from" after a noun that is no record: what comes from the sources does not carry their words.
    ['Prices rose sharply, with help from Ruritanian sources suggesting that the blockade will last.', []],
    ['Prices rose sharply, with satellite images from Ruritanian sources suggesting that the blockade will last.', []],
    // A thing that points speaks for no one, listed or not.
    ['Prices rose sharply, with Sylvanian, Ruritanian and Western satellite images suggesting that the blockade will last.', []],
    // Nor does what people do: "demand from buyers" carries no words.
    ['Prices rose sharply, with demand from Ruritanian buyers suggesting that the blockade will last.', []],
  ])('does not fire: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
