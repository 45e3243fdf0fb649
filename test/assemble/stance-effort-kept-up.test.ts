import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of a side's own quoted `words`, said with `verb`; `ownSideFirst` when they open with the side's name. */
function quoted(verb: string, words: string, ownSideFirst = false): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true, ownSideFirst });
}

describe('an effort the speaker’s side keeps up towards an end undertakes it: pledges', () => {
  /** [the verb, the words, whether they open with the side's name, the stance]. */
  const cases: [string, string, boolean, Stance][] = [
    ['added', 'We continue to work towards a lasting ceasefire in the valley, and to get more aid to the villages', false, 'pledges'],
    ['said', 'We are working towards the release of the crew', false, 'pledges'],
    ['said', 'We continue to make every effort to bring the sailors home', false, 'pledges'],
    ['said', 'Freedonia continues to make its appeal to the people of Marsh City to stay in their homes', true, 'pledges'],
    ['said', 'Sylvania will keep striving for a settlement with its neighbours', true, 'pledges'],
    // Where or how people work, what comes of the work, another party's effort, a report's telling.
    ['said', 'We continue to work in the fields despite the shelling', false, 'confirms'],
    ['said', 'We are working on the front line every day', false, 'confirms'],
    ['said', 'We continue to make progress on the road to Fredonburg', false, 'confirms'],
    ['said', 'Our crews continue to work for the relief agency in the port', false, 'confirms'],
    ['said', 'The rebels continue to press for more land in the north', false, 'confirms'],
  ];
  it.each(cases)('%s %s', (verb, words, ownSideFirst, stance) => {
    expect(quoted(verb, words, ownSideFirst)).toBe(stance);
  });

  it('a report tells another’s effort: confirms', () => {
    expect(stanceOf({ verb: 'says', negated: false, denial: false }, 'Sylvania continues to push for talks with the rebels', { forThemselves: false, reported: true, forASide: true, finding: true })).toBe('confirms');
  });
});
