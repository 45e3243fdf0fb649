import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { ActorsFileSchema } from '../../src/schemas/actor.ts';

/** Two bodies of one side, their chairman, deputy, spokesperson and director. */
const lexicon = createActorLexicon(
  ActorsFileSchema.parse([
    { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
    { id: 'marsh-bureau', name: 'Marsh Bureau', kind: 'body', government: 'freedonia', aliases: ['MB'] },
    { id: 'ostmark-authority', name: 'Ostmark Authority', kind: 'body', government: 'freedonia', aliases: [] },
    { id: 'karl-ruhl', name: 'Karl Ruhl', kind: 'person', government: 'freedonia', body: 'marsh-bureau', role: 'Chairman, Marsh Bureau', aliases: ['Ruhl'] },
    { id: 'jan-kowal', name: 'Jan Kowal', kind: 'person', government: 'freedonia', body: 'marsh-bureau', role: 'deputy chairman, Marsh Bureau', aliases: ['Kowal'] },
    { id: 'anna-berg', name: 'Anna Berg', kind: 'person', government: 'freedonia', body: 'marsh-bureau', role: 'spokesperson, Marsh Bureau', aliases: ['Berg'] },
    { id: 'lena-weiss', name: 'Lena Weiss', kind: 'person', government: 'freedonia', body: 'ostmark-authority', role: 'Director, Ostmark Authority', aliases: ['Weiss'] },
  ]),
);

/** The actor credited with the statement of the paragraph whose words start with "that the port" or "revenues". */
function creditOf(paragraphs: string[]): string | null | undefined {
  const found = findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon).find((s) => /^(?:that\s+)?(?:the port|revenues)/.test(s.reported ?? ''));
  return found ? found.speaker.actor : undefined;
}

describe("a body's office that one person the article names holds is that person", () => {
  it.each([
    // The body in the phrase by its name or an alias; a spokesperson's office as a chairman's.
    [['Chairman of the Marsh Bureau (MB) Karl Ruhl said on Sunday that traffic was normal.', 'The MB chairman stressed that the port will remain open.'], 'karl-ruhl'],
    [['Karl Ruhl said on Sunday that traffic was normal.', 'The Marsh Bureau chairman said that revenues rose.'], 'karl-ruhl'],
    [['Anna Berg spoke on Sunday.', 'The MB spokesperson said that the port was closed.'], 'anna-berg'],
    // The body called by the last word of its name; "chief" and "head" for whoever leads it.
    [['Karl Ruhl said on Sunday that traffic was normal.', 'The bureau chief said that revenues rose.'], 'karl-ruhl'],
    // The holder named after the office.
    [['The authority head said that the port would reopen.', 'Lena Weiss visited the port on Monday.'], 'lena-weiss'],
  ])('%j → %s', (paragraphs, actor) => {
    expect(creditOf(paragraphs)).toBe(actor);
  });

  it.each([
    // Nobody of the body named: the body speaks.
    [['The MB chairman stressed that the port will remain open.'], 'marsh-bureau'],
    // Named, but holding another office of the body: the office is not theirs.
    [['Karl Ruhl said on Sunday that traffic was normal.', 'The MB spokesperson said that the port was closed.'], 'marsh-bureau'],
    // Two named people hold an office with that word (a chairman, a deputy chairman): a reader cannot tell.
    [['Karl Ruhl and Jan Kowal spoke on Sunday.', 'The MB chairman stressed that the port will remain open.'], 'marsh-bureau'],
    // Another body's word: the person named leads the bureau, not the authority.
    [['Karl Ruhl said on Sunday that traffic was normal.', 'The authority chief said that revenues rose.'], null],
    // "a" chief may be any, and officials are several.
    [['Karl Ruhl said on Sunday that traffic was normal.', 'A bureau chief said that revenues rose.'], null],
    [['Karl Ruhl said on Sunday that traffic was normal.', 'The MB officials said that revenues rose.'], 'marsh-bureau'],
  ])('near miss: %j → %s', (paragraphs, actor) => {
    expect(creditOf(paragraphs)).toBe(actor);
  });
});
