import { describe, expect, it } from 'vitest';
import type { Verdict } from './corpus/match.ts';
import { formatStanceConfusion, type StanceConfusion, tallyStances } from './corpus/stance-confusion.ts';

const verdict = (stance: Verdict['stance']): Verdict => ({ kind: 'reported', article: 'a', paragraph: 1, expected: 'words', found: stance ? 'words' : null, checks: {}, detail: '', stance });

describe('counting the found statements’ stances, wanted against shown', () => {
  it('counts each pair, lists the wrong ones commonest first and sums the right ones', () => {
    const confusion: StanceConfusion = new Map();
    tallyStances(
      [
        verdict({ wanted: 'other', shown: 'confirms', verb: 'said' }),
        verdict({ wanted: 'other', shown: 'confirms', verb: 'said' }),
        verdict({ wanted: 'denies', shown: 'unconfirmed', verb: 'did not confirm' }),
        verdict({ wanted: 'warns', shown: 'warns', verb: 'warned' }),
        verdict(undefined),
      ],
      confusion,
    );
    expect(Object.fromEntries(confusion)).toEqual({ 'other → confirms': 2, 'denies → unconfirmed': 1, 'warns → warns': 1 });
    expect(formatStanceConfusion('t', confusion)).toEqual(['t', '  other → confirms      2', '  denies → unconfirmed  1', '  right: 1']);
  });
});
