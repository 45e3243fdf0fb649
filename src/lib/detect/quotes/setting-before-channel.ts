/**
 * "Ruhl in a statement, the Courier reported, “We reject the decision.”": a speaker named with where
 * the words were said, then an outlet that reports them. The words are the speaker's; the outlet only
 * relays them (README, the relay rule), though its verb is the only one the sentence has.
 */
import { SPEECH_SETTING } from './attribution-patterns.ts';
import type { Attribution } from './attributions.ts';
import { type ResolveContext, type ResolvedSpeaker, resolveSpeakers } from './resolve-speaker.ts';
import type { SentenceView } from './types.ts';

/** The speaker phrase before the setting: a few words, no punctuation. */
const PHRASE_THEN_SETTING = /^([^,;:.!?\u2592]{2,80}?)\s+((?:in|at|during|on)\s[^,;:\u2592]{3,60})\s*,\s*$/u;

/**
 * The speaker a channel's report belongs to when the sentence opens with "<speaker> in a statement,"
 * right before the channel (`attribution`, whose verb is "reported" or "reports"); null otherwise, or
 * when the phrase names no one, names several, or names the channel itself.
 */
export function speakerBeforeChannel(view: SentenceView, attribution: Attribution, channel: ResolvedSpeaker, context: ResolveContext): ResolvedSpeaker | null {
  if (!/^report(?:ed|s)$/i.test(attribution.verb)) return null;
  const before = view.masked.slice(view.start, attribution.span.start);
  // A cheap gate first: the setting's preposition and a comma right before the channel.
  if (!before.includes(' in ') && !before.includes(' at ') && !before.includes(' during ') && !before.includes(' on ')) return null;
  const opening = PHRASE_THEN_SETTING.exec(before);
  if (!opening || !SPEECH_SETTING.test(opening[2] as string)) return null;
  const speakers = resolveSpeakers((opening[1] as string).trim(), null, 'said', context);
  if (speakers.length !== 1) return null;
  const speaker = speakers[0] as ResolvedSpeaker;
  if (speaker.resolvedBy === 'none' || (speaker.speaker.actor !== null && speaker.speaker.actor === channel.speaker.actor)) return null;
  return speaker;
}
