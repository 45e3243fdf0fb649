import { describe, expect, it } from 'vitest';
import { NameRegistry, namesAnotherPerson, splitName } from '../../src/lib/detect/quotes/speaker-names.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';

const lexicon = createActorLexicon([
  { id: 'lee-min-ho', name: 'Lee Min Ho', kind: 'person', government: 'freedonia', aliases: ['Lee'], demonyms: [] },
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: [] },
]);

describe('namesAnotherPerson: a full name that shares only a word with a known person', () => {
  it('is someone else when a word of it is in none of the person’s names', () => {
    expect(namesAnotherPerson('Lee Jae Won', 'lee-min-ho', lexicon)).toBe(true);
  });

  it('is the person, spaced or hyphenated another way, with an initial, or with a title word left in', () => {
    for (const name of ['Lee Min Ho', 'Lee Min-ho', 'Lee Minho', 'Lee M. Ho', 'Minister Lee Min Ho']) {
      expect(namesAnotherPerson(name, 'lee-min-ho', lexicon)).toBe(false);
    }
  });
});

describe('NameRegistry.split: one split per phrase and lexicon, shared by the sources of a briefing', () => {
  const lexicon = createActorLexicon([{ id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: ['Marsh City'], demonyms: ['Freedonian'] }]);

  it('gives every registry what splitName gives, as a copy of its own', () => {
    const first = new NameRegistry();
    const second = new NameRegistry();
    const phrase = 'Marsh City Mayor Anna Berg';
    const split = first.split(phrase, lexicon);
    expect(split).toEqual(splitName(phrase, lexicon));
    split.name = 'changed';
    expect(second.split(phrase, lexicon)).toEqual({ name: 'Anna Berg', title: 'Marsh City Mayor' });
    // Without the lexicon "Marsh City" is not known to name a place, and the split is worked out anew.
    expect(second.split(phrase)).toEqual(splitName(phrase));
  });
});

describe('splitName: words of units, schools and fields of study are no personal name', () => {
  it.each([
    ['a soldier of the 80th Air Assault Brigade', 'a soldier of the 80th Air Assault Brigade'],
    ['the commander of the 225th Separate Assault Regiment', 'the commander of the 225th Separate Assault Regiment'],
    ['Jan Kowal of the Institute for Policy Studies', 'Jan Kowal of the Institute for Policy Studies'],
    ['a lecturer at the School of International Relations', 'a lecturer at the School of International Relations'],
  ])('finds no name at the end of %j', (phrase, title) => {
    expect(splitName(phrase)).toEqual({ name: null, title });
  });

  it('still splits a name that ends a phrase after such words', () => {
    expect(splitName('Brigade Commander Jan Kowal')).toEqual({ name: 'Jan Kowal', title: 'Brigade Commander' });
  });
});

describe('NameRegistry.collect: the personal names of a stretch of narrative', () => {
  it.each([
    ['talks with Council President Greta von der Heide in Fredonburg', 'von der Heide', 'Greta von der Heide'],
    // A particle that ends a run is no part of the name; a possessive is dropped.
    ['Karl Weiss’s decision was welcomed', 'Weiss', 'Karl Weiss'],
    ['a letter to Anna Berg van from the ministry', 'Berg', 'Anna Berg'],
    // Words not joined by spaces alone are no run.
    ['Anna, Berg and Karl', 'Berg', null],
    ['Anna  Berg left', 'Berg', 'Anna  Berg'],
    ['Anna\u00a0Berg left', 'Berg', 'Anna\u00a0Berg'],
  ])('%s: "%s" is %s', (text, shortForm, full) => {
    const registry = new NameRegistry();
    registry.collect(text);
    expect(registry.lookup(shortForm)?.name ?? null).toBe(full);
  });
});
