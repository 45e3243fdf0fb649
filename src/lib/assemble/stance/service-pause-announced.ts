/**
 * A business's own service paused or rerouted, announced as its decision: "(said) operations through the
 * strait would be suspended for 48 hours", "(noted) trips through the gulf would also be suspended",
 * "(said) vessels would be rerouted around the cape", "(said on Sunday) it halted its sailings through
 * the strait" — the company commits itself to a course (corpus README: a pause or diversion a company
 * announces pledges). The progressive "it was suspending all shipments" is read as described, as the
 * older files read it (OWN_SERVICE_PAUSED in description.ts); a government's or an analyst's words are
 * not a company's decision.
 */
const SERVICE = String.raw`(?:operations|trips|transits?|sailings|voyages|vessels|ships|services|shipments|traffic|passages?|journeys|routes|crossings|calls|flights)`;

const PAUSE_ANNOUNCED = new RegExp(
  [
    // "operations through the strait would be suspended", "some vessels will be rerouted"
    String.raw`^\W*(?:that\s+)?(?:(?:all|some|its|their|our|the|these|those|any)\s+)?(?:[\p{L}-]+\s+){0,2}?${SERVICE}\b[^.;:]{0,60}?\b(?:would|will)\s+(?:also\s+|now\s+|temporarily\s+|then\s+)?be\s+(?:temporarily\s+|immediately\s+)?(?:suspended|paused|halted|rerouted|re-routed|diverted|redirected)\b`,
    // "(said Sunday) it halted its operations through the strait", "they have paused all sailings"
    String.raw`^\W*(?:that\s+)?(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+)?(?:it|they|we)\s+(?:(?:has|have|had)\s+)?(?:also\s+|now\s+|temporarily\s+)?(?:halted|paused|suspended|stopped)\s+(?:all\s+|its\s+|their\s+|our\s+)+(?:[\p{L}-]+\s+){0,2}?${SERVICE}\b`,
  ].join('|'),
  'iu',
);

/** Whether a speaker of no side and no assessment announces its own service paused or rerouted (PAUSE_ANNOUNCED). */
export function servicePauseAnnounced(clause: string, speaker: { forASide?: boolean; assesses?: boolean }): boolean {
  return speaker.forASide !== true && speaker.assesses !== true && /suspend|paus|halt|stopp|rout|divert/i.test(clause) && PAUSE_ANNOUNCED.test(clause);
}
