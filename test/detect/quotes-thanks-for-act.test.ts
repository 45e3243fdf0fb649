import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Each statement of one sentence: its speaker (actor id, else the description), verb and reported words. */
const read = (text: string) => statements([text]).map((m) => [m.speaker.actor ?? m.speaker.description, m.verb, m.reported]);

describe('thanks for an act are a statement ("thanked Berg for sending the boats"); thanks alone are not', () => {
  it.each([
    ['Ruhl thanked Berg for sending boats to help the port.', [['tomas-ruhl', 'thanked', 'Berg for sending boats to help the port']]],
    ['Ruhl thanked Berg on Wednesday for their fighting against the rebels.', [['tomas-ruhl', 'thanked', 'Berg on Wednesday for their fighting against the rebels']]],
    [
      'Berg thanked Ruhl for praising her crews and stressed that the two navies were allies.',
      [
        ['anna-berg', 'thanked', 'Ruhl for praising her crews'],
        ['anna-berg', 'stressed', 'that the two navies were allies'],
      ],
    ],
    // A participle of praise for an act, as thanks for one.
    ['Ruhl sent a letter to Berg, hailing Freedonian crews for their rescuing of the sailors.', [['tomas-ruhl', 'hailing', 'Freedonian crews for their rescuing of the sailors']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // Thanks alone, or for a thing rather than an act.
    ['Ruhl thanked the crews.'],
    ['Ruhl thanked the crews for their help: they escorted the convoys.'],
    ['Ruhl thanked Berg for the meeting.'],
    ['Ruhl thanked Berg for his understanding.'],
    ['Ruhl thanked the units that took part in the fighting.'],
    // Hailing with no act it is for.
    ['Crowds lined the streets, hailing the crews.'],
  ])('no statement: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
