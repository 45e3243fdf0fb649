import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A side's quotation that opens by telling its principal's call ("“He called on President Berg to provide
 * assurances that their rights will be protected”", a spokesman's readout) calls for what it asks, which it
 * does not promise: calls-for. A private person's quotation of a call, a thing asked for, a call of no act,
 * a promise and the writer's report of another side's call stay as they were.
 */
describe('a principal’s call, quoted by the side', () => {
  const side: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };
  const resident: StanceSpeaker = { forThemselves: true, reported: false, forASide: false };
  const writer: StanceSpeaker = { forThemselves: false, reported: true, forASide: false };
  /** [words, who says them, the stance]. */
  const cases: [string, StanceSpeaker, Stance][] = [
    ['He called on President Berg to provide assurances to the residents of Fredonburg that their rights will be protected', side, 'calls-for'],
    ['The Secretary urged Sylvania to commit to a broad amnesty', side, 'calls-for'],
    ['She appealed to the Ostmark agency to reopen the road to Marsh City', side, 'calls-for'],
    ['He called on Minister Ruhl to release the prisoners', side, 'calls-for'],
    // Not the side's quotation, no act asked, a thing asked for, a promise, another side's call told.
    ['He called on us to surrender', resident, 'other'],
    ['They asked for medicine for eye diseases', side, 'confirms'],
    ['He called on the crowd and left', side, 'confirms'],
    ['He promised Minister Weiss to send aid', side, 'pledges'],
  ];
  it.each(cases)('%s', (words, speaker, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, speaker)).toBe(expected);
  });
  it('the writer’s report of another side’s call is told', () => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, 'that Sylvania called on Freedonia to withdraw', writer)).toBe('confirms');
  });
});
