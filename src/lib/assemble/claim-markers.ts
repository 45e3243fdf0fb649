/**
 * Words that make a figure nobody's claim in particular: "Russia, which has reportedly faced
 * 600,000 casualties" passes on an unnamed report, even inside someone's remarks.
 */
const HEDGES =
  /\b(?:reportedly|allegedly|purportedly|supposedly|according to (?:some |media |news |unconfirmed )?reports|(?:is|are|was|were) (?:widely )?(?:believed|thought|estimated|said|understood|reported) to)\b/i;

/** Whether the words just before a figure, in its clause, hedge it as an unnamed report. */
export function isHedged(textBefore: string): boolean {
  const clause = textBefore.split(/[,;:—–]\s/).at(-1) ?? textBefore;
  return HEDGES.test(clause);
}

/**
 * A named source given as a noun phrase rather than a speaker: "the assessment by Paris's spy
 * agency that …", "estimates from the defence ministry", "according to data of the navy".
 * Returns the phrase naming the source, for the actor lexicon to resolve.
 */
const NOMINAL_SOURCE =
  /\b(?:assessments?|estimates?|analys[ie]s|reports?|intelligence|data|figures|findings|calculations?|count|tally)\s+(?:by|from|of)\s+([^,;:]+?)\s+(?:that|which|showing|saying|suggesting)\b/gi;

export function nominalSource(textBefore: string): string | null {
  let last: string | null = null;
  for (const match of textBefore.matchAll(NOMINAL_SOURCE)) last = match[1] ?? null;
  return last;
}
