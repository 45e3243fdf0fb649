import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { actors } from './quotes.fixture.ts';

/** The fixture's topic and a state news agency of Sylvania's, which speaks for its government. */
const lexicon = createActorLexicon([
  ...actors,
  { id: 'ostmark-news-agency', name: 'Ostmark News Agency', kind: 'media', government: 'sylvania', aliases: [], demonyms: [] },
  { id: 'freedonia-security-service', name: 'Freedonian Security Service', kind: 'body', government: 'freedonia', aliases: [], demonyms: [] },
]);

/** The actor and government credited with the statement whose words start with `words`. */
function creditOf(paragraphs: string[], words: string): { actor: string | null; government: string | null } | undefined {
  const found = findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon).find((s) => (s.reported ?? s.quote ?? '').startsWith(words));
  return found && { actor: found.speaker.actor, government: found.government };
}

const AGENCY_FIRST = 'Ruhl told Berg that Marsh City would help, the Ostmark News Agency reported.';
const LAST = 'The transfer of the units is planned for July, the agency said.';

describe('"the agency" after a state agency spoke means that agency, not a news agency before it', () => {
  it.each([
    ['The Freedonian Security Service said it had no information on the plans.', 'freedonia-security-service'],
    ['Freedonia’s Main Directorate of Intelligence told the Courier that it had no information on the plans.', null],
    ['The State Bureau said it had no information on the plans.', 'freedonia-state-bureau'],
    ['The Freedonian State Department said it had no information on the plans.', null],
  ])('%s', (between, actor) => {
    expect(creditOf([AGENCY_FIRST, between, LAST], 'The transfer')).toEqual({ actor, government: 'freedonia' });
  });

  it.each([
    // A ministry is no agency: the news agency is meant.
    ['The Freedonian Defence Ministry said it had no information on the plans.'],
    // A person spoke since: the news agency is meant.
    ['Anna Berg said Freedonia had no information on the plans.'],
  ])('the news agency: %s', (between) => {
    expect(creditOf([AGENCY_FIRST, between, LAST], 'The transfer')?.actor).toBe('ostmark-news-agency');
  });

  it('the news agency when it spoke after the state agency', () => {
    const paragraphs = ['The Freedonian Security Service said it had no information on the plans.', AGENCY_FIRST, LAST];
    expect(creditOf(paragraphs, 'The transfer')?.actor).toBe('ostmark-news-agency');
  });

  it('"the outlet" still means the news agency', () => {
    const paragraphs = [AGENCY_FIRST, 'The Freedonian Security Service said it had no information on the plans.', 'The transfer of the units is planned for July, the outlet said.'];
    expect(creditOf(paragraphs, 'The transfer')?.actor).toBe('ostmark-news-agency');
  });
});
