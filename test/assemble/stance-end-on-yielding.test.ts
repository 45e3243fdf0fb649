import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A side's force offered to end once the other side yields ("activities would end if weapons were laid
 * down") is a promise on a condition (`pledges`); an analyst weighing it, an end foretold on no one's
 * yielding and an end on another condition foretell (`other`).
 */

/** [the reported words, whether an analyst of no side says them, the stance]. */
type Case = [string, boolean, Stance];

describe('force offered to end on the other side’s yielding', () => {
  const cases: Case[] = [
    ['The head of state said that the security activities would end if weapons were laid down', false, 'pledges'],
    ['Sylvania will end its operation in the valley if the fighters lay down their weapons', false, 'pledges'],
    ['The offensive will stop as soon as the rebels lay down their arms', false, 'pledges'],
    ['the strikes would cease once the militants surrender', false, 'pledges'],
    // Measures named as the force: "anti-terror measures will be stopped if the weapon is laid down".
    ['that the security measures will be stopped if the weapons are laid down and the units disarmed', false, 'pledges'],
    ['we will halt the measures once the gunmen hand over their rifles', false, 'pledges'],
    // An analyst's reading, an end on no one's yielding, an end on another condition.
    ['the offensive would end if the separatists laid down their arms', true, 'other'],
    ['attacks on ships will stop when the war in the strip is ended', false, 'other'],
    ['The fighting will stop if the talks succeed', false, 'other'],
    ['the lockdown measures will end if case numbers fall', false, 'other'],
  ];
  it.each(cases)('%s', (words, assesses, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: !assesses, assesses })).toBe(stance);
  });
});
