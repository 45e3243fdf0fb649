import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/** A side's words, reported by the writer. */
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

describe('an act a verb of judging calls necessary ("considers it necessary to …") is called for', () => {
  /** [reporting verb, the words after it, the stance]. */
  const cases: [string, string, Stance][] = [
    ['considers', 'it necessary for the Union to reduce its dependence on Sylvanian gas', 'calls-for'],
    ['deems', 'it essential to reopen the road to the port', 'calls-for'],
    ['believes', 'it vital for both sides to return to the talks', 'calls-for'],
    // Must not fire: a value to someone, or a thing named, not an act.
    ['considers', 'it important to me', 'confirms'],
    ['considers', 'it a provocation', 'condemns'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, REPORTED)).toBe(stance);
  });
});
