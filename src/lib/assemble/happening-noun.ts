/**
 * A noun of something that happens, as a headline would name it: "an explosion", "drone attacks",
 * "the onslaught", "a funeral". Not a noun of a document, a figure or a state ("the report", "prices").
 * A regular-expression source, to be built into the patterns that look for it.
 */
export const HAPPENING_NOUN = String.raw`(?:explosions?|blasts?|attacks?|strikes?|airstrikes?|raids?|assaults?|offensives?|onslaughts?|bombings?|bombardments?|shelling|clash(?:es)?|shootings?|ambush(?:es)?|incursions?|invasion|crash|collisions?|hijacking|ceremony|funeral|summit|parade|protests?|rall(?:y|ies))`;
