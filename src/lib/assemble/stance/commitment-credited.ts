/** Another party's commitment, credited to it or noted of it: a description, not an undertaking. Generic English. */
import type { StanceSpeaker } from './speaker.ts';

/**
 * A commitment shown by the conduct of a party the clause names as its subject: "Freedonia has demonstrated
 * its commitment to peace by joining the talks", "the rebels have shown their commitment to the truce" —
 * the speaker credits another with it (not "we have shown our commitment", the side's own, nor "Freedonia
 * has pledged its commitment", a commitment given).
 */
const COMMITMENT_SHOWN =
  /^\W*(?:that\s+)?(?!(?:we|i|it|he|she|they)\s)(?:[\p{L}’'.-]+\s+){1,6}?(?:has|have|had)\s+(?:\p{Ll}+ly\s+|also\s+|again\s+)?(?:demonstrated|shown|showed|proven|proved|displayed)\s+(?:its|their|his|her)\s+(?:[\p{L}-]+\s+)?commitment\b/iu;

/**
 * A commitment a named party holds, named as what is noted, with no verb of its own after it: "(noted) the
 * President's public commitments to help rebuild the town", "(welcomed) Sylvania's commitment to the truce"
 * (not "Sylvania's commitment to the truce is unwavering", "… will continue", a claim about it; nor "its
 * commitment", "our commitment", a pronoun's, which may be the speaker's own). Read only after a verb that
 * takes note of what another holds (NOTING_VERB): "(stressed) Freedonia's firm commitment to …" stresses
 * the side's own.
 */
const COMMITMENT_NAMED =
  /^\W*(?:that\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}?\p{Lu}[\p{L}.-]*['’]s?\s+(?:\p{Ll}[\p{L}-]*\s+)?commitments?\s+(?:to|for)\b(?![^.;]*\b(?:is|are|was|were|remains?|remained|will|would|has|have|had)\b)/u;

/** A verb that takes note of what another holds, or welcomes it: "noted", "acknowledged", "welcomed", "recognised". */
const NOTING_VERB = /^(?:not|acknowledg|welcom|recogni[sz])\w*$/i;

/**
 * Whether the clause credits another party with a commitment (COMMITMENT_SHOWN) or names the commitment of
 * one after a verb that notes it (COMMITMENT_NAMED), the speaker's own side not named first: the speaker describes where another
 * stands; it undertakes nothing and tells no happening.
 */
export function commitmentOfAnotherCredited(clause: string, speaker: StanceSpeaker, verb: string | null): boolean {
  if (speaker.ownSideFirst === true || !clause.includes('commitment')) return false;
  return COMMITMENT_SHOWN.test(clause) || (NOTING_VERB.test(verb?.trim().split(/\s+/)[0] ?? '') && COMMITMENT_NAMED.test(clause));
}
