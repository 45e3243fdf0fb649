import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` a side says in its own voice, with no verb. */
function own(words: string): Stance {
  return stanceOf({ verb: null, negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true });
}

describe('blame laid in advance for what a condition foretells', () => {
  /** [the words said, the stance]. */
  const cases: [string, Stance][] = [
    ['If any new conflicts occur in the region, Sylvania would be responsible for causing it.', 'condemns'],
    ['If this happens, the responsibility will fall on the Freedonian contingent.', 'condemns'],
    ['If the war resumes, Fredonburg will be to blame.', 'condemns'],
    ['If the dam bursts, Ruritania would be held accountable for the deaths.', 'condemns'],
    ['If the convoy is shelled, the full responsibility will lie with the Ostmark command.', 'condemns'],
    // A danger foretold, a veiled threat, a duty taken on, the speaker's own side and justice promised
    // stay as they were.
    ['If the ceasefire breaks down, the region will face a new war.', 'warns'],
    ['If they attack our ships, Sylvania will bear responsibility for the consequences.', 'threatens'],
    ['If the refugees come back, the state will be responsible for their safety.', 'warns'],
    ['If anything happens to the hostages, the responsibility will fall on us.', 'warns'],
    ['If the talks fail, we would be responsible for the refugees.', 'warns'],
    ['If the convoy is attacked, those responsible will be punished.', 'pledges'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(own(words)).toBe(stance);
  });
});
