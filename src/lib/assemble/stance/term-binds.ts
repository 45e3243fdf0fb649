/**
 * "(a pact that) obliges each side to help the other": a document's term that binds its parties to act
 * commits them (corpus README: a treaty that "obliges" the parties pledges), whatever the act is. Read
 * of a speaker of no side only, which a document is (binding-terms.ts); "the ministry required
 * carriers to file reports" would be a side's demand.
 */
import { isBindingVerb } from '../../detect/quotes/binding-terms.ts';
import type { StanceSpeaker } from './speaker.ts';

/** Whether a statement so reported is a document's term binding its parties. */
export function termBindsParties(verb: string | null, speaker: StanceSpeaker): boolean {
  return verb !== null && isBindingVerb(verb) && speaker.forASide !== true && !speaker.forThemselves;
}
