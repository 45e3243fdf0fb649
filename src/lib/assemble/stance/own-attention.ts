/** What the speaker's side attends to or is present for, told of itself: a description, not an undertaking. Generic English. */
import type { StanceSpeaker } from './speaker.ts';

/**
 * The side's focus, in its own words: "our focus is on the well-being of civilians", "As the agency, our
 * main focus remains on the wounded", "we are focused on the humanitarian crisis", "I am focusing on the
 * talks" (not "the focus of the strikes was the port", told; nor "we will focus on rebuilding the
 * bridge", a step promised; nor "the shelling is focused on the north", a happening).
 */
const OWN_FOCUS =
  /(?:^|[,;]\s*|\.\s+)(?:(?:our|my)\s+(?:\w+\s+)?focus\s+(?:is|remains|has\s+been)\s+(?:\w+ly\s+)?on|(?:we|i)\s+(?:are|am|remain|have\s+been)\s+(?:now\s+|still\s+|also\s+|\w+ly\s+)?(?:focused|focussed|focusing|concentrated|concentrating)\s+on)\b/iu;

/**
 * The speaker's presence explained by a feeling shown: "I'm here to express the full solidarity of the
 * bloc with Freedonia", "we are here to show our sympathy", reported "(said) he was here to express …" — solidarity is no undertaking (corpus README,
 * forty-fourth batch); not "we are here to help", "I am here to deliver aid", help at hand.
 */
const HERE_TO_SHOW_FEELING =
  /\b(?:(?:i|we)\s*(?:['’]m|['’]re|\s+am|\s+are)|(?:he|she|they)\s+(?:is|was|are|were))\s+(?:here|in\s+\p{Lu}[\p{L}-]+)\s+(?:today\s+)?to\s+(?:express|show|convey|demonstrate|offer)\s+(?:(?:our|my|the|its|their)\s+)?(?:(?:full|deep|deepest|sincere|heartfelt|strong|firm|unwavering)\s+)?(?:solidarity|sympathy|condolences|gratitude|respect|appreciation)\b/iu;

/** Whether a side tells, of itself, where its attention lies (OWN_FOCUS) or that it is present to show a feeling (HERE_TO_SHOW_FEELING). */
export function ownAttentionTold(clause: string, speaker: StanceSpeaker): boolean {
  if (speaker.assesses === true || speaker.finding === true) return false;
  return (/focus|concentrat/i.test(clause) && OWN_FOCUS.test(clause)) || (/solidarity|sympathy|condolences|gratitude|respect|appreciation/i.test(clause) && HERE_TO_SHOW_FEELING.test(clause));
}
