import { describe, expect, it } from 'vitest';
import { assembleSource } from '../../src/lib/pipeline/assemble-source.ts';
import { analyseInBackground, BACKGROUND_MINIMUM } from '../../src/lib/pipeline/background-analysis.ts';
import { sourceCache } from '../../src/lib/pipeline/source-cache.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { useAnalysisProject } from '../helpers/analysis-project.ts';

const project = useAnalysisProject();

describe('analysing sources on another thread', () => {
  it('gives, for each source, what the pipeline would work out itself, and keeps it in the analysis cache', async () => {
    const { sources, topic } = project.content;
    const analysis = analyseInBackground(sources, topic, project.root, 1);
    const results = await analysis.results();

    const lexicon = createActorLexicon(topic.actors);
    expect([...results.keys()]).toEqual(sources);
    for (const source of sources) expect(results.get(source)).toEqual(assembleSource(source, lexicon, topic.figureCategories));
    const cache = sourceCache(project.root, topic);
    expect(sources.filter((source) => !cache!.has(source))).toEqual([]);
    expect(cache!.read(sources[0]!)).toEqual(results.get(sources[0]!));
    // A worker thread loads the pipeline afresh: on a busy machine that alone can pass 5 s.
  }, 60_000);

  it('gives what has arrived when asked without waiting, and stops the thread', async () => {
    const { sources, topic } = project.content;
    const analysis = analyseInBackground(sources, topic, project.root, 1);
    const soFar = analysis.resultsSoFar();
    expect(soFar.size).toBeLessThan(sources.length);
    // Stopped: what the thread had not sent is not sent later.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(analysis.resultsSoFar().size).toBe(soFar.size);
  });

  it('starts no thread for fewer sources than are worth one, leaving them to the pipeline', async () => {
    const { sources, topic } = project.content;
    expect(sources.length).toBeLessThan(BACKGROUND_MINIMUM);
    expect((await analyseInBackground(sources, topic, project.root).results()).size).toBe(0);
  });
});
