import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Each statement of the paragraphs as [paragraph, speaker (name, else description), government]. */
function credit(paragraphs: string[]): Array<[number, string | undefined, string | null]> {
  return statements(paragraphs).map((m) => [m.paragraph, m.speaker.name ?? m.speaker.description, m.government]);
}

describe('speakers: a past office set off by commas before the speaker’s present title', () => {
  it('keeps the past office in the speaker’s description, so a former official speaks for no government', () => {
    const cases: Array<[string[], Array<[number, string, string | null]>]> = [
      [['The camps are full, former ambassador of Sylvania to Freedonia, head of the Sylvanian Peace Union Jan Weiss told the Courier.'], [[1, 'Jan Weiss', null]]],
      [['The camps are full, retired general, Sylvanian defence adviser Jan Weiss told the Courier.'], [[1, 'Jan Weiss', null]]],
      // A later surname takes the fuller description, not the title read before it in the narrative.
      [['The camps are full, former ambassador of Sylvania to Freedonia, head of the Sylvanian Peace Union Jan Weiss told the Courier.', 'Weiss added that the talks had failed.'], [[1, 'Jan Weiss', null], [2, 'Jan Weiss', null]]],
    ];
    for (const [paragraphs, expected] of cases) expect([paragraphs, credit(paragraphs)]).toEqual([paragraphs, expected]);
  });

  it('leaves a present title, and a body after the past office, as they were', () => {
    const cases: Array<[string[], Array<[number, string, string | null]>]> = [
      [['The camps are full, Sylvanian Defence Minister Jan Weiss told the Courier.', 'Weiss added that the talks had failed.'], [[1, 'Jan Weiss', 'sylvania'], [2, 'Jan Weiss', 'sylvania']]],
      [['The camps are full, head of the Sylvanian Border Service Jan Weiss told the Courier.'], [[1, 'Jan Weiss', 'sylvania']]],
    ];
    for (const [paragraphs, expected] of cases) expect([paragraphs, credit(paragraphs)]).toEqual([paragraphs, expected]);
  });
});
