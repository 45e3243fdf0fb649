import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A side foretelling a force or mission of no named party sent out, in the passive ("(Berg added) the
 * mission will be deployed at sea", "a naval force will be deployed in the strait"): the force is its own,
 * and it undertakes the deployment, as "we will deploy" does. Another party's force, a force withdrawn or
 * attacked, a deployment told as past, and the same words from a report or an analyst stay as they were.
 */

const side: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };
const report: StanceSpeaker = { forThemselves: false, reported: true, forASide: true, finding: true };
const analyst: StanceSpeaker = { forThemselves: false, reported: true, assesses: true };

/** [the reported words, who says them, the stance]. */
const cases: [string, StanceSpeaker, Stance][] = [
  ['the mission will be deployed at sea and will not conduct any operation on land', side, 'pledges'],
  ['A multinational naval force will be deployed in the strait', side, 'pledges'],
  ['two frigates will also be sent to the gulf next month', side, 'pledges'],
  ['extra medical personnel will be stationed in Marsh City', side, 'pledges'],
  // Another party named, a force withdrawn or attacked, the past, a report or an analyst: as before.
  ['Sylvanian troops will be deployed to the border', side, 'other'],
  ['the mission will be withdrawn from the port', side, 'other'],
  ['the frigates were deployed to the gulf last month', side, 'confirms'],
  ['the mission will be deployed at sea', report, 'other'],
  ['the mission will be deployed at sea', analyst, 'other'],
];

describe('a force of no named party foretold as sent out', () => {
  it.each(cases)('%s', (words, speaker, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, speaker)).toBe(stance);
  });
});
