import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { ActorsFileSchema } from '../../src/schemas/actor.ts';

const lexicon = createActorLexicon(
  ActorsFileSchema.parse([
    { id: 'anna-berg', name: 'Anna Berg', kind: 'person', government: 'freedonia', role: 'leader of Freedonia', aliases: ['Berg'] },
    { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
    { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
  ]),
);

/** Who is credited with the words after "pledging". */
function pledgedBy(text: string): string | null | undefined {
  const found = findStatements([{ n: 1, text }], lexicon).find((s) => s.verb === 'pledging');
  return found ? found.speaker.actor : undefined;
}

describe('a place in title case before a colon opens the sentence as a dateline does', () => {
  it.each([
    'Marsh City: Freedonian leader Anna Berg visited the Sylvanian Embassy on Friday, pledging closer ties with Sylvania.',
    'Fredonburg: Berg visited the embassy on Friday, pledging closer ties with Sylvania.',
    'Ostmark: Anna Berg toured the port, pledging closer ties with Sylvania.',
    'MARSH CITY: Anna Berg toured the port, pledging closer ties with Sylvania.',
  ])('%s', (text) => {
    expect(pledgedBy(text)).toBe('anna-berg');
  });

  it.each([
    // Not a place of a word or two in title case before the colon: no subject is read after it.
    'Reports from the Marsh City port: Anna Berg toured the port, pledging closer ties with Sylvania.',
    'The Old Marsh City Port: Anna Berg toured the port, pledging closer ties with Sylvania.',
    'in brief: Anna Berg toured the port, pledging closer ties with Sylvania.',
    'Marsh City:Anna Berg toured the port, pledging closer ties with Sylvania.',
  ])('near miss: %s', (text) => {
    expect(pledgedBy(text)).not.toBe('anna-berg');
  });
});
