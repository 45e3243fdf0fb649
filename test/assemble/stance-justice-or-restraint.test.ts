import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/** A side's spokesperson, in reported words. */
const SIDE: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

describe('justice promised or force confined, in the words of a threat', () => {
  /** [reporting verb, words, the stance]. */
  const cases: [string, string, Stance][] = [
    // Justice promised to those responsible: an undertaking.
    ['adding', 'all those responsible will receive due punishment', 'pledges'],
    ['said', 'the perpetrators will be brought to justice', 'pledges'],
    ['said', 'those responsible for the attack on the convoy will face severe punishment', 'pledges'],
    // Force confined to military targets: an assurance.
    ['clarified', 'only legitimate military installations and infrastructure will be targeted', 'pledges'],
    ['said', 'only military targets would be struck', 'pledges'],
    ['emphasized', 'that only legitimate military targets and military infrastructure would be disabled', 'pledges'],
    ['said', 'only military radar sites will be neutralized', 'pledges'],
    ['said', 'only military command posts will be destroyed', 'pledges'],
    // Civilians spared: the same assurance told of what will not be hit.
    ['said', 'civilian facilities wouldn’t be targeted', 'pledges'],
    ['said', 'the civilian population will not be harmed', 'pledges'],
    ['stressed', 'that civilian infrastructure would not be attacked', 'pledges'],
    // Must not fire: civilians said to be hit, or a threat to what is not civilian.
    ['said', 'civilian facilities were targeted overnight', 'confirms'],
    // Force against another side, or force not confined, still threatens.
    ['said', 'the attackers will face a strong response', 'threatens'],
    ['said', 'the aggression will not go unpunished', 'threatens'],
    ['said', 'any ship heading to the port will be targeted', 'threatens'],
    ['said', 'all enemy ships will be destroyed', 'threatens'],
    // A verb that says what it does still decides.
    ['warned', 'that those responsible will be held accountable', 'warns'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, SIDE)).toBe(stance);
  });
});
