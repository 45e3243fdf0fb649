/** A plan or a change a side rejects — "is against any change", "would never be accepted": a denial. Generic English. */
import { namedSubjectThen, pronounSubjectThen } from './clause.ts';

/**
 * What a side can turn down as a proposal: a plan, a proposal, an idea, a change of how things are, an
 * imposition ("any geopolitical changes", "the plan to redraw the border", "the imposition of another
 * status"). Not a happening or a state ("this war", "any kind of rivalry", "the attacks"), whose opponent
 * condemns it or tells where it stands; nor an attempt to change things ("attempts to change the borders
 * by force", a verb after "to"), a wrong tried, which is condemned.
 */
const PLAN = String.raw`(?:(?:any|all|the|a|an|such|this|that|these|those|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}?(?<!\bto\s)(?:changes?|alterations?|redrawing|revisions?|plans?|proposals?|ideas?|initiatives?|schemes?|imposition)\b`;

/** A side's opposition, after its subject: "is against", "is firmly opposed to", "opposes", "rejects", "has rejected". */
const OPPOSITION = String.raw`(?:(?:is|are|am|was|were|remains?|remained)\s+(?:(?:still|always|also|now|\p{Ll}+ly)\s+)?(?:against|opposed\s+to)|(?:(?:has|have|had)\s+(?:\p{Ll}+ly\s+|always\s+)?)?(?:opposes|opposed|rejects|rejected|(?:\p{Ll}+ly\s+)(?:oppose|reject)))\s+${PLAN}`;

/** The opposition told of the speaker's side by a pronoun: "(said) it is against any change", "we oppose the plan". */
const OPPOSED_BY_A_PRONOUN = pronounSubjectThen(String.raw`(?:${OPPOSITION}|(?:\p{Ll}+ly\s+)?(?:oppose|reject)\s+${PLAN})`);

/** The opposition told of a side by its name: "Fredonburg is against any change", "the Sylvanian government opposes the plan". */
const OPPOSED_BY_A_NAME = namedSubjectThen(OPPOSITION);

/**
 * A plan or a change refused for all time, in the passive, with no one else who refuses it: "the
 * imposition of any other status would never be accepted", "any change of the borders will not be
 * accepted" (not "the plan would never be accepted by the voters", a forecast of others' refusal; nor
 * "such attacks cannot be accepted", an act, which condemns).
 */
const PLAN_REFUSED = new RegExp(
  String.raw`^\W*(?:that\s+)?${PLAN}[^.;]{0,80}?\s+(?:will|would|shall|can)(?:\s+(?:never|not)|n['’]t|not)\s+(?:\p{Ll}+ly\s+)?be\s+(?:accepted|recogni[sz]ed)\b(?!\s+by\b)`,
  'iu',
);

/**
 * Whether the clause tells a side's rejection of a plan or a change (OPPOSITION, PLAN_REFUSED): it denies
 * the plan, as "rejected the proposal" does (not "the odds are against any change", whose subject is no
 * side; nor "we are against this war", a happening opposed, which condemns).
 */
export function planRejected(clause: string): boolean {
  if (!/against|oppos|reject|accepted|recogni[sz]ed/i.test(clause)) return false;
  return OPPOSED_BY_A_PRONOUN.test(clause) || OPPOSED_BY_A_NAME.test(clause) || PLAN_REFUSED.test(clause);
}
