import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

const SAID = { verb: 'said', negated: false, denial: false };
/** A side's own words, and a side's words reported. */
const OWN: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

describe('a claim dismissed as unacceptable or unlike the facts is denied, not condemned', () => {
  /** [words after "said", the speaker, the stance]. */
  const cases: [string, StanceSpeaker, Stance][] = [
    ["Freedonia's allegations about alleged ethnic cleansing by Sylvania are categorically unacceptable", OWN, 'denies'],
    ['Fredonburg’s statements about a massacre in Marsh City on the part of Sylvania are unacceptable', REPORTED, 'denies'],
    ['the accusations of atrocities against civilians do not reflect the reality of what has happened in the valley', OWN, 'denies'],
    ['Ruritanian reports of a massacre do not correspond to the facts', REPORTED, 'denies'],
    ['that the claims of war crimes by the Ostmark agency were absurd', REPORTED, 'denies'],
    ['Ruritania’s accusations against the Ostmark agency were unacceptable', REPORTED, 'denies'],
    // Must not fire: a wrong itself judged unacceptable, words judged for what they threaten, no claim.
    ['the attacks on civilians in Marsh City are unacceptable', OWN, 'condemns'],
    ['allegations of abuse in the Marsh City camp are unacceptable', OWN, 'condemns'],
    ["minister Berg's statements threatening war are unacceptable", OWN, 'condemns'],
    ['the shelling of Fredonburg is absurd and criminal', OWN, 'condemns'],
    ['the figures do not reflect the full scale of the losses', REPORTED, 'confirms'],
    ['the new allegations of abuse by the guards are being examined by the Ostmark agency', REPORTED, 'confirms'],
  ];
  it.each(cases)('said %s', (words, speaker, stance) => {
    expect(stanceOf(SAID, words, speaker)).toBe(stance);
  });
});
