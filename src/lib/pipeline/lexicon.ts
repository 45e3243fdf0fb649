import type { Actor } from '../../schemas/actor.ts';
import { createActorLexicon, type ActorLexicon } from '../topic/actor-lexicon.ts';

/**
 * One lexicon per list of actors, for the stages of one thread that each need it: the analysis of the
 * sources this thread shares out (shared-analysis.ts) and the pipeline after it (index.ts) read the
 * same topic. Building a lexicon of a thousand actors took about a tenth of a second, twice per build.
 * Keyed by the list itself, so a lexicon lives as long as its topic, and edited actors (a new topic
 * read in `astro dev`) get a lexicon of their own.
 */
const lexicons = new WeakMap<readonly Actor[], ActorLexicon>();

export function lexiconOf(actors: Actor[]): ActorLexicon {
  let lexicon = lexicons.get(actors);
  if (!lexicon) lexicons.set(actors, (lexicon = createActorLexicon(actors)));
  return lexicon;
}
