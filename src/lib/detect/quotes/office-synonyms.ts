/**
 * One post that English writes in several ways: a "premier" is a prime minister, a body's "press
 * secretary" is its spokesperson, an "advisor" is an adviser. A description that calls a person by one
 * of them ("the Sylvanian premier", "the Bureau spokesperson", "the advisor") and a topic data role that
 * gives the other ("Prime Minister of Sylvania", "press secretary, Marsh Bureau", "adviser to the
 * President") name the same office, so both are read in these words before they are compared.
 */

/** Two-word posts and the one word they are read as. */
const TWO_WORD_POSTS: readonly (readonly [string, string, string])[] = [
  ['prime', 'minister', 'premier'],
  ['press', 'secretary', 'spokesperson'],
];

/** Words of one post, spelled or gendered another way, and the word they are read as. */
const ONE_WORD_POSTS: ReadonlyMap<string, string> = new Map([
  ['advisor', 'adviser'],
  ['spokesman', 'spokesperson'],
  ['spokeswoman', 'spokesperson'],
]);

/** Lower-case office words with each post in one wording: ['prime', 'minister', 'of', 'x'] → ['premier', 'of', 'x']. */
export function oneWordingOfPosts(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const pair = TWO_WORD_POSTS.find(([first, second]) => word === first && words[i + 1] === second);
    if (pair) {
      out.push(pair[2]);
      i++;
      continue;
    }
    out.push(ONE_WORD_POSTS.get(word) ?? word);
  }
  return out;
}
