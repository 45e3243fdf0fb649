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
 * A side's first concern or priority, named by its possessive, as a good it looks after: "The Ostmark agency's primary
 * concern is the well-being of these children", "our main priority is the safety of the crews", "the
 * agency's priority remains the needs of the displaced" — where its attention lies, as OWN_FOCUS (not "our
 * concern is that the fighting will spread", "our main concern is the escalation", a worry, which warns;
 * "concern" is read so only before a good looked after).
 */
const CONCERN_FOR_A_GOOD =
  /(?:^|[,;]\s*|\.\s+)(?:our|my|(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}?[\p{L}.-]+['’]s)\s+(?:(?:primary|main|first|top|chief|key|foremost|overriding|only|sole)\s+)?(?:priority\s+(?:is|remains|has\s+been)\s+(?:\p{Ll}+ly\s+)?(?:the|its|their|our|his|her)\b|(?:concern|priority)\s+(?:is|remains|has\s+been)\s+(?:\p{Ll}+ly\s+)?(?:the|its|their|our|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:well-being|wellbeing|welfare|safety|security|protection|health|needs|lives)\b)/iu;

/**
 * The speaker's presence explained by a feeling shown: "I'm here to express the full solidarity of the
 * bloc with Freedonia", "we are here to show our sympathy", reported "(said) he was here to express …" — solidarity is no undertaking (corpus README,
 * forty-fourth batch); not "we are here to help", "I am here to deliver aid", help at hand.
 */
const HERE_TO_SHOW_FEELING =
  /\b(?:(?:i|we)\s*(?:['’]m|['’]re|\s+am|\s+are)|(?:he|she|they)\s+(?:is|was|are|were))\s+(?:here|in\s+\p{Lu}[\p{L}-]+)\s+(?:today\s+)?to\s+(?:express|show|convey|demonstrate|offer)\s+(?:(?:our|my|the|its|their)\s+)?(?:(?:full|deep|deepest|sincere|heartfelt|strong|firm|unwavering)\s+)?(?:solidarity|sympathy|condolences|gratitude|respect|appreciation)\b/iu;

/**
 * Whether a side tells, of itself, where its attention lies (OWN_FOCUS), or where a side's is (CONCERN_FOR_A_GOOD,
 * which names the side), or that it is present to show a feeling (HERE_TO_SHOW_FEELING).
 */
export function ownAttentionTold(clause: string, speaker: StanceSpeaker): boolean {
  if (speaker.assesses === true || speaker.finding === true) return false;
  return (/focus|concentrat/i.test(clause) && OWN_FOCUS.test(clause)) || (/concern|priorit/i.test(clause) && CONCERN_FOR_A_GOOD.test(clause)) || (/solidarity|sympathy|condolences|gratitude|respect|appreciation/i.test(clause) && HERE_TO_SHOW_FEELING.test(clause));
}

/**
 * The side's attention kept on a matter from now on: "the issues of our displaced brothers and sisters will
 * continuously remain in our focus", "their safety will remain our top priority", "this will always stay at
 * the centre of our attention" — a side about its own future regard, an undertaking as "will always remember"
 * is (corpus README, stop 41); not "our focus is on …" (told, OWN_FOCUS), "will remain on the agenda of the
 * council" (another's attention), nor "prices will remain high" (a forecast).
 */
const OWN_ATTENTION_KEPT =
  /\b(?:will|shall)\s+(?:(?:\w+ly|always|still|also)\s+|continue\s+to\s+)*(?:remain|stay|be)\s+(?:(?:in|on|among)\s+|at\s+the\s+(?:centre|center|heart|top)\s+of\s+)(?:our|my)\s+(?:(?:main|top|constant|special|particular|first)\s+)?(?:focus|attention|agenda|priorities|minds|hearts|thoughts)\b|\b(?:will|shall)\s+(?:(?:\w+ly|always|still|also)\s+|continue\s+to\s+)*(?:remain|be)\s+(?:our|my)\s+(?:(?:main|top|first|highest|absolute|utmost)\s+)?priority\b/iu;

/** Whether a side tells that a matter will keep its attention (OWN_ATTENTION_KEPT); an analyst or a report promises nothing. */
export function ownAttentionKept(clause: string, speaker: StanceSpeaker): boolean {
  if (speaker.assesses === true || speaker.finding === true) return false;
  return /focus|attention|agenda|priorit|minds|hearts|thoughts/i.test(clause) && OWN_ATTENTION_KEPT.test(clause);
}
