/**
 * "(a pact that) obliges each side to help the other": a document's term that binds its parties to act
 * commits them (corpus README: a treaty that "obliges" the parties pledges), whatever the act is. Read
 * of a speaker of no side only, which a document is (binding-terms.ts); "the ministry required
 * carriers to file reports" would be a side's demand.
 */
import type { StanceSpeaker } from './speaker.ts';

/** The verbs by which a document binds its parties, in any form: "obliges", "obligated", "requires", "binds". */
const BINDING_VERB = /^(?:oblig\w*|requir\w*|binds|compel\w*)$/i;

/** Whether a statement so reported is a document's term binding its parties. */
export function termBindsParties(verb: string | null, speaker: StanceSpeaker): boolean {
  return verb !== null && BINDING_VERB.test(verb.trim()) && speaker.forASide !== true && !speaker.forThemselves;
}
