/**
 * "… out of the 120,000 residents living in Marsh City, adding that they fled in fear": a present
 * participle right after a count describes the people or things counted, as "who live in Marsh City"
 * would, and what it tells of them is theirs, whatever the other clauses of the sentence cue. Generic
 * English: a participle in -ing right after the noun, up to the end of its clause.
 */
import type { UnitMatcher } from './categories.ts';
import type { Token } from './types.ts';

/** Words in -ing that are no participle describing a noun: "including", "according to", "during". */
const NOT_DESCRIBING: ReadonlySet<string> = new Set(['including', 'according', 'following', 'during', 'being', 'having', 'concerning', 'regarding', 'excluding', 'pending', 'notwithstanding']);

/** Finite verbs and modals: one after the participle is the clause's own verb, which tells what happened to the count. */
const CLAUSE_VERBS: ReadonlySet<string> = new Set(['were', 'was', 'have', 'has', 'had', 'are', 'is', 'could', 'would', 'may', 'might', 'will', 'can', 'shall', 'must']);

/** At most this many words of the participle's phrase: "living in the region of Marsh City". */
const PHRASE_REACH = 8;

/**
 * The present participle right after a count's last token (`last`), when its phrase is the last of the
 * count's clause: the clause ends (punctuation or the end of the text) within a few words, no finite
 * verb or modal comes first ("… living in the region have crossed" tells what happened to them), and
 * no other word of the phrase cues a category ("living in the enclave fled to Fredonburg" ends in the
 * clause's own verb). Null otherwise.
 */
export function ownParticiple(tokens: readonly Token[], last: number, matcher: UnitMatcher): string | null {
  const participle = tokens[last + 1];
  if (participle?.kind !== 'word' || !/^\p{Ll}{3,}ing$/u.test(participle.text) || NOT_DESCRIBING.has(participle.lower)) return null;
  const rest: string[] = [];
  for (let i = last + 2; ; i++) {
    const token = tokens[i];
    if (token === undefined || token.kind === 'punct') break;
    if (rest.length >= PHRASE_REACH || CLAUSE_VERBS.has(token.lower)) return null;
    rest.push(token.lower);
  }
  return matcher.categoryByCues(rest.join(' ')) === null ? participle.lower : null;
}
