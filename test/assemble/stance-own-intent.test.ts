import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

const SAID = { verb: 'said', negated: false, denial: false };

/** A side's reported words; `ownSideFirst` when they open with the side's own name. */
function reported(words: string, ownSideFirst = false): Stance {
  return stanceOf(SAID, words, { forThemselves: false, reported: true, forASide: true, ownSideFirst });
}

/** A side's own quoted words. */
function quoted(words: string, speaker: Partial<StanceSpeaker> = {}): Stance {
  return stanceOf(SAID, words, { forThemselves: false, reported: false, forASide: true, ...speaker });
}

describe('an act the speaker’s side weighs or aims at undertakes it: pledges', () => {
  /** [the reported words, whether they open with the side's own name, the stance]. */
  const reportedCases: [string, boolean, Stance][] = [
    ['Freedonia envisages an amnesty for the rebels who give up their arms', true, 'pledges'],
    ['Fredonburg envisaged a pardon for the deserters who came back', true, 'pledges'],
    ['Sylvania is looking at amnestying members of the militias who surrender', true, 'pledges'],
    ['Sylvania is considering sending field hospitals to the valley', true, 'pledges'],
    ['the Union is planning a purely defensive naval mission in the strait', true, 'pledges'],
    ['it is considering the possibility of a pardon for the crews', false, 'pledges'],
    // A matter examined, another side's intention, an intention told of the past.
    ['Sylvania is looking at the reports of shelling near the border', true, 'confirms'],
    ['Sylvania is considering a request from the rebels for more time', true, 'confirms'],
    ['Freedonia is weighing its options after the attack on the port', true, 'confirms'],
    ['Sylvania envisages an amnesty for the rebels who give up their arms', false, 'confirms'],
    ['Sylvania was considering sending field hospitals to the valley', true, 'confirms'],
    ['it is looking at how the convoy was stopped at the bridge', false, 'confirms'],
  ];
  it.each(reportedCases)('(reported) %s', (words, ownSideFirst, stance) => {
    expect(reported(words, ownSideFirst)).toBe(stance);
  });

  /** [the quoted words, the stance]. */
  const quotedCases: [string, Stance][] = [
    ['We are envisaging an amnesty for those who lay down their arms', 'pledges'],
    ['Even for former fighters, if they can be described so, we are envisaging a pardon as well', 'pledges'],
    ['Even for the deserters, if they are found, we are considering the possibility of a pardon', 'pledges'],
    ['We envisage a corridor for the civilians of the old town', 'pledges'],
    // A matter examined, another party's intention, a report's telling.
    ['We are looking at the footage of the strike on the market', 'confirms'],
    ['We are considering a complaint from the families of the crew', 'confirms'],
    ['They are envisaging an amnesty for those who lay down their arms', 'confirms'],
    ['If the rebels are found, they are considering the possibility of a trial', 'other'],
  ];
  it.each(quotedCases)('(quoted) %s', (words, stance) => {
    expect(quoted(words)).toBe(stance);
  });

  it('a private person’s plan is a wish, and a report tells another’s: neither pledges', () => {
    expect(stanceOf(SAID, 'I am considering going back to Marsh City', { forThemselves: true, reported: false })).not.toBe('pledges');
    expect(quoted('We are envisaging an amnesty for those who lay down their arms', { finding: true })).not.toBe('pledges');
  });
});

describe('the side’s own force on a condition threatens; another’s is a danger foretold', () => {
  /** [the words, reported (else quoted), the stance]. */
  const cases: [string, boolean, Stance][] = [
    ['if Freedonia attacked the militia, they would target Freedonian warships', true, 'threatens'],
    ['if the blockade is not lifted, they would hit the ports of Fredonburg', true, 'threatens'],
    ['if Sylvania sends its navy, they would sink its ships', true, 'threatens'],
    // Another party's force, or harm with no force of the side's own, foretold.
    ['If they cross the river, they would attack our positions', false, 'warns'],
    ['if Freedonia attacked the militia, Sylvania would target Freedonian warships', true, 'warns'],
    ['if Sylvanian troops cross the border, they would attack the villages', true, 'warns'],
    ['if the talks fail, they would face a long winter without fuel', true, 'warns'],
  ];
  it.each(cases)('%s', (words, isReported, stance) => {
    expect(isReported ? reported(words) : quoted(words)).toBe(stance);
  });
});

describe('the side’s own force foretold threatens, whatever verb reports it', () => {
  /** [the reporting verb, the words, reported (else quoted), the stance]. */
  const cases: [string, string, boolean, Stance][] = [
    ['warned', 'that his group would attack Freedonian ships in the gulf if Freedonia waged war against it', true, 'threatens'],
    ['said', 'his movement would start firing missiles at Freedonian warships if the blockade went on', true, 'threatens'],
    ['warned', 'If Freedonia targets us, we will then retaliate by striking its bases', false, 'threatens'],
    ['said', 'their forces would then strike the ports of Fredonburg if the talks failed', true, 'threatens'],
    // Another party's force, the side's own force suffered, or no force (an offer on a condition pledges).
    ['warned', 'that the rebels would fire missiles at Freedonian ships if the blockade went on', true, 'warns'],
    ['warned', 'that his group would be attacked by Freedonian ships if the talks failed', true, 'warns'],
    ['said', 'his group would start talks with Freedonia if the blockade was lifted', true, 'pledges'],
    ['warned', 'If Freedonia targets us, the prices of fuel will then rise in the whole region', false, 'warns'],
  ];
  it.each(cases)('%s %s', (verb, words, isReported, stance) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: isReported, forASide: true })).toBe(stance);
  });
});
