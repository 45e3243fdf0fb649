/** An act of force or supply told as done, with no hedge: what an analyst passes on rather than weighs. Generic English. */

/**
 * The clause's subject, then an act of force or supply done to it or by it, in the past or the perfect:
 * "two other tankers were also attacked", "Sylvanian forces have also used Freedonian shells", "the
 * militia had fired four missiles at the port" (not "the strikes were designed to …", a purpose; nor
 * "the crews have gained experience", "the navy has become stronger", a state weighed; nor "may have
 * sent", "appear to have fired", hedged).
 */
const ACT_TOLD_DONE =
  /^\W*(?:that\s+)?(?:[\p{L}’'.-]+\s+){1,8}?(?:(?:was|were)\s+(?:also\s+|later\s+|then\s+)?(?:attacked|struck|hit|targeted|shelled|bombed|seized|hijacked|sunk|sent|deployed|fired|launched|intercepted|shot\s+down)|(?:has|have|had)\s+(?:also\s+|already\s+)?(?:used|sent|deployed|fired|launched|attacked|struck|shelled|supplied|shipped|delivered))\b/iu;

/** A hedge anywhere in the clause, which leaves the act supposed: "may", "could", "appears to", "likely". */
const HEDGE = /\b(?:may|might|could|would|appears?|appeared|seems?|seemed|likely|possibly|probably|perhaps|reportedly|allegedly)\b/i;

/** Whether the clause tells an act of force or supply as done, with no hedge (ACT_TOLD_DONE). */
export function actToldDone(clause: string): boolean {
  return ACT_TOLD_DONE.test(clause) && !HEDGE.test(clause);
}
