import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Each report of one sentence: its speaker's actor id, verb and reported words. */
const read = (text: string) => statements([text]).map((m) => [m.speaker.actor ?? m.speaker.description, m.verb, m.reported]);

describe('"…, before adding that …": the speaker’s next words, a report of its own', () => {
  it.each([
    [
      'Berg said the port was closed, before adding that the boats might return.',
      [
        ['anna-berg', 'said', 'the port was closed'],
        ['anna-berg', 'adding', 'that the boats might return'],
      ],
    ],
    [
      'Berg said the port was closed before adding that the boats might return.',
      [
        ['anna-berg', 'said', 'the port was closed'],
        ['anna-berg', 'adding', 'that the boats might return'],
      ],
    ],
    [
      'Ruhl denied the report, before warning that the boats might return.',
      [
        ['tomas-ruhl', 'denied', 'the report'],
        ['tomas-ruhl', 'warning', 'that the boats might return'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // A participle that is also a noun, with no "that": a thing that happened before, inside what was said.
    ['Berg said the port was closed before warning shots were fired.', [['anna-berg', 'said', 'the port was closed before warning shots were fired']]],
    ['Berg said the port was closed, before warning shots were fired.', [['anna-berg', 'said', 'the port was closed, before warning shots were fired']]],
    // No speaker before it.
    ['The crews left the port before saying goodbye.', []],
  ])('no second report: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
