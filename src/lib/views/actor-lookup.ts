import type { ActorSummary, Briefing } from '../model.ts';

/** The briefing's actors by id, built once per view. */
export type ActorLookup = ReadonlyMap<string, ActorSummary>;

export function actorLookup(briefing: Pick<Briefing, 'actors'>): ActorLookup {
  return new Map(briefing.actors.map((actor) => [actor.id, actor]));
}

/**
 * The display name of an actor id. An id missing from the topic data is shown as
 * is rather than dropped, so the gap stays visible on the page.
 */
export function actorName(id: string, actors: ActorLookup): string {
  return actors.get(id)?.name ?? id;
}
