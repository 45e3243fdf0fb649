import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Another party's commitment, credited to it ("Freedonia has demonstrated its commitment to peace by
 * joining the talks") or noted of it ("(noted) the President's public commitments to help rebuild the
 * town"), describes where that party stands: other. The speaker's own side named first, a pronoun's
 * commitment, a claim about the commitment ("… is unwavering"), a commitment stressed rather than noted
 * and a vow told stay as they were.
 */
describe("another party's commitment credited or noted", () => {
  /** A side's spokesperson, in reported words, another party named first. */
  const OTHER_SIDE: StanceSpeaker = { forThemselves: false, reported: true, forASide: true, ownSideFirst: false };
  /** The same, its own side named first. */
  const OWN_SIDE: StanceSpeaker = { ...OTHER_SIDE, ownSideFirst: true };

  /** [reporting verb, words, stance, speaker]. */
  const cases: [string, string, Stance, StanceSpeaker][] = [
    ['said', 'Freedonia has demonstrated its commitment to peace by joining the talks in Marsh City', 'other', OTHER_SIDE],
    ['said', 'the Sylvanian rebels have shown their commitment to the truce by handing over their heavy guns', 'other', OTHER_SIDE],
    ['noted', "the President's public commitments to help rebuild the town for all its residents", 'other', OTHER_SIDE],
    ['noted', "Minister Weiss's personal commitment to the release of the prisoners", 'other', OTHER_SIDE],
    ['welcomed', "Sylvania's commitment to a ceasefire in the valley", 'other', OTHER_SIDE],
    // Its own side named first, a pronoun's commitment, a claim about it, a vow told: as before.
    ['said', 'Freedonia has demonstrated its commitment to peace by joining the talks in Marsh City', 'pledges', OWN_SIDE],
    ['said', 'we have shown our commitment to the truce by handing over our heavy guns', 'pledges', OTHER_SIDE],
    ['noted', "Sylvania's commitment to the truce will continue", 'pledges', OWN_SIDE],
    ['said', 'its commitment to the reconstruction of Marsh City', 'pledges', OTHER_SIDE],
    ['said', 'Freedonia has pledged to honour its commitments', 'confirms', OTHER_SIDE],
    ['stressed', "Sylvania's firm commitment to the defence of the valley", 'pledges', OTHER_SIDE],
  ];
  it.each(cases)('%s %s → %s', (verb, words, expected, speaker) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, speaker)).toBe(expected);
  });
});
