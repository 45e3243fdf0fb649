import { describe, expect, it } from 'vitest';
import { readReporting } from '../../src/lib/assemble/reporting.ts';
import { statements } from './quotes.fixture.ts';

/** Each statement of one sentence: who, the words, and whether its reporting verb is negated. */
function read(sentence: string) {
  return statements([sentence]).map((m) => ({
    who: m.speaker.actor ?? m.speaker.name ?? m.speaker.description,
    words: m.reported ?? m.quote,
    negated: readReporting(sentence, m.verb, m.verbIndex).negated,
  }));
}

describe('a report inside a fronted "while" or "although" clause ends at that clause', () => {
  /** [sentence, speaker, the words, whether the report is negated]. */
  const cases: [string, string, string, boolean][] = [
    ['While Sylvania has not officially confirmed the number of losses, officials in Fredonburg say hundreds died.', 'sylvania', 'the number of losses', true],
    // A denial reads as negated: what was denied is still only the fronted clause's.
    ['Although Tomas Ruhl denied the bridge was unsafe, engineers closed it on Friday.', 'tomas-ruhl', 'the bridge was unsafe', true],
    ['Although Tomas Ruhl said the bridge was safe, engineers closed it on Friday.', 'tomas-ruhl', 'the bridge was safe', false],
    // The comma inside a number is no end of the clause.
    ['While Tomas Ruhl said that 1,200 sailors had died, newer estimates put the toll at 600.', 'tomas-ruhl', 'that 1,200 sailors had died', false],
    ['Whereas Freedonia never acknowledged the strike, satellite images show a crater near the dam.', 'freedonia', 'the strike', true],
    // A list's commas are no end of the clause: the one after the list is.
    ['Although Sylvania denied that its ships, planes or drones were involved, the inquiry went on.', 'sylvania', 'that its ships, planes or drones were involved', true],
    ['While Sylvania has not confirmed the losses, officials say tanks, trucks and guns were lost.', 'sylvania', 'the losses', true],
    ['While Sylvania denied the talks, which began in May, had failed, its envoys left early.', 'sylvania', 'the talks, which began in May, had failed', true],
  ];
  it.each(cases)('%s', (sentence, speaker, words, negated) => {
    const found = read(sentence).filter((s) => s.who === speaker);
    expect(found).toEqual([{ who: speaker, words, negated }]);
  });

  // Must not fire: a report in the main clause after a fronted phrase, and one that opens its sentence.
  it.each([
    ['While in Marsh City, Tomas Ruhl said the talks had failed, and the envoys left early.', 'tomas-ruhl', 'the talks had failed, and the envoys left early'],
    ['Tomas Ruhl said the talks had not failed, although the envoys left early.', 'tomas-ruhl', 'the talks had not failed, although the envoys left early'],
  ])('%s', (sentence, speaker, words) => {
    expect(read(sentence)).toContainEqual({ who: speaker, words, negated: false });
  });
});
