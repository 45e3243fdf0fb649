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

describe('a trailing attribution that names the note, email or filing the words came in', () => {
  /** [sentence, speaker, the words]: the words are what comes before the attribution. */
  const cases: [string, string, string][] = [
    ['The port will stay shut until March, the Defence Ministry said in a note to shippers on Sunday.', 'freedonia-defence-ministry', 'The port will stay shut until March'],
    ['The ferry will not sail this week, Tomas Ruhl said in an email to staff.', 'tomas-ruhl', 'The ferry will not sail this week'],
    ['Fares will rise by a tenth, the State Bureau said in a notice to passengers on Friday.', 'freedonia-state-bureau', 'Fares will rise by a tenth'],
    ['The mill has not paid its workers, Anna Berg said in a filing with the court.', 'anna-berg', 'The mill has not paid its workers'],
  ];
  it.each(cases)('%s', (sentence, speaker, words) => {
    expect(read(sentence)).toContainEqual({ who: speaker, words, negated: false });
  });

  // Must not fire: a clause after the note is what was said.
  it('keeps the clause after "said in a note … that"', () => {
    const found = read('Anna Berg said in a note to investors that the merger was off.');
    expect(found).toContainEqual({ who: 'anna-berg', words: 'that the merger was off', negated: false });
  });
});
