/** A merit of a party recognised by a verb that would otherwise affirm. Generic English. */

/** Verbs of recognition that affirm a fact ("acknowledged the losses") but praise a merit. */
const RECOGNITION_VERB = /^(?:acknowledg|recogni[sz]|appreciat|highlight|commend|salut|not(?:ed|es|ing)$)/i;

/**
 * A merit named first, perhaps after an article or a possessive and up to three words, then nothing, a
 * comma or a word that ties it to its owner ("of", "by", "displayed", "shown"): "the “unexpected political
 * competence” displayed by Sylvania", "the restraint shown by the navy", "the constructive role of
 * Freedonia", "their professionalism". Not a merit's clause ("active efforts are underway to …", a
 * happening told), nor a role without praise ("the role of its forces in the shelling").
 */
const MERIT_FIRST =
  /^\W*(?:that\s+)?(?:(?:the|its|their|his|her|our|a|an)\s+)?(?:[“"‘]\s*)?(?:[\p{L}-]+,?\s+){0,3}?(?:competence|professionalism|restraint|wisdom|pragmatism|maturity|goodwill|statesmanship|skill|leadership|(?:constructive|positive|important|key|significant|valuable|invaluable|leading|tireless)\s+(?:role|contribution|efforts?|work))\b(?:\s*[”"’])?(?=\s*(?:$|[,.;]|(?:of|by|displayed|shown|demonstrated|made|in)\b))/iu;

/**
 * "acknowledged the “unexpected political competence” displayed by Sylvania", "appreciated the restraint
 * shown by the navy", "noted the constructive role of Freedonia": a verb of recognition whose object is a
 * party's merit praises it, other, as "praised" does; the same verbs before a fact ("acknowledged the
 * losses suffered by the army", "noted that active efforts are underway") leave the verb to decide.
 */
export function meritRecognised(verb: string, words: string): 'other' | undefined {
  return RECOGNITION_VERB.test(verb.trim().split(/\s+/).at(-1) ?? '') && MERIT_FIRST.test(words) ? 'other' : undefined;
}
