import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The speaker's actor and the verb of the quotation in the sentence, or null when no one was found. */
function quotedBy(sentence: string): [string | null, string | null] | null {
  const quote = statements([sentence]).find((m) => m.kind === 'quote');
  return quote ? [quote.speaker.actor ?? quote.government, quote.verb] : null;
}

describe('a quotation that is the predicate of a relative clause with a speaker: "which Berg said “was sunk”"', () => {
  const cases: [string, string, [string | null, string | null] | null][] = [
    ['a finding verb before a participle', 'The rebels readied seven boats, which the Defence Ministry determined “presented an imminent threat” to the port.', ['freedonia-defence-ministry', 'determined']],
    ['"said" before an auxiliary', 'Two boats reached the coast, which Ruhl said “were built in Fredonburg.”', ['tomas-ruhl', 'said']],
    ['"believes" before a verb in -ed', 'The convoy carried rifles, which Berg believes “arrived by sea last month.”', ['anna-berg', 'believes']],
    // Near misses: the quotation after the verb opens with no predicate, or the verb names rather than says.
    ['a quoted noun after the verb', 'The rebels readied seven boats, which the Defence Ministry determined “Sylvanian” crews had sailed.', null],
    ['a quoted subject after the verb', 'Two boats reached the coast, which Ruhl said “the rebels” had built.', null],
  ];
  it.each(cases)('%s', (_, sentence, expected) => {
    expect(quotedBy(sentence)).toEqual(expected);
  });
});
