import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * What something is worth, weighed: good or bad for someone ("is not beneficial for anyone"), critical to an
 * end ("trust is critical before any return"), the quickest or surest way to an end, an effect judged in
 * the present ("have a damaging impact on trade"), or a quoted judgement after "was a" ("was a “necessary
 * and proportionate action”"). These assess; they tell no happening: other. Look-alikes that tell one
 * stay confirms.
 */
const REPORTED = { forThemselves: false, reported: true, forASide: true };
const said = { verb: 'said', negated: false, denial: false };

describe('worth weighed', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['endless war is not beneficial for anyone in the region', 'other'],
    ['the new tolls were harmful to the fishermen of Marsh City', 'other'],
    ['the detour was the quickest way to get the grain moving again', 'other'],
    ['talks with Ruritania are the surest path to a lasting truce', 'other'],
    ['the raids on shipping have a damaging impact on trade', 'other'],
    ['the blockade has a direct effect on the price of bread', 'other'],
    ['confidence and trust are critical before any return to the valley', 'other'],
    ['a steady supply of fuel is critical for the hospitals of Marsh City', 'other'],
    // Happenings told in the same words.
    ['two workers were harmed in the blast at the depot', 'confirms'],
    ['the convoy took the quickest way to the border', 'confirms'],
    ['the strike was the latest step in the campaign against the port', 'confirms'],
    ['the target was the largest depot in the north', 'confirms'],
    ['the shell had an impact on the hull of the ferry', 'confirms'],
    ['the navy moved three frigates to the strait on Monday', 'confirms'],
    ['three of the wounded are critical and were flown to Fredonburg', 'confirms'],
    ['two of the injured remain in critical condition', 'confirms'],
  ];
  it.each(cases)('%s → %s', (words, expected) => {
    expect(stanceOf(said, words, REPORTED)).toBe(expected);
  });

  /** [reported words, the words quoted in them, the stance]. */
  const quoted: [string, string, Stance][] = [
    ['the joint strikes on the coast was a “necessary and proportionate action in self-defence”', 'necessary and proportionate action in self-defence', 'other'],
    ['the ceasefire was a “good and useful step”', 'good and useful step', 'other'],
    // What the thing was, quoted: told.
    ['the strike on the depot was a “direct hit”', 'direct hit', 'confirms'],
    ['the attack was a “deliberate act” of sabotage', 'deliberate act', 'confirms'],
  ];
  it.each(quoted)('%s (quoting %s) → %s', (words, quote, expected) => {
    expect(stanceOf(said, words, REPORTED, quote)).toBe(expected);
  });
});
