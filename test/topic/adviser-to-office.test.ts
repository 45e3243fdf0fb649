import { describe, expect, it } from 'vitest';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { actors } from '../detect/quotes.fixture.ts';

const lexicon = createActorLexicon(actors);

/** The government a speaker phrase names by the topic data. */
const governmentOf = (phrase: string) => lexicon.resolveSpeakerPhrase(phrase).government;

describe('an adviser or aide to a state’s office speaks for that state', () => {
  it.each([
    ['an adviser to Sylvania’s president', 'sylvania'],
    ['an aide to the Freedonian defence minister', 'freedonia'],
    ['the foreign policy adviser to Sylvania’s prime minister', 'sylvania'],
    ['a senior aide to the Freedonian foreign secretary', 'freedonia'],
    ['an assistant to the Sylvanian government', 'sylvania'],
  ])('%s', (phrase, government) => {
    expect(governmentOf(phrase)).toBe(government);
  });

  it('one side’s adviser to another’s office names two sides: no one government', () => {
    expect(governmentOf('a Freedonian adviser to the Sylvanian president')).toBeNull();
  });

  it.each([
    // An envoy or ambassador to a state is sent by another.
    ['the Freedonian envoy to Sylvania', 'freedonia'],
    ['the Freedonian ambassador to Sylvania’s government', 'freedonia'],
    ['the Sylvanian envoy to Freedonia’s president', 'sylvania'],
    // An opposition is no office of state.
    ['an adviser to the Sylvanian opposition leader', null],
    // Not an office: a people, a place.
    ['an adviser to Sylvanian farmers', null],
  ])('not the served state: %s', (phrase, government) => {
    expect(governmentOf(phrase)).toBe(government);
  });
});
