/**
 * "The command said it could not comment on the reports": a telling whose words are the speaker's own
 * refusal or inability to comment withholds a position, as "declined to comment" does.
 */
import { describe, expect, it } from 'vitest';
import { assembleStatements } from '../../src/lib/assemble/statements.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import type { Actor } from '../../src/schemas/actor.ts';

const lexicon = createActorLexicon([
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
  { id: 'freedonia-navy', name: 'Freedonian Navy', kind: 'body', government: 'freedonia', aliases: [], demonyms: [] },
] as Actor[]);

/** Each statement of a one-paragraph article: its words, whether it is negated, and its stance. */
function statementsOf(text: string) {
  const source = { id: 's', title: 't', publisher: 'The Courier', published: '2024-01-01', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] };
  return assembleStatements(analyseSource(source, lexicon, []), lexicon).candidates.map((s) => [s.negated, s.stance]);
}

describe('a telling whose words withhold a position', () => {
  it.each([
    'The Freedonian Navy said it could not comment on the unconfirmed reports.',
    'The Freedonian Navy said it could not speak for the coastguard or comment on the reports.',
    'The Freedonian Navy said it would not discuss the movements of its ships.',
    'The Freedonian Navy said it cannot disclose where its ships are.',
    'The Freedonian Navy said they would not provide details of the operation.',
  ])('reads "%s" as negated and unconfirmed', (text) => {
    expect(statementsOf(text)).toEqual([[true, 'unconfirmed']]);
  });

  it.each([
    // What the speaker will not do, other than comment: a refusal of an act, told as the speaker's.
    'The Freedonian Navy said it would not withdraw its ships.',
    // Another's inability told: what the speaker asserts.
    'The Freedonian Navy said the rebels could not comment on the talks.',
    // The speaker can comment: no refusal.
    'The Freedonian Navy said it could comment on the reports later.',
  ])('leaves "%s" as told, neither negated nor unconfirmed', (text) => {
    const [[negated, stance]] = statementsOf(text) as [[boolean, string]];
    expect([negated, stance === 'unconfirmed']).toEqual([false, false]);
  });
});
