/** A speaker named as the one something moved to speak: "…, prompting the ministers to urge …". Generic English. */
import { gapBefore, isSpeakerPhrase, phraseBefore, spanOf } from './noun-phrase.ts';
import { isCalendarWord, isPlainGap } from './tokens.ts';
import type { SentenceView, Span, Token } from './types.ts';

/** Verbs that make someone do what their infinitive says: "prompting X to", "led X to", "forced X to". */
const MOVING_VERBS = /^(?:prompt(?:s|ed|ing)?|led|leads?|leading|spurr(?:ed|ing)|spurs?|forc(?:e|es|ed|ing)|push(?:ed|es|ing)?|drove|driv(?:e|es|ing)|driven|caus(?:e|es|ed|ing)|compell(?:ed|ing)|compels?)$/iu;

/**
 * The speaker of a speech verb in an infinitive after a verb that moved them to speak: "the attacks
 * prompted the foreign ministers to urge the rebels to halt", "…, prompting the shipping firm to
 * announce a pause", "the strike led Minister Berg to call for talks", "spurred the firm on Sunday to
 * announce …" (a day between the object and its infinitive is when). The infinitive's "to" cancels an
 * ordinary subject ("to say"); here the object of the moving verb is the one who speaks. Null otherwise:
 * "plans to announce" and "the ministers want to urge" name no moving verb, and "prompted calls to
 * resume talks" has no one as its object.
 */
export function speakerMovedToSpeak(view: SentenceView, verbToken: number): Span | null {
  const to = verbToken - 1;
  if (to < 2 || view.tokens[to]?.text.toLowerCase() !== 'to') return null;
  if (!isPlainGap(gapBefore(view, verbToken)) || !isPlainGap(gapBefore(view, to))) return null;
  const { phrase, stop } = phraseBefore(view, beforeDay(view, to - 1));
  if (!phrase || !MOVING_VERBS.test(stop) || !isPlainGap(gapBefore(view, phrase.first))) return null;
  return isSpeakerPhrase(view, phrase) ? spanOf(phrase) : null;
}

/**
 * "the firm on Sunday", "the firm on 31 December": the last token before a day named right before
 * token `last + 1` (with its "on", "last" or "this"); `last` itself when no day ends there.
 */
function beforeDay(view: SentenceView, last: number): number {
  let k = last;
  while (k > 0 && isPlainGap(gapBefore(view, k + 1)) && (isCalendarWord((view.tokens[k] as Token).text) || /^\d{1,2}$/.test((view.tokens[k] as Token).text))) k -= 1;
  if (k === last) return last;
  return /^(?:on|last|this)$/i.test((view.tokens[k] as Token).text) && isPlainGap(gapBefore(view, k + 1)) ? k - 1 : last;
}
