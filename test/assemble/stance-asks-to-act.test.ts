import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of a quotation said by a side, with "said". */
function quoted(words: string): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true });
}

describe('the speaker asking someone to act, in the present', () => {
  /** [the words quoted, the stance]. */
  const cases: [string, Stance][] = [
    ['We ask that you refrain from actions that could cause the displacement of civilians', 'calls-for'],
    ['I ask all parties to respect the truce', 'calls-for'],
    ['we appeal to the authorities to release the crew', 'calls-for'],
    ['We beg you to help us', 'calls-for'],
    // A question told, or one the speaker asks of themselves, calls on no one.
    ['I asked him where he was going', 'confirms'],
    ['We ask ourselves why this happened', 'confirms'],
    ['I ask the same question every day', 'confirms'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(quoted(words)).toBe(stance);
  });
});

describe('the speaker’s asking announced', () => {
  /** [the words quoted, the stance]. */
  const cases: [string, Stance][] = [
    ['I want to ask Deputy Minister Anna Weiss to present the figures on the displaced', 'calls-for'],
    ['We would like to ask all sides to return to the talks in Marsh City', 'calls-for'],
    ['I want to ask Deputy Prime Minister Olaf Lind Weiss to present the figures', 'calls-for'],
    // A question of one's own, or an invitation, asks no one to act.
    ['I want to ask why this happened to our village', 'other'],
    ['I want to ask you a question about the convoy', 'other'],
    ['We want to invite everyone to the ceremony in Fredonburg', 'other'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(quoted(words)).toBe(stance);
  });
});

describe('the speaker asking for something, in the present', () => {
  /** [the words quoted, the stance]. */
  const cases: [string, Stance][] = [
    ['I ask for your prayers and support for my husband’s safe release', 'calls-for'],
    ['We appeal for calm on both sides of the border', 'calls-for'],
    ['We beg you for help before the winter comes', 'calls-for'],
    ['I ask everyone for patience while the rescue goes on', 'calls-for'],
    // Nothing asked of anyone, or a request told as past, is no call of the speaker.
    ['I ask for nothing more than the truth about my son', 'confirms'],
    ['They asked for medicine for their eyes', 'confirms'],
    ['I asked for a lawyer on the first day', 'confirms'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(quoted(words)).toBe(stance);
  });
});

describe('the one way out named as what others must do', () => {
  /** [the words reported of a side, the stance]. */
  const cases: [string, Stance][] = [
    ['the only way to restore calm to the region is for a lasting ceasefire to be reached', 'calls-for'],
    ['the only solution to the dispute is through dialogue', 'calls-for'],
    ['the only way forward is a negotiated settlement', 'calls-for'],
    // A route, or a way told as past, asks nothing of anyone.
    ['the only way to reach the village is by boat', 'confirms'],
    ['the only way out of the town was through the forest', 'confirms'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(stance);
  });
});
