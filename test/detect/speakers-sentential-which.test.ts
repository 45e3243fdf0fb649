import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The actor (or words) of the first statement's speaker. */
const firstSpeaker = (sentence: string) => {
  const s = statements([sentence])[0];
  return s ? (s.speaker.actor ?? s.speaker.name ?? s.speaker.description) : null;
};

describe('", which is why …, said Berg": a "which" about the clause before it describes no speaker, who is named after the verb', () => {
  it.each([
    ['There are heavy losses among soldiers fighting on the side of Sylvania in the hills, which is why units rotate, said Tomas Ruhl.', 'tomas-ruhl'],
    ['Ships are waiting off the coast of Freedonia, which means the port is shut, said Anna Berg.', 'anna-berg'],
    ['The port is shut to the fishermen of the coast, which means ships wait offshore, said Tomas Ruhl.', 'tomas-ruhl'],
    ['Crews are leaving the boats of Sylvania, which is why the fleet stays in port, said Anna Berg.', 'anna-berg'],
    ['Troops are moving toward Marsh City, which means an attack is near, said Tomas Ruhl, the minister.', 'tomas-ruhl'],
  ])('%s', (sentence, expected) => {
    expect(firstSpeaker(sentence)).toBe(expected);
  });

  it.each([
    // A "which" clause about a body, set off by commas before the verb: the body speaks.
    ['The State Bureau, which runs the camps, said the boats were lost.', 'freedonia-state-bureau'],
    ['The Defence Ministry, which is based in Fredonburg, said the port was shut.', 'freedonia-defence-ministry'],
    ['The Daily Courier, which is read across Sylvania, reported that the talks had stalled.', 'daily-courier'],
    ['The State Bureau, which is what locals call the agency, said the crews were safe.', 'freedonia-state-bureau'],
    ['The Defence Ministry, which meets on Fridays, said the boats had turned back.', 'freedonia-defence-ministry'],
  ])('near miss: %s', (sentence, expected) => {
    expect(firstSpeaker(sentence)).toBe(expected);
  });
});
