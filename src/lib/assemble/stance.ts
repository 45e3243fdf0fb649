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
const UNCONFIRMED =
  /\b(?:cannot|can['’]t|could not|couldn['’]t|unable to)\s+(?:confirm|verify)\b|\b(?:looking into|still (?:assessing|verifying|checking|being assessed)|(?:left|remains) to be seen|to verify|verifying|no evidence|not (?:yet )?(?:known|clear)|unclear|(?:do|does|did)(?: not|n['’]t) (?:yet )?know)\b/i;

/** A consequence drawn from a condition: "If they deploy, they are fair targets". */
const CONDITIONAL = /^\W*(?:(?:but|and|so)\s+)?if\b|\bif (?:they|it|he|she|we|you|this|that)\b/i;

/** Words that flag a danger without threatening it: "incredibly dangerous", "very serious". */
const DANGER = /\b(?:dangerous|danger|serious|concerning|concerned|threat|risks?|escalat\w*|consequences|destabili[sz]\w*|alarming|grave)\b/i;

/** Calls on someone to act: "must withdraw", "should stop", "we urge". */
const CALL = /\b(?:should|must|needs? to|ought to|urges?|calls? on|calls? for|demands?)\b/i;

/** The speaker's own promise: "we will continue to support", "I will not abandon", "remains committed". */
const PLEDGE = /\b(?:we|i)\s+(?:will|shall|are going to|am going to)\b|\b(?:will|shall) (?:continue|always|never|stand|support|provide|help|defend|remain)\b|\bremains? (?:committed|ready)\b/i;

/** Words that condemn what they describe. */
const CONDEMNATION = /\b(?:illegal|unlawful|violation|violates|violating|war crimes?|crimes?|criminal|barbaric|atrocit(?:y|ies)|condemn\w*|aggression|provocation)\b/i;

/** Content that looks ahead or hedges asserts nothing about what happened. */
const LOOKS_AHEAD = /\b(?:will|would|could|may|might|shall|expects?|expected|hopes?|plans?|intends?)\b/i;

/**
 * The stance of a statement from its reporting verb, then its words. A verb that says what it does
 * ("denied", "warned", "urged") decides; a neutral one ("said", "according to") leaves it to the
 * words: a call, a promise, a threat, a condemnation, or else, when they tell of what is or has
 * been, a confirmation of it.
 */
export function stanceOf(reporting: Reporting, words: string): Stance {
  if (reporting.negated && !reporting.denial) return 'unconfirmed';
  if (UNCONFIRMED.test(words)) return 'unconfirmed';
  const verb = (reporting.verb ?? '').toLowerCase();
  const lastWord = verb.split(/\s+/).at(-1) ?? verb;
  const fromVerb = lastWord === '' ? undefined : STANCE_OF_STEM.find(([stem]) => lastWord.startsWith(stem))?.[1];
  if (fromVerb) return fromVerb;
  if (THREAT.test(words)) return 'threatens';
  if (CONDITIONAL.test(words)) return 'warns';
  if (CALL.test(words)) return 'calls-for';
  if (PLEDGE.test(words)) return 'pledges';
  if (CONDEMNATION.test(words)) return 'condemns';
  if (DANGER.test(words)) return 'warns';
  if (LOOKS_AHEAD.test(words) || words.trim().endsWith('?')) return 'other';
  return 'confirms';
}
