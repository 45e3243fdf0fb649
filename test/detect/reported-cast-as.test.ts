import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { statements } from './quotes.fixture.ts';

/** The speaker, verb and words of each statement made with "cast" or "casts". */
const casts = (sentence: string) =>
  statements([sentence])
    .filter((m) => /^casts?$/.test(m.verb ?? ''))
    .map((m) => [m.speaker.actor ?? m.speaker.description, m.verb, m.reported]);

describe('"cast as <a description>" describes in words, as "described as" does; "cast" before anything else is an act', () => {
  it.each([
    ['Freedonia closed the canal after weeks of protests that the Sylvania-backed dockers cast as a defence of their wages.', [['the Sylvania-backed dockers', 'cast', 'as a defence of their wages']]],
    ['Sylvania struck the port after raids which Freedonia casts as a defence of its coast.', [['freedonia', 'casts', 'as a defence of its coast']]],
    ['The blockade, which Tomas Ruhl cast as an act of self-defence, entered its third week.', [['tomas-ruhl', 'cast', 'as an act of self-defence']]],
  ])('%s', (sentence, expected) => {
    expect(casts(sentence)).toEqual(expected);
  });

  it.each([
    'Voters in Freedonia cast their ballots on Sunday.',
    'The Courier report cast doubt on the figures.',
    'Tomas Ruhl was cast as a villain by the Courier.',
    'Freedonia cast a wide net for the smugglers.',
  ])('no statement: %s', (sentence) => {
    expect(casts(sentence)).toEqual([]);
  });

  it('the description is the speaker’s account of the matter, not a confirmation of it', () => {
    const stance = stanceOf({ verb: 'cast', negated: false, denial: false }, 'as a response to the new harbour fees', { forThemselves: false, reported: true, forASide: true });
    expect(stance).toBe('other');
  });
});
