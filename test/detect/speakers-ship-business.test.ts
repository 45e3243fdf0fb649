import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { ActorsFileSchema } from '../../src/schemas/actor.ts';

/** Two businesses of a ship (its owner, its charterer), a carrier of no ship, and a navy. */
const lexicon = createActorLexicon(
  ActorsFileSchema.parse([
    { id: 'marsh-line', name: 'Marsh Line', kind: 'commentator', role: 'owner and operator of the tanker Ostmark Star', aliases: ['Marsh Line Corp'] },
    { id: 'marshco', name: 'Marshco', kind: 'commentator', role: 'commodities trader, charterer of the tanker Ostmark Star', aliases: [] },
    { id: 'eagle-lines', name: 'Eagle Lines', kind: 'commentator', role: 'container shipping company', aliases: [] },
    { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
    { id: 'freedonian-navy', name: 'Freedonian Navy', kind: 'body', government: 'freedonia', aliases: [] },
  ]),
);

/** The actor credited with the words of the last paragraph that start with "the tanker" (or a quotation's "The vessel"). */
function creditOfLast(paragraphs: string[]): string | null | undefined {
  const last = paragraphs.length;
  const found = findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon).find(
    (s) => s.paragraph === last && /^(?:that\s+)?(?:the tanker|The vessel)/i.test(s.quote ?? s.reported ?? ''),
  );
  return found ? found.speaker.actor : undefined;
}

describe('a role told with the ship it is of refers back to the business the topic data gives that role', () => {
  it.each([
    [['Marsh Line Corp, which owns and operates the Ostmark Star, said no one was hurt.', '“The vessel remains fully operational,” the operator of the ship added.'], 'marsh-line'],
    [['Marsh Line Corp said the crew were safe.', 'The vessel’s owner said that the tanker was hit by a drone.'], 'marsh-line'],
    [['Marsh Line said the crew were safe.', 'The owner of the tanker said that the tanker was hit by a drone.'], 'marsh-line'],
    [["Marsh Line said the crew were safe.", "The ship's operator said that the tanker was hit by a drone."], 'marsh-line'],
  ])('%j → %s', (paragraphs, actor) => {
    expect(creditOfLast(paragraphs)).toBe(actor);
  });

  it.each([
    // A business of no such role, or none named: no one.
    [['Eagle Lines said it had paused its transits.', 'The owner of the ship said that the tanker was hit by a drone.']],
    [['Marshco said the crew were safe.', 'The vessel’s owner said that the tanker was hit by a drone.']],
    [['The Freedonian Navy said the crew were safe.', 'The operator of the ship said that the tanker was hit by a drone.']],
    // A person aboard is no business.
    [['Marsh Line said the crew were safe.', 'The captain of the ship said that the tanker was hit by a drone.']],
  ])('near miss: %j', (paragraphs) => {
    expect(creditOfLast(paragraphs)).toBeNull();
  });
});

describe('a business named by one word after its role', () => {
  it.each([
    ['The tanker is ablaze, according to the vessel’s operator, Marshco.', 'marshco'],
    ['The tanker is ablaze following a strike, according to the tanker’s owner, Marshco.', 'marshco'],
    ['The tanker is on fire, according to the company, Marshco.', 'marshco'],
    ['The tanker is on fire, according to the shipping firm, Marshco.', 'marshco'],
  ])('%s → %s', (text, actor) => {
    expect(creditOfLast([text])).toBe(actor);
  });

  it.each([
    // Not a business's role, not a name, or not one word.
    'The tanker is ablaze, according to the ship’s captain, Marshco.',
    'The tanker is ablaze, according to the company, Monday.',
    'The tanker is ablaze, according to the company, MSC.',
    'The tanker is ablaze, according to a navy officer, Marshco.',
  ])('near miss: %s', (text) => {
    expect(creditOfLast([text])).toBeNull();
  });
});
