import { describe, expect, it } from 'vitest';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { actors } from '../detect/quotes.fixture.ts';

const lexicon = createActorLexicon(actors);

/** The actor and government a speaker phrase names by the topic data. */
const resolve = (phrase: string) => lexicon.resolveSpeakerPhrase(phrase);

describe('a serving soldier named with their unit speaks for no government', () => {
  it.each([
    'a soldier of the State Bureau',
    'a fighter of the Freedonian Defence Ministry',
    'a paratrooper with the State Bureau',
    'servicemen from the Defence Ministry',
    'a sniper of the Freedonian State Bureau',
    'a sergeant of the Freedonian Defence Ministry',
  ])('%s', (phrase) => {
    expect(resolve(phrase)).toEqual({ actor: null, government: null });
  });

  it.each([
    // Who commands or speaks for the unit, or the unit itself, speaks for its government.
    ['a spokesman for the State Bureau', 'freedonia-state-bureau', 'freedonia'],
    ['a commander of the State Bureau', 'freedonia-state-bureau', 'freedonia'],
    ['an officer of the Freedonian Defence Ministry', 'freedonia-defence-ministry', 'freedonia'],
    ['the State Bureau', 'freedonia-state-bureau', 'freedonia'],
    ['the head of the State Bureau', 'freedonia-state-bureau', 'freedonia'],
    ['a representative of the Defence Ministry', 'freedonia-defence-ministry', 'freedonia'],
  ])('still the unit’s: %s', (phrase, actor, government) => {
    expect(resolve(phrase)).toEqual({ actor, government });
  });
});
