import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import type { Actor } from '../../src/schemas/actor.ts';

const actors: Actor[] = [
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
  { id: 'tomas-ruhl', name: 'Tomas Ruhl', kind: 'person', government: 'sylvania', role: 'leader of Sylvania', aliases: ['Ruhl'], demonyms: [] },
  { id: 'marsh-news-agency', name: 'Marsh News Agency', kind: 'body', government: 'sylvania', aliases: ['Sylvanian state media'], demonyms: [] },
];
const lexicon = createActorLexicon(actors);

/** The description, actor and government of each statement whose speaker is "state media". */
function press(text: string) {
  return findStatements([{ n: 1, text }], lexicon)
    .filter((m) => m.speaker.description === 'state media')
    .map((m) => [m.speaker.actor, m.government]);
}

describe('a dateline closed by a spaced hyphen leaves the sentence its own subject', () => {
  it.each([
    'MARSH CITY - Sylvanian leader Tomas Ruhl visited the port on Monday, state media said.',
    'FREDONBURG - Tomas Ruhl praised the returning crews, state media said.',
    // As with a colon or a dash, which were read before.
    'MARSH CITY: Sylvanian leader Tomas Ruhl visited the port on Monday, state media said.',
    'MARSH CITY — Sylvanian leader Tomas Ruhl visited the port on Monday, state media said.',
  ])('%s', (text) => {
    expect(press(text)).toEqual([['marsh-news-agency', 'sylvania']]);
  });
});

describe('a spaced hyphen gives the press no state the subject does not name', () => {
  it.each([
    // The subject after the dateline is of no state.
    'MARSH CITY - A fisherman said the port was closed on Monday, state media said.',
    'MARSH CITY - The boats left the port on Monday, state media said.',
    // The subject is of another state, whose press the data does not list.
    'MARSH CITY - Freedonian sailors left the port on Monday, state media said.',
    // Words before the hyphen that are not all capitals are no dateline.
    'Marsh City - the old port - was closed on Monday, state media said.',
  ])('%s', (text) => {
    expect(press(text)).toEqual([[null, null]]);
  });
});
