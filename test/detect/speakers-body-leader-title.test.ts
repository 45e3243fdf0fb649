import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { ActorsFileSchema } from '../../src/schemas/actor.ts';

/** Bodies led by an administrator or a secretary-general, one with a deputy. */
const lexicon = createActorLexicon(
  ActorsFileSchema.parse([
    { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
    { id: 'relief-agency', name: 'Freedonian Relief Agency', kind: 'body', government: 'freedonia', aliases: ['FRA'] },
    { id: 'harbour-organization', name: 'Northern Harbour Organization', kind: 'body', government: 'freedonia', aliases: [] },
    { id: 'dock-council', name: 'Docks', kind: 'body', government: 'freedonia', aliases: [] },
    { id: 'anna-berg', name: 'Anna Berg', kind: 'person', government: 'freedonia', body: 'relief-agency', role: 'Administrator of the FRA', aliases: ['Berg'] },
    { id: 'karl-ruhl', name: 'Karl Ruhl', kind: 'person', government: 'freedonia', body: 'harbour-organization', role: 'Secretary-General, Northern Harbour Organization', aliases: ['Ruhl'] },
    { id: 'lena-weiss', name: 'Lena Weiss', kind: 'person', government: 'freedonia', body: 'harbour-organization', role: 'Deputy Secretary-General, Northern Harbour Organization', aliases: ['Weiss'] },
    { id: 'jan-kowal', name: 'Jan Kowal', kind: 'person', government: 'freedonia', body: 'dock-council', role: 'Administrator, Docks', aliases: ['Kowal'] },
  ]),
);

/** The actor credited with the statement whose words start with "that the port". */
function creditOf(paragraphs: string[]): string | null | undefined {
  const found = findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon).find((s) => /^(?:that\s+)?the port/.test(s.reported ?? ''));
  return found ? found.speaker.actor : undefined;
}

describe("a body's chief or head is whoever leads it by the body's own title: its administrator, its secretary-general", () => {
  it.each([
    // "chief" and "head" of a body whose leader is its administrator.
    [['Anna Berg visited the camps on Monday.', 'The FRA chief said that the port was closed.'], 'anna-berg'],
    [['Anna Berg visited the camps on Monday.', 'The FRA head said that the port was closed.'], 'anna-berg'],
    // The body called by the initials of its name, which the topic data does not list.
    [['Karl Ruhl spoke on Monday.', 'The NHO chief said that the port was closed.'], 'karl-ruhl'],
    [['Karl Ruhl spoke on Monday.', 'The organization head said that the port was closed.'], 'karl-ruhl'],
  ])('%j → %s', (paragraphs, actor) => {
    expect(creditOf(paragraphs)).toBe(actor);
  });

  it.each([
    // A deputy's title is a second post: the deputy named is no chief.
    [['Lena Weiss spoke on Monday.', 'The NHO chief said that the port was closed.'], null],
    // Initials of a one-word name are no name: "D" is not the Docks.
    [['Jan Kowal spoke on Monday.', 'The D chief said that the port was closed.'], null],
    // Initials that are another body's: the person named leads the organization, not the agency.
    [['Karl Ruhl spoke on Monday.', 'The FRA chief said that the port was closed.'], 'relief-agency'],
    // Nobody of the body named: the body speaks.
    [['The FRA chief said that the port was closed.'], 'relief-agency'],
  ])('near miss: %j → %s', (paragraphs, actor) => {
    expect(creditOf(paragraphs)).toBe(actor);
  });
});
