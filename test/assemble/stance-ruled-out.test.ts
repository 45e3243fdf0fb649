import { describe, expect, it } from 'vitest';
import { assembleStatements } from '../../src/lib/assemble/statements.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';

const lexicon = createActorLexicon([
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
  { id: 'anna-berg', name: 'Anna Berg', kind: 'person', government: 'freedonia', aliases: ['Berg'], demonyms: [] },
]);

/** The statements of a paragraph: words shown, verb, negated, stance. */
function statements(text: string): [string | null, string | null, boolean, string | null][] {
  const source = { id: 's', title: 't', publisher: null, published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] };
  return assembleStatements(analyseSource(source, lexicon, []), lexicon).candidates.map((c) => [c.quote ?? c.reported, c.verb, c.negated, c.stance]);
}

/**
 * "ruled out that the rebels could repeat the attack", "ruled out such an intervention": the speaker
 * rejects what is ruled out, as "rejected" does, so the words are never shown as asserted. "has not ruled
 * out" withholds the denial, as "did not deny" does.
 */
describe('a verb that rules out denies what it reports', () => {
  it.each([
    ['Anna Berg ruled out that the rebels would be able to “repeat the raid on the port”.', 'ruled out', true, 'denies'],
    ['Freedonian officials ruled out such an intervention in the valley.', 'ruled out', true, 'denies'],
    ['Anna Berg on Monday ruled out any talks with the rebels before the vote.', 'ruled out', true, 'denies'],
    ['Freedonia rules out sending troops to the border, Anna Berg said.', 'rules out', true, 'denies'],
  ])('%s', (text, verb, negated, stance) => {
    expect(statements(text).find((s) => s[1] === verb)?.slice(1)).toEqual([verb, negated, stance]);
  });

  it.each([
    // Must not fire: the denial withheld, a ruling that is no ruling out, and a verb of another kind.
    ['Anna Berg has not ruled out such a possibility, the ministry said.', 'has not ruled out', false, 'unconfirmed'],
    ['Anna Berg has not ruled out talks with the rebels.', 'has not ruled out', false, 'unconfirmed'],
    ['Anna Berg said the court ruled that the rebels had repeated the raid.', 'said', false, 'confirms'],
    ['Anna Berg said the rebels were out of the port by Monday.', 'said', false, 'confirms'],
  ])('%s', (text, verb, negated, stance) => {
    expect(statements(text).find((s) => s[1] === verb)?.slice(1)).toEqual([verb, negated, stance]);
  });
});
