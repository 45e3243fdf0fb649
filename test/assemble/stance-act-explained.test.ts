import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { actInGeneral, actTakenForPurpose } from '../../src/lib/assemble/stance/description.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` said by `speaker`. */
function said(words: string, speaker = { forThemselves: false, reported: false, forASide: true }): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, speaker);
}

describe('a side’s act named again with what it was taken for explains it', () => {
  /** [the words, the stance]. */
  const cases: [string, Stance][] = [
    ['This decision has been taken to assure the safety of our crews.', 'other'],
    ['These steps are taken to protect the passage of grain ships.', 'other'],
    ['The measures have been taken to ensure that the port stays open.', 'other'],
    // A happening told with its purpose, or a decision dated, is told.
    ['The strikes were carried out to destroy the launch sites.', 'confirms'],
    ['The decision was taken on Monday after a long meeting.', 'confirms'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(said(words)).toBe(stance);
  });

  it('is read only where "taken" is', () => {
    expect(actTakenForPurpose('These actions are meant to protect shipping')).toBe(false);
  });
});

describe('what doing something is or brings, said in general, describes', () => {
  /** [the words, the stance]. */
  const cases: [string, Stance][] = [
    ['Becoming a refugee is the same as losing everything.', 'other'],
    ['Keeping the border open helps to maintain trade between the villages.', 'other'],
    ['Ensuring the safety of the convoys not only helps the farmers but also contributes to peace.', 'other'],
    // A happening with a gerund for its subject, or a name ending in -ing, is told.
    ['Fighting continues in the northern districts.', 'confirms'],
    ['Shelling of the town resumed on Monday.', 'confirms'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(said(words)).toBe(stance);
  });

  it('needs the gerund to take an object', () => {
    expect(actInGeneral('Beijing is the same as ever')).toBe(false);
    expect(actInGeneral('Sending them home is like sending them to prison')).toBe(true);
  });
});

describe('close dialogue with another party describes how things stand', () => {
  /** [the words, the stance]. */
  const cases: [string, Stance][] = [
    ['We are in close dialogue with the port authorities to assess the security level.', 'other'],
    ['The company is in constant dialogue with the insurers.', 'other'],
    // Dialogue called for, or contact told as a happening, is not described.
    ['The ministry held talks with the insurers on Monday.', 'confirms'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(said(words)).toBe(stance);
  });
});
