import { describe, expect, it } from 'vitest';
import { assembleStatements } from '../../src/lib/assemble/statements.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';

const lexicon = createActorLexicon([
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
  { id: 'freedonia-bureau', name: 'State Bureau', kind: 'body', government: 'freedonia', aliases: [], demonyms: [] },
  { id: 'courier', name: 'Daily Courier', kind: 'media', aliases: ['the Courier'], demonyms: [] },
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
]);

describe('assembleStatements: what a statement cites', () => {
  it('cites both the paragraph that holds the words and the one that credits them ("This is reported by X.")', () => {
    const paragraphs = [
      { n: 1, text: 'Freedonian sailors have left the port of Fredonburg for the strait.' },
      { n: 2, text: 'This is reported by the Courier.' },
    ];
    const source = { id: 's', title: 't', publisher: 'Radio Marsh', published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs };
    const [statement] = assembleStatements(analyseSource(source, lexicon, []), lexicon).candidates;
    expect(statement?.reported).toBe('Freedonian sailors have left the port of Fredonburg for the strait');
    expect(statement?.speaker.actor).toBe('courier');
    expect(statement?.citations.map((c) => [c.paragraph, c.evidence])).toEqual([
      [1, 'Freedonian sailors have left the port of Fredonburg for the strait'],
      [2, 'This is reported by the Courier.'],
    ]);
    // Provenance: each citation's words are its paragraph's, and the statement's words are in the first.
    for (const c of statement?.citations ?? []) expect(paragraphs[c.paragraph - 1]?.text).toContain(c.evidence);
  });

  it('drops "This was reported by X." and "…, according to X." in X’s own article: the outlet does not credit its account to itself', () => {
    const paragraphs = [{ n: 1, text: 'Freedonian sailors have left the port of Fredonburg. This was reported by the Courier.' }];
    const ownArticle = { id: 's', title: 't', publisher: 'Daily Courier', published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs };
    expect(assembleStatements(analyseSource(ownArticle, lexicon, []), lexicon).candidates).toEqual([]);
    const accordingToItself = { ...ownArticle, paragraphs: [{ n: 1, text: 'Freedonian sailors have left the port of Fredonburg, according to the Courier.' }] };
    expect(assembleStatements(analyseSource(accordingToItself, lexicon, []), lexicon).candidates).toEqual([]);
    const another = { ...ownArticle, publisher: 'Radio Marsh' };
    expect(assembleStatements(analyseSource(another, lexicon, []), lexicon).candidates.map((c) => c.speaker.actor)).toEqual(['courier']);
  });
});

describe('assembleStatements: the speaker a stance reads', () => {
  it('reads an unnamed witness described by their lot telling their own experience as other, like a named one', () => {
    const paragraphs = [{ n: 1, text: '“We received basic training and then we left,” a Freedonian soldier told the Courier.' }];
    const source = { id: 's', title: 't', publisher: 'Radio Marsh', published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs };
    const [statement] = assembleStatements(analyseSource(source, lexicon, []), lexicon).candidates;
    expect(statement?.government).toBeNull();
    expect(statement?.stance).toBe('other');
  });

  it.each([
    ['The Freedonian foreign minister said Sylvania will send 2,000 engineers to rebuild the port.', 'freedonia', 'pledges'],
    ['The Courier reported that Sylvania will send 2,000 engineers to rebuild the port.', null, 'confirms'],
  ])('reads a party’s dispatch told by a side as a commitment, by the media as told: %s', (text, government, stance) => {
    const source = { id: 's', title: 't', publisher: 'Radio Marsh', published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] };
    const [statement] = assembleStatements(analyseSource(source, lexicon, []), lexicon).candidates;
    expect([statement?.government, statement?.stance]).toEqual([government, stance]);
  });
});
