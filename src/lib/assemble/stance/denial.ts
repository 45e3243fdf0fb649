/** Stances `denies` and `unconfirmed`: claims called false, links denied, signs not seen, denials withheld. Generic English. */
import { WORDS_SAID_NOUNS } from '../../detect/quotes/word-lists.ts';
import { isDenialVerb } from '../reporting.ts';
import type { StanceSpeaker } from './speaker.ts';
import { CueWords } from './cue-words.ts';

/**
 * Clauses that leave the matter open: "cannot confirm", "is looking into", "no evidence yet", "before we
 * can say", "the exact number is still being evaluated", "has not yet detected any signs of", "has yet to detect signs of" (no sign seen is no
 * evidence yet), "it is inappropriate for us to comment", "it would be premature to comment" (a comment
 * withheld, as "will not comment" is), "he has no information about the arrest" (the speaker's own knowledge
 * lacking, as "we do not know" is). Not "is looking into sending workers": an act of its own weighed, a
 * plan told, not a matter being verified.
 */
export const UNCONFIRMED =
  /\b(?:cannot|can['’]t|could not|couldn['’]t|unable to)\s+(?:confirm|verify)\b|\b(?:(?:has|have|had|did)\s+not|(?:hasn|haven|hadn|didn)['’]t|(?:has|have|had|is|are|was|were)\s+yet\s+to)\s+(?:yet\s+)?(?:detect(?:ed)?|seen?|f(?:ou|i)nd|observed?|identif(?:y|ied)|spott?(?:ed)?)\s+(?:any\s+)?(?:signs?|evidence|indications?|traces?)\b|\b(?:looking into(?!\s+(?!(?:any|every|some|no)thing\b)[a-z]+ing\b)|see what happens|pull (?:this|that|the) thread|find out|(?:want|going) to (?:preview|speculate|get ahead of)|(?:won['’]t|will not|not going to|cannot|can['’]t) (?:\w+ly )?(?:speculate|get ahead of|go into|comment)|(?:do|does|did)(?: not|n['’]t) (?:intend|plan|wish|want) to (?:\w+ly )?comment|(?:have|has|had) no (?:further |immediate )?comment|(?:inappropriate|not appropriate|premature|too early)(?: for (?:us|me|him|her|them|the \w+))? to (?:\w+ly )?comment|(?:in|under) (?:discussion|review|consideration)|still (?:assessing|reviewing|verifying|checking|evaluating|investigating|being (?:assessed|evaluated|verified|checked|reviewed|investigated|determined|established|clarified))|(?:left|remains) to be seen|to verify|verifying|no evidence|not (?:yet )?(?:known|clear)|unclear|(?:do|does|did)(?: not|n['’]t) (?:yet )?know(?! how to (?:express|thank|describe|convey|repay|say)\b)|before (?:we|they|I|it) can (?:\w+ly )?(?:say|confirm|comment|conclude)|wait and see|wait (?:\w+\s+){0,3}?to (?:see|understand|know|find out|confirm)|(?:has|have|had) no (?:\w+ )?(?:information|details) (?:about|on|of|regarding|concerning))\b/i;

/**
 * Words one of which every alternative of UNCONFIRMED holds, read with its flags: "confirm", "verify",
 * "signs", "evidence", "looking into", "speculate", "comment", "review", "known", "clear", "before", "wait",
 * "information" and the like; test/assemble/stance-cues.test.ts holds the list to the pattern.
 */
export const UNCONFIRMED_CUE =
  new CueWords(/confirm|verif|sign|evidence|indication|trace|looking into|happens|thread|find out|preview|speculat|ahead of|go into|comment|discussion|review|consideration|assess|checking|evaluat|investigat|determined|established|clarified|be seen|know|clear|before|wait|information|details/i);

/**
 * The facts still being sought: "is currently working to ascertain the full details of the incident",
 * "are trying to determine whether the ship was hit", "is seeking to establish the circumstances" (not
 * "working to establish a ceasefire", a goal; nor "has determined the cause", found).
 */
const FACTS_SOUGHT =
  /\b(?:working|trying|seeking|attempting|striving|moving)\s+to\s+(?:ascertain|establish|determine|clarify|verify|find\s+out)\s+(?:(?:the|its|their)\s+)?(?:(?:full|exact|precise|true|whole)\s+)?(?:details|facts|circumstances|causes?|extent|identit(?:y|ies)|nature|origins?|whereabouts|what|whether|how|who|where|why)\b/i;

/** Whether the clause tells that the facts are still being sought (FACTS_SOUGHT), read only where a verb of finding out is. */
export function factsSought(clause: string): boolean {
  return /ascertain|establish|determine|clarify|verify|find out/i.test(clause) && FACTS_SOUGHT.test(clause);
}

/**
 * Only reports known so far: "we are aware of reports of an explosion", "the ministry is aware of media
 * reports", "will provide more information as it becomes available", "details will be shared when they
 * become available" — the matter not yet confirmed, as "is looking into" leaves it (not "we are aware of
 * the risks", a danger known; nor "aid will be delivered as it becomes available", no information).
 */
const ONLY_REPORTS_KNOWN =
  /\b(?:is|are|was|were|['’]re|remain|remains)\s+(?:\w+ly\s+|also\s+)?aware\s+of\s+(?:the\s+|these\s+|those\s+)?(?:(?:media|press|news|initial|early|unconfirmed)\s+)?reports?\b|\b(?:information|details|updates?)\s+(?:[\w-]+\s+){0,3}?(?:as|when)\s+(?:it|they|(?:more|further)\s+(?:information|details))\s+(?:becomes?|is|are)\s+available\b/i;

/** Whether the clause tells that only reports are known so far (ONLY_REPORTS_KNOWN), read only where "aware" or "available" is. */
export function onlyReportsKnown(clause: string): boolean {
  return /aware|available/i.test(clause) && ONLY_REPORTS_KNOWN.test(clause);
}

/**
 * No sign seen, told as what there is: "there are no signs of additional deployments", "there is no
 * indication that they have left", "we see no sign of a withdrawal" (no evidence yet, like UNCONFIRMED's
 * "has not detected any signs of"; not "the hull showed no signs of damage", an observation told, nor
 * "there were no signs of life", a scene described).
 */
const NO_SIGN_SEEN =
  /\b(?:there\s+(?:is|are|was|were|(?:has|have|had)\s+been)|(?:we|i)\s+(?:\w+ly\s+)?(?:see|saw|(?:have|has|had)\s+seen))\s+no\s+(?:\w+\s+)?(?:signs?|indications?)\s+(?:of(?!\s+life\b)|that)\b/i;

/** Whether the clause tells that no sign is seen (NO_SIGN_SEEN), read only where "no" and "sign" or "indication" are. */
export function noSignSeen(clause: string): boolean {
  return /\bno\b/i.test(clause) && /sign|indication/i.test(clause) && NO_SIGN_SEEN.test(clause);
}

/**
 * A person's own past ignorance of what befell them: "I did not know I would be joining the conflict", "we
 * didn't know we were going to the front", reported "he did not know he would be sent to fight" — a
 * witness telling their story, which leaves nothing unconfirmed (not "we do not know whether the ship was
 * hit", a side that cannot confirm, nor "I did not know about the attack", no fate of their own).
 */
const OWN_IGNORANCE_TOLD =
  /^\W*(?:that\s+)?(?:i|we|he|she|they)\s+(?:did\s+not|didn['’]t|never)\s+(?:\w+ly\s+)?(?:know|knew|realise|realize|realised|realized)\s+(?:that\s+)?(?:i|we|he|she|they)\s+(?:would|were|was|had|'d)\b/i;

/** Whether a private person tells their own past ignorance of their fate (OWN_IGNORANCE_TOLD), read only where "know" or "reali" is. */
export function ownIgnoranceTold(clause: string, speaker: StanceSpeaker): boolean {
  return speaker.forThemselves && /kn[eo]w|reali/i.test(clause) && OWN_IGNORANCE_TOLD.test(clause);
}

/** A plan or act disowned: "does not have plans to", "has no intention of", "(said it) had no plans to", "will never use". */
export const NO_PLAN = /\b(?:(?:does|do|did)\s+not\s+have\s+(?:any\s+)?(?:plans?|intention)|(?:has|have|had)\s+no\s+(?:plans?|intention))\s+(?:to|of)\b|\b(?:is|are)\s+not\s+and\s+will\s+never\b/i;

/** Words one of which NO_PLAN holds: in few clauses, while the pattern was asked of every one. */
export const NO_PLAN_CUE = new CueWords(/plan|intention|never/i);

/**
 * "reports of a withdrawal are inaccurate", "the claims were baseless", "statements by their command about
 * a victory are nothing more than propaganda", "the Ostmark-backed rebel group's latest report of an
 * attack is false" (a possessive of up to four words, and a word after it, may name whose claim it is),
 * also after a frame ("told the paper in an interview that reports of … are inaccurate"), and "the tanker was not flagged there as
 * claimed by …", "contrary to reports", "(the statement) distorts the facts", "misrepresented the reality on the
 * ground": the clause calls what it names false (not "the lens distorts the image", "twisted the rails").
 */
export const CLAIM_CALLED_FALSE =
  /(?:^\W*|\b(?:that|and)\s+)(?:the\s+|these\s+|such\s+)?(?:(?:[\p{L}’'./-]+\s+){0,3}[\p{L}./-]+['’]s?\s+(?:[\p{L}-]+\s+)?|(?:[\p{L}’'./-]+\s+){0,2})(?:reports?|claims?|allegations?|accusations?|rumou?rs?|assertions?|statements?)\b[^.;]{0,120}?\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:nothing\s+(?:but|more\s+than|other\s+than)\s+(?:an?\s+)?(?:[\p{L}-]+\s+)?)?(?:inaccurate|false|untrue|wrong|incorrect|baseless|groundless|unfounded|fabricated|fake|misleading|lies|nonsense|propaganda|disinformation)\b|\bnot\b[^.;]{0,60}?\bas\s+(?:\w+\s+)?(?:claimed|alleged|reported)\b|\bcontrary\s+to\s+(?:the\s+|what\s+)?(?:[\p{L}’'-]+\s+){0,2}?(?:claims?|claimed|reports?|reported|allegations?|alleged)\b|\b(?:distort|misrepresent|twist)(?:s|ed|ing)?\s+(?:the\s+|these\s+|those\s+)?(?:[\p{L}-]+\s+)?(?:facts|realit(?:y|ies)|truth|record|situation\s+on\s+the\s+ground)\b/iu;

/**
 * Words one of which every alternative of CLAIM_CALLED_FALSE holds, read with its flags: the claim
 * itself ("report", "claim", "alleg(ation)", "accusation", "rumo(u)r", "assertion", "statement"), which "claimed",
 * "alleged" and "reported" after "not … as" hold too, "contrary", and the verbs that call words false,
 "distort", "misrepresent", "twist". (Few words: each one more is

 * tried at every letter.) test/assemble/stance-cues.test.ts holds the list to CLAIM_CALLED_FALSE.
 */
export const FALSE_CLAIM_CUE = new CueWords(/report|claim|alleg|accusation|rumo|assertion|statement|contrary|distort|misrepresent|twist/iu);

/**
 * A claim dismissed by what is said of its worth: "Freedonia's allegations about the raids are categorically
 * unacceptable", "the claims of a massacre are absurd", "the accusations do not reflect the reality",
 * "reports of a withdrawal do not correspond to the facts". Who rejects an allegation this way denies it,
 * as "… are baseless" does. "Unacceptable" rejects the words only where they are someone's ("Freedonia's
 * allegations", "Fredonburg's statements about …"): "allegations of torture are unacceptable" may judge the
 * torture, and condemns, as "the attacks are unacceptable" and "the minister's statements threatening war
 * are unacceptable" do; "the figures do not reflect the full toll" holds no claim.
 */
const CLAIMED = String.raw`(?:allegations?|accusations?|claims?|insinuations?|(?:statements?|remarks|words)\s+(?:about|on|regarding|concerning)\b)`;
const CLAIM_DISMISSED = new RegExp(
  String.raw`(?:^\W*|\b(?:that|and)\s+)(?:(?:the\s+)?(?:[\p{L}’'./-]+\s+){0,3}[\p{L}./-]+['’]s?\s+(?:[\p{L}-]+\s+)?${CLAIMED}[^.;]{0,120}?\b(?:is|are|was|were)\s+(?:\w+ly\s+)?unacceptable|(?:the\s+|these\s+|such\s+)?(?:[\p{L}’'./-]+\s+){0,3}?(?:${CLAIMED}[^.;]{0,120}?\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:absurd|erroneous)|(?:reports?|claims?|allegations?|accusations?|rumou?rs?|assertions?|statements?)\b[^.;]{0,120}?\b(?:do|does|did)(?:\s+not|n['’]t)\s+(?:\w+ly\s+)?(?:reflect|correspond\s+to|match)\s+(?:the\s+)?(?:reality|truth|facts)))\b`,
  'iu',
);

/** Whether the clause dismisses a claim as unfit or unlike the facts (CLAIM_DISMISSED), read only where a word of its judgement is. */
export function claimDismissed(clause: string): boolean {
  return /unacceptable|absurd|erroneous|reflect|correspond|match/i.test(clause) && CLAIM_DISMISSED.test(clause);
}

/**
 * "It is not about …", "This is not true", "the information is untrue" (what only words can be), "No strike occurred today", "no major damage was done",
 * "there were no casualties caused by the strike", "there has been no disruption in …", "the threat of
 * encirclement is absent", "there is no threat to …": the clause denies what it names ("it was not
 * possible to consult them", "it is not necessary to …" deny nothing: they judge; "this is not
 * acceptable" condemns, see CONDEMNATION). A harm denied is its own effect denied ("no damage was done",
 * "caused by"); "no injuries were reported", "there were no injuries to the crew" tell a report of what
 * was found, and are told.
 */
export const NEGATED_ASSERTION = /^\W*(?:that\s+)?(?:it|this|that|these|those|such (?:reports|claims))\s+(?:is|was|are|were)(?:\s+not|n['’]t)\b(?!\s+(?:\w+ly\s+)?(?:possible|impossible|easy|feasible|practical|necessary|appropriate|enough|safe|wise)\s+(?:to|for)\b)(?!\s+(?:\w+ly\s+)?(?:acceptable|tolerable|permissible|justified|justifiable)\b)|\b(?:is|are|was|were)(?: not|n['’]t) true\b|\b(?:is|are|was|were)\s+(?:\w+ly\s+)?untrue\b|^\W*(?:that\s+)?no\s+(?:[\p{L}-]+\s+){1,5}?(?:occurred|took place|happened|(?:was|were|(?:has|have|had)\s+been)\s+(?:done|caused|inflicted|sustained))\b|^\W*(?:that\s+)?there\s+(?:is|are|was|were|(?:has|have|had)\s+been)\s+no\s+(?:[\p{L}-]+\s+){1,5}?caused\s+by\b|^\W*(?:that\s+)?there\s+(?:has|have)\s+been\s+no\b|\b(?:threats?|dangers?|risks?)\b[^.;]{0,60}?\b(?:is|are)\s+(?:\w+ly\s+)?(?:absent|non-?existent)\b|\bthere\s+(?:is|are)\s+no\s+(?:\w+\s+)?(?:threats?|dangers?|risks?)\b/iu;

/**
 * A falsehood asserted of a that-clause: "it was false that the rebels had shelled the port", "it is
 * “completely untrue” that …", "it is a lie that …", "it is not true that …" — the that-clause is what
 * the speaker denies (not "it was false hope that …", nor "it is true that …", which confirms).
 */
const CALLED_FALSE_THAT =
  /\bit\s+(?:is|was|would\s+be)\s+(?:(?:\w+ly|simply|just|all)\s+)?["“‘']?(?:(?:\w+ly|simply|just)\s+)?(?:false|untrue|not\s+true|a\s+lie|an\s+outright\s+lie|a\s+fabrication|baseless|groundless|nonsense|absurd|wrong|incorrect|fake)["”’']?,?\s+(?:to\s+(?:say|claim|suggest|allege)\s+)?that\b/iu;

/** Whether the clause calls a that-clause false (CALLED_FALSE_THAT), read only where "that" is. */
export function calledFalseThat(clause: string): boolean {
  return /\bthat\b/i.test(clause) && CALLED_FALSE_THAT.test(clause);
}

/**
 * A side's presence denied with no denial verb: "(Sylvania's ministry said) there were no Sylvanian units
 * in the valley", "There are no Freedonian troops on Sylvanian soil" — said by a side, it rejects what
 * another alleged; a witness's "there were no soldiers in the village" observes an absence and confirms
 * it (corpus README, thirtieth batch), as "there were no further details" tells no presence at all.
 */
const PRESENCE_DENIED =
  /^\W*(?:that\s+)?there\s+(?:is|are|was|were)\s+no\s+(?:[\p{L}-]+\s+){0,3}?(?:troops|soldiers|units|forces|servicemen|fighters|mercenaries|military\s+personnel)\s+(?:\w+ly\s+)?(?:in|on|at|inside|within)\b/iu;

/**
 * Hostility disowned: an act said not to be a hostile one, or not aimed at a party — "the ratification is
 * by no means an unfriendly act against Sylvania", "the drills are not a hostile step", "our exercises are
 * in no way directed against Freedonia" — a charge rejected (not "is not a friendly act", which blames;
 * nor "was directed against the militia", an aim told).
 */
const HOSTILITY_DISOWNED =
  /\b(?:is|are|was|were)(?:\s+not|n['’]t|\s+by\s+no\s+means|\s+in\s+no\s+way|\s+not\s+in\s+any\s+way)\s+(?:(?:an?|any)\s+)?(?:(?:\w+ly|kind\s+of)\s+)?(?:(?:unfriendly|hostile|aggressive|provocative)\s+(?:acts?|steps?|moves?|gestures?|measures?|actions?)|(?:directed|aimed)\s+against)\b/iu;

/** Whether the clause disowns hostility (HOSTILITY_DISOWNED), read only where one of its words is. */
export function hostilityDisowned(clause: string): boolean {
  return /unfriendly|hostile|aggressive|provocative|against/i.test(clause) && HOSTILITY_DISOWNED.test(clause);
}

/** Whether a side, speaking for itself, denies a presence (PRESENCE_DENIED), read only where "there" and "no" are. */
export function presenceDenied(clause: string, speaker: StanceSpeaker): boolean {
  return speaker.forASide === true && speaker.assesses !== true && speaker.finding !== true && /there/i.test(clause) && /\bno\b/i.test(clause) && PRESENCE_DENIED.test(clause);
}

/**
 * Words one of which every alternative of NEGATED_ASSERTION holds, read with its flags: "no" (of "no",
 * "not", "non-"), "n't", "untrue", "absent", "existent". test/assemble/stance-cues.test.ts holds the list to NEGATED_ASSERTION.
 */
export const NEGATION_CUE = new CueWords(/no|n['’]t|untrue|absent|existent/iu);

/**
 * A link denied: "the strikes were “completely unrelated” to the conflict", "the fire had nothing to do
 * with the attack", "the delays are not linked to the strikes", "the ships attacked had no connection to
 * the war", "the group has no links with the militia", "there is no link between the fire and the strike"
 * (not "two unrelated fires broke out", an adjective; nor "is related to", which explains; nor "the village
 * has no connection to the power grid", a supply line; nor "has no diplomatic ties with", relations told).
 */
export const LINK_DENIED =
  /\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?(?:unrelated|unconnected)\s+(?:to|with)\b|\b(?:has|have|had)\s+(?:absolutely\s+)?nothing\s+to\s+do\s+with\b|\b(?:is|are|was|were)(?:\s+not|n['’]t)\s+(?:\w+ly\s+)?(?:related|linked|connected)\s+(?:to|with)\b|\b(?:has|have|had|bears?|bore)\s+no\s+(?:direct\s+|such\s+)?(?:connections?|links?|relation)\s+(?:to|with)\s+(?!(?:the\s+|a\s+|any\s+)?(?:power|electricity|water|gas|internet|grid|network|mains|sewers?|roads?|rail(?:way)?s?|mainland|outside\s+world)\b)|\bthere\s+(?:is|was|are|were)\s+no\s+(?:direct\s+)?(?:connection|link)\s+between\b/i;

/**
 * Words one of which every alternative of LINK_DENIED holds, read with its flags: "related", "connect"
 * (of "connected", "connection"), "link" (of "linked", "links"), "nothing", "relation". test/assemble/stance-cues.test.ts holds the list to LINK_DENIED.
 */
export const LINK_CUE = new CueWords(/related|connect|link|nothing|relation/i);

/** What has not happened yet: "has not yet been published", "is yet to arrive". */
export const NOT_YET = /\bnot\s+yet\b|\byet\s+to\b/i;

/** The word NOT_YET holds, read through the clause's walk: most clauses have no "yet" (test/assemble/stance-cues.test.ts). */
export const NOT_YET_CUE = new CueWords(/yet/i);

/**
 * Verbs that greet, mention, guess at or suggest what they report rather than assert it: "welcomed",
 * "spoke of", "speculated", "suggests (that) …", and those that direct an act ("was quoted as ordering
 * the troops to …", "quoted as instructing", read as speech by quoted-as-participle.ts). The words
 * still decide when they condemn, call, promise or warn ("suggested that the crews should leave" calls).
 */
export const NON_ASSERTING_VERB = /^(?:welcom\w*|spoke\s+of|speaks\s+of|speculat\w*|suggest\w*|order(?:s|ed|ing)?|instruct(?:s|ed|ing)?|command(?:s|ed|ing)?|direct(?:s|ed|ing)?)$/i;

/**
 * A count told as done, with no hedge, first in the words: "(reports suggest that) Fredonia dispatched
 * over 10,000 soldiers last year", "(estimates suggest) the North has deployed between 11,000 and 20,000
 * troops" — a count claimed, as a count believed is (not "may have sent 3,000", "could exceed 1,000",
 * hedged; nor "Fredonia is seeking closer ties", no count).
 */
const COUNT_TOLD_DONE =
  /^\W*(?:that\s+)?(?![^.;]*?\b(?:may|might|could|would|possibl\w*|likely|perhaps|probably)\b)(?:[\p{L}.'’-]+\s+){1,4}?(?:(?:has|have|had)\s+(?:\p{Ll}+ly\s+)?)?(?:sent|lost|\p{Ll}{3,}ed)\s+(?:(?:at\s+least|about|around|roughly|some|more\s+than|over|nearly|almost|up\s+to|as\s+many\s+as|between)\s+)?\d{1,3}(?:,\d{3})*(?![\d,.])/u;

/**
 * The count as the subject of what was done to it: "(estimates suggest) at least 600 Sylvanian sailors
 * have died", "around 600 have perished", "more than 300 of the crew were killed", "some 40 lost their
 * lives" (not "600 sailors were expected to arrive", "were feared dead", a count foreseen or feared;
 * nor "could die", hedged).
 */
const COUNTED_SUBJECT_DONE =
  /^\W*(?:that\s+)?(?![^.;]*?\b(?:may|might|could|would|possibl\w*|likely|perhaps|probably)\b)(?:(?:at\s+least|about|around|roughly|some|more\s+than|over|nearly|almost|up\s+to|as\s+many\s+as)\s+)?\d{1,3}(?:,\d{3})*(?![\d,.])\s+(?:[\p{L}’'-]+\s+){0,4}?(?:(?:(?:has|have|had)\s+(?:been\s+)?|(?:was|were)\s+)(?:\p{Ll}+ly\s+)?(?!(?:expected|planned|scheduled|believed|feared|estimated|presumed|reported|rumou?red|said|thought|supposed|projected|forecast|set|due)\b)(?:sent|lost|\p{Ll}{3,}ed)|died|perished|lost)\b/u;

/** Whether the words tell a count as done, with no hedge: the count done or sent (COUNT_TOLD_DONE), or done to (COUNTED_SUBJECT_DONE). */
export function countToldDone(clause: string): boolean {
  return /\d/.test(clause) && (COUNT_TOLD_DONE.test(clause) || COUNTED_SUBJECT_DONE.test(clause));
}

/**
 * Whether the verb greets, mentions, guesses at or suggests what it reports (NON_ASSERTING_VERB), unless
 * what is suggested is a count told as done (countToldDone), which the suggestion claims.
 */
export function assertsNothing(verb: string | null, clause: string): boolean {
  if (!NON_ASSERTING_VERB.test(verb ?? '')) return false;
  return !(/^suggest/i.test(verb ?? '') && countToldDone(clause));
}

/** A negated verb of denial: "did not deny", "never rejected", "would neither confirm nor deny". */
export function denialWithheld(verb: string): boolean {
  const words = verb.trim().split(/\s+/);
  // The last word ("has not denied") or the last two, for a verb of two words ("has not ruled out").
  return /\b(?:not|n['’]t|never|neither)\b/i.test(verb) && (isDenialVerb(words.at(-1) ?? '') || isDenialVerb(words.slice(-2).join(' ')));
}

/**
 * Blame or a claim rejected: refused for the future ("we will never accept such reproaches", "we will not
 * agree with these accusations", "it cannot accept the claims") or called what no one can say ("Nobody can
 * say our crews did anything wrong", "no one can blame the peacekeepers") (not "we will never accept a
 * ceasefire on those terms", an offer refused; nor "no one can say when the talks will end", a doubt).
 */
const BLAME_REJECTED = new RegExp(
  String.raw`\b(?:we|i|it|they)\s+(?:will|would|shall|can|could)(?:\s+never|\s+not|n['’]t|not)\s+(?:ever\s+)?(?:accept|agree\s+with|tolerate|recogni[sz]e)\s+(?:(?:such|these|those|the|this|that|any|their|his|her|its)\s+)?(?:[\p{L}-]+\s+)?(?:reproach(?:es)?|insinuations?|${WORDS_SAID_NOUNS})\b|^\W*(?:that\s+)?(?:nobody|no\s+one|no-one)\s+can\s+(?:\w+ly\s+)?(?:say|claim|blame|accuse|reproach)\s+(?!when\b|whether\b|how\b|what\b|where\b|why\b|if\b)`,
  'iu',
);

/** Words one of which every alternative of BLAME_REJECTED holds. */
const BLAME_REJECTED_CUE = new CueWords(/accept|agree|tolerate|recogni|nobody|no one|no-one/i);

/** Whether the words reject blame or a claim (BLAME_REJECTED), read only where a word of it is. */
export function blameRejected(words: string): boolean {
  return BLAME_REJECTED_CUE.test(words) && BLAME_REJECTED.test(words);
}

/** A negated belief denies what it names: "did not consider them a threat", "does not believe". */
export const DENYING_BELIEF = /\b(?:consider|consider(?:s|ed)|believe[sd]?|think|thinks|thought|regard(?:s|ed)?|see|sees|saw|view(?:s|ed)?)$/i;

/**
 * Blame disclaimed for a party: "Sylvania should not be blamed for the decisions taken elsewhere", "our
 * crews cannot be held responsible for the delays", "the workers are not to blame" (not "those responsible
 * should be held accountable", a call; nor "nobody should be blamed before the inquiry", which holds no
 * negated modal after its subject).
 */
const BLAME_DISCLAIMED =
  /^\W*(?:that\s+)?(?!(?:no|nobody|no\s+one|none)\b)(?:[\p{L}’'-]+\s+){1,6}?(?:(?:should|must|can|could|shall|will|would)(?:\s+not|n['’]t)|cannot)\s+(?:\w+ly\s+|be\s+)?be\s+(?:blamed|held\s+(?:\w+ly\s+)?(?:responsible|accountable|liable|to\s+account))\b|^\W*(?:that\s+)?(?!(?:no|nobody|no\s+one|none)\b)(?:[\p{L}’'-]+\s+){1,6}?(?:is|are|was|were)\s+not\s+to\s+blame\b/iu;

/** Whether the clause disclaims a party's blame (BLAME_DISCLAIMED), read only where "blame" or "held" is. */
export function blameDisclaimed(clause: string): boolean {
  return /blame|held/i.test(clause) && BLAME_DISCLAIMED.test(clause);
}
