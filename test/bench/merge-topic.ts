import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

/*
 * The benchmark corpus varies the articles of every topic the project has (the seeds and the
 * evaluation corpora), so its project must know the actors and figure categories of all of them:
 * an article whose speakers are unknown would only measure how the site handles unresolved
 * names. The topic folders are merged into one, as an editor following several stories in one
 * briefing would write it. The files are merged as raw YAML, then validated by the build itself.
 */

/** One topic folder's two files, as parsed YAML lists. */
export interface TopicFiles {
  /** Where they came from, for messages: `test/fixtures/corpus/red-sea-2024/topic`. */
  dir: string;
  actors: Record<string, unknown>[];
  categories: Record<string, unknown>[];
}

/** What merging dropped because another topic already claims it; the bench prints the counts. */
export interface MergedTopic {
  actors: Record<string, unknown>[];
  categories: Record<string, unknown>[];
  /** `"Washington" (alias of united-states in …/red-sea-2024/topic), kept by washington-post`. */
  droppedNames: string[];
}

function readList(dir: string, file: string): Record<string, unknown>[] {
  const path = join(dir, file);
  const data: unknown = parseYaml(readFileSync(path, 'utf8'));
  if (!Array.isArray(data) || data.some((item) => typeof item !== 'object' || item === null || typeof (item as { id?: unknown }).id !== 'string')) {
    throw new Error(`${path} must be a YAML list of entries that each have an id; fix the file (the build's own check names the field).`);
  }
  return data as Record<string, unknown>[];
}

/** Reads `actors.yaml` and `figure-categories.yaml` of a topic folder. */
export function readTopicFiles(dir: string): TopicFiles {
  return { dir, actors: readList(dir, 'actors.yaml'), categories: readList(dir, 'figure-categories.yaml') };
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
const fold = (name: string): string => name.replace(/[’‘]/g, "'");

/**
 * Merges topics, the first ones winning: an actor (or category) listed by several topics keeps
 * the first topic's fields, with the aliases and demonyms (units and cues) of all of them. A name
 * must point to one actor, so an alias or demonym that another actor already owns is dropped
 * from the later one (and listed in `droppedNames`). Two actors with the same name under different
 * ids cannot be merged this way: the build's own check of actors.yaml then names both.
 */
export function mergeTopics(topics: readonly TopicFiles[]): MergedTopic {
  const actors = new Map<string, Record<string, unknown>>();
  const categories = new Map<string, Record<string, unknown>>();
  const droppedNames: string[] = [];
  for (const topic of topics) {
    for (const actor of topic.actors) {
      const id = actor.id as string;
      const known = actors.get(id);
      if (!known) actors.set(id, { ...actor });
      else for (const field of ['aliases', 'demonyms']) known[field] = [...new Set([...strings(known[field]), ...strings(actor[field])])];
    }
    for (const category of topic.categories) {
      const id = category.id as string;
      const known = categories.get(id);
      if (!known) categories.set(id, { ...category });
      else for (const field of ['units', 'cues']) known[field] = [...new Set([...strings(known[field]), ...strings(category[field])])];
    }
  }
  // One owner per name, in merge order: every actor's own name first, then aliases and demonyms.
  const owner = new Map<string, string>();
  for (const [id, actor] of actors) if (typeof actor.name === 'string' && !owner.has(fold(actor.name))) owner.set(fold(actor.name), id);
  for (const [id, actor] of actors) {
    for (const field of ['aliases', 'demonyms']) {
      if (!(field in actor)) continue;
      actor[field] = strings(actor[field]).filter((name) => {
        const first = owner.get(fold(name)) ?? id;
        owner.set(fold(name), first);
        if (first !== id) droppedNames.push(`"${name}" (${field === 'aliases' ? 'alias' : 'demonym'} of ${id}), kept by ${first}`);
        return first === id;
      });
    }
  }
  return { actors: [...actors.values()], categories: [...categories.values()], droppedNames };
}
