import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Each statement of a text as [speaker (name, else description), government]. */
function credit(text: string): Array<[string | undefined, string | null]> {
  return statements([text]).map((m) => [m.speaker.name ?? m.speaker.description, m.government]);
}

describe('speakers: where the speaker comes from', () => {
  it('takes the phrase before "originating from", "coming from" … for the speaker, not the place', () => {
    const cases: Array<[string, Array<[string, string | null]>]> = [
      ['Reports coming from Freedonia said the camps were full.', [['Reports', null]]],
      ['Rumours emanating from Marsh City claimed that the camps were full.', [['Rumours', null]]],
      ['Bloggers hailing from Sylvania claimed that the camps were full.', [['Bloggers', null]]],
      ['Two refugees coming from Sylvania said the camps were full.', [['Two refugees', null]]],
      ['Sylvanian officials coming from the talks said the camps were full.', [['Sylvanian officials', 'sylvania']]],
      // No one the reader can name: nothing rather than the place.
      ['Some social media accounts originating from Sylvania claimed that the camps were full.', []],
    ];
    for (const [text, expected] of cases) expect([text, credit(text)]).toEqual([text, expected]);
  });

  it('leaves an institution’s words its own, and "from" after a noun as it was', () => {
    const cases: Array<[string, Array<[string, string | null]>]> = [
      ['A statement coming from the Defence Ministry said the camps were full.', [['the Defence Ministry', 'freedonia']]],
      ['Officials from Sylvania said the camps were full.', [['Officials from Sylvania', 'sylvania']]],
    ];
    for (const [text, expected] of cases) expect([text, credit(text)]).toEqual([text, expected]);
  });
});
