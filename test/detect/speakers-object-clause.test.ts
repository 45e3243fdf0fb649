import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The speaker actor and government of the statement whose reported words start with `words`. */
function speakerOf(paragraphs: string[], words: string): [string | null, string | null] | null {
  const found = statements(paragraphs).find((s) => s.reported?.startsWith(words));
  return found ? [found.speaker.actor, found.government] : null;
}

describe('"ships it says are linked to X": "it" in a clause about an object of its own sentence is that sentence’s subject', () => {
  const cases: [string, string[], string, [string | null, string | null] | null][] = [
    [
      'the side that opens the sentence, not the body that spoke in the paragraph before',
      ['The Defence Ministry said the port was closed.', 'Sylvania has been striking ships it says are linked to Freedonia.'],
      'are linked',
      ['sylvania', 'sylvania'],
    ],
    [
      'the side named in an appositive that the sentence opens with',
      ['The Defence Ministry said the port was closed.', 'The militia, known to its foes as the Northern Council, has fired at tankers it says belong to Freedonia.'],
      'belong to Freedonia',
      ['northern-council', 'northern-council'],
    ],
    [
      'the only side named before the clause, further into the sentence',
      ['The Defence Ministry said the port was closed.', 'The militia known to its foes as the Northern Council has fired at tankers it says belong to Freedonia.'],
      'belong to Freedonia',
      ['northern-council', 'northern-council'],
    ],
    [
      'the subject, when the object names another side',
      ['The State Bureau said the port was closed.', "Sylvania's jets hit Freedonia's depots, which it said were storing missiles."],
      'were storing missiles',
      ['sylvania', 'sylvania'],
    ],
    [
      '"they" after the only side named in an appositive',
      ['The Defence Ministry said the port was closed.', 'The militia, known to its foes as the Northern Council, has attacked ships they say are linked to Freedonia.'],
      'are linked',
      ['northern-council', 'northern-council'],
    ],
    [
      'a verb of naming: "it described as"',
      ['The Defence Ministry said the port was closed.', 'The militia, known to its foes as the Northern Council, struck ships it described as military targets.'],
      'as military targets',
      ['northern-council', 'northern-council'],
    ],
    [
      'a side that backs the subject is not the subject: no one, not the body of the paragraph before',
      ['The Defence Ministry said the port was closed.', 'The coastal militia, which the Northern Council backs, has attacked vessels it says are linked to Freedonia.'],
      'are linked',
      [null, null],
    ],
    [
      'a side named as the backer after a participle: no one',
      ['The Defence Ministry said the port was closed.', 'The coastal militia, backed by the Northern Council, has attacked vessels it says are linked to Freedonia.'],
      'are linked',
      [null, null],
    ],
    // Near misses: "it" as a clause's own subject, or a sentence whose subject cannot be told.
    [
      '"it said" opening a report of its own is read as before',
      ['The Defence Ministry said the port was closed.', 'It said the ships were linked to Sylvania.'],
      'the ships were linked',
      ['freedonia-defence-ministry', 'freedonia'],
    ],
    [
      'two sides named before the clause, neither opening the sentence: no one',
      ['The Defence Ministry said the port was closed.', 'After long talks in Fredonburg and Marsh City, the coastal militia stopped ships it says are linked to the Northern Council.'],
      'are linked',
      [null, null],
    ],
    [
      '"they" after two sides may be both: no one, not the body of the paragraph before',
      ['The Defence Ministry said the port was closed.', 'The coastal militia of Sylvania, backed by the Northern Council, has attacked ships they say are linked to Freedonia.'],
      'are linked',
      [null, null],
    ],
  ];
  it.each(cases)('%s', (_, paragraphs, words, expected) => {
    expect(speakerOf(paragraphs, words)).toEqual(expected);
  });
});
