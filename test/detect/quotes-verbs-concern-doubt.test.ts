import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';
import { statements } from './quotes.fixture.ts';

/** Each report of one sentence: its speaker (actor id, else the description), verb and reported words. */
const read = (text: string) => statements([text]).map((m) => [m.speaker.actor ?? m.speaker.description, m.verb, m.reported]);

describe('verbs of concern and doubt, plural present forms and naming participles that report words', () => {
  it.each([
    // A concern raised, as one expressed.
    ['The Northern Council raised concerns on Tuesday over the movement of civilians.', [['northern-council', 'raised', 'concerns on Tuesday over the movement of civilians']]],
    ['Ruhl raised serious concern about the blockade of the port.', [['tomas-ruhl', 'raised', 'serious concern about the blockade of the port']]],
    // Doubt cast on a stance.
    ['Ruhl questioned Berg’s commitment to ending the blockade.', [['tomas-ruhl', 'questioned', 'Berg’s commitment to ending the blockade']]],
    ['Ruhl questioned the legitimacy of the vote.', [['tomas-ruhl', 'questioned', 'the legitimacy of the vote']]],
    // Plural present forms with a clause.
    ['Analysts speculate that the boats left at dawn.', [['Analysts', 'speculate', 'that the boats left at dawn']]],
    ['Sylvanian sources report that the boats left at dawn.', [['Sylvanian sources', 'report that', 'the boats left at dawn']]],
    // A participle that names the object as something.
    [
      'Ruhl dismissed the claims, labeling them as propaganda.',
      [
        ['tomas-ruhl', 'dismissed', 'the claims'],
        ['tomas-ruhl', 'labeling', 'them as propaganda'],
      ],
    ],
    [
      'Ruhl rejected the report, branding it as a lie.',
      [
        ['tomas-ruhl', 'rejected', 'the report'],
        ['tomas-ruhl', 'branding', 'it as a lie'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // Things raised, people questioned, reports as a noun, a brand on things: no words reported.
    ['Ruhl raised the flag over the port.'],
    ['Ruhl raised funds for the sailors.'],
    ['Ruhl questioned the sailors for hours.'],
    ['Police questioned him for hours.'],
    ['The reports that the boats left were false.'],
    ['The crews left the port, branding the hulls with their names.'],
  ])('no report: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('the stance of a concern raised and of a stance questioned', () => {
  const FOR_A_SIDE = { forThemselves: false, reported: true, forASide: true };
  const cases: [string, string, Stance][] = [
    ['raised', 'concerns on Tuesday over the movement of civilians', 'warns'],
    ['raised', 'serious concern about the blockade of the port', 'warns'],
    ['questioned', 'Berg’s commitment to ending the blockade', 'condemns'],
    ['questioned', 'the legitimacy of the vote', 'condemns'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, FOR_A_SIDE)).toBe(stance);
  });
});
