import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Evidence or signs cited as showing something ("satellite imagery of the port indicates renewed activity",
 * "these observations suggest that the old routes are active again", "there is a sign that the crews have been
 * learning …") affirm what they show, `confirms`, as "there is evidence that" does; what follows them (a
 * forecast, a watch kept) does not make them a forecast or a judgement. A hedge on what they show, words read
 * as a sign of intent, and no sign at all are not evidence cited.
 */
describe('evidence or signs cited as showing what is told', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['satellite imagery of the port of Fredonburg indicates renewed activity, which may suggest a transfer of cargo', 'confirms'],
    ['these observations suggest that the old supply routes are active again', 'confirms'],
    ['analysis of the debris found on the ferry pointed towards a drone attack and further analysis will be required', 'confirms'],
    ['as there is a sign that the Sylvanian crews have been learning to fly drones, we are monitoring the cooperation closely', 'confirms'],
    // Hedged, words read as a sign, or no sign: not evidence cited.
    ['satellite imagery may indicate that the old routes are active again', 'other'],
    ['the imagery suggests the depot could be expanded next year', 'other'],
    ['initial information suggested that sabotage was unlikely', 'other'],
    ['his remarks indicate that he is preparing to leave the alliance', 'other'],
    ['there is no sign that the troops have left the border', 'unconfirmed'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
