/** Stance `calls-for`: someone urged, asked or needed to act. Generic English. */

import { CueWords } from './cue-words.ts';
import type { StanceSpeaker } from './speaker.ts';

/**
 * Calls on someone to act: "must withdraw" (not "must have caused", an inference), "should stop", "we
 * urge", "Please bring us home", "I have proposed to", "we expect an immediate cessation of …", "Sylvania
 * bears the responsibility to ensure …" (another's duty; not "we have an obligation to …", the speaker's
 * own), "is pushing Fredonburg to", "wants them to" (not "does not want the talks to succeed", a wish disowned that asks nothing of anyone), "it is time for … to", "we encourage", "let
 * us", "a ceasefire is urgently needed", "has to act", "the need for …", "the importance of …", "the
 * urgency of …", "the imperative of …" (a need named by its noun), "we are calling on", "insists on", "it is high time that", "the priority now is to end the fighting",
 * "it is urgent to ensure …", and in reported speech shifted to the past, "(said) it was important for both sides to …", "more aid was urgently
 * needed" (not "there was a need for …", a lack described; nor "sees no need to", "does not see the need for",
 * "there is no need for", "doesn't need to", a need disowned: the side turns something down and asks nothing),
 * "a challenge that demands collective action" (the action a thing demands is the speaker's call) (not "a
 * request" nor "Fredonburg's request", nor "the navy's calls for …", nouns; nor "the aim of the rules is to …", an explanation; nor
 * "given the need for secrecy", "because of the need to …", a reason given; nor "during a telephone call on
 * Monday", a call made by phone, nor "responded to the call for help", "heeded calls for calm", "in
 * response to calls for …", another's call answered, which the speaker tells).
 */
export const CALL =
  /\b(?:that|which)\s+(?:\w+ly\s+)?(?:demands|requires|calls\s+for)\s+(?:[\w-]+\s+){0,2}?(?:action|response|efforts?|measures|solutions?|attention)\b|\b(?:we|i)\s+(?:would\s+|do\s+|also\s+)?expect\s+(?:from\s+|(?:[\p{L}’'-]+\s+){1,4}?to\b|(?:an?|the)\s+(?:(?:immediate|full|complete|prompt|swift|thorough|urgent|unconditional|total|genuine|credible|transparent|independent)\s+(?:and\s+)?)*(?:cessation|withdrawal|halt|end\s+to|respect|compliance|observance|implementation|investigation|explanation|apology|de-escalation|restraint)\b)|(?<!\b(?:we|i|our\s+[\p{L}-]+|my\s+[\p{L}-]+)\s+)\b(?:bears?|has|have)\s+(?:the\s+|a\s+|an\s+)?(?:(?:full|primary|special|clear|legal|moral|international)\s+)?(?:responsibility|obligation)\s+to\s+(?:ensure|protect|guarantee|respect|prevent|provide|allow|secure|safeguard|uphold|stop|end|comply|facilitate)\b|\bit\s+(?:is|was)\s+(?:\w+ly\s+)?(?:important|essential|vital|crucial|necessary|imperative|urgent)\s+(?:for\s+[^.;]{1,60}?\s+)?to\b|^\W*please\b|\b(?:should|must(?!\s+(?:\w+ly\s+)?have\s+(?:been|had|[a-z]+ed|known|seen|felt|thought|gone|done|heard|made|taken|left|lost|come|become|found|got|gotten|meant|fallen|given|run|hit|struck|led|sent|spent|built|caught|brought|told|said|begun|driven)\b)|(?<!(?:\bno|\bnot|n['’]t|\bnever)\s+(?:(?:see|find|feel)s?\s+)?(?:the\s+|any\s+)?)needs? to|ought to|urges?|(?<!\p{L}['’]s\s+)(?<!\b(?:(?:tele)?phone|video|conference|distress|radio)\s+)(?<!\b(?:respond\w*\s+to|response\s+to|answer\w*|heed\w*)\s+(?:(?:the|a|an|this|that|these|those|their|its|his|her)\s+)?(?:[\w-]+\s+)?)(?:calls?|calling) (?:on|upon|for)|insists? on|propos(?:e|es|ed|ing) (?:to|that))\b|\b(?:has|have)\s+to\s+(?!be\s+said\b)|(?<!\b(?:given|considering|because\s+of|due\s+to|owing\s+to|in\s+view\s+of)\s+)(?<!(?:\bnot|n['’]t|\bnever)\s+(?:\w+\s+)?)\bthe\s+(?:\w+\s+)?(?:need|necessity|importance|urgency|imperative)\s+(?:for|of|to)\b|\bthere\s+is\s+(?:an?\s+)?(?!no\b)(?:\w+\s+)?need\b|\bit\s+is\s+(?:high\s+|about\s+)?time\s+(?:(?:for\s+[^.;]{1,60}?\s+)?to\b|that\b)|\b(?:we|i)\s+(?:\w+ly\s+)?(?:encourage|invite)\b|^\W*let\s+us\b|\b(?:are|is)\s+(?:\w+ly\s+)?(?:encouraged|needed)\b(?<!\b(?:long\s+as|if|when|where|wherever|whenever|until|unless)\s+(?:\w+\s+)?(?:are|is)\s+(?:\w+ly\s+)?\w+)|\b(?:was|were)\s+(?:\w+ly\s+|still\s+)?needed\b(?<!\b(?:long\s+as|if|when|where|wherever|whenever|until|unless)\s+(?:\w+\s+)?(?:was|were)\s+(?:\w+ly\s+|still\s+)?needed)|(?<!\b(?:a|an|the|their|its|his|her|our|this|that|these|those|\p{L}+['’]s)\s+)\b(?:demands?|requests?)\b|\b(?:push|press)(?:es|ed|ing)?\s+(?:[\p{L}'’-]+\s+){1,3}?to\s|\bwant(?:s|ed)?(?<!(?:\bnot|n['’]t|\bnever)\s+want\w*)\s+(?!to\b)(?:[\p{L}'’-]+\s+){1,5}?to\s|\bthe\s+(?:\w+\s+)?priority\s+(?:now|today|at\s+present)\s+(?:is|was)\s+to\s+\p{Ll}/iu;

/**
 * Words or phrases one of which every alternative of CALL holds, read with its flags: "demand",
 * "require", "call", "expect", "responsib(ility)", "obligation", "important" … "imperative", "urgent", "please",
 * "should", "must", "need", "ought", "urge" (and "urgency"), "insist", "propos", "has to", "necessity", "importance", "time", "encourage",
 * "invite", "let" opening the clause, "request", "push", "press", "want", "priority". Many clauses hold
 * none; test/assemble/stance-cues.test.ts holds the list to CALL.
 */
export const CALL_CUE =
  new CueWords(/demand|require|call|expect|responsib|obligation|important|essential|vital|crucial|necessary|imperative|urgent|please|should|must|need|ought|urge|insist|propos|ha(?:s|ve)\s+to\s|necessit|importance|time|encourage|invite|^\W*let\s|request|push|press|want|priority/iu);

/**
 * The speaker's expectation of a side, reported (in either tense, "he expected"): "(he added) that he expects “adequate support” from the
 * government", "that they expect more help from Freedonia" (not "expects little from the talks", nor
 * "expects a ruling from the court", a thing awaited).
 */
export const EXPECTS_FROM_A_SIDE =
  /^\W*(?:that\s+)?(?:he|she|they|it)\s+(?:also\s+|still\s+)?expect(?:s|ed)?\s+(?!(?:little|nothing|much)\b)(?:[\p{L}’'-]+\s+){1,4}?from\s+(?:the\s+)?(?:\p{Lu}|(?:government|authorities|state|international\s+community|world|allies|partners)\b)/u;

/**
 * The speaker's own request, told by the writer: "(she revealed) that she had requested the bloc's top
 * diplomat to expand the mission", "(the ministry said) it had asked the UN to send observers", "(he said)
 * he has urged both sides to show restraint" (not "she had asked him where he was", a question told, nor
 * "he had been asked to leave", a request made of him).
 */
const OWN_REQUEST_TOLD =
  /^\W*(?:that\s+)?(?:he|she|it|they)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+|already\s+|repeatedly\s+)?(?:requested|asked|urged|called\s+on|appealed\s+to)\s+(?!(?:him|her|them|me|us)\s+(?:why|whether|what|how|if|who|where|when|which)\b)(?:[\p{L}’'.-]+,?\s+){1,12}?to\s+\p{Ll}/u;

/** The verbs of asking, one of which OWN_REQUEST_TOLD holds. */
const REQUEST_CUE = new CueWords(/requested|asked|urged|called|appealed/);

/** Whether reported words tell the speaker's own request (OWN_REQUEST_TOLD), read only where a verb of asking is. */
export function ownRequestTold(words: string): boolean {
  return REQUEST_CUE.test(words) && OWN_REQUEST_TOLD.test(words);
}

/**
 * A side's quotation that opens by telling its principal's call, in the third person: "“He called on
 * President Berg to provide assurances to the residents …”" (a spokesman's readout of the minister's
 * call), "“The Secretary urged Sylvania to commit to an amnesty”" — the call is what the quotation does,
 * whatever the call asks for ("… that their rights will be protected" is asked, not promised). Not "“He
 * called on the crowd”" (no act asked), nor "“They asked for medicine”" (a thing asked for, told).
 */
const PRINCIPALS_CALL_QUOTED =
  /^\W*(?:he|she|they|the\s+(?:secretary|president|minister|prime\s+minister|foreign\s+minister|chancellor|premier|ambassador|envoy))\s+(?:also\s+|again\s+|repeatedly\s+)?(?:called\s+on|urged|appealed\s+to|pressed)\s+(?:[\p{L}’'.-]+,?\s+){1,12}?to\s+\p{Ll}/iu;

/** Whether a side's own quotation (not the writer's report, nor a private person's words) tells its principal's call (PRINCIPALS_CALL_QUOTED). */
export function principalsCallQuoted(words: string, speaker: StanceSpeaker): boolean {
  return speaker.forASide === true && !speaker.reported && !speaker.forThemselves && REQUEST_CUE.test(words) && PRINCIPALS_CALL_QUOTED.test(words);
}

/**
 * Advice given in the passive, in the present: "vessels are advised to transit with caution",
 * "residents are urged to stay indoors", "passengers are asked to arrive early" (not "the crew were
 * asked to leave", a request told as past; nor "is advised by lawyers").
 */
const PASSIVE_ADVICE = /\b(?:are|is)\s+(?:\w+ly\s+|also\s+)?(?:advised|urged|asked|requested|instructed)\s+to\s/i;

/**
 * The speaker asking, in the present: "We ask that you refrain from …", "I ask all parties to respect
 * the truce", "we appeal to the authorities to release them", "we beg you to help", "I ask for your prayers
 * and support", "we appeal for calm", the appeal renewed or made, "I renew my appeal for dialogue", "we
 * reiterate our plea to both sides to …", and the asking announced, "I want to ask the minister to present
 * the figures", "we would like to ask all sides to …" (not "I ask for nothing"; not "I asked him
 * where he was", a question told; nor "we ask ourselves why", "we ask whether", "I want to ask why", a
 * question of one's own).
 */
const ASKS_TO_ACT =
  /\b(?:we|i)\s+(?:\w+ly\s+|also\s+|again\s+|now\s+)?(?:(?:want|wish|would\s+(?:\w+ly\s+|also\s+)?like)\s+to\s+)?(?:(?:ask|appeal\s+to|beg|implore)\s+(?!(?:ourselves|myself|why|whether|what|how|if|who|where|when|which)\b)(?:that\b|(?:[\p{L}'’.-]+\s+){1,6}?to\s+\p{Ll})|(?:ask|appeal|beg)\s+(?:you\s+|everyone\s+|all\s+of\s+you\s+)?for\s+(?!(?:nothing|no\s+one|nobody|myself|ourselves)\b)\p{Ll})|\b(?:we|i)\s+(?:\w+ly\s+|also\s+|again\s+|once\s+again\s+)?(?:renew|reiterate|repeat|restate|make|issue|launch)\s+(?:my|our|an?)\s+(?:\p{Ll}+\s+)?(?:appeal|plea)\s+(?:to|for)\s+\p{Ll}/iu;

/**
 * A need judged now, then what must be done, in a clause of its own: "It’s essential that the rights of
 * the displaced be respected", "it is vital that aid reaches them", "It is important that all sides
 * show restraint" (not "it was important that they came", a judgement of the past; nor "it is important
 * that the talks have resumed", of what is done already).
 */
const NEEDED_THAT =
  /\bit(?:\s+is|['’]s)\s+(?:\w+ly\s+|also\s+|very\s+|so\s+)?(?:important|essential|vital|crucial|necessary|imperative|critical)\s+that\s+(?![^.;]{0,80}?\b(?:has|have|had|was|were|did)\b|[^.;]{0,80}?\p{L}['’]ve\b)/iu;

/**
 * The one way out named, in the present, as what others must do: "the only way to restore calm is for a
 * ceasefire to be reached", "the only solution is through negotiations", "the only way forward is a
 * lasting ceasefire" (not "the only way to reach the village is by boat", "the only way out was to swim",
 * a route or a past told).
 */
const ONLY_WAY =
  /\bthe\s+only\s+(?:way|solution|path|option|means|guarantee)\b[^.;]{0,80}?\bis\s+(?:for\s+[^.;]{1,60}?\s+to\s+\p{Ll}|(?:through|via)\s+(?:\p{Ll}+\s+)?(?:dialogue|negotiations?|diplomacy|talks|peaceful|political)\b|(?:an?|the)\s+(?:\p{Ll}+\s+){0,2}?(?:ceasefire|withdrawal|negotiations?|talks|dialogue|settlement|solution|truce|end)\b)/iu;

/**
 * Another party expected to keep its word: "Freedonia expects Sylvania to live up to its commitments", "the
 * EU expected Sylvania to honour the agreement", "expects both sides to comply with their obligations" (not
 * "expects prices to rise", "expects the talks to resume", a forecast; nor "is expected to honour its
 * commitments", an expectation reported of no one; nor "nobody expects Sylvania to keep its word", a doubt).
 */
const EXPECTED_TO_KEEP_WORD =
  /(?<!(?:\bnobody|\bno\s+one|\bnot|n['’]t|\bnever|\bhardly)\s+(?:\w+\s+)?)\bexpect(?:s|ed|ing)?\s+(?:[\p{L}’'-]+\s+){1,4}?to\s+(?:\w+ly\s+)?(?:live\s+up\s+to|fulfil+|honou?r|abide\s+by|comply\s+with|keep|respect|implement|meet)\s+(?:all\s+)?(?:of\s+)?(?:its|their|his|her|the|these|those|this|that)\s+(?:[\p{L}-]+\s+)?(?:commitments?|obligations?|promises?|pledges?|word|agreements?|undertakings?|accords?|deal|treaty)\b/iu;

/**
 * An act called necessary with its degree or its moment: "it is very important to take concrete steps",
 * "it is crucial now to prevent further escalation", "it is now very important to act" (two words of degree or
 * moment), "it's essential to reopen the road", the same held by
 * a verb of judging, the clause opening with its object ("(considers) it necessary for the Union to cut
 * its imports") (CALL holds the
 * plain "it is important to"; not "it is very important to me", "it's essential to the economy", a value
 * or a good named, not an act).
 */
const NECESSITY_OF_ACT =
  /(?:\bit(?:\s+(?:is|was)|['’]s)|^\W*(?:that\s+)?it)\s+(?:(?:\w+ly|very|so|also|therefore|now)\s+){0,2}(?:important|essential|vital|crucial|necessary|imperative)\s+(?:(?:now|today|again|therefore)\s+)?(?:for\s+[^.;]{1,60}?\s+)?to\s+(?!(?:me|us|him|her|them|you|the|a|an|our|my|his|their|its|this|that|these|those|all|every|any)\b)\p{Ll}/iu;

/** Whether the words call an act necessary (NECESSITY_OF_ACT), read only where "it" and a word of necessity are. */
function necessityOfAct(words: string): boolean {
  return /\bit\b|\bit['’]s/i.test(words) && /important|essential|vital|crucial|necessary|imperative/i.test(words) && NECESSITY_OF_ACT.test(words);
}

/** The word every match of EXPECTED_TO_KEEP_WORD holds. */
const EXPECT_CUE = new CueWords(/expect/i);

/**
 * The moment named as come for an act: "now is the time to establish peace", "the time has come to end the
 * blockade", "this is the moment to talk" — a call, as "it is time to" is (not "now is the time when prices
 * fall", no act; nor "that was the time to act", a moment past; nor "now is not the time to …" read here).
 */
const MOMENT_COME =
  /(?:^\W*|[,;:.]\s*|\b(?:that|and|but)\s+)(?:(?:now|this|today)\s+is\s+the\s+(?:right\s+)?(?:time|moment)|the\s+(?:time|moment)\s+has\s+(?:now\s+)?come)\s+(?:for\s+[^.;]{1,60}?\s+)?to\s+\p{Ll}/iu;

/** Whether the words name the moment come for an act (MOMENT_COME), read only where "time" or "moment" is. */
function momentCome(words: string): boolean {
  return /time|moment/i.test(words) && MOMENT_COME.test(words);
}

/**
 * What a decision named as a noun holds: "the decision that Fredonburg must become part of Sylvania (was made
 * …)", "(brought the side to) a decision on the need to diversify its ties" — the obligation is the
 * decision's content, told; the speaker calls for nothing by it (not "the decision must be respected",
 * whose "must" is the speaker's own).
 */
const DECISION_CONTENT = /\bdecisions?\s+(?:that\s+[^,;]*?\b(?:must|should|needs?\s+to|ought\s+to|has\s+to|have\s+to)\b|(?:on|about|regarding)\s+the\s+(?:need|necessity)\s+(?:to|for|of)\b)/giu;

/** `words` with the content of a decision named as a noun (DECISION_CONTENT) left out, read only where "decision" is. */
export function withoutDecisionContent(words: string): string {
  return /decision/i.test(words) ? words.replace(DECISION_CONTENT, 'decision') : words;
}

/** Whether `words` call on someone to act (CALL, PASSIVE_ADVICE, ASKS_TO_ACT, NEEDED_THAT, ONLY_WAY, EXPECTED_TO_KEEP_WORD, NECESSITY_OF_ACT, MOMENT_COME), asked only where a cue is. */
export function callsToAct(words: string): boolean {
  return (CALL_CUE.test(words) && CALL.test(words)) || (EXPECT_CUE.test(words) && EXPECTED_TO_KEEP_WORD.test(words)) || (/ed\s+to\s/i.test(words) && PASSIVE_ADVICE.test(words)) || (/\b(?:ask|appeal|beg|implore|plea)\s/i.test(words) && ASKS_TO_ACT.test(words)) || (words.includes(' that ') && NEEDED_THAT.test(words)) || (/only\s/i.test(words) && ONLY_WAY.test(words)) || necessityOfAct(words) || momentCome(words);
}

/** What must or should be done: "must not be missed", "needs to be protected", "we urge" (not "it must have been hard", an inference; nor "sees no need to", a need disowned). */
export const OBLIGATION = /\b(?:must(?!\s+(?:\w+ly\s+)?have\s+(?:been|had|[a-z]+ed|known|seen|felt|thought|gone|done|heard|made|taken|left|lost|come|become|found|got|gotten|meant|fallen|given|run|hit|struck|led|sent|spent|built|caught|brought|told|said|begun|driven)\b)|should|(?<!(?:\bno|\bnot|n['’]t|\bnever)\s+(?:(?:see|find|feel)s?\s+)?(?:the\s+|any\s+)?)needs?\s+to|ought\s+to|urges?)\b/i;

/**
 * What is needed now, in the present: "international help is very urgently required", "more aid is
 * still needed" (not "was needed", a lack told as past; nor "no help is needed", "is not required").
 */
export const NEEDED_NOW = /(?<!\b(?:no|not)\s+(?:[\w-]+\s+){0,2})\b(?:is|are)\s+(?!not\b)(?:(?:\w+ly|very|still|also|now)\s+){0,3}(?:needed|required)\b/i;
