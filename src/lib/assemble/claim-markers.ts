/**
 * Words that make a figure nobody's claim in particular: "Freedonia, which has reportedly faced
 * 600,000 casualties" passes on an unnamed report, even inside someone's remarks; so does "voiced
 * concern following reports that Sylvania plans to send 300": the speaker reacts to the reports,
 * whose number it is not.
 */
const HEDGES =
  /\b(?:reportedly|allegedly|purportedly|supposedly|according to (?:some |media |news |unconfirmed )?reports|(?:following|after|amid|over) (?:(?:media|news|press|unconfirmed|recent) )?reports (?:that|of)|(?:is|are|was|were) (?:widely )?(?:believed|thought|estimated|said|understood|reported) to)\b/i;

/**
 * "Sylvania acknowledged what was widely known — that 300 …": what everyone knew is nobody's claim
 * in particular, though the speaker now owns up to it. It governs the clause its dash or colon opens.
 */
const COMMON_KNOWLEDGE = /\bwhat\s+(?:is|was|has\s+been|had\s+been)\s+(?:widely|long|already|well)\s+(?:known|reported|suspected)\s*[—–:]\s*(?:that\s+)?[^,;:—–]*$/i;

/**
 * The hedges as adjectives of the count itself: "suffered a reported 300 casualties", "Sylvania's
 * alleged total of 300" pass on an unnamed report as "reportedly" does; "an estimated 300" does not.
 */
const HEDGED_COUNT = /(?:\b(?:a|an|the|its|their|his|her)|\p{L}['’]s?)\s+(?:reported|alleged|purported|supposed|rumou?red)\s+(?:total\s+of\s+)?$/iu;

/** A passive of belief or estimate with no one's report in it: "is estimated to", "are thought to". */
const PASSIVE_BELIEF = /\b(?:is|are|was|were) (?:believed|thought|estimated|understood) to\b/gi;

/**
 * Whether the words just before a figure, in its clause, hedge it as an unnamed report. In a
 * speaker's own words (`inWords`), a passive of belief is the speaker's estimate ("the army said 40
 * fighters are believed to have been killed"), not hearsay; "reportedly", "is said to" still are.
 */
export function isHedged(textBefore: string, inWords = false): boolean {
  const clause = textBefore.split(/[,;:—–]\s/).at(-1) ?? textBefore;
  if (COMMON_KNOWLEDGE.test(textBefore) || HEDGED_COUNT.test(clause)) return true;
  return HEDGES.test(inWords ? clause.replace(PASSIVE_BELIEF, '') : clause);
}

/**
 * A named source given as a noun phrase rather than a speaker: "the assessment by Fredonburg's spy
 * agency that …", "estimates from the defence ministry", "according to data of the navy".
 * Returns the phrase naming the source, for the actor lexicon to resolve.
 */
const NOMINAL_SOURCE =
  /\b(?:assessments?|estimates?|analys[ie]s|reports?|intelligence|data|figures|findings|calculations?|count|tally|statistics)\s+(?:by|from|of)\s+([^,;:]+?)\s+(?:that|which|showing|saying|suggesting|shows?|showed|suggests?|suggested|indicates?|indicated)\b/gi;

/** Lower-case words that end the name of a body: "(Freedonian) government", "(Sylvanian) defence ministry". */
const ORGAN = String.raw`(?:government|ministry|military|army|navy|authorities|officials|police|agency|office|service|committee|council|defen[cs]e|health|interior|foreign|refugee|emergencies|emergency|border|presidential|security|intelligence)`;

/**
 * The same source named before its figures: "the ministry's figures show …", "Sylvanian data
 * showed …", "Health Ministry statistics indicate …", "Freedonian government figures show …". The
 * owner opens with a capital (a name, a demonym) and may end with up to two lower-case words of its
 * own ("government", "defence ministry"), so "the latest figures show" names nobody.
 */
const OWNED_SOURCE = new RegExp(
  String.raw`\b((?:[Tt]he\s+)?(?!(?:The|A|An)\s)\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*(?:\s+${ORGAN})?(?:\s+${ORGAN})?)(?:['’]s?)?\s+(?:own\s+|latest\s+|official\s+|new\s+)?(?:figures|data|statistics|estimates|tally|count)\s+(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated)\b`,
  'gu',
);

/**
 * The record and its verb, which every match of `OWNED_SOURCE` holds: that pattern tries every
 * capitalised word as an owner, so a text without them is not searched.
 */
const OWNED_RECORD = /(?:figures|data|statistics|estimates|tally|count)\s+(?:show|suggest|indicate)/;

export function nominalSource(textBefore: string): string | null {
  let last: { at: number; source: string } | null = null;
  for (const pattern of OWNED_RECORD.test(textBefore) ? [NOMINAL_SOURCE, OWNED_SOURCE] : [NOMINAL_SOURCE]) {
    for (const match of textBefore.matchAll(pattern)) {
      if (match[1] && (!last || (match.index ?? 0) >= last.at)) last = { at: match.index ?? 0, source: match[1] };
    }
  }
  return last?.source ?? null;
}

/**
 * The same sources named after the figures, closing their sentence: "…, the latest toll from the
 * Health Ministry showed", "…, figures released by the Bureau show", "…, Sylvanian data showed". Only
 * the clause of the figure comes before the comma, so the record is what reports it.
 */
const TRAILING_RECORD = String.raw`(?:the\s+)?(?:(?:latest|official|new|own|final)\s+)?(?:assessments?|estimates?|reports?|data|figures|findings|count|tally|(?:death\s+)?toll|statistics)`;
const TRAILING_VERB = String.raw`(?:show|shows|showed|indicate|indicates|indicated|suggest|suggests|suggested)[\s.!?”"’)]*$`;
const TRAILING_SOURCE = new RegExp(String.raw`^[^,;:—–]*,\s+${TRAILING_RECORD}\s+(?:(?:released|published|compiled|issued)\s+)?(?:by|from|of)\s+([^,;:]+?)\s+${TRAILING_VERB}`, 'u');
const TRAILING_OWNED = new RegExp(String.raw`^[^,;:—–]*,\s+((?:[Tt]he\s+)?(?!(?:The|A|An)\s)\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*(?:\s+${ORGAN})?(?:\s+${ORGAN})?)(?:['’]s?)?\s+(?:own\s+|latest\s+|official\s+|new\s+)?(?:figures|data|statistics|estimates|tally|count|toll)\s+${TRAILING_VERB}`, 'u');

/** The source a record after the figure names, from the figure's end to its sentence's end; null when none. */
export function trailingSource(textAfter: string): string | null {
  return (TRAILING_SOURCE.exec(textAfter) ?? TRAILING_OWNED.exec(textAfter))?.[1] ?? null;
}

/**
 * The subject of a verb of counting right before a figure: "the Health Ministry counted 200 dead",
 * "Sylvania has recorded 6,650 refugees". Counting a number is claiming it. Returns the subject's
 * words in its clause, for the actor lexicon to resolve; null when no such verb ends `textBefore`.
 */
const COUNTED_BY = /(?:^|[,;:—–]\s)([^,;:—–]+?)\s+(?:(?:has|have|had)\s+(?:so\s+far\s+|now\s+|already\s+)?)?(?:counted|recorded|documented|tallied|logged|verified|identified)\s+$/u;

/**
 * The subject of a verb that gives a record of the figure: "the Health Ministry gave a toll of 200",
 * "the Bureau released a new tally of 300", "raised its death toll to 300". Giving the number is claiming it.
 */
const RECORD_GIVEN_BY =
  /(?:^|[,;:—–]\s)([^,;:—–]+?)\s+(?:(?:has|have|had)\s+)?(?:gave|gives|give|released|releases|issued|issues|published|publishes|announced|announces|updated|revised|raised)\s+(?:a|an|the|its|their)\s+(?:(?:new|latest|updated|revised|official|final|preliminary|first)\s+)?(?:death\s+)?(?:toll|tally|count|figure|estimate)\s+(?:of|at|to)\s+$/u;

export function countingSubject(textBefore: string): string | null {
  return COUNTED_BY.exec(textBefore)?.[1] ?? RECORD_GIVEN_BY.exec(textBefore)?.[1] ?? null;
}

/**
 * The subject of a verb of issuing a notice about a figure, right before it: "the Harbour Authority released
 * several warnings on its website regarding 3 incidents", "the Bureau issued an alert about 20
 * boats". Who warns of a number claims it. Returns the subject's words in its clause, for the actor
 * lexicon to resolve; null when no such notice ends `textBefore`. The preposition may be missing,
 * since the figure's qualifier can take it ("an alert about 20 boats" reads "about 20 boats").
 */
const ISSUED_ABOUT = /(?:^|[,;:—–]\s)([^,;:—–]+?)\s+(?:(?:has|have|had)\s+)?(?:released|issued|published|posted|put\s+out|sent\s+out)\s+(?:[\p{L}-]+\s+){0,3}?(?:warnings?|alerts?|advisor(?:y|ies)|notices?|updates?|bulletins?)\s+(?:(?:on|via|through)\s+(?:its|their|the)\s+[\p{L}-]+\s+)?(?:(?:regarding|about|concerning|on|of)\s+)?$/u;

export function issuingSubject(textBefore: string): string | null {
  return ISSUED_ABOUT.exec(textBefore)?.[1] ?? null;
}

/**
 * A source set against the speaker's in the figure's own clause: "Sylvania says 600 have died, while
 * other estimates put the figure at up to 2,000". Returns the subject of the verb of estimating, for
 * the actor lexicon to resolve; null when the clause is no such contrast or its subject is a pronoun.
 */
const CONTRASTED_ESTIMATE =
  /\b(?:while|whereas|but)\s+((?!(?:it|he|she|they|we)\s)[^,;:]+?)\s+(?:put|puts|placed|places|estimated|estimates|estimate|set|sets)\s+(?:the\s+)?(?:figure|number|toll|death\s+toll|total|tally|count)\s+(?:at|above|over|near|below|closer\s+to)\s+(?:[\p{Ll} ]+\s)?$/u;

/**
 * A record of another source set against the speaker's, owner and noun together: "…, though U.S.
 * estimates were lower at around 1,200", "…, while Bureau figures stood at 3,500". Returns the owner
 * with the noun ("U.S. estimates") for the actor lexicon to resolve.
 */
const CONTRASTED_RECORD =
  /\b(?:while|whereas|but|though|although)\s+((?!(?:it|he|she|they|we|its|their|his|her)\s)[^,;:]+?\s+(?:estimates?|figures?|counts?|tall(?:y|ies)|assessments?|data))\s+(?:were|was|are|is|stood|stand|stands)\s+(?:(?:much|far|slightly|somewhat|significantly)\s+)?(?:(?:lower|higher|smaller|larger|greater)\s+)?(?:at|near|around|below|above|closer\s+to)\s+(?:[\p{Ll} ]+\s)?$/u;

export function contrastedEstimator(textBefore: string): string | null {
  return CONTRASTED_ESTIMATE.exec(textBefore)?.[1] ?? CONTRASTED_RECORD.exec(textBefore)?.[1] ?? null;
}

/**
 * A reporting clause of someone else inside a statement's words, right before a figure: "Berg said
 * Sylvania had claimed that 300 …", "“Ruhl says 300 …,” Berg said". The figure is what the inner
 * speaker claims; the outer one only relays it. The verb governs the figure's clause: nothing but
 * words of that clause lie between them (no full stop, semicolon or colon). A passive ("casualties
 * are estimated at 300", "losses were reported") names no one: its subject holds no form of "be".
 * Nor does a verb that reports for duty or back, or a clause that goes on with a second predicate
 * ("Sylvanian crews reported for duty and suffered 300 …" is the outer speaker's account).
 * A participle after an article or a possessive is an adjective of the count, no verb: "Sylvania
 * sent an estimated 300", "Freedonia's reported 300" name no one who estimates or reports.
 */
const INNER_REPORT =
  /(?:^|\bthat\s+|[,;:—–]\s+)((?:[\p{Lu}\d][\p{L}\d'’.-]*|the|a|an|its|their|his|her)(?:\s+(?!(?:is|are|was|were|be|been|being|it|which|who)\s)[\p{L}\d'’.-]+){0,6}?)(?<!(?:^|\s)(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hese|[Tt]hose|[Ss]ome|[Aa]nother)|['’]s|s['’])\s+(?:(?:has|had|have)\s+)?(?:said|says|say|claimed|claims|claim|alleged|alleges|reported|reports|estimated|estimates|announced|announces|stated|states|insisted|insists|told\s+[\p{L}]+)\s+(?:that\s+)?(?!(?:for|to|on|in|at|back|from|with|by|as|about)\s)(?![^.;:!?]*\band\s+\p{Ll}+ed\s)[^.;:!?,]*$/u;

/** Days and months, which own no claim: "Monday's count of 300", "the September estimate of 300". */
const NOT_AN_OWNER = String.raw`(?!(?:The|A|An|Last|This|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Official|Latest|Initial|Earlier)\b)`;

/** A word of a name of who speaks, after its first capitalised one: "Sylvania's defence ministry", "State Bureau". */
const OWNER_WORD = String.raw`(?:\p{Lu}[\p{L}.-]*|defen[cs]e|health|foreign|interior|ministry|army|military|government|authorities|office|agency|bureau|forces|separatist|rebel|local|state|security|intelligence|service)`;

/**
 * Someone who puts a number at a figure inside another's words: "Sylvania had exaggerated the number,
 * which it put at 300", "the toll, which the Bureau estimates at 300". The subject may be a pronoun,
 * which then need not be the speaker.
 */
const PUT_AT = new RegExp(
  String.raw`(?:^|(?:\bwhich|\bthat|[,;:—–])\s+)((?:it|they|he|she|we|(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:(?:['’]s)?\s+${OWNER_WORD}){0,4}|the\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+))\s+(?:(?:has|had|have)\s+)?(?:put|puts|placed|places|estimated|estimates|set|sets)\s+(?:(?:it|them|the\s+(?:figure|number|toll|death\s+toll|total|tally|count)(?:\s+of\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?)\s+)?(?:at|as)\s+(?:[\p{Ll} ]+\s)?$`,
  'u',
);

/** The subject of a reporting verb inside the words `lead` (a statement's words up to a figure); null when none. */
export function innerReporter(lead: string): string | null {
  if (!/\b(?:said|say|claim|alleg|report|estimat|announc|stat|insist|told|put|plac|set)/.test(lead)) return null;
  // Only the figure's own sentence: "“We counted them. Sylvania says 300 …”" is Sylvania's, not "We counted them. Sylvania"'s.
  const own = lead.slice(lastSentenceBreak(lead));
  return INNER_REPORT.exec(own)?.[1] ?? PUT_AT.exec(own)?.[1] ?? null;
}

/** Where the last sentence of `text` starts: after a full stop and a space before a capital ("them. Sylvania"), not "U.S. officials". */
function lastSentenceBreak(text: string): number {
  let at = 0;
  for (const match of text.matchAll(/[.!?]["”’]?\s+(?=["“]?\p{Lu})/gu)) at = (match.index ?? 0) + match[0].length;
  return at;
}

/** Whether the words `lead` end with a number a relative clause puts at: "…, which it put at". */
export function putAtInside(lead: string): boolean {
  return /^(?:which|that)\s/.test(PUT_AT.exec(lead)?.[0] ?? '');
}

/**
 * A claim owned by someone, right before a figure and governing it: "Sylvania's claim that 300 …",
 * "the Bureau's estimate of 300 …", "Freedonia’s figure of 300 …". The figure is the owner's claim
 * whoever tells of it, even a speaker who rejects it. A toll is left out: "the war's toll of 300",
 * "Sylvania's death toll" name what it counts, not who counts it. Returns the owner's words; null when none.
 */
const OWNED_CLAIM = new RegExp(
  String.raw`((?:[Tt]he\s+)?${NOT_AN_OWNER}\p{Lu}[\p{L}.-]*(?:(?:['’]s)?\s+${OWNER_WORD}){0,4}|the\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)['’]s?\s+(?:own\s+|latest\s+|official\s+|earlier\s+|initial\s+|new\s+)?(?:claims?|assertions?|allegations?|estimates?|figures?|count|tally|assessments?)\s+(?:that|of)\s+[^,;:.!?]*$`,
  'u',
);

export function claimOwner(textBefore: string): string | null {
  if (!/['’]s?\s/.test(textBefore)) return null;
  return OWNED_CLAIM.exec(textBefore)?.[1] ?? null;
}

/**
 * The same claim owned by a name or demonym before its noun: "the Sylvanian estimate of 300", "a
 * Bureau claim that 300 …". Singular nouns after an article only, since "The Ministry claims that …"
 * is a verb, whose subject may be a speaker named before.
 */
const NAMED_CLAIM = new RegExp(
  String.raw`((?:[Tt]he|[Aa]n?)\s+${NOT_AN_OWNER}\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})\s+(?:own\s+|latest\s+|official\s+|earlier\s+|initial\s+|new\s+)?(?:claim|assertion|allegation|estimate|figure|count|tally|assessment)\s+(?:that|of)\s+[^,;:.!?]*$`,
  'u',
);

export function namedClaimOwner(textBefore: string): string | null {
  if (!/\b(?:claim|assertion|allegation|estimate|figure|count|tally|assessment)\s/.test(textBefore)) return null;
  return NAMED_CLAIM.exec(textBefore)?.[1] ?? null;
}

/**
 * A relative clause right after a figure whose subject counted, reported or expected it: "up from
 * the 100 dead Sylvania reported", "the 300 sailors that the Bureau had counted", "the 50,000 the
 * agency had expected". Returns the subject's words; null when none.
 */
const COUNTED_AFTER =
  /^\s+(?:that\s+|which\s+)?((?:[Tt]he\s+|[Aa]n?\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,4}|the\s+(?:(?!the\s)[\p{L}-]+\s+){0,2}?(?:ministry|agency|office|authorities|government|bureau|council|service|army|military|command|committee|commission))\s+(?:(?:has|had|have)\s+)?(?:reported|counted|recorded|registered|estimated|expected|projected|forecast|claimed|announced|confirmed)\b/u;

export function counterAfter(textAfter: string): string | null {
  return COUNTED_AFTER.exec(textAfter)?.[1] ?? null;
}
