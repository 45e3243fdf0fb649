import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A cause or a purpose read into what the writer tells ("the losses were attributable to …", "the delay was
 * due to the storm", "the parades appear aimed at fostering unity", "was intended as a final warning")
 * explains reasons, `other`; so do words quoted that open with a reason ("(the decision was made) “due to
 * the difficult situation”"). A schedule ("are due to meet"), a target ("appeared aimed at the port"), a deed
 * laid at someone's door ("was attributed to the militia") and a reason with a happening of its own stay told.
 */
const SAID = { verb: 'said', negated: false, denial: false };
const FOR_A_SIDE = { forThemselves: false, reported: true, forASide: true };

describe('a cause or a purpose read into what the writer tells', () => {
  /** [words reported with "said" by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['the agency thinks the admission was attributable to Ruritania’s efforts to deepen its ties with Sylvania', 'other'],
    ['the losses in the valley were largely attributable to poor training', 'other'],
    ['the delay at the crossing was due to the storm', 'other'],
    ['these parades appear aimed at fostering unity amid mounting losses', 'other'],
    ['the drills seem designed to test the coastal defences', 'other'],
    ['the statement was intended as a final warning before any strikes', 'other'],
    // A happening, a target or a deed laid at someone's door: still told.
    ['the strikes appeared aimed at the port of Marsh City', 'confirms'],
    ['the attack on the convoy was attributed to the militia', 'confirms'],
    ['the losses in the valley were reported by the ministry', 'confirms'],
    ['the drills were held near the coastal defences', 'confirms'],
    ['the ferries were delayed at the crossing for two days', 'confirms'],
    ['the statement was issued as a warning reached the ships', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf(SAID, words, FOR_A_SIDE)).toBe(expected);
  });
});

describe('words quoted that open with a reason', () => {
  /** [the reported words, the words quoted inside them, the stance]. */
  const cases: [string, string, Stance][] = [
    ['the decision to dissolve the council was made “due to the difficult military situation and the priority of ensuring safety”', 'due to the difficult military situation and the priority of ensuring safety', 'other'],
    ['the talks in Fredonburg were put off “because of the shelling”', 'because of the shelling', 'other'],
    ['the mission was cut short “in light of the new circumstances”', 'in light of the new circumstances', 'other'],
    // A schedule, or a reason that tells a happening of its own: told.
    ['the crews left the port “because we were ordered to”', 'because we were ordered to', 'confirms'],
    ['the convoy left the border “after the shelling stopped”', 'after the shelling stopped', 'confirms'],
    ['the mission was cut short “in the early hours”', 'in the early hours', 'confirms'],
  ];
  it.each(cases)('%s', (words, quote, expected) => {
    expect(stanceOf({ verb: 'noted', negated: false, denial: false }, words, FOR_A_SIDE, quote)).toBe(expected);
  });
});
