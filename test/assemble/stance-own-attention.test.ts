import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Where a side's attention lies, told of itself ("As the agency, our focus is on the well-being of
 * civilians", "we are focused on the crisis"), or a presence that shows a feeling ("I'm here to express
 * the full solidarity of Sylvania") describes the side: other, neither told nor undertaken. Another's
 * focus, a focus promised and help at hand stay as they were.
 */
describe('our attention told', () => {
  /** [words said by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['As the Ostmark agency, our focus is on the well-being of civilians.', 'other'],
    ['Still, during this visit, we are focused on the humanitarian needs of the people of Fredonburg', 'other'],
    ['I’m here to express the full solidarity of Sylvania with the people of Marsh City', 'other'],
    ['that he was here to express the deep sympathy of Freedonia', 'other'],
    // Another's focus, a focus promised, help at hand: as before.
    ['the focus of the strikes was the port of Marsh City', 'confirms'],
    ['we will focus on rebuilding the bridge', 'pledges'],
    ['we are here to help', 'confirms'],
    ['I am here to deliver aid to Marsh City', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true })).toBe(expected);
  });
});

/**
 * A side's attention kept on a matter from now on ("the issues of our displaced people will remain in our
 * focus", "will remain our top priority") is an undertaking, as "will always remember" is: pledges. Our
 * focus told now, another's agenda, a place in focus for others and a forecast stay as they were.
 */
describe('our attention kept', () => {
  /** [words said by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['The issues of our displaced brothers and sisters from Fredonburg will continuously remain in our focus.', 'pledges'],
    ['The safety of the returnees will remain our top priority.', 'pledges'],
    ['This issue will always remain at the centre of our attention.', 'pledges'],
    ['The question of the prisoners will stay on our agenda.', 'pledges'],
    ['The fallen of Marsh City will remain in our hearts forever.', 'pledges'],
    // Attention told now, another's, no one's, and a forecast.
    ['Our focus is on the well-being of civilians.', 'other'],
    ['The issue will remain on the agenda of the council.', 'other'],
    ['The region will remain in focus for investors.', 'other'],
    ['Prices will remain high.', 'confirms'],
    ['The prisoners will remain in our custody until the trial.', 'other'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true })).toBe(expected);
  });
});

/**
 * A side's first concern or priority, named by its possessive, as a good it looks after ("the agency's
 * primary concern is the well-being of the children") tells where its attention lies, as "our focus is on"
 * does: other. A concern that is a worry ("our concern is that …", "… is the shelling of the camps") and one
 * that names a want ("… is the lack of fuel") stay as they were.
 */
describe('a concern or priority for a good', () => {
  /** [words said by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['In the face of this crisis, the Ostmark agency’s primary concern is the well-being of the displaced children', 'other'],
    ['the agency’s priority remains the needs of the displaced families', 'other'],
    ['Freedonia’s first concern is the welfare of its citizens in Marsh City', 'other'],
    ['Sylvania’s top priority has been the safety of the hostages', 'other'],
    // A worry, a want, a happening named: as before.
    ['our concern is that the fighting will spread to Marsh City', 'warns'],
    ['the Ostmark agency’s main concern is the shelling of the camps', 'warns'],
    ['the agency’s concern is the lack of fuel in Marsh City', 'confirms'],
    ['Sylvania’s concern is the arrival of more troops at the border', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true })).toBe(expected);
  });
});
