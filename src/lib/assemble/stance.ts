/**
 * A statement's stance in the fixed vocabulary of the data contract (DESIGN.md), from its reporting
 * verb and the clause together. Generic English, not topic knowledge.
 */
import type { Stance } from '../model.ts';
import type { Reporting } from './reporting.ts';

/** Verb stems and the stance they make plain; the first stem that starts the verb wins. */
const STANCE_OF_STEM: [string, Stance][] = [
  ['confirm', 'confirms'], ['acknowledg', 'confirms'], ['admit', 'confirms'], ['affirm', 'confirms'],
  ['reaffirm', 'confirms'], ['concede', 'confirms'], ['conceded', 'confirms'], ['verif', 'confirms'],
  ['deni', 'denies'], ['deny', 'denies'], ['reject', 'denies'], ['dismiss', 'denies'], ['refut', 'denies'],
  ['rebuff', 'denies'], ['disput', 'denies'],
  ['warn', 'warns'], ['caution', 'warns'],
  ['condemn', 'condemns'], ['denounc', 'condemns'], ['criticis', 'condemns'], ['criticiz', 'condemns'],
  ['accus', 'condemns'], ['slam', 'condemns'], ['decri', 'condemns'],
  ['pledg', 'pledges'], ['vow', 'pledges'], ['promis', 'pledges'], ['commit', 'pledges'],
  ['threaten', 'threatens'],
  ['urg', 'calls-for'], ['call', 'calls-for'], ['demand', 'calls-for'], ['ask', 'calls-for'], ['appeal', 'calls-for'],
];

/** Clauses that threaten the speaker's own response, whatever the verb: "… will respond with force". */
const THREAT = /\b(?:will|would|shall)\s+(?:respond|retaliate|react|strike|hit back|take (?:countermeasures|measures|action))\b/i;

/** Clauses that leave the matter open: "cannot confirm", "is looking into", "no evidence yet". */
const UNCONFIRMED = /\b(?:cannot|can['’]t|could not|couldn['’]t|unable to)\s+(?:confirm|verify)\b|\b(?:looking into|still (?:assessing|verifying|checking))\b/i;

export function stanceOf(reporting: Reporting, words: string): Stance {
  if (reporting.verb === null) return 'other';
  const verb = reporting.verb.toLowerCase();
  if (reporting.negated && !reporting.denial) return 'unconfirmed';
  if (UNCONFIRMED.test(words)) return 'unconfirmed';
  const lastWord = verb.split(/\s+/).at(-1) ?? verb;
  const fromVerb = STANCE_OF_STEM.find(([stem]) => lastWord.startsWith(stem))?.[1];
  if (fromVerb) return fromVerb;
  if (THREAT.test(words)) return 'threatens';
  return 'other';
}
