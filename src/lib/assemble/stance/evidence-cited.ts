/** Evidence or signs cited as showing what the clause tells, unhedged: it affirms what they show. Generic English. */

/**
 * Evidence, signs or findings as the clause's subject, then what they show: "satellite imagery of the port
 * indicates renewed activity", "these observations suggest that the old routes are active again", "analysis of
 * the debris found on the ship pointed towards a drone attack", "the data showed that traffic fell by half";
 * or signs said to be there: "there is a sign that the crews have been learning …", "as there are indications
 * that …" (not "there is no sign", which leaves a matter open; nor "his remarks indicate that he is preparing
 * …", words read as a sign of what someone intends).
 */
const EVIDENCE_CITED =
  /^\W*(?:that\s+)?(?:as\s+)?(?:(?:[\p{L}’'-]+\s+){0,3}?(?:evidence|imagery|images|data|footage|photos|photographs|videos?|records|observations?|analysis|analyses|debris|intelligence|findings|indications?|signs)\s+(?:(?:of|from|on|at|in|about|found|taken|gathered|collected|and)\s+(?:[\p{L}’'-]+\s+){0,5}?)*(?:also\s+|clearly\s+|strongly\s+)?(?:shows?|showed|shown|reveals?|revealed|confirms?|confirmed|proves?|proved|indicates?|indicated|suggests?|suggested|points?\s+(?:to|towards)|pointed\s+(?:to|towards))|there\s+(?:is|are|was|were)\s+(?:(?:a|clear|strong|some|new|growing|ample|enough)\s+)*(?:signs?|indications?|evidence)\s+(?:that|of)\b)/iu;

/** Words one of which EVIDENCE_CITED holds: most clauses hold none. */
const EVIDENCE_CUE = /evidence|imag|data|footage|photo|video|record|observ|analys|debris|intelligence|finding|indicat|sign/i;

/** A hedge on what the evidence shows, before its verb or in what it shows: "appears to indicate", "may suggest", "could be". */
const HEDGED = /\b(?:may|might|could|appears?|appeared|seems?|seemed|likely|unlikely|possibly|probably|perhaps)\b/i;

/** Whether the clause cites evidence or signs for what it tells (EVIDENCE_CITED), with no hedge up to the end of what they show. */
export function evidenceCited(clause: string): boolean {
  if (!EVIDENCE_CUE.test(clause)) return false;
  const cited = EVIDENCE_CITED.exec(clause);
  if (!cited) return false;
  // What the evidence shows runs to the next comma or the end: "indicates renewed activity(, which may suggest …)".
  const shown = clause.slice(cited.index, cited.index + cited[0].length) + (clause.slice(cited.index + cited[0].length).split(/[,;]/)[0] ?? '');
  return !HEDGED.test(shown);
}
