import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Each statement of a text as [speaker (name, else description), description, government]. */
function credit(text: string): Array<[string | undefined, string, string | null]> {
  return statements([text]).map((m) => [m.speaker.name ?? m.speaker.description, m.speaker.description, m.government]);
}

describe('speakers: a linking adverb between commas before the verb', () => {
  it('reads the name and its description as if "meanwhile", "however" … were not there', () => {
    const cases: Array<[string, Array<[string, string, string | null]>]> = [
      ['The Defence Ministry’s spokesman, Jan Weiss, meanwhile, said the camps were full.', [['Jan Weiss', 'The Defence Ministry’s spokesman', 'freedonia']]],
      ['Jan Weiss, the Defence Ministry’s spokesman, meanwhile, said the camps were full.', [['Jan Weiss', 'the Defence Ministry’s spokesman', 'freedonia']]],
      ['Sylvania’s ambassador, Jan Weiss, however, said the camps were full.', [['Jan Weiss', 'Sylvania’s ambassador', 'sylvania']]],
      ['A Sylvanian analyst, Karl Weiss, meanwhile, said the camps were full.', [['Karl Weiss', 'A Sylvanian analyst', null]]],
    ];
    for (const [text, expected] of cases) expect([text, credit(text)]).toEqual([text, expected]);
  });

  it('leaves a speaker with no description before the adverb as it was', () => {
    const cases: Array<[string, Array<[string, string, string | null]>]> = [
      ['Jan Weiss, meanwhile, said the camps were full.', [['Jan Weiss', '', null]]],
      ['The ministry, however, said the camps were full.', [['The ministry', 'The ministry', null]]],
    ];
    for (const [text, expected] of cases) expect([text, credit(text)]).toEqual([text, expected]);
  });
});
