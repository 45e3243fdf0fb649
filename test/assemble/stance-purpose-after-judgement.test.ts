import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` quoted from a side's spokesperson. */
function said(words: string): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true });
}

/**
 * "The strikes were precise, proportionate and intended to …": words that judge the act, joined by "and"
 * to what it was meant for, explain it as "were intended to …" alone does; the act is not told. A
 * participle before the "and" tells the act ("were launched and intended to …"), and a list of participles
 * tells what was done.
 */
describe('a purpose joined to words that judge the act explains it', () => {
  it.each([
    ['The strikes were precise, proportionate and intended to degrade the launch sites.', 'other'],
    ['The drills were large, loud and meant to test the coastal defences.', 'other'],
    ['The patrols are routine and designed to reassure the fishermen.', 'other'],
  ])('%s', (words, stance) => {
    expect(said(words)).toBe(stance);
  });

  it.each([
    ['The strikes were launched and intended to degrade the launch sites.', 'confirms'],
    ['The drones were fired, tracked and destroyed over the sea.', 'confirms'],
    ['The convoy was stopped, searched and sent back to the border.', 'confirms'],
  ])('not after a participle, an act told: %s', (words, stance) => {
    expect(said(words)).toBe(stance);
  });
});
