/**
 * "the group's spokesman", "the unnamed official": a possessor or an adjective that tells nothing of
 * who is meant. The phrase refers back as the bare post does ("the spokesman", "the official"): to the
 * last speaker who held it, unless another side was told of since.
 */

/** "the group's", "the rebels'", "the unnamed": words before a post that name no one. */
const EMPTY_MODIFIER = /^(the)\s+(?:(?:group|movement|militia|organi[sz]ation)['’]s|(?:rebels|militants)['’]|unnamed|anonymous|unidentified)\s+(\p{L}+)$/iu;

/** The phrase as its bare post ("the group's spokesman" → "the spokesman"), or null when it has no such modifier. */
export function withoutEmptyModifier(phrase: string): string | null {
  const found = EMPTY_MODIFIER.exec(phrase.replace(/\s+/g, ' ').trim());
  return found ? `${found[1]} ${found[2]}` : null;
}
