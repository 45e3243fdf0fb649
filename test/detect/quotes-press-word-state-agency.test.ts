import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { actors } from './quotes.fixture.ts';

/**
 * The fixture's topic with state bodies the topic data calls agencies (a spy agency, a council's refugee
 * agency), a state body that is a news agency and a state channel.
 */
const lexicon = createActorLexicon([
  ...actors,
  { id: 'sylvania-intelligence', name: 'Sylvanian Intelligence Service', kind: 'body', government: 'sylvania', aliases: ['Sylvania’s spy agency', 'the Sylvanian spy agency'], demonyms: [] },
  { id: 'nc-refugee-agency', name: 'NC Refugee Office', kind: 'body', government: 'northern-council', aliases: ['the NC refugee agency'], demonyms: [] },
  { id: 'freedonia-news-agency', name: 'Freedonian Central News Agency', kind: 'body', government: 'freedonia', aliases: [], demonyms: [] },
  { id: 'freedonia-star-channel', name: 'Star channel', kind: 'body', government: 'freedonia', aliases: [], demonyms: [] },
]);

/** The actor and government credited with the statement whose words start with `words`. */
function creditOf(paragraphs: string[], words: string): [string | null, string | null] | undefined {
  const found = findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon).find((s) => (s.reported ?? s.quote ?? '').startsWith(words));
  return found && [found.speaker.actor, found.government];
}

const LAST = (press: string) => `More troops will follow in July, ${press}.`;

describe('"the newspaper", "the outlet" after a state agency spoke is the press, not that agency', () => {
  it.each([
    ['Sylvania’s spy agency said on Tuesday that 2,000 soldiers had been killed.', 'the newspaper reported'],
    ['The Sylvanian spy agency told lawmakers that 2,000 soldiers had been killed.', 'the outlet said'],
    ['Sylvania’s spy agency said on Tuesday that 2,000 soldiers had been killed.', 'the broadcaster reported'],
    ['The NC refugee agency said 2,000 people had crossed the border.', 'the publication reported'],
  ])('%s … %s', (first, press) => {
    expect(creditOf([first, LAST(press)], 'More troops')).toEqual([null, null]);
  });
});

describe('a press word still refers back to the press, and "the agency" to a state agency', () => {
  it.each([
    // A state body named a news agency is the press.
    [['The Freedonian Central News Agency said the troops were heroes.', 'Sylvania’s spy agency said 2,000 soldiers had been killed.', LAST('the outlet reported')], 'freedonia-news-agency', 'freedonia'],
    // A channel is a broadcaster.
    [['Star channel said the troops were heroes.', LAST('the broadcaster reported')], 'freedonia-star-channel', 'freedonia'],
    // A newspaper the topic data lists as media, though a spy agency spoke since.
    [['The Daily Courier said the troops were heroes.', 'Sylvania’s spy agency said 2,000 soldiers had been killed.', LAST('the newspaper reported')], 'daily-courier', null],
    // "The agency" is the state agency that spoke.
    [['Sylvania’s spy agency said on Tuesday that 2,000 soldiers had been killed.', LAST('the agency said')], 'sylvania-intelligence', 'sylvania'],
    [['The NC refugee agency said 2,000 people had crossed the border.', LAST('the agency said')], 'nc-refugee-agency', 'northern-council'],
    [['The Daily Courier said the troops were heroes.', LAST('the outlet said')], 'daily-courier', null],
    // No press and no agency before: no one's.
    [['Anna Berg said 2,000 soldiers had been killed.', LAST('the newspaper reported')], null, null],
  ])('%j', (paragraphs, actor, government) => {
    expect(creditOf(paragraphs, 'More troops')).toEqual([actor, government]);
  });
});
