import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The speaker (actor or words) and government of the first statement. */
const firstCredit = (sentence: string) => {
  const s = statements([sentence])[0];
  return s ? [s.speaker.actor ?? s.speaker.name ?? s.speaker.description, s.government] : null;
};

describe('"…, but only if they ask, said Berg": an aside that opens a clause with "but"/"and" describes no speaker, who is named after the verb', () => {
  it.each([
    // Without a clause rule the government named before the aside ("Sylvania", "Fredonburg") was taken as the speaker.
    ['Freedonia will hand the prisoners to Sylvania, but only if they ask to go, said Anna Berg.', ['anna-berg', 'freedonia']],
    ['The crews will be sent home to Freedonia, but only if they agree, said Tomas Ruhl.', ['tomas-ruhl', 'sylvania']],
    ['The boats may sail to Fredonburg, but not before the storm ends, said Tomas Ruhl.', ['tomas-ruhl', 'sylvania']],
    ['Talks with Sylvania will go on, and they will be held in public, said Anna Berg.', ['anna-berg', 'freedonia']],
    ['The port of Marsh City stays open, but if the strikes resume it will close, said Anna Berg.', ['anna-berg', 'freedonia']],
    ['Aid will reach Freedonia, yet it may take weeks, said Tomas Ruhl, the minister.', ['tomas-ruhl', 'sylvania']],
  ])('%s', (sentence, expected) => {
    expect(firstCredit(sentence)).toEqual(expected);
  });

  it.each([
    // The aside describes the subject before it, or links the sentence: the subject speaks. A bare
    // conjunction rule lost the first two speakers.
    ['Anna Berg, but not her deputy, said the talks with Sylvania went well.', ['anna-berg', 'freedonia']],
    ['The Defence Ministry, and later the State Bureau, said the port was shut.', ['freedonia-defence-ministry', 'freedonia']],
    ['Tomas Ruhl, when he was asked about Freedonia, said the talks went well.', ['tomas-ruhl', 'sylvania']],
    ['Tomas Ruhl, though, said the boats had turned back.', ['tomas-ruhl', 'sylvania']],
    ['Sylvania, for its part, said the troops must leave Freedonia.', ['sylvania', 'sylvania']],
    ['Anna Berg, speaking in Marsh City, said the crews were safe.', ['anna-berg', 'freedonia']],
  ])('near miss: %s', (sentence, expected) => {
    expect(firstCredit(sentence)).toEqual(expected);
  });
});
