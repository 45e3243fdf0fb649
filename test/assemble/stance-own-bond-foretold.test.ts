import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';

/**
 * A side foretelling that its own bond with another will grow undertakes it: "the friendship between her
 * country and Sylvania would grow stronger", "our ties will continue to deepen". A bond of others
 * foretold, a bond foretold to suffer, and an analyst's forecast are not pledges.
 */

/** A side's spokesperson, in reported words. */
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };
/** A side's own words, quoted. */
const QUOTED: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };
/** An analyst of no side. */
const ANALYST: StanceSpeaker = { forThemselves: false, reported: true, assesses: true, forASide: false };

const said = { verb: 'said', negated: false, denial: false };

describe('a side’s own bond foretold to grow', () => {
  /** [speaker, words]. */
  const cases: [StanceSpeaker, string][] = [
    [REPORTED, 'the friendship between her country and Sylvania would grow stronger every year'],
    [REPORTED, 'the “alliance” between the two countries would advance without pause'],
    [QUOTED, 'Our ties with the island nations will continue to deepen'],
    [QUOTED, 'Bilateral cooperation in farming will expand further next year'],
  ];
  it.each(cases)('%o %s → pledges', (speaker, words) => {
    expect(stanceOf(said, words, speaker)).toBe('pledges');
  });

  /** [speaker, words]. */
  const notPledges: [StanceSpeaker, string][] = [
    // Others' bond: a forecast.
    [REPORTED, 'ties between Fredonia and Sylvania would deepen after the election'],
    // A bond foretold to suffer, or no bond.
    [QUOTED, 'Our relations would suffer if the tariffs stay'],
    [QUOTED, 'Trade between the two countries will fall this year'],
    // An analyst foretells.
    [ANALYST, 'relations between the two countries would deepen in the coming years'],
  ];
  it.each(notPledges)('%o %s → not a pledge', (speaker, words) => {
    expect(stanceOf(said, words, speaker)).not.toBe('pledges');
  });
});
