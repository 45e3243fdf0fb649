import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/** A named business, reported: it speaks for no government. */
const COMPANY: StanceSpeaker = { forThemselves: true, reported: true };
/** Unnamed operators, reported. */
const OPERATORS: StanceSpeaker = { forThemselves: false, reported: true };
/** A side's words, reported by the writer. */
const SIDE: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

/** [reporting verb, words, who speaks, the stance]. */
const cases: [string, string, StanceSpeaker, Stance][] = [
  // A business's own routing decision, told as it announces it, is described.
  ['announced', 'it was suspending all shipments to and from the port', COMPANY, 'other'],
  ['said', 'they are temporarily suspending sailings through the strait', OPERATORS, 'other'],
  ['announced', 'the suspension of container transportation through the strait', OPERATORS, 'other'],
  // No service of its own, a side's own act, a happening told.
  ['announced', 'the suspension of the talks', OPERATORS, 'confirms'],
  ['said', 'it was suspending aid to the region', SIDE, 'confirms'],
  ['said', 'the storm was halting traffic on the bridge', OPERATORS, 'confirms'],
];

describe('a business’s own service paused', () => {
  it.each(cases)('%s %s', (verb, words, speaker, stance) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, speaker)).toBe(stance);
  });
});
