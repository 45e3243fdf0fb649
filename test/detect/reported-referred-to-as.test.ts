import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { statements } from './quotes.fixture.ts';

/**
 * "referred to the events as aggression", "He referred to the gesture as a tribute to the “…”": a
 * speaker names what something is, in words, as "described it as" and "characterised the raids as"
 * already did; "referred to" had been no speech verb, so the statement was lost, and a quotation in it
 * went to an outlet credited after it ("…, as reported by the Ostmark agency").
 */

/** The speaker, verb and words of each statement of one sentence. */
const read = (sentence: string) => statements([sentence]).map((m) => [m.speaker.actor ?? m.speaker.description, m.verb, m.quote ?? m.reported]);

describe('"referred to" an object "as" what it is', () => {
  it.each<[string, (string | null)[][]]>([
    ['Sylvania referred to the events as aggression.', [['sylvania', 'referred to', 'the events as aggression']]],
    ['Anna Berg referred to the raids as an act of piracy.', [['anna-berg', 'referred to', 'the raids as an act of piracy']]],
    ['The State Bureau refers to the blockade as a siege.', [['freedonia-state-bureau', 'refers to', 'the blockade as a siege']]],
    ['Anna Berg referred to the gesture as a tribute to the “heroic lives of the crews.”', [['anna-berg', 'referred to', 'heroic lives of the crews.']]],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  // Near misses: a case sent on, the passive that names no one who said it, a mention with no "as",
  // "as" of a manner.
  it.each([
    'The case was referred to the court as a matter of urgency.',
    'The sailors were referred to as Freedonian nationals.',
    'Anna Berg referred to the talks in her speech on Monday.',
    'The navy referred the matter to the Northern Council.',
    'Freedonia referred to the charts as planned.',
  ])('no statement: %s', (sentence) => {
    expect(read(sentence)).toEqual([]);
  });

  it('an accusation in the name given condemns, as the naming verbs read it', () => {
    expect(stanceOf({ verb: 'referred to', negated: false, denial: false }, 'the events as aggression', { forThemselves: false, reported: true, forASide: true })).toBe('condemns');
  });
});
