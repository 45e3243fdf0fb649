/** What a witness saw befall others, told in their own account: a happening at issue, not their own experience. Generic English. */
import type { StanceSpeaker } from './speaker.ts';

/**
 * People other than the speaker killed, dead or taken: "six of them died", "her son was arrested by the
 * police at the border", "my neighbours were killed" (not "I was wounded", "we were captured", the
 * speaker's own lot; nor "being captured is a betrayal", no one's).
 */
const HARM_TO_OTHERS =
  /\b(?<subject>\p{L}+)\s+(?:(?:was|were|(?:has|have|had)\s+been|got)\s+(?:\w+ly\s+|all\s+)?(?:killed|arrested|detained|abducted|executed|shot\s+dead|taken\s+away|tortured)|(?:all\s+|later\s+|then\s+)?(?:died|perished))\b/iu;

/**
 * Violence that broke out or raged where the speaker was: "a war had started", "the shelling began again",
 * "there was shelling on all sides", "the fighting was everywhere" (not "I have seen four wars", a life
 * told; nor "the talks began", no violence).
 */
const VIOLENCE_TOLD =
  /\b(?:war|fighting|gunfighting|shelling|bombing|bombardment|offensive|gunfire|shooting|explosions?)\s+(?:had\s+|has\s+)?(?:\w+ly\s+)?(?:started|began|begun|broke\s+out|broken\s+out|erupted|resumed)\b|\bthere\s+(?:was|were)\s+(?:\w+\s+)?(?:shelling|fighting|gunfire|bombing|explosions|shooting|air\s?strikes)\b|\b(?:gunfighting|fighting|shelling|bombing|gunfire)\s+(?:was|were)\s+(?:\w+ly\s+)?(?:everywhere|constant|incessant|non-?stop)\b/iu;

/** HARM_TO_OTHERS at every place it matches: "I was arrested and my brother was killed" tells the second. */
const HARM_TO_OTHERS_ALL = new RegExp(HARM_TO_OTHERS.source, 'giu');

/** The speaker themselves as the one it befell, in their own words: "I", "we". */
const OWN_SUBJECT = /^(?:i|we)$/i;

/** The speaker themselves in reported speech, where "he", "she" and "they" may be the speaker too. */
const OWN_SUBJECT_REPORTED = /^(?:i|we|he|she|they)$/i;

/**
 * Whether a witness's account tells, anywhere in its words, what befell others (HARM_TO_OTHERS) or violence
 * around them (VIOLENCE_TOLD): a happening at issue that they saw, which confirms it, where the rest of what
 * they lived through ("a shell fragment went through my leg", "we left the town") describes their experience.
 */
export function witnessedHappening(words: string, speaker: StanceSpeaker): boolean {
  if (VIOLENCE_TOLD.test(words)) return true;
  const own = speaker.reported ? OWN_SUBJECT_REPORTED : OWN_SUBJECT;
  return [...words.matchAll(HARM_TO_OTHERS_ALL)].some((harm) => !own.test(harm.groups?.['subject'] ?? ''));
}
