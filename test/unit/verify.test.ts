import { describe, expect, it } from 'vitest';
import { makeCitation } from '../../src/lib/citation.ts';
import type { Briefing } from '../../src/lib/model.ts';
import { verifyProvenance } from '../../src/lib/verify.ts';

function briefingWith(figureText: string, evidence: string, paragraph = 1): Briefing {
  return {
    version: 2,
    title: 't',
    description: 'd',
    sources: [
      { id: 'src-a', title: 'A', publisher: null, published: '2024-01-02', wire: [], file: 'a.mdx', paragraphs: [{ n: 1, text: 'Officials counted about 500 boats on Monday.' }] },
    ],
    events: [],
    statements: [],
    figures: [
      {
        id: 'boats-officials-500',
        aliases: [],
        firstReported: '2024-01-02',
        lastUpdated: '2024-01-02',
        category: 'boats',
        value: 500,
        bounds: { min: null, max: null },
        stage: 'reported',
        qualifier: 'about',
        unit: 'boats',
        text: figureText,
        claimant: { name: null, description: 'Officials', actor: null },
        government: null,
        asOf: null,
        citations: [makeCitation('src-a', paragraph, evidence)],
      },
    ],
    actors: [],
    diagnostics: [],
  };
}

describe('verifyProvenance', () => {
  it('accepts evidence found verbatim in the cited paragraph', () => {
    expect(verifyProvenance(briefingWith('about 500 boats', 'counted about 500 boats'))).toEqual([]);
  });

  it('rejects evidence that is not in the paragraph', () => {
    const problems = verifyProvenance(briefingWith('about 600 boats', 'counted about 600 boats'));
    expect(problems.map((p) => p.message)).toEqual([
      'its evidence "counted about 600 boats" is not in paragraph 1 of "src-a"',
    ]);
  });

  it('rejects a paragraph number the source does not have', () => {
    const problems = verifyProvenance(briefingWith('about 500 boats', 'about 500 boats', 7));
    expect(problems[0]?.message).toBe('cites paragraph 7 of "src-a", which has 1 paragraphs');
  });

  it('rejects a displayed text that its evidence does not contain', () => {
    const problems = verifyProvenance(briefingWith('about 5,000 boats', 'about 500 boats'));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.item).toBe('boats-officials-500');
  });
});
