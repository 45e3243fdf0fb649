import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Each statement of a text as [speaker (name, else description), government]. */
function credit(text: string): Array<[string | undefined, string | null]> {
  return statements([text]).map((m) => [m.speaker.name ?? m.speaker.description, m.government]);
}

describe('speakers: two offices of one person joined by "and"', () => {
  it('reads both offices as the description of the one person named after them', () => {
    const cases: Array<[string, Array<[string, string | null]>]> = [
      ['The Defence Ministry’s chief negotiator and spokesperson, Jan Weiss, said the camps were full.', [['Jan Weiss', 'freedonia']]],
      ['The Defence Ministry’s spokesman and deputy head Jan Weiss said the camps were full.', [['Jan Weiss', 'freedonia']]],
      ['The Freedonian envoy and spokesman Jan Weiss said the camps were full.', [['Jan Weiss', 'freedonia']]],
      ['Sylvania’s ambassador and spokesman, Jan Weiss, said the camps were full.', [['Jan Weiss', 'sylvania']]],
      ['The Sylvanian minister and spokesman said the camps were full.', [['The Sylvanian minister and spokesman', 'sylvania']]],
    ];
    for (const [text, expected] of cases) expect([text, credit(text)]).toEqual([text, expected]);
  });

  it('leaves several people, a second phrase of its own, and an independent office as they were', () => {
    const cases: Array<[string, Array<[string, string | null]>]> = [
      ['Sylvanian officials and diplomats said the camps were full.', [['diplomats', null]]],
      ['A Sylvanian lawmaker and analyst, Jan Weiss, said the camps were full.', [['Jan Weiss', null]]],
      ['Ruhl met the ambassador and spokesman Jan Weiss, who said the camps were full.', [['Jan Weiss', null]]],
    ];
    for (const [text, expected] of cases) expect([text, credit(text)]).toEqual([text, expected]);
  });
});
