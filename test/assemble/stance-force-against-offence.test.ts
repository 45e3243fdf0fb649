import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * The speaker's own force vowed against the other side's act, whose words of blame name the act: "no
 * manifestation of Sylvanian aggression will go unanswered", "operations will continue as long as the
 * aggression persists", "our forces continue to retaliate to any aggression against our country" — a
 * threat, not a condemnation. Force not the speaker's, help, or no act of the other side: no threat.
 */
describe("the speaker's force vowed against the other side's act", () => {
  /** [words quoted from a side with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['No manifestation of Sylvanian aggression will go unanswered', 'threatens'],
    ['no act of Freedonian aggression will go unpunished', 'threatens'],
    ['Operations will continue as long as the aggression and the siege of Marsh City persist', 'threatens'],
    ['Strikes will not stop until the occupation of the islands ends', 'threatens'],
    ['The armed forces continue to retaliate to any Sylvanian aggression against our country', 'threatens'],
    ['Our navy continues to respond to all attacks on our ships by striking their launch sites', 'threatens'],
  ];
  /** No force of the speaker's against an act of the other side: whatever the words do, no threat. */
  const nearMisses = [
    'Operations will continue until all survivors are found',
    'Rescue operations will continue as long as the storm allows',
    'The ministry continues to respond to all letters from the families',
    'No letter from the families will go unanswered',
    'The Sylvanian aggression against our country continues',
    'Talks will continue as long as the siege of Marsh City lasts',
  ];
  const stance = (words: string): Stance => stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true });
  it.each(cases)('%s', (words, expected) => {
    expect(stance(words)).toBe(expected);
  });
  it.each(nearMisses)('%s', (words) => {
    expect(stance(words)).not.toBe('threatens');
  });
});
