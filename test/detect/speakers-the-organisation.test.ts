import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { ActorsFileSchema } from '../../src/schemas/actor.ts';

/** A rights group, a state's agency, an outlet and a person, none named with the word "organisation". */
const lexicon = createActorLexicon(
  ActorsFileSchema.parse([
    { id: 'marsh-relief', name: 'Marsh Relief Group', kind: 'commentator', role: "defectors' organisation, Sylvania", aliases: [] },
    { id: 'ostmark-fund', name: 'Ostmark Children’s Fund', kind: 'body', government: 'freedonia', aliases: ['OCF'] },
    { id: 'courier', name: 'Marsh Courier', kind: 'media', aliases: ['the Courier'] },
    { id: 'anna-berg', name: 'Anna Berg', kind: 'person', government: 'freedonia', aliases: ['Berg'] },
    { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
  ]),
);

/** The actor credited with the words of the last paragraph that start with "the sailors" or the sum appealed for. */
function creditOfLast(paragraphs: string[]): string | null | undefined {
  const last = paragraphs.length;
  const found = findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon).find(
    (s) => s.paragraph === last && /^(?:that\s+)?(?:the sailors|\$?12\.6)/.test(s.quote ?? s.reported ?? ''),
  );
  return found ? found.speaker.actor : undefined;
}

describe('"the organisation" is the organisation that just spoke', () => {
  it.each([
    [['Two sailors held in Ostmark have asked to resettle in Freedonia, according to the rights group Marsh Relief Group.', 'The organisation told the Courier that the sailors made the request in an interview.'], 'marsh-relief'],
    [['The OCF has warned that 30,000 children are at risk.', 'The organization has appealed for $12.6 million to provide critical services.'], 'ostmark-fund'],
    [['Marsh Relief Group said the crew were safe.', 'The organization said that the sailors were freed.'], 'marsh-relief'],
    [['The Ostmark Children’s Fund said the crew were safe, and that the port was closed.', 'The organisation added that the sailors were freed.'], 'ostmark-fund'],
  ])('%j → %s', (paragraphs, actor) => {
    expect(creditOfLast(paragraphs)).toBe(actor);
  });

  it.each([
    // The last speaker is an outlet, a person or a government: no organisation spoke.
    [['The Courier reported that the crew were safe.', 'The organisation said that the sailors were freed.']],
    [['Anna Berg said the crew were safe.', 'The organisation said that the sailors were freed.']],
    [['Freedonia said the crew were safe.', 'The organisation said that the sailors were freed.']],
    // The organisation spoke long before: the word needs an antecedent of its own.
    [['Marsh Relief Group said the crew were safe.', 'The port closed on Monday.', 'Ships turned back on Tuesday.', 'Trade fell on Wednesday.', 'The organisation said that the sailors were freed.']],
  ])('near miss: %j', (paragraphs) => {
    expect(creditOfLast(paragraphs)).toBeNull();
  });
});
