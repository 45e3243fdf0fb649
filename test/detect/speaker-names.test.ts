import { describe, expect, it } from 'vitest';
import { namesAnotherPerson } from '../../src/lib/detect/quotes/speaker-names.ts';
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
