/** Stance `pledges`: the speaker's own promise, undertaking, duty or commitment. Generic English. */
import { CALL } from './calls.ts';
import { namedSubjectThen } from './clause.ts';
import { A_SET_DATE } from './forecast.ts';
import { INTENT_WEIGHED } from './own-intent.ts';
import type { StanceSpeaker } from './speaker.ts';
import { CueWords } from './cue-words.ts';

/**
 * The speaker's own promise: "we will continue to support", "I will not abandon", "remains committed" (reported,
 * "remained committed"),
 * "we are sending a team to …" (the speaker's own help under way),
 * "will never forget", "will always stand with", reported "would never abandon", "would stand by", "would
 * remain committed" (not a forecast: "costs will continue to rise", "the border will remain closed"; nor
 * "would support", "would help", which may be conditional or foretell: "the deal would help the economy"),
 * "is willing to help" (reported, "was willing to", "stood ready to"), "stands firmly with" (not "calls from
 * its neighbours to stand with them", another's call told), "is standing by Sylvania", "are standing with
 * their allies" (a side or its people, not a place or a ship: "standing by the tanker", "by for orders"), "we have always supported" (not a third party's support),
 * "(he said) he reaffirms his commitment" (another side's reaffirmation is told), "will ensure", "will
 * spare no effort", "will do its utmost", "is determined to" (not "was determined to be a threat", a thing judged), "will honour its commitments", "unwavering
 * (or “unconditional”) support", "its intent to", "the will to strengthen cooperation" (a noun: the
 * modal is never followed by "to"), "had decided that it would", "has given its consent to", "has given its
 * agreement to the conclusion of contracts" (a decision to allow, as "agreed to" is); not another's
 * readiness ("an army that is willing to fight", "an army that is loyal … and is willing to", "the
 * soldiers' willingness to", "the soldiers' discipline, courage and willingness to", a noun in a list
 * the possessive governs, or "their loyalty to the king and their willingness to die for him", a trait
 * listed).
 */
export const PLEDGE =
  /\b(?:we|i)\s+(?:are|am)\s+(?:now\s+|also\s+)?(?:sending|dispatching|deploying|providing|offering|giving|delivering|extending)\b|\b(?:we|i)(?:['’]ll|\s+(?:will|shall|are(?:,[^,]{1,20},)? going to|am going to))\b|\bgoing to continue\b|\b(?:will|shall) (?:\w+ly )?(?:support|provide|help|defend|take (?:all|every|the necessary|necessary))\b|\b(?:will|shall|would) (?:\w+ly )?(?:continue(?: to)?|always|forever|never) (?:\w+ly )?(?:support|provide|help|defend|assist|back|work|stand|honou?r|remember|forget|abandon|cooperate|strengthen|develop|deepen|expand\s+(?:cooperation|ties|relations)|fight|protect|ensure|be\s+(?:with|together|by|on\s+the\s+side))\w*\b|\b(?:will|shall|would) (?:\w+ly )?stand (?:\w+ly )?(?:with|by|behind|together|shoulder)\b|\b(?:will|shall|would) (?:\w+ly )?remain (?:\w+ly )?(?:committed|ready|loyal|faithful|true|steadfast|by|with|a\s+(?:reliable|steadfast|loyal|true)|on\s+the\s+side)\b|\bremain(?:s|ed)? (?:committed|ready)\b|(?<!\b(?:that|who|which)\s(?:[^.;]{0,80}?\s(?:and|or)\s)?)\b(?:is|are|was|were|remain(?:s|ed)?|stands?|stood) (?:\w+ly )?(?:ready|willing|prepared) to\b|(?<!\b(?:calls?|called|calling|urg(?:e|es|ed|ing)|appeals?|appealed|appealing|asked|asking|demands?|demanded)\b[^.;]{0,60}?\bto\s)\bstands? (?:\w+ly )?(?:with|by|behind)\b|\b(?:is|are|am) (?:\w+ly )?standing (?:\w+ly )?(?:with|by|behind) (?:(?:its|their|our|his|her|the people|the government)\b|(?!(?:it|them|for|to|in|at|on|near|off|the|a|an)\b)[\w-]+(?=\s*(?:[.,;]|$)|\s+(?:and|in|as|during|against)\b))|\b(?:we|i|it|the country)\s+(?:\w+ly\s+)?(?:supports?|(?:has|have|had) (?:\w+ly |always )?supported)\b|\b(?:promised|pledged|vowed)\s+to\b|\bspare\s+no\s+effort\b|\bdo\s+(?:everything|all)\s+(?:possible|in\s+(?:its|our|their|his|her|my)\s+power)\b|\bdo\s+(?:its|our|their|his|her|my)\s+utmost\b|\b(?:is|are|am|remain(?:s|ed)?)\s+(?:\w+ly\s+)?determined\s+to\b|\b(?:was|were)\s+(?:\w+ly\s+)?determined\s+to\b(?!\s+be\b)|\b(?:fulfil|fulfill|honou?r|meet|keep)\s+(?:its|our|their|his|her|my)\s+(?:obligations|commitments|promises?)\b|\b(?:unwavering|unconditional|steadfast|unshakable|unshakeable)[”"’]?\s+support\b|^\W*(?:that\s+)?(?:he|she|it|we|i)\s+(?:\w+\s+)?(?:re-?affirm\w*|reiterat\w*)\s+(?:\w+\s+){0,2}?(?:commitment|support|solidarity)\b|\bwill\s+(?:ensure|guarantee|protect|safeguard|secure)\b|\b(?:has|have|had)\s+(?:\w+ly\s+)?decided\s+(?:to|that\s+(?:it|they|he|she|we)\s+(?:would|will))\b|\bagreed\s+to\s+(?!a\b|an\b|the\b)|\b(?:has|have|had)\s+(?:\w+ly\s+)?given\s+(?:its|their|our|his|her|my)\s+(?:consent|agreement|approval|green\s+light|go-ahead|blessing)\s+(?:to|for)\b|(?<![a-z]s['’]\s)(?<![a-z]s['’]\s(?:(?:[\w-]+\s+)?[\w-]+,\s+){0,3}(?:[\w-]+\s+)?[\w-]+,?\s+and\s+)(?<!\band\s+(?:their|his|her)\s+)\b(?:readiness|intention|intent|willingness|will)\s+to\b|\b(?:has|have)\s+(?:a\s+)?(?:[\w-]+\s+)?plans?\s+to\b|(?:^\W*|\bannounc\w*\s+)(?:the\s+)?(?:[\w-]+\s+)?(?:creation|formation|establishment)\s+of\b/i;

/**
 * Words or phrases one of which every alternative of PLEDGE holds, read with its flags: the verbs of
 * help under way ("sending" … "extending"), "'ll", "will", "shall", "would" before "continue", "always",
 * "forever", "never", "stand" or "remain", "going", "commit", "ready",
 * "prepared", "stand", "support", "promise", "pledged", "vowed", "spare", "do everything" (or "all"),
 * "utmost", "determined", "obligations", "solidarity", "decided", "agreed", the nouns of consent
 * ("consent", "agreement", "approval", "green light", "go-ahead", "blessing"), "readiness", "intent",
 * "plan", "creation", "formation", "establishment". test/assemble/stance-cues.test.ts holds the
 * list to PLEDGE.
 */
export const PLEDGE_CUE =
  new CueWords(/sending|dispatching|deploying|providing|offering|giving|delivering|extending|['’]ll|will|shall|would\s+(?:\w+ly\s+)?(?:continue|always|forever|never|stand|remain)|going|commit|ready|prepared|stand|support|promise|pledged|vowed|spare|do\s+(?:everything|all)|utmost|determined|obligations|solidarity|decided|agreed|consent|agreement|approval|green\s+light|go-ahead|blessing|readiness|intent|plan|creation|formation|establishment/i);

/** Whether `words` hold the speaker's own promise (PLEDGE), asked only where its cue is. */
export function holdsPledge(words: string): boolean {
  return PLEDGE_CUE.test(words) && PLEDGE.test(words);
}

/**
 * A bond that binds the speaker's side now: "our friendship compels us to forge a partnership" (not
 * "compelled us to flee", a happening told, nor "compels them to", a force on others).
 */
export const COMPELS_US = /\bcompels\s+(?:us|me)\s+to\b/i;

/** Documents that bind or undertake: a resolution, an agreement, a plan, a law. */
const UNDERTAKING_DOCUMENT = String.raw`(?:draft\s+)?(?:resolution|agreement|treaty|accord|plan|proposal|law|bill|package|mechanism|roadmap|framework|memorandum)s?`;

/**
 * An undertaking being drawn up: "is working on a “draft resolution to guarantee …”", "we are drafting
 * an agreement", "an agreement is currently being drafted with the city of …" (not "is working on the
 * front line", nor "a report is being drafted", which binds no one).
 */
export const UNDERTAKING_UNDER_WAY = new RegExp(
  String.raw`\b(?:is|are|am)\s+(?:now\s+|currently\s+|also\s+|already\s+)?(?:working\s+on|drafting|preparing|drawing\s+up)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}?${UNDERTAKING_DOCUMENT}\b|\b${UNDERTAKING_DOCUMENT}\s+(?:is|are)\s+(?:now\s+|currently\s+|already\s+)?being\s+(?:drafted|prepared|drawn\s+up|negotiated|finali[sz]ed)\b`,
  'iu',
);

/**
 * Words one of which every alternative of UNDERTAKING_UNDER_WAY holds, read with its flags: "working",
 * "drafting", "preparing", "drawing", "drafted", "prepared", "drawn", "negotiated", "finalised";
 * test/assemble/stance-cues.test.ts holds the list to the pattern.
 */
export const UNDERTAKING_CUE = new CueWords(/work|draft|prepar|draw|negotiat|finali/iu);

/** Duties of speech, which promise nothing but the telling: "it is my duty to inform you that …". */
const SPEECH_DUTY = String.raw`(?:inform|report|tell|say|announce|warn|note|remind|confirm|state|declare)`;

/** A duty, one's own or an act's, after its determiner and up to two words: "a brotherly duty", "our sacred obligation" (not "a dereliction of duty"). */
const A_DUTY = String.raw`(?:a|an|its|our|their|his|her|my)\s+(?:(?!of\b)[\p{L}-]+\s+){0,2}?(?:duty|obligation)`;

/**
 * A duty taken on: "considers it a “brotherly duty” to provide assistance", "we see it as our duty to
 * help", "it is our duty to defend them", and with the duty first, "our primary duty today is to receive
 * them", "my first obligation now is to" (not "the duty of every state to …", a call on others, nor
 * "it is my duty to inform you that …", "our duty is to report", a duty of speech; nor "our duty was to
 * hold the line", a duty told of the past).
 */
export const DUTY_TAKEN_ON = new RegExp(String.raw`(?:\b(?:consider(?:s|ed)?|see[s]?|saw|regard(?:s|ed)?|view(?:s|ed)?)\s+it\s+(?:as\s+)?${A_DUTY}|\bit\s+is\s+(?:our|my)\s+(?:(?!of\b)[\p{L}-]+\s+){0,2}?(?:duty|obligation)|\b(?:our|my)\s+(?:(?!of\b)[\p{L}-]+\s+){0,2}?(?:duty|obligation)\s+(?:(?:today|now|at\s+(?:the|this)\s+(?:moment|time|stage))\s+)?is)\s+to\s+(?!${SPEECH_DUTY}\b)`, 'iu');

/**
 * A duty named with the side it falls on, first in the words: "the primary duty of the Freedonian
 * government at the moment is to receive them", "the first obligation of Sylvania now is to" (not "the
 * duty of every state to …", nor "the duty of the ministry is to inform", a duty of speech).
 */
const SIDES_DUTY = new RegExp(String.raw`^\W*(?:that\s+)?the\s+(?:(?!of\b)[\p{L}-]+\s+){0,2}?(?:duty|obligation)\s+of\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){1,4}?(?:(?:today|now|at\s+(?:the|this)\s+(?:moment|time|stage))\s+)?is\s+to\s+(?!${SPEECH_DUTY}\b)`, 'iu');

/**
 * Whether the words open with the duty of the speaker's own side, named (SIDES_DUTY): a duty taken on,
 * as "our primary duty is to" is. Another side's duty so named is laid on it, not taken on.
 */
export function ownSidesDutyNamed(clause: string, speaker: StanceSpeaker): boolean {
  return speaker.ownSideFirst === true && clause.includes(' of ') && SIDES_DUTY.test(clause);
}

/** "duty" or "obligation", one of which DUTY_TAKEN_ON cannot match without, read with its flags. */
export const DUTY_CUE = new CueWords(/duty|obligation/iu);

/** What a naming verb calls a duty: "calling it a “fraternal duty”" (not "a duty of all states", "an obligation for others"). */
export const NAMED_A_DUTY = new RegExp(String.raw`^\W*(?:it|this|that)\s+(?:as\s+)?${A_DUTY}\b(?!\s+(?:of|for|on|upon)\b)`, 'iu');

/**
 * A commitment named or bound: "its commitment to …", "Freedonia's support for Sylvania is unwavering",
 * "our support will continue", "its solidarity with them would not waver",
 * "is committed to" (reported, "was committed to", "remained committed to"), "the treaty obliges both sides to provide …" (another's duty, "Sylvania is obliged
 * to open the corridor", is a call).
 */
export const COMMITMENT =
  /\b(?:its|our|their|his|her|my|\p{Lu}[\p{L}.-]*['’]s?)\s+(?:[\p{L}-]+\s+)?(?:commitment|pledge)\s+to\b|\b(?:[Ii]ts|[Oo]ur|[Mm]y)\s+(?:[\p{L}-]+\s+)?(?:support|solidarity|commitment)\s+(?:(?:for|to|with)\s+[^,;]{1,60}?\s+)?(?:will|would|shall)\s+(?:\w+ly\s+|also\s+)?(?:continue|remain|not\s+(?:waver|end|stop|diminish|change))\b|\b(?:commitment|support|solidarity)\s+(?:to|for|with)\b[^.;]{0,60}?\b(?:is|was|are|remains?|remained)\s+(?:\w+ly\s+)?(?:unwavering|unchanged|unconditional|firm|steadfast|unshakable|unshakeable|ironclad|rock-solid)\b|\b(?:is|are|am|was|were|remains?|remained)\s+(?:\w+ly\s+)?committed\s+to\b|\b(?:obliges?|obligates?|commits?)\s+(?:[\p{L}'’-]+\s+){1,3}?to\b/u;

/**
 * Words one of which every alternative of COMMITMENT holds, in its case: "commit(ment, ted, s)",
 * "pledge", "support", "solidarity", "oblig(es, ates)". test/assemble/stance-cues.test.ts holds the list to COMMITMENT.
 */
export const COMMITMENT_CUE = new CueWords(/commit|pledge|support|solidarity|oblig/u);

/**
 * After "will" or "would", "not" or "never" and a verb of an act: an act forsworn is an undertaking
 * too ("it would not take part in the fighting", "Freedonia will never recognise the vote"). Not "will
 * not be", "would not have" (a state foretold), nor a refusal to tell ("would not comment", "will not
 * say whether"), nor a modal again (a doubled "will not will not").
 */
const ACT_FORSWORN = String.raw`(?:not|never)\s+(?!be\b|have\b|will\b|would\b|comment|say\b|confirm|disclose|reveal|speculate|elaborate|specify|discuss|rule\s+out)`;

/** "will not" or "would never" and a verb of an act, anywhere in the words. */
const FORSWORN_ANYWHERE = new RegExp(String.raw`\b(?:will|would|shall)\s+${ACT_FORSWORN}`, 'i');

/** Whether the words forswear an act (FORSWORN_ANYWHERE), read only where "not" or "never" is. */
export function actForsworn(clause: string): boolean {
  return /\bn(?:ot|ever)\b/i.test(clause) && FORSWORN_ANYWHERE.test(clause);
}

/**
 * The speaker's promise in reported speech, where the speaker is "it", "he", "she", "they", their
 * own country or their own office: "(the ministry said) it would do everything in its power", "(Berg
 * said) the country will honour the crews", "(the leader said) his group would attack …", "(warned that) this force would fight back", "(the ombudsman added) that his office will continue its
 * fact-finding", "(the adviser said) it envisages an amnesty" (INTENT_WEIGHED), "(declared that) it would not take
 * part in the fighting" (ACT_FORSWORN). In a quotation those words name someone else.
 */
export const REPORTED_PLEDGE = new RegExp(
  String.raw`^\W*(?:that\s+)?(?:it|he|she|they|(?:the|his|her|its|their)\s+(?:government|country|nation|office|ministry)|(?:his|her|its|their)\s+(?:group|movement|forces|army)|this\s+(?:group|movement|force|army|militia))\s+(?:(?:also|now)\s+)?(?:(?:would|will)\s+(?:${ACT_FORSWORN}|(?!be\b|have\b|not\b|never\b|likely\b|probably\b))|plans?\s+to\b|(?:is|are|was|were)\s+(?:planning|preparing|set|ready|prepared)\s+to\b|intends?\s+to\b|(?:has|have|had)\s+(?:agreed\s+to\s+(?!a\b|an\b|the\b)|decided\s+to\b)|${INTENT_WEIGHED})`,
  'iu',
);

/** A noun of help given, its first letter in either case: "support", "Aid" (a quotation's first word). */
function eitherCase(nouns: string[]): string {
  return `(?:${nouns.map((noun) => `[${noun[0]}${noun[0]?.toUpperCase()}]${noun.slice(1)}`).join('|')})`;
}

/** Help a side gives, which it can say goes on: "support", "aid", "solidarity", "deliveries". */
const SUPPORT_GIVEN = eitherCase(['support', 'aid', 'assistance', 'help', 'solidarity', 'funding', 'supplies', 'deliveries', 'shipments']);

/** Help that flows, which it can say "will" go on ("our support will continue" is COMMITMENT's). */
const AID_GIVEN = eitherCase(['aid', 'assistance', 'help', 'funding', 'supplies', 'deliveries', 'shipments']);

/**
 * What a side keeps going, said with "will" or "would" by a side: a promise that it goes on, each
 * pattern with the literal a clause must hold before it is tried:
 * - its support or aid said to go on, the side named: "Freedonia's support for Sylvania would continue",
 *   "the aid would keep flowing to the north", "deliveries will not stop" (not "the fighting would
 *   continue", a forecast, nor "public support would continue to fall", a trend foretold);
 * - what it keeps open: "the embassy in the capital would remain open", "the crossing will stay open"
 *   (not "would remain closed for days", what befalls it);
 * - talks it is party to said to go on: "the talks with the rebels in the capital will continue" (not
 *   "the talks will continue on Friday", a date set, nor "contacts will continue to grow", a trend);
 * - what it will not let happen: "the government would not allow the crisis to spread", "we will not let
 *   them divide us" (not "the weather would not allow the rescue", whose subject is no side).
 */
const UNDERTAKING_KEPT: [string, RegExp, boolean?][] = [
  [
    'ould',
    new RegExp(String.raw`^\W*(?:that\s+)?(?:(?:the|its|our|their|his|her|\p{Lu}[\p{L}.-]*['’]s?)\s+)?(?:(?!public\b|popular\b)[\p{L}-]+\s+)?${SUPPORT_GIVEN}\s+(?:(?:for|to|with)\s+[^,;]{1,60}?\s+)?would\s+(?:\w+ly\s+|also\s+)?(?:continue(?!\s+to\s+(?!(?:flow|arrive|come|be)\b)\p{L})|keep\s+(?:flowing|coming)|not\s+(?:stop|end|waver|diminish|dry\s+up))\b`, 'u'),
  ],
  [
    'ill',
    new RegExp(String.raw`^\W*(?:that\s+)?(?:(?:the|its|our|their|his|her|\p{Lu}[\p{L}.-]*['’]s?)\s+)?(?:(?!public\b|popular\b)[\p{L}-]+\s+)?${AID_GIVEN}\s+(?:(?:for|to|with)\s+[^,;]{1,60}?\s+)?will\s+(?:\w+ly\s+|also\s+)?(?:continue(?!\s+to\s+(?!(?:flow|arrive|come|be)\b)\p{L})|keep\s+(?:flowing|coming)|not\s+(?:stop|end|dry\s+up))\b`, 'u'),
  ],
  [
    ' open',
    /^\W*(?:that\s+)?(?:the|its|our|their)\s+(?:[\p{L}-]+\s+)?(?:embassy|embassies|consulate|mission|border|crossings?|corridors?|airport|port|office|schools)\s+(?:(?:in|at|on|to)\s+[^,;]{1,40}?\s+)?(?:will|would|shall)\s+(?:\w+ly\s+|also\s+)?(?:remain|stay|be\s+kept)\s+open\b/iu,
  ],
  [
    'continue',
    /^\W*(?:that\s+)?(?:the\s+|its\s+|our\s+|their\s+)?(?:[\p{L}-]+\s+)?(?:talks|negotiations|dialogue|consultations|contacts)\s+(?:(?:with|between|on|in|over|about)\s+[^,;]{1,80}?\s+)?(?:will|would|shall)\s+(?:\w+ly\s+|also\s+)?continue\b(?!\s+to\s+(?!be\b)\p{L})/iu,
    true,
  ],
  [
    ' not ',
    /^\W*(?:that\s+)?(?:it|he|she|they|we|i|(?:the|its|our|their)\s+(?:government|country|nation|ministry|authorities))\s+(?:will|would|shall)\s+not\s+(?:\w+ly\s+)?(?:allow|let|permit)\s+(?!(?:it|this|that)\s+to\s+(?:stop|prevent)\b)/iu,
  ],
];

/**
 * Care of people taken on: "our army will take full responsibility for them", "the state will take care of
 * the orphans", "we shall take responsibility for the safety of the returnees" (not "will take
 * responsibility for the attack", a deed owned, nor "must take responsibility for the deaths", a charge).
 */
const CARE_TAKEN_ON =
  /\b(?:will|shall)\s+(?:\w+ly\s+|also\s+)?take\s+(?:full\s+|complete\s+|total\s+)?(?:responsibility|care)\s+(?:for|of)\s+(?:them|him|her|you|(?:the|their|these|those|our|its)\s+(?:[\p{L}-]+\s+)?(?:children|families|orphans|wounded|survivors|refugees|returnees|victims|widows|veterans|(?:safety|security|welfare|care|education|upbringing)\s+of))\b/iu;

/** Whether the clause takes on the care of people (CARE_TAKEN_ON), read only where "take" is. */
export function careTakenOn(clause: string): boolean {
  return clause.includes('take') && CARE_TAKEN_ON.test(clause);
}

/**
 * Whether a side, speaking, keeps something going (UNDERTAKING_KEPT); a finding tells another's. Talks
 * that continue on a set date ("will continue on Friday") are an agenda told, not a promise.
 */
export function keepsUndertaking(clause: string, speaker: StanceSpeaker): boolean {
  if (speaker.forASide !== true || speaker.finding === true) return false;
  return UNDERTAKING_KEPT.some(([cue, pattern, unlessDated]) => clause.includes(cue) && pattern.test(clause) && !(unlessDated === true && A_SET_DATE.test(clause)));
}

/**
 * The side named first "will", "would", "plans to" or "has decided to" act, or "will have closer ties"
 * with another (not "will have sent", a past foretold): with the speaker's own side named, a promise
 * ("Berg said Freedonia plans to name streets after the crews", "Freedonia will have stronger
 * cooperation with Sylvania"), or weighs an act of its own ("Freedonia is looking at amnestying them",
 * INTENT_WEIGHED), or "supports" something now ("Berg said Freedonia fully supports the talks";
 * not "supported", told as past), or will not act ("Freedonia will not send troops", ACT_FORSWORN).
 */
export const OWN_SIDE_WILL = namedSubjectThen(
  String.raw`(?:(?:also|now)\s+)?(?:${INTENT_WEIGHED}|(?:will|would|shall)\s+(?:${ACT_FORSWORN}|(?!be\b|have\b(?!\s+(?:stronger|closer|deeper|broader|more|greater)\s+(?:cooperation|ties|relations|partnership|contacts)\b)|not\b|never\b|likely\b|probably\b))|plans?\s+to\b|(?:is|are)\s+planning\s+to\b|intends?\s+to\b|(?:(?:has|have)\s+)?(?:agreed\s+to\s+(?!a\b|an\b|the\b)|decided\s+to\b)|(?:\w+ly\s+)?(?:supports|backs)\b)`,
);

/**
 * A side's own aid said to grow, its own side named first: "(announced) that the Union will double its
 * humanitarian aid for the refugees at the summit on Friday", "Freedonia would increase its assistance to
 * the displaced", and as under way, "Freedonia is increasing its assistance to the displaced" — a pledge,
 * whatever day it is told on (not "prices will double", nor "the rebels will expand their support base",
 * the speaker's own side not named first; nor "increased its aid", told as past).
 */
const OWN_AID_RAISED = namedSubjectThen(
  String.raw`(?:(?:will|would|shall)\s+(?:\w+ly\s+|also\s+|further\s+)?(?:double|triple|increase|boost|raise|step\s+up|scale\s+up|expand)|(?:is|are)\s+(?:now\s+|also\s+|further\s+)?(?:doubling|tripling|increasing|boosting|raising|stepping\s+up|scaling\s+up|expanding))\s+(?:its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:aid|assistance|support|help|funding|contributions?)\b`,
);

/** Whether a side, its own side named first, says its aid will grow (OWN_AID_RAISED); a finding tells another's. */
export function raisesOwnAid(clause: string, speaker: StanceSpeaker): boolean {
  return speaker.ownSideFirst === true && speaker.finding !== true && /doubl|tripl|increas|boost|rais|step|scal|expand/.test(clause) && OWN_AID_RAISED.test(clause);
}

/**
 * A named party told it will answer for an act: "(said) Sylvania and its allies would face serious
 * consequences for this act of aggression", "Fredonburg will face consequences for its actions" (not
 * "(that) they would face dire consequences upon return", a danger foretold, nor "Farmers will face
 * consequences for years", no act answered for).
 */
export const CONSEQUENCES_FOR_AN_ACT = namedSubjectThen(
  String.raw`(?:will|would|shall)\s+(?:\w+ly\s+)?face\s+(?:[\w-]+\s+){0,2}?consequences\s+for\s+(?:(?:the|its|their|his|her|this|that|such|any|these|those)\s+)?(?:[\p{L}"“”'-]+\s+){0,3}?(?:acts?|aggression|attacks?|actions?|crimes?|violations?|provocations?|strikes?)\b`,
);

/**
 * A bond of the speaker's own side foretold to grow: "military brotherhood between his country and
 * Sylvania would advance non-stop", "our ties will continue to deepen", "bilateral cooperation will
 * expand further" (not "ties between Fredonia and Sylvania will deepen", a bond of others foretold, nor
 * "our relations would suffer", nor "trade between the two countries will fall", no bond).
 */
const OWN_BOND_FORETOLD =
  /^\W*(?:that\s+)?(?:(?:the|our|their|its|his|her)\s+)?(?:[\p{L}"“”-]+\s+){0,2}?(?:ties|relations|relationship|friendship|brotherhood|alliance|cooperation|partnership|bonds?)\b[^.;]{0,80}?\b(?:will|would|shall)\s+(?:\w+ly\s+|also\s+|only\s+|further\s+)*(?:continue\s+to\s+)?(?:advance|grow|strengthen|deepen|develop|flourish|expand|prosper)\b/iu;

/** The speaker's own side named in the words: "our", "his country", "bilateral", "the two countries". */
const OWN_SIDE_IN_BOND = /\b(?:our|bilateral|(?:his|her|their|my)\s+country|the\s+two\s+(?:countries|nations|peoples|sides|states)|both\s+(?:countries|nations|peoples|sides|states))\b/i;

/**
 * A bond named with no party of its own before its modal: "military ties would", "the partnership will"
 * (not "ties between Fredonia and Sylvania will", "relations with Sylvania will", "Sylvania's ties will").
 * Told by a side, the only ties at issue are its own.
 */
const BOND_OF_NO_PARTY =
  /^\W*(?:that\s+)?(?:(?:the|their|its|his|her)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(?:ties|relations|relationship|friendship|brotherhood|alliance|cooperation|partnership|bonds?)\s+(?:will|would|shall)\b/u;

/** Whether the clause foretells the speaker's own side's bond growing (OWN_BOND_FORETOLD), read only where a modal is. */
export function foretellsOwnBond(clause: string): boolean {
  return /will|would|shall/i.test(clause) && OWN_BOND_FORETOLD.test(clause) && (OWN_SIDE_IN_BOND.test(clause) || BOND_OF_NO_PARTY.test(clause));
}

/**
 * An offer or terms accepted, in the present: "The authorities accept the proposal … to cease fire",
 * "we accept the terms of the truce" (not "accepted", told as past, nor "do not accept").
 */
const ACCEPTS_OFFER = /^\W*(?:that\s+)?(?:[\p{L}’'-]+\s+){1,8}?(?<!\b(?:not|never)\s+)(?:accepts?|agrees?\s+to)\s+(?:the|this|these|their|its|our|your|an?)\s+(?:[\p{L}-]+\s+){0,2}?(?:proposal|offer|terms|conditions|plan|invitation|ceasefire|truce)s?\b/iu;

/** Whether the clause accepts an offer or terms now (ACCEPTS_OFFER), read only where "accept" or "agree" is. */
export function acceptsOffer(clause: string): boolean {
  return /accept|agree/i.test(clause) && ACCEPTS_OFFER.test(clause);
}

/**
 * People a side can offer to take in: "refugees", "prisoners", "all Freedonian soldiers", "them", "the
 * displaced", "our brothers and sisters from the valley", "its compatriots".
 */
const PEOPLE_TAKEN_IN = String.raw`(?:all\s+|any\s+)?(?:the\s+|those\s+|these\s+|our\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,3}?(?:refugees|soldiers|prisoners|POWs|civilians|migrants|asylum[\s-]seekers|defectors|families|children|them|anyone|everyone|displaced|evacuees|returnees|brothers|sisters|compatriots)\b`;

/**
 * A side's offer to take people in, each with the literal a clause must hold before it is tried:
 * - its doors said to be open: "(announced) that their doors are open to the prisoners if they seek
 *   asylum", "our doors will remain open to anyone fleeing the war";
 * - its own acceptance foretold, the side itself the subject: "(said) it would accept all soldiers who
 *   wish to come", "we will welcome the refugees", and, its own side named first, "Freedonia would take in
 *   the families", "the government will, with the greatest care, welcome our brothers and sisters" (not
 *   "Sylvania would accept them" told by another side, nor "the hospital will receive the wounded", no
 *   side's offer).
 */
const TAKES_IN = String.raw`(?:would|will)(?:\s+(?:\w+ly\s+|also\s+)?|\s*,\s*[^,.;]{1,40},\s*)(?:accept|welcome|take\s+in|admit|receive|shelter)\s+${PEOPLE_TAKEN_IN}`;
const REFUGE_OFFERED: [string, RegExp, boolean][] = [
  ['open', /^\W*(?:that\s+)?(?:its|their|our|his|her)\s+doors\s+(?:are|remain|(?:will|would)\s+(?:remain|be|stay))\s+(?:\w+ly\s+|always\s+|still\s+)?open\s+(?:to|for)\b/iu, false],
  [' w', new RegExp(String.raw`^\W*(?:that\s+)?(?:it|we|they|(?:the|its|our|their)\s+(?:government|country|nation|authorities))\s+${TAKES_IN}`, 'iu'), false],
  [' w', namedSubjectThen(TAKES_IN), true],
];

/** Whether a side, speaking, offers to take people in (REFUGE_OFFERED); a named subject must be its own side. */
export function offersRefuge(clause: string, speaker: StanceSpeaker): boolean {
  if (speaker.forASide !== true || speaker.finding === true || speaker.assesses === true) return false;
  return REFUGE_OFFERED.some(([cue, pattern, ownSideNamed]) => clause.includes(cue) && (!ownSideNamed || speaker.ownSideFirst === true) && pattern.test(clause));
}

/**
 * A vow a named party has made, told in the perfect: "some units of the rebel forces have pledged to
 * continue fighting", "Sylvania has vowed to retaliate" (not "it has pledged to", "the government has
 * promised to", the speaker's own side in reported words).
 */
const VOW_TOLD =
  /^\W*(?!(?:that\s+)?(?:it|he|she|they|we|i|the\s+(?:government|country|ministry|office))\s)(?:that\s+)?(?:[\p{L}’'.-]+\s+){1,10}?(?:has|have|had)\s+(?:\w+ly\s+|also\s+)?(?:pledged|vowed|promised)\s+to\b/iu;

/**
 * Whether a side's reported words tell a vow another party made (VOW_TOLD), its own side not named first
 * (a private person who relays a government's promise relays it: it stays a promise).
 */
export function anotherPartysVowTold(clause: string, speaker: StanceSpeaker): boolean {
  return speaker.reported && speaker.forASide === true && speaker.ownSideFirst !== true && /pledged|vowed|promised/i.test(clause) && VOW_TOLD.test(clause);
}

/**
 * A promise told in the passive, the promised act with no agent: "their rights will be guaranteed",
 * "a monument will be erected", "a monument will soon be erected", "a thorough investigation would be
 * conducted", "those responsible will be punished", "special measures would be taken to care for the
 * families" (not "the wounded would be taken to hospital"; nor "their bravery will be remembered", an honour
 * hoped for); help whose giver goes unnamed, sent or begun: "three cargoes of aid would be delivered to the
 * region on Friday", "the one-time allowance will start next week" — a provision, dated or not, is not an
 * agenda (not "the talks on aid will start on Monday", a meeting; nor "the convoy will be stopped"; nor "aid
 * would be delivered by the Red Cross", its giver named).
 */
export const PROMISED_IN_PASSIVE =
  /(?<!\b(?:on|about|over|for)\s+)\b(?:aid|help|assistance|supplies|cargos|cargoes|relief|support|payments?|allowances?)\b[^.;]{0,40}?\b(?:will|shall|would)\s+(?:\w+ly\s+|soon\s+|also\s+)?(?:be\s+(?:\w+ly\s+|soon\s+)?(?:sent|delivered|dispatched|supplied|distributed|allocated|transferred|paid|handed\s+over)(?!\s+by\b)|start|begin)\b|\b(?:will|shall|would)\s+(?:\w+ly\s+|soon\s+)?be\s+(?:\w+ly\s+|soon\s+)?(?:guaranteed|ensured|protected|safeguarded|provided|built|erected|rebuilt|restored|carried\s+out|conducted|investigated|punished|compensated|granted|honou?red|immortali[sz]ed|commemorated|respected|upheld|fulfilled|implemented|repaired|given)\b|\b(?:measures|steps)\s+(?:will|shall|would)\s+(?:\w+ly\s+|also\s+)?be\s+taken\s+to\s+(?:care\s+for|support|help|assist|protect)\b/i;

/**
 * A named party's plan: "(that) Fredonburg will send", "the North is planning to send", "Sylvania plans to
 * relist". Not a linking verb with a noun phrase after it, which foretells what the named thing will be
 * ("the Marsh Canal will remain the shortest route", "will become the busiest port"), as "will be" does.
 */
export const PLAN_OF_A_PARTY = namedSubjectThen(String.raw`(?:will|plans? to|is planning to|intends to)\s+(?!be\b|have\b|likely\b|probably\b|(?:remain|stay|become)\s+(?:the|a|an)\b)`);

/**
 * A named party's plan with a count, as someone believes or estimates it: "the agency believes Sylvania
 * plans to deploy an additional 6,000 soldiers", "the ministry estimates the North will send 3,000 more" —
 * an estimate claimed, told as a count believed is (not "he believes Sylvania plans to hold talks", no
 * count; nor "… will hold elections in 2030", a year).
 */
const PLAN_BELIEVED =
  /^\W*(?:that\s+)?(?:[\p{L}.'’-]+\s+){1,4}?(?:believes|believed|thinks|thought|estimates|estimated|assesses|assessed)\s+(?:that\s+)?(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+(?:plans?\s+to|is\s+planning\s+to|intends\s+to|will|would)\s+(?!be\b|have\b|likely\b|probably\b)[^.;]*?(?<![\d,.])\d{1,3}(?:,\d{3})*(?![\d,.])\s+\p{L}/u;

/** Whether the clause tells a party's plan with a count as believed or estimated (PLAN_BELIEVED), read only where a verb of belief is. */
export function planBelieved(clause: string): boolean {
  return /believ|thinks|thought|estimat|assess/i.test(clause) && PLAN_BELIEVED.test(clause);
}

/**
 * What a named party will give, send or do to help, told in a plain "will", "would" or "is set to":
 * "(that) Fredonburg will send 5,000 workers", "the North would soon start rebuilding the port",
 * "Sylvania, which has helped Freedonia, will send …", "Sylvania is set to send 6,000 personnel" (not
 * "plans to send", an intention told of; nor "will win", "would collapse", which foretell).
 */
export const PARTY_WILL_PROVIDE = namedSubjectThen(
  String.raw`(?:will|would|shall|(?:is|are)\s+set\s+to)\s+(?:(?:also|soon|now|then)\s+)?(?:(?:start|begin)\s+(?:to\s+)?)?(?:send|dispatch|deploy|provide|supply|deliver|give|transfer|contribute|donate|allocate|rebuild|build|help|assist|support|train|finance|fund)`,
);

/** Whether the clause promises before it calls: "we will stand with them, and others should too". */
export function promisesFirst(clause: string): boolean {
  const promise = PLEDGE.exec(clause);
  const call = CALL.exec(clause);
  return promise !== null && call !== null && promise.index < call.index;
}

/**
 * An offer or a duty the speaker's side takes on, as the consequence of a condition: "(If they refuse to
 * go back,) we are open to dialogue about transferring them", "(if the sailors choose to return,) we are
 * obliged to allow it", "(if they lay down arms,) we are ready to talk". The subject is the speaker's side
 * ("we", "I"); not "we are open to the risk of shortages", nor "we are
 * bound to lose", an outcome foretold.
 */
const OFFER_ON_CONDITION =
  /^\W*(?:we|i)\s+(?:are|am|(?:will|would)\s+be|remain)\s+(?:\w+ly\s+|also\s+|still\s+|always\s+)?(?:open\s+to\s+(?:(?:a|an|the)\s+)?(?:dialogue|talks|negotiations?|discussions?|discuss\w*|consider\w*|idea|possibility|proposal|offer|option)\b|(?:obligated|obliged|ready|prepared|willing)\s+to\s+(?!lose\b|fail\b|die\b)\p{Ll})/iu;

/** Whether a condition's consequence offers or binds the speaker's own side (OFFER_ON_CONDITION). */
export function offeredOnCondition(consequence: string, speaker: StanceSpeaker): boolean {
  if (speaker.forASide !== true || speaker.finding === true || speaker.assesses === true) return false;
  return /open|oblig|ready|prepared|willing/i.test(consequence) && OFFER_ON_CONDITION.test(consequence);
}

/**
 * A side told as engaged to do something, a commitment as "remains committed to" is: "the bloc remains fully
 * engaged to facilitate the dialogue", "is engaged in supporting the talks" (not "remain engaged in combat",
 * "are engaged in demining", what they are doing; nor "is engaged to a doctor").
 */
const ENGAGED_TO_ACT =
  /\b(?:is|are|am|was|were|remains?|remained|stays?)\s+(?:\w+ly\s+|also\s+|still\s+)?engaged\s+(?:to\s+(?:facilitate|support|help|promote|work|find|achieve|ensure|assist|contribute|advance|pursue|bring|reach|build|foster|strengthen)|in\s+(?:facilitating|supporting|helping|promoting|finding|achieving|ensuring|assisting|advancing|pursuing|building|fostering|strengthening))\b/i;

/** Whether the clause tells a side engaged to act (ENGAGED_TO_ACT), read only where "engaged" is. */
export function engagedToAct(clause: string): boolean {
  return clause.includes('engaged') && ENGAGED_TO_ACT.test(clause);
}
