import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A watch kept going ("we continue to closely monitor the situation") or kept on what another side may do
 * ("is closely monitoring the neighbour's possible provocations", "we are monitoring the possibility of
 * cooperation") describes a posture: other, not told.
 */
describe('a watch kept going', () => {
  /** [words reported with "said" by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['while the storm did not reach the coast, we continue to closely monitor the situation', 'other'],
    ['the ministry continues to monitor the situation closely', 'other'],
    ['the agency keeps following developments in the capital', 'other'],
    ["it is closely monitoring Sylvania's possible provocations, including launches of long-range rockets", 'other'],
    ["the coast guard is watching the smugglers' moves", 'other'],
    ['we are monitoring the possibility of cooperation between the two navies', 'other'],
    ['the agency is watching possible arms cooperation between Sylvania and Ruritania', 'other'],
    ['officials are tracking signs of a new deployment to the border', 'other'],
    // A thing followed, an act told after the watch, a happening watched: still told.
    ['we continue to follow the tanker', 'confirms'],
    ['the navy was tracking the vessel', 'confirms'],
    ['the army keeps watching enemy movements and struck a convoy', 'confirms'],
    ['they continued to watch as the ferry sank', 'confirms'],
    ['the frigate was tracking the cooperation vessel Ostmark Star', 'confirms'],
    ['the radar is monitoring the strait and detected two drones', 'confirms'],
    ['Sylvania and Ruritania signed an agreement on arms cooperation', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
