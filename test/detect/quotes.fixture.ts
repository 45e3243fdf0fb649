/**
 * A fictional topic for the quote and speaker tests: two governments, a council, two bodies, two
 * officials, a commentator and a newspaper. The detector must know nothing beyond this list.
 */
import type { Actor } from '../../src/schemas/actor.ts';
import { findStatements, type FindStatementsOptions, type StatementMention } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';

export const actors: Actor[] = [
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: ['Fredonburg'], demonyms: ['Freedonian'] },
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: ['Marsh City', 'the Palace'], demonyms: ['Sylvanian'] },
  { id: 'northern-council', name: 'Northern Council', kind: 'intergovernmental', aliases: ['NC'], demonyms: [] },
  {
    id: 'freedonia-defence-ministry',
    name: 'Defence Ministry',
    kind: 'body',
    government: 'freedonia',
    aliases: ['Freedonian Defence Ministry'],
    demonyms: [],
  },
  { id: 'freedonia-state-bureau', name: 'State Bureau', kind: 'body', government: 'freedonia', aliases: [], demonyms: [] },
  {
    id: 'anna-berg',
    name: 'Anna Berg',
    kind: 'person',
    government: 'freedonia',
    body: 'freedonia-state-bureau',
    role: 'deputy spokesperson, State Bureau',
    aliases: ['Berg'],
    demonyms: [],
  },
  { id: 'tomas-ruhl', name: 'Tomas Ruhl', kind: 'person', government: 'sylvania', role: 'Defence Minister', aliases: ['Ruhl'], demonyms: [] },
  { id: 'max-ober', name: 'Max Ober', kind: 'commentator', aliases: ['Ober'], demonyms: [] },
  { id: 'daily-courier', name: 'Daily Courier', kind: 'media', aliases: ['the Courier'], demonyms: [] },
];

export const lexicon = createActorLexicon(actors);

/** Runs the detector over paragraphs numbered from 1. */
export function statements(paragraphs: string[], options?: FindStatementsOptions): StatementMention[] {
  return findStatements(
    paragraphs.map((text, i) => ({ n: i + 1, text })),
    lexicon,
    options,
  );
}

/** Who said it, in one line per statement: the fields most speaker tests check. */
export function who(mentions: StatementMention[]): Array<Pick<StatementMention, 'speaker' | 'government' | 'resolvedBy'>> {
  return mentions.map(({ speaker, government, resolvedBy }) => ({ speaker, government, resolvedBy }));
}

/** What was said: kind, quote, reported clause and verb. */
export function what(mentions: StatementMention[]): Array<Pick<StatementMention, 'kind' | 'quote' | 'reported' | 'verb'>> {
  return mentions.map(({ kind, quote, reported, verb }) => ({ kind, quote, reported, verb }));
}

/** Speaker records for expectations. */
export const BERG = { name: 'Anna Berg', description: '', actor: 'anna-berg' };
export const RUHL = { name: 'Tomas Ruhl', description: '', actor: 'tomas-ruhl' };
