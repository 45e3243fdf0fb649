import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Each report of one sentence: its speaker (actor id, else the description), government, verb and reported words. */
const read = (text: string) => statements([text]).map((m) => [m.speaker.actor ?? m.speaker.description, m.government, m.verb, m.reported]);

describe('a claim with its author after "by" or "from", then "that", is the author’s statement', () => {
  it.each([
    ['The announcement follows a claim by Tomas Ruhl that Freedonian forces were behind an attack on the port.', [['tomas-ruhl', 'sylvania', 'claim', 'Freedonian forces were behind an attack on the port']]],
    ['The confirmation follows claims from Sylvania’s ambassador that Freedonian forces had attacked a bus.', [['Sylvania’s ambassador', 'sylvania', 'claims', 'Freedonian forces had attacked a bus']]],
    ['The move came after allegations by the Defence Ministry that Sylvanian boats had entered the bay.', [['freedonia-defence-ministry', 'freedonia', 'allegations', 'Sylvanian boats had entered the bay']]],
    [
      'Berg dismissed claims by Ruhl that the boats had left the port.',
      [
        ['anna-berg', 'freedonia', 'dismissed', 'claims by Ruhl that the boats had left the port'],
        ['tomas-ruhl', 'sylvania', 'claims', 'the boats had left the port'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // The claim as the sentence's subject: its clause runs into the sentence's own predicate.
    ['The claim by Ruhl that the boats left the port was false.'],
    ['A claim from Sylvania’s ambassador that the boats left the port was denied.'],
    // An author no topic data knows speaks for no one we can tell.
    ['The move follows claims from residents that the boats had left the port.'],
    // Too few words to list.
    ['The move follows claims by Ruhl that it left.'],
  ])('no claim listed: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
