import { describe, expect, it } from 'vitest';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { actors } from '../detect/quotes.fixture.ts';

const lexicon = createActorLexicon(actors);

/** The actor and government a speaker phrase names by the topic data. */
const resolve = (phrase: string) => lexicon.resolveSpeakerPhrase(phrase);

describe('the captor named after "captured by" is not the captive’s side', () => {
  it.each([
    'a soldier captured by the State Bureau',
    'one of the soldiers captured by the Freedonian Defence Ministry',
    'a sailor detained by the State Bureau',
    'a prisoner interrogated by the State Bureau',
    'a sailor questioned by the Defence Ministry',
    'the crew held captive by the State Bureau',
    'a fighter taken prisoner by the State Bureau',
    'a soldier captured alive by the State Bureau',
  ])('%s speaks for no government', (phrase) => {
    expect(resolve(phrase)).toEqual({ actor: null, government: null });
  });

  it.each([
    // The body itself, or one who speaks for it, is still its voice.
    ['the State Bureau', 'freedonia-state-bureau', 'freedonia'],
    ['a spokesman for the State Bureau', 'freedonia-state-bureau', 'freedonia'],
    ['an official of the State Bureau', 'freedonia-state-bureau', 'freedonia'],
    // A captor's own people, or words that are no captivity, leave the body where it was.
    ['an investigator of the State Bureau who questioned the soldier', 'freedonia-state-bureau', 'freedonia'],
    ['a report compiled by the State Bureau', 'freedonia-state-bureau', 'freedonia'],
    ['a committee chaired by the State Bureau', 'freedonia-state-bureau', 'freedonia'],
    ['the Freedonian Defence Ministry', 'freedonia-defence-ministry', 'freedonia'],
    ['a statement published by the Defence Ministry', 'freedonia-defence-ministry', 'freedonia'],
  ])('still the body’s: %s', (phrase, actor, government) => {
    expect(resolve(phrase)).toEqual({ actor, government });
  });
});
