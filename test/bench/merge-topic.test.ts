import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadTopic } from '../../src/lib/content/load-topic.ts';
import { readBenchMaterial } from './bench-material.ts';
import { REPO } from './corpus-project.ts';
import { mergeTopics, readTopicFiles, type TopicFiles } from './merge-topic.ts';

const topic = (dir: string, actors: Record<string, unknown>[], categories: Record<string, unknown>[] = []): TopicFiles => ({ dir, actors, categories });

describe('mergeTopics', () => {
  it('keeps the first topic’s fields for a shared id, with the aliases and demonyms of all', () => {
    const merged = mergeTopics([
      topic('a', [{ id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: ['Fredonia'], demonyms: ['Freedonian'] }]),
      topic('b', [{ id: 'freedonia', name: 'Republic of Freedonia', kind: 'government', aliases: ['the Republic', 'Fredonia'] }]),
    ]);
    expect(merged.actors).toEqual([{ id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: ['Fredonia', 'the Republic'], demonyms: ['Freedonian'] }]);
    expect(merged.droppedNames).toEqual([]);
  });

  it('drops an alias another actor already owns from the later one, and says so', () => {
    const merged = mergeTopics([
      topic('a', [{ id: 'washington-state', name: 'Washington State', kind: 'government', aliases: ['Washington'] }]),
      topic('b', [{ id: 'united-states', name: 'United States', kind: 'government', aliases: ['Washington', 'US'] }]),
    ]);
    expect(merged.actors.map((actor) => actor.aliases)).toEqual([['Washington'], ['US']]);
    expect(merged.droppedNames).toEqual(['"Washington" (alias of united-states), kept by washington-state']);
  });

  it('merges figure categories by id with the units and cues of all', () => {
    const merged = mergeTopics([
      topic('a', [], [{ id: 'troops', label: 'Troops', units: ['troops'], cues: ['deployed'] }]),
      topic('b', [], [{ id: 'troops', label: 'Soldiers', units: ['soldiers', 'troops'] }, { id: 'ships', label: 'Ships', units: ['ships'] }]),
    ]);
    expect(merged.categories).toEqual([
      { id: 'troops', label: 'Troops', units: ['troops', 'soldiers'], cues: ['deployed'] },
      { id: 'ships', label: 'Ships', units: ['ships'] },
    ]);
  });
});

describe('the benchmark material', () => {
  const material = readBenchMaterial(REPO);

  it('varies every real article: the seeds and each evaluation corpus', () => {
    expect(material.summary).toMatch(/^seeds 5, karabakh-2023 \d+, nk-russia-2025 \d+, red-sea-2024 \d+$/);
    expect(material.bases.length).toBeGreaterThan(40);
    // Each corpus's own year is there (a story may run on into later years).
    const years = new Set(material.bases.map((base) => base.frontmatter.published.slice(0, 4)));
    for (const year of ['2023', '2024', '2025']) expect(years.has(year), year).toBe(true);
  });

  it('merges the topic data into files the build accepts, knowing every corpus’s actors', () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-topic-'));
    try {
      mkdirSync(join(root, 'content'));
      writeFileSync(join(root, 'content/actors.yaml'), stringify(material.topic.actors));
      writeFileSync(join(root, 'content/figure-categories.yaml'), stringify(material.topic.categories));
      const ids = new Set(loadTopic(root).actors.map((actor) => actor.id));
      for (const corpus of ['karabakh-2023', 'nk-russia-2025', 'red-sea-2024']) {
        for (const actor of readTopicFiles(join(REPO, 'test/fixtures/corpus', corpus, 'topic')).actors) expect(ids.has(actor.id as string), `${corpus}: ${String(actor.id)}`).toBe(true);
      }
      expect(ids.size).toBe(material.actors.length);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
