import { describe, expect, it } from 'vitest';
import { readReporting } from '../../src/lib/assemble/reporting.ts';
import { statements } from './quotes.fixture.ts';

/** Each statement of one sentence: who, for which government, the words, and whether the reporting is negated. */
function read(sentence: string) {
  return statements([sentence]).map((m) => ({
    who: m.speaker.actor ?? m.speaker.description,
    government: m.government,
    words: m.quote ?? m.reported,
    negated: readReporting(sentence, m.verb, m.verbIndex).negated,
  }));
}

describe('"<speaker> in a statement, <outlet> reported, “…”": the words are the speaker\'s', () => {
  /** [sentence, speaker, government, the words]. */
  const cases: [string, string, string, string][] = [
    ['Tomas Ruhl in a statement, the Courier reported, “We strongly reject the decision.”', 'tomas-ruhl', 'sylvania', 'We strongly reject the decision.'],
    // The denial stays in the words; nothing negates the report itself.
    ['Anna Berg in a televised address, the Courier reported, “We will not accept this ruling.”', 'anna-berg', 'freedonia', 'We will not accept this ruling.'],
  ];
  it.each(cases)('%s', (sentence, speaker, government, words) => {
    expect(read(sentence)).toEqual([{ who: speaker, government, words, negated: false }]);
  });

  // Must not fire: no speaker before the setting, no setting, or a report of what the person did.
  it.each([
    'In a statement, the Courier reported, “We strongly reject the decision.”',
    'The Courier reported, “We strongly reject the decision.”',
  ])('%s stays the outlet\'s', (sentence) => {
    expect(read(sentence).map((s) => s.who)).toEqual(['daily-courier']);
  });

  it('a report of what the person did is not their words', () => {
    const found = read('Tomas Ruhl on his visit, the Courier reported, met Anna Berg and two envoys.');
    expect(found.map((s) => s.who)).not.toContain('tomas-ruhl');
  });
});
