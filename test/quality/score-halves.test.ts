import { describe, expect, it, vi } from 'vitest';
import type { Corpus, Half } from './corpus/corpora.ts';
import { listCorpora } from './corpus/corpora.ts';

/** The article ids of every model the scorer builds, in order. */
const built: string[][] = [];

vi.mock('./corpus/build-corpus.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./corpus/build-corpus.ts')>();
  return {
    ...actual,
    buildCorpus: (corpus: Corpus, articles: { id: string }[]) => {
      built.push(articles.map((a) => a.id));
      return actual.buildCorpus(corpus, articles as Parameters<typeof actual.buildCorpus>[1]);
    },
  };
});

const { scoreCorpus } = await import('./corpus/score-corpora.ts');

describe('scoreCorpus: each half is its own project', () => {
  it('builds the dev and the test half apart, so no dev article can merge into a test article’s entries', () => {
    const seeds = listCorpora().find((c) => c.name === 'seeds') as Corpus;
    const ids = [...seeds.halves.keys()].sort();
    // The seed articles split two ways, as a corpus's split.yaml splits its articles.
    const halves = new Map<string, Half>(ids.map((id, i) => [id, i < 2 ? 'dev' : 'test']));
    built.length = 0;
    const score = scoreCorpus({ ...seeds, halves });
    expect(built.map((group) => group.map((id) => halves.get(id)))).toEqual([
      ['dev', 'dev'],
      ['test', 'test', 'test'],
    ]);
    expect(score.halves.get('dev')?.length).toBe(2);
    expect(score.halves.get('test')?.length).toBe(ids.length - 2);
  });
});
