import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

const said = { verb: 'said', negated: false, denial: false };
const REPORTED = { forThemselves: false, reported: true, forASide: true };

/**
 * A prospect told as still there ("the opportunity to reach a political solution still exists", "a chance
 * for peace remains open") weighs what may come, as "there is still a chance" does: other. A thing that
 * exists, or a chance taken, is told.
 */
describe('a prospect told as still there', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['the opportunity to reach a political and diplomatic solution to the conflict still exists', 'other'],
    ['a chance for peace between Sylvania and Ruritania remains open', 'other'],
    ['the possibility of talks in Marsh City still exists', 'other'],
    ['hopes of a deal remain alive', 'other'],
    // A thing that exists, a chance taken: told.
    ['the ferry service to Fredonburg still exists', 'confirms'],
    ['the crew used the chance to escape on Monday', 'confirms'],
    ['the old bridge over the river no longer carries traffic', 'confirms'],
  ];
  it.each(cases)('%s → %s', (words, expected) => {
    expect(stanceOf(said, words, REPORTED)).toBe(expected);
  });
});

/**
 * An outcome judged inevitable or unavoidable weighs it, as "necessary" does: other. Words of the same
 * stem that tell a happening stay told.
 */
describe('an outcome judged inevitable', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['the operation on the border was inevitable', 'other'],
    ['the escalation in the strait was unavoidable', 'other'],
    // Happenings told: no judgement.
    ['the inevitable delays held up the convoy for two days', 'confirms'],
    ['the patrol avoided the minefield near Marsh City', 'confirms'],
  ];
  it.each(cases)('%s → %s', (words, expected) => {
    expect(stanceOf(said, words, REPORTED)).toBe(expected);
  });
});
