/** A side's own wrong disowned: a charged act it says it has not done. Generic English. */
import { condemnable } from './condemnation.ts';

/**
 * The act disowned and what follows it: "Sylvania has not engaged and will not engage in ethnic
 * cleansing", "our forces have never committed war crimes", "the army did not commit any atrocities",
 * "it never pursued a policy of deportation". The rest of the clause after the verb must name a wrong
 * (condemnable), so the words answer a charge rather than tell an assurance ("civilians are not targeted",
 * "has not engaged in talks", "did not carry out any strikes on the port" stay as they are read), and
 * "has never committed to the ceasefire" is an undertaking, not an act.
 */
const ACT_DISOWNED =
  /\b(?:(?:has|have|had|did|does|do|will|would)(?:\s+not|n['’]t)(?:\s+\w+ly)?(?:\s+(?:ever|once))?|(?:has|have|had)?\s*never)\s+(?:engaged?\s+in|engaging\s+in|committ(?:ed)?(?!\s+(?:it|itself|themselves|ourselves)?\s*to\b)|commit(?!\s+to\b)|perpetrat(?:e|ed)|pursued?|carr(?:y|ied)\s+out)\b(?:\s+(?:and|or|nor)\s+(?:(?:will|would)(?:\s+not|n['’]t)|never)\s+(?:engage\s+in|commit|perpetrate|pursue|carry\s+out)\b)?/i;

/** Words one of which ACT_DISOWNED holds: few clauses have one, while condemnable is asked of every one. */
const ACT_DISOWNED_CUE = /engag|commit|perpetrat|pursu|carr/i;

/**
 * Whether the clause disowns a wrong: a negated act (ACT_DISOWNED) whose object, the words after it,
 * names a wrong. Read before blame words condemn, which the charge's own words would otherwise make them.
 */
export function wrongDisowned(clause: string): boolean {
  if (!ACT_DISOWNED_CUE.test(clause)) return false;
  const m = ACT_DISOWNED.exec(clause);
  if (m === null) return false;
  return condemnable(clause.slice(m.index + m[0].length));
}
