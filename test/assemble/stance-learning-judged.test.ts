import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * How fast a force or a people learns, judged ("they learned very quickly", "the recruits are rapidly
 * mastering the new drills", "are fast learners"), assesses aptitude: `other`. News found out ("learned
 * quickly that …", "quickly learned of …") and a happening told before the judgement stay told.
 */
describe('how fast someone learns, judged', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['And they learned very quickly.', 'other'],
    ['the Ruritanian recruits are rapidly mastering the new drills, including flying drones', 'other'],
    ['the Sylvanian sappers are fast learners, adapting to the terrain within weeks', 'other'],
    ['the crews adapt fast to the changing routes', 'other'],
    // News found out, or a happening told first: still told.
    ['the crews learned quickly that the port of Marsh City was closed', 'confirms'],
    ['they quickly learned of the attack on the convoy', 'confirms'],
    ['the brigade lacked armoured vehicles and for this reason recorded heavy losses but has adapted quickly', 'confirms'],
    ['the refugees quickly left the town after the shelling', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
