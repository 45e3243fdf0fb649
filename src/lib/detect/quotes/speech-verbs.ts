/**
 * The verbs that introduce speech in English news copy. Generic English, no topic words.
 * Present forms that are also common nouns ("claims", "reports", "notes") are left out on purpose:
 * "Freedonian claims were denied" must not read as Freedonia claiming something.
 */

/** Finite speech verbs, as they follow a speaker: "X said", "X has warned", "X points out". */
export const speechVerbs: readonly string[] = [
  'said', 'says', 'say',
  'added', 'adds',
  'told', 'tells',
  'confirmed', 'confirms',
  'warned', 'warns',
  'stressed', 'stresses',
  'dismissed', 'dismisses',
  'denied', 'denies', 'deny',
  'declared', 'declares',
  'replied', 'replies',
  'responded', 'responds',
  'noted',
  'pointed out', 'points out',
  'assessed', 'assesses',
  'maintained', 'maintains',
  'pledged',
  'claimed',
  'asserted', 'asserts',
  'stated',
  'explained', 'explains',
  'argued', 'argues',
  'insisted', 'insists',
  'reiterated', 'reiterates',
  'acknowledged', 'acknowledges',
  'announced', 'announces',
  'emphasized', 'emphasised', 'emphasizes', 'emphasises',
  'underlined', 'underscored', 'highlighted',
  'urged', 'urges',
  'cautioned',
  'suggested',
  'alleged', 'alleges',
  'rejected',
  'vowed',
  'promised',
  'admitted', 'admits',
  'conceded', 'concedes',
  'countered',
  'predicted',
  'estimated',
  'asked',
  'wrote',
  'tweeted',
  'posted',
  'remarked',
  'observed',
  'affirmed', 'reaffirmed',
  'repeated',
  'revealed',
  'disclosed',
  'cited',
  'reported',
];

/** Participles that continue an attribution without a subject of their own: ", adding that …". */
export const participleSpeechVerbs: readonly string[] = [
  'saying', 'adding', 'noting', 'warning', 'stressing', 'insisting', 'arguing', 'claiming',
  'explaining', 'declaring', 'asserting', 'stating', 'emphasizing', 'emphasising', 'urging',
];

/** Verbs that can stand before their subject after a quote: “…,” said Anna Berg. */
export const invertibleSpeechVerbs: ReadonlySet<string> = new Set([
  'said', 'says', 'added', 'adds', 'asked', 'replied', 'wrote', 'told', 'explained', 'warned',
]);

/**
 * Verbs by which news outlets report. A statement introduced by one of them speaks for no government
 * unless the speaker is a known actor: "Freedonia Herald reported" is the paper's claim.
 */
export const mediaSpeechVerbs: ReadonlySet<string> = new Set(['reported']);

/** Matches any speech verb or participle as a whole word (case-sensitive: verbs are lower case in copy). */
export const SPEECH_VERB_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?:${[...speechVerbs, ...participleSpeechVerbs]
    .sort((a, b) => b.length - a.length)
    .map((verb) => verb.replace(' ', '\\s+'))
    .join('|')})(?![\\p{L}\\p{N}'’-])`,
  'gu',
);

const participles = new Set(participleSpeechVerbs);

/** Whether a verb as written is a subjectless participle ("adding"). */
export function isParticiple(verb: string): boolean {
  return participles.has(verb);
}
