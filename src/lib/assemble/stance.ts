/**
 * A statement's stance in the fixed vocabulary of the data contract (DESIGN.md), from its reporting
 * verb and the clause together. Generic English, not topic knowledge.
 */
import { MONTH_PATTERN, WEEKDAY_PATTERN } from '../detect/dates/words.ts';
import { WORDS_SAID_NOUNS } from '../detect/quotes/word-lists.ts';
import type { Stance } from '../model.ts';
import { isDenialVerb, REBUTTAL_VERB, type Reporting } from './reporting.ts';
import { afterFrontedMotive, happeningWarnedOf, othersAgreementTold, resolveStressed, speechActOf } from './stance-speech-acts.ts';

/** Verb stems and the stance they make plain; the first stem that starts the verb wins. */
const STANCE_OF_STEM: [string, Stance][] = [
  ['confirm', 'confirms'], ['acknowledg', 'confirms'], ['admit', 'confirms'], ['affirm', 'confirms'],
  ['reaffirm', 'confirms'], ['recogni', 'confirms'], ['concede', 'confirms'], ['conceded', 'confirms'], ['verif', 'confirms'],
  ['deni', 'denies'], ['deny', 'denies'], ['reject', 'denies'], ['dismiss', 'denies'], ['refut', 'denies'],
  ['rebuff', 'denies'], ['disput', 'denies'],
  ['warn', 'warns'], ['caution', 'warns'],
  ['condemn', 'condemns'], ['denounc', 'condemns'], ['criticis', 'condemns'], ['criticiz', 'condemns'],
  ['accus', 'condemns'], ['blam', 'condemns'], ['slam', 'condemns'], ['decri', 'condemns'], ['deplor', 'condemns'],
  ['complain', 'condemns'], ['protest', 'condemns'], ['lambast', 'condemns'], ['castigat', 'condemns'], ['rebuk', 'condemns'], ['censur', 'condemns'], ['chastis', 'condemns'], ['excoriat', 'condemns'], ['berat', 'condemns'],
  ['pledg', 'pledges'], ['vow', 'pledges'], ['promis', 'pledges'], ['commit', 'pledges'], ['assur', 'pledges'], ['guarante', 'pledges'],
  // "offered condolences" only feels (the verb's last word is read first).
  ['condolence', 'other'], ['sympath', 'other'],
  ['threaten', 'threatens'],
  ['urg', 'calls-for'], ['call', 'calls-for'], ['demand', 'calls-for'], ['ask', 'calls-for'], ['appeal', 'calls-for'], ['request', 'calls-for'], ['recommend', 'calls-for'], ['advis', 'calls-for'], ['plead', 'calls-for'], ['implor', 'calls-for'],
  // Praise, thanks and wishes affirm nothing about the matter at issue.
  // Predicting and explaining affirm nothing that happened (the vocabulary's "other").
  ['predict', 'other'], ['explain', 'other'], ['suspect', 'other'],
  // Citing a reason or crediting a cause gives grounds: "cited concerns for the crews' safety".
  ['cite', 'other'], ['citing', 'other'], ['credit', 'other'],
  ['prais', 'other'], ['thank', 'other'], ['laud', 'other'], ['hail', 'other'], ['congratulat', 'other'], ['wish', 'other'],
];

/**
 * Clauses that threaten the speaker's own response, whatever the verb: "… will respond with force", "will
 * not hesitate to target", "will pay a heavy price", "are legitimate targets", "will be met with
 * escalation", "our response will be painful", "its forces would target", "the group would continue its
 * attacks", "will be targeted", "all options are on the table", "will not stand idly by", "will face a
 * strong response", "will regret", "(warned) of a strong response", "would pay dearly", "we will
 * escalate", "(vowed) to expand attacks to …", "will bear responsibility for the consequences", "will
 * receive a crushing response", "will continue to degrade" (or "continue attacking"), "will pay for this", "will be answered",
 * "will not hesitate to take action" (or "to direct further measures"), "will not tolerate attacks on our
 * personnel", "our operations will not stop", "they would not halt attacks" (not
 * another's force that "will not stop the attacks"), "will bear the consequences", "will not be left
 * unpunished", "will have to pay a high price and bear all the terrible consequences", "(the) response
 * (to any attack) would be greater", "will impose further sanctions", "he’d consider imposing new sanctions", "(a clear message
 * that the attacks) would not be tolerated", "we will make sure we respond" (not "will make sure the
 * hospitals respond", another's response, nor "the humanitarian response would be greater", help). A response to needs, requests, questions or a crisis ("will
 * respond to the needs of the families") is help or an answer, no threat.
 */
export const THREAT =
  /(?:\b(?:will|would|shall)\s+(?:\w+ly\s+)?|['’]d\s+)(?:consider\s+)?impos(?:e|ing)\s+(?:[\w-]+\s+)?sanctions\b|\b(?:(?:will|would|shall)(?:\s+make\s+sure(?:\s+that)?\s+(?:we|they|it|he|she))?|reserved? the right to)\s+(?:respond|retaliate|react|strike|hit back|take (?:countermeasures|measures|action))\b(?!\s+(?:\w+ly\s+)?to\s+(?:the\s+|their\s+|its\s+|our\s+|any\s+|all\s+|these\s+|such\s+)?(?:[\w-]+\s+)?(?:needs?|requests?|questions?|queries|calls?|concerns?|appeals?|inquiries|enquiries|emergenc\w*|crisis|disasters?|situation|demand)\b)|\b(?:will|would|shall)\s+not\s+hesitate\s+to\s+(?:\w+\s+){0,4}?(?:targets?|attacks?|strikes?|hit|respond|retaliate|use|force|(?:take|direct|order|impose)\s+(?:\w+\s+)?(?:action|measures|steps)(?!\s+to\s+(?:support|help|assist|aid|boost|ease|relieve)\b))\b|\b(?:will|would|shall)\s+not\s+(?:\w+ly\s+)?(?:tolerate|allow|permit)\s+(?:any\s+)?(?:further\s+|more\s+|new\s+)?(?:attacks?|aggression|provocations?|incursions?|violations?)\b|\b(?:we|us)\s+(?:will\s+|would\s+|to\s+|can\s+)?(?:target|attack|strike|sink)\b|\bwill\s+not\s+(?:deter|dissuade|stop)\s+(?:\w+\s+){1,2}?from\b|\b(?:will|would)\s+continue\s+(?:to\s+(?:prevent|block|bar|target|attack|strike|degrade|disrupt)|(?:prevent|block|barr|target|attack|strik|degrad|disrupt)ing)\b|\b(?:have|has)\s+(?:now\s+)?(?:also\s+)?become\s+(?:legitimate\s+)?targets\b|\b(?:will|would|shall)\s+not\s+(?:go|pass|remain|be\s+left)\s+(?:unanswered|unpunished|without\s+(?:a\s+)?(?:response|reply|punishment|retaliation))\b|\b(?:will|would|shall)\s+not\s+be\s+tolerated\b(?!\s+by\b)|\b(?:will|would)\s+(?:\w+ly\s+)?(?:have\s+to\s+(?:prepare\s+to\s+)?)?pay\s+(?:(?:a|the)\s+(?:\w+\s+)?price|dearly|for)\b|\b(?:will|would)\s+(?:\w+ly\s+)?(?:have\s+to\s+)?bear\s+(?:all\s+)?the\s+(?:(?:full|terrible|grave|dire|serious|severe|heavy)\s+)?consequences\b|\b(?:will|would)\s+bear\s+(?:the\s+|full\s+)*responsibility\s+(?:for|of)\s+(?:the\s+|all\s+)?consequences\b|\b(?:are|is|be|become|became|remain)\s+(?:now\s+)?(?:considered\s+)?(?:legitimate\s+)?targets\b|\b(?:will|would)\s+be\s+met\s+with\b|^\W*of\s+(?:a\s+|an\s+)?(?!(?:[\w-]+\s+){0,2}?(?:humanitarian|diplomatic|international|global|political|coordinated|joint|collective|legal)\b)(?:[\w-]+\s+){0,3}?(?:response|retaliation|reprisals?)\b|(?<!\b(?:humanitarian|international|global|public|market|immune|emergency|medical|official|diplomatic|policy)\s+)\b(?:response|retaliation|reply)\s+(?:to\s+[^,;.]{1,60}?\s+)?(?:will|would)\s+(?:\w+ly\s+)?be\s+(?:\w+\s+)?(?:strong|painful|harsh|decisive|severe|swift|forceful|crushing|firm|greater|bigger|larger|stronger|harsher|tougher|heavier)\b|\b(?:its|our|their|the group['’]s)\s+(?:armed\s+)?(?:forces|fighters|army|navy|missiles|drones|operations|attacks)\s+(?:will|would|shall)\s+(?!not\b)|\b(?:the group|the movement)\s+(?:will|would)\s+(?:continue\s+(?:to\s+|its\s+)?|keep\s+)?(?:target|attack|strike|hit|sink|escalat|expand)\w*|\b(?:will|would)\s+be\s+(?:\w+ly\s+)?(?:targeted|attacked|struck|sunk|destroyed|dealt\s+with|answered|avenged)\b(?!\s+by\b)|\b(?:hostile|legitimate)\s+targets?\b|\ball\s+options\s+(?:are|remain)\s+(?:on\s+the\s+table|open)\b|\bwill\s+not\s+(?:stand|sit)\s+idly\b|\bwill\s+not\s+(?:remain|stay|keep)\s+silent\b|\bwill\s+(?:face|receive|get)\s+(?:a\s+)?(?:\w+\s+)?(?:response|retaliation|punishment)\b|\bresponse\s+(?:[\p{L}-]+\s+){0,4}?is\s+(?:inevitable|coming|certain)\b|\bwill\s+regret\b|\b(?:we|i)\s+will\s+(?:expand|escalate|intensify|step\s+up|widen)\b|^\W*to\s+(?:expand|escalate|intensify|step\s+up|widen)\s+(?:\w+\s+)?(?:attacks|operations|strikes)\b|\b(?:our|their|its|the\s+group['’]s)\s+(?:[\w-]+\s+)?(?:operations|attacks|strikes)\s+(?:will|would|shall)\s+not\s+(?:stop|cease|end|halt)\b(?!\s+(?:the|a|an|\p{Lu}))|\b(?:we|they|it|the\s+group)\s+(?:will|would)\s+not\s+(?:stop|halt|cease|end|suspend)\s+(?:(?:its|their|our|the)\s+)?(?:[\w-]+\s+)?(?:attacks|operations|strikes)\b/iu;

/**
 * The speaker's side's force kept up until the other side yields: "our strikes will continue until the
 * blockade is lifted", "their military operations against the enemy will continue until its aggression
 * ceases", and with no owner named, "the operations against Sylvania will continue until it stops its
 * war" (operations or strikes "against" a side, told by the side that carries them out; not "the attacks
 * against our ships will continue …", another's attacks, nor "talks will continue until …", nor "its
 * relief operations will continue until …").
 */
const FORCE_UNTIL =
  /\b(?:(?:its|our|their|the\s+group['’]s)\s+(?:(?!(?:humanitarian|relief|rescue|aid|evacuation|peacekeeping|search)\b)[\w-]+\s+)?(?:operations|attacks|strikes|raids)|the\s+(?:military\s+)?(?:operations|strikes)\s+against)\b[^.;]{0,60}?\b(?:will|would|shall)\s+(?:continue|go\s+on|not\s+(?:stop|cease|end))\s+(?:until|unless|as\s+long\s+as)\b/i;

/** Whether the clause keeps the speaker's force up until the other side yields (FORCE_UNTIL), read only where "until" or "unless" is. */
function forceKeptUntil(clause: string): boolean {
  return /until|unless|as long as/i.test(clause) && FORCE_UNTIL.test(clause);
}

/**
 * Words one of which every alternative of THREAT holds, read with its flags: "will", "would", "shall",
 * "reserve(s) the right", "sanctions", "targets", "attack", "strike", "sink", "response", "retaliation",
 * "reprisals", "options", "operations". Two clauses in three hold none, and THREAT is slow to try at every
 * word; test/assemble/stance-cues.test.ts holds the list to THREAT.
 */
export const THREAT_CUE = /will|would|shall|reserve|sanction|target|attack|strike|sink|respon|retaliat|reprisal|option|operation/iu;

/**
 * Clauses that leave the matter open: "cannot confirm", "is looking into", "no evidence yet", "before we
 * can say", "has not yet detected any signs of", "has yet to detect signs of" (no sign seen is no
 * evidence yet).
 */
const UNCONFIRMED =
  /\b(?:cannot|can['’]t|could not|couldn['’]t|unable to)\s+(?:confirm|verify)\b|\b(?:(?:has|have|had|did)\s+not|(?:hasn|haven|hadn|didn)['’]t|(?:has|have|had|is|are|was|were)\s+yet\s+to)\s+(?:yet\s+)?(?:detect(?:ed)?|seen?|f(?:ou|i)nd|observed?|identif(?:y|ied)|spott?(?:ed)?)\s+(?:any\s+)?(?:signs?|evidence|indications?|traces?)\b|\b(?:looking into|see what happens|pull (?:this|that|the) thread|find out|(?:want|going) to (?:preview|speculate|get ahead of)|(?:won['’]t|will not|not going to|cannot|can['’]t) (?:speculate|get ahead of|go into)|(?:in|under) (?:discussion|review|consideration)|still (?:assessing|reviewing|verifying|checking|being assessed)|(?:left|remains) to be seen|to verify|verifying|no evidence|not (?:yet )?(?:known|clear)|unclear|(?:do|does|did)(?: not|n['’]t) (?:yet )?know(?! how to (?:express|thank|describe|convey|repay|say)\b)|before (?:we|they|I|it) can (?:\w+ly )?(?:say|confirm|comment|conclude)|wait and see|wait (?:\w+\s+){0,3}?to (?:see|understand|know|find out|confirm))\b/i;

/**
 * No sign seen, told as what there is: "there are no signs of additional deployments", "there is no
 * indication that they have left", "we see no sign of a withdrawal" (no evidence yet, like UNCONFIRMED's
 * "has not detected any signs of"; not "the hull showed no signs of damage", an observation told, nor
 * "there were no signs of life", a scene described).
 */
const NO_SIGN_SEEN =
  /\b(?:there\s+(?:is|are|was|were|(?:has|have|had)\s+been)|(?:we|i)\s+(?:\w+ly\s+)?(?:see|saw|(?:have|has|had)\s+seen))\s+no\s+(?:\w+\s+)?(?:signs?|indications?)\s+(?:of(?!\s+life\b)|that)\b/i;

/** Whether the clause tells that no sign is seen (NO_SIGN_SEEN), read only where "no" and "sign" or "indication" are. */
function noSignSeen(clause: string): boolean {
  return /\bno\b/i.test(clause) && /sign|indication/i.test(clause) && NO_SIGN_SEEN.test(clause);
}

/**
 * A consequence drawn from a condition: "If they deploy, they are fair targets", and its inverted
 * form, "Should their troops be used, …".
 */
const CONDITIONAL = /^\W*(?:(?:but|and|so|that)\W+)?(?:if\b|should\s+(?!\w+\s+(?:be\s+)?(?:done|taken|considered)\b)[\w.’'-]+(?:\s+[\w.’'-]+){0,3}\s+(?:be|have|go|move|enter|cross|attack|fight|face|come|suffer)\b)|\bif (?:they|it|he|she|we|you|this|that)\b/i;

/**
 * The first clause after a condition's comma: "If …, [they're fair targets], and …"; after the last
 * of several: "if …, if …, [I will consider it a duty]".
 */
function consequenceOf(conditional: string): string {
  const rest = conditional.slice(conditional.indexOf(',') + 1);
  if (/^\s*if\b/i.test(rest) && rest.includes(',')) return consequenceOf(rest);
  const end = rest.search(/[,;]|\s(?:and|but)\s/);
  return end < 0 ? rest : rest.slice(0, end);
}

/**
 * Help the speaker's side will give: "will provide military assistance", "would come to its aid", "we will
 * support it", and rights kept, told in the passive: "their rights will be upheld", "your safety would be
 * guaranteed" (not "their rights will be violated").
 */
const AID_PROMISED =
  /\b(?:will|would|shall)\s+(?:\w+ly\s+)?(?:(?:provide|offer|give|send|extend|render)\s+(?:[\w-]+\s+){0,2}?(?:assistance|aid|help|support)|support|help|assist|defend|protect|come\s+to\s+(?:its|their|his|her|our)\s+(?:aid|assistance|defen[cs]e))\b|\b(?:rights|safety|security|freedoms?|property|homes)\s+(?:\w+\s+){0,3}?(?:will|would|shall)\s+be\s+(?:\w+ly\s+|fully\s+)?(?:upheld|guaranteed|respected|protected|ensured|safeguarded|secured)\b/i;

/** A consequence that promises help or support, not force: "will stand by it", "we will continue to support them". */
function promisedHelp(consequence: string): boolean {
  return AID_PROMISED.test(consequence) || (holdsPledge(consequence) && !FORCE.test(consequence));
}

/**
 * Conditions that foretell no consequence: a concession ("Even if they are prisoners, …"), a
 * counterfactual past ("If I had a rifle, I would have fought") or a way of counting ("If calculated
 * in shells, …").
 */
const NO_CONSEQUENCE = /\beven if\b|\b(?:would|could|might)(?:\s+\w+ly)?\s+have\b|^\W*if\s+\p{Ll}+ed\b/iu;

/**
 * Words that flag a danger without threatening it: "incredibly dangerous", "very serious", "our concern
 * is …", "playing with fire", "is following with great concern", a harm foretold ("sending them back
 * would be a death sentence", "a war would be a catastrophe"), a fear of harm ("residents fear reprisals",
 * "fear of ethnic cleansing"; not "fled in fear of reprisals", a motive) (not "war risk insurance", a kind of
 * cover; nor "concerned" right after a plural noun, "ships concerned about crossing", "the countries
 * concerned", which describes others, unless a verb such as "remains" stands there).
 */
export const DANGER = /\b(?:dangerous|danger|serious|concerning|(?:our|my|the|main|major|biggest|greatest)\s+concerns?|worried|worries|worrying|(?<!\b(?!(?:remains|seems|appears|looks|feels|grows|becomes)\s)[a-z]{2,}[^s\W]s\s)(?<!\bparty\s)concerned|threat|risks?(?!\s+(?:insurance|premiums?|cover)\b)|(?<!de-)escalat\w*|consequences|destabili[sz]\w*|alarming|grave|playing\s+with\s+fire|with\s+(?:\w+\s+)?concern|(?<!\b(?:in|for|of)\s+)fear(?:s|ed)?\s+(?:of\s+)?(?:(?:an?|the|further|new|possible|renewed|another|more)\s+)*(?:ethnic\s+cleansing|genocide|massacres?|atrocit(?:y|ies)|war\s+crimes?|aggression|persecution|reprisals?|violence|attacks?|war)|(?:would|will|could)\s+(?:\w+ly\s+)?(?:be|mean)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:death\s+sentence|disaster|catastrophe|suicide|tragedy))\b/i;

/**
 * A danger the speaker's side sets itself against: "defend it against any threat", "to counter the
 * threat", "protect the crews from escalation", "to cope with the dangerous situation", "respond to any
 * threat". Acting against it promises protection; it warns of nothing.
 */
const DANGER_OPPOSED =
  /\b(?:against|counter(?:s|ed|ing)?|eliminat\w*|repel\w*|avert\w*|from|(?:cope|deal|grapple)\s+with|respond\s+to|in\s+the\s+face\s+of)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:threats?|dangers?|dangerous|risks?|(?<!de-)escalation)\b/giu;

/**
 * Words one of which every alternative of DANGER holds, read with its flags: "danger", "serious",
 * "concern", "worr(ied)", "threat", "risk", "escalat(ion)", "consequences", "destabili(se)", "alarming",
 * "grave", "fire", "fear", and the harms foretold ("death", "disaster", "catastrophe", "suicide", "tragedy").
 * Blanking what DANGER_OPPOSED matches leaves no word that was not there, so a clause without these has
 * no danger to flag; test/assemble/stance-cues.test.ts holds the list to DANGER.
 */
export const DANGER_CUE = /danger|serious|concern|worr|threat|risk|escalat|consequences|destabili|alarming|grave|fire|fear|death|disaster|catastrophe|suicide|tragedy/i;

/**
 * A danger named only, not flagged: a time marked by it ("before the recent escalation", "since the
 * escalation began", "in the wake of the crisis") or its absence ("the absence of any threat to …",
 * "poses no threat").
 */
const DANGER_NAMED_ONLY =
  /\b(?:(?:before|after|since|following|prior\s+to|in\s+the\s+wake\s+of)\s+(?:the\s+|this\s+|that\s+|last\s+\w+['’]s\s+)?(?:[\p{L}-]+\s+){0,2}?(?:escalation|threats?|crisis)|(?:absence|lack)\s+of\s+(?:any\s+)?(?:[\p{L}-]+\s+)?(?:threats?|dangers?|risks?)|(?:poses?|posed|posing|is|was|are|were)\s+no\s+(?:[\p{L}-]+\s+)?(?:threats?|dangers?|risks?))\b/giu;

/** Whether the clause flags a danger, leaving aside one the speaker acts against and one named only. */
function flagsDanger(clause: string): boolean {
  return DANGER_CUE.test(clause) && DANGER.test(clause.replace(DANGER_OPPOSED, ' ').replace(DANGER_NAMED_ONLY, ' '));
}

/** A fear felt: "were worried", "was concerned". */
const FEARED = /\b(?:worried|concerned|afraid|feared)\b/i;

/**
 * A danger to a common good said, in reported speech, to be posed: "(Berg said) the drought posed a
 * serious threat to food security", "the militias represented a danger to regional stability", "(she
 * said) the drought was a threat to food security". The reporting shifts the speaker's "poses" to the
 * past; the danger is still warned of (not "presented an imminent threat to merchant vessels", what a
 * weapon shot down was, told as past).
 */
const DANGER_TO_A_GOOD =
  /\b(?:posed|presented|represented|constituted|was|were|remained)\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}?(?:threat|danger|risk)\s+to\s+(?:(?:the|its|their|our|his|her|regional|global|international|national|public|food|energy|world|economic|political)\s+)*(?:security|stability|peace|health|economy|livelihoods|environment|democracy|sovereignty|future|order|independence)\b/iu;

/** A clause told in the past: "was", "posed", "began". */
const TOLD_AS_PAST = /\b(?:was|were|had|did|posed|presented|began|caused|made|came|became)\b/i;

/** A plan or act disowned: "does not have plans to", "has no intention of", "(said it) had no plans to", "will never use". */
const NO_PLAN = /\b(?:(?:does|do|did)\s+not\s+have\s+(?:any\s+)?(?:plans?|intention)|(?:has|have|had)\s+no\s+(?:plans?|intention))\s+(?:to|of)\b|\b(?:is|are)\s+not\s+and\s+will\s+never\b/i;

/**
 * Calls on someone to act: "must withdraw" (not "must have caused", an inference), "should stop", "we
 * urge", "Please bring us home", "I have proposed to", "we expect an immediate cessation of …", "Sylvania
 * bears the responsibility to ensure …" (another's duty; not "we have an obligation to …", the speaker's
 * own), "is pushing Fredonburg to", "wants them to" (not "does not want the talks to succeed", a wish disowned that asks nothing of anyone), "it is time for … to", "we encourage", "let
 * us", "a ceasefire is urgently needed", "has to act", "the need for …", "the importance of …", "the
 * urgency of …", "we are calling on", "insists on", "it is high time that", "the priority now is to end the fighting",
 * and in reported speech shifted to the past, "(said) it was important for both sides to …", "more aid was urgently
 * needed" (not "there was a need for …", a lack described),
 * "a challenge that demands collective action" (the action a thing demands is the speaker's call) (not "a
 * request" nor "Fredonburg's request", nor "the navy's calls for …", nouns; nor "the aim of the rules is to …", an explanation; nor
 * "given the need for secrecy", "because of the need to …", a reason given; nor "during a telephone call on
 * Monday", a call made by phone, nor "responded to the call for help", "heeded calls for calm", "in
 * response to calls for …", another's call answered, which the speaker tells).
 */
export const CALL =
  /\b(?:that|which)\s+(?:\w+ly\s+)?(?:demands|requires|calls\s+for)\s+(?:[\w-]+\s+){0,2}?(?:action|response|efforts?|measures|solutions?|attention)\b|\b(?:we|i)\s+(?:would\s+|do\s+|also\s+)?expect\s+(?:from\s+|(?:[\p{L}’'-]+\s+){1,4}?to\b|(?:an?|the)\s+(?:(?:immediate|full|complete|prompt|swift|thorough|urgent|unconditional|total|genuine|credible|transparent|independent)\s+(?:and\s+)?)*(?:cessation|withdrawal|halt|end\s+to|respect|compliance|observance|implementation|investigation|explanation|apology|de-escalation|restraint)\b)|(?<!\b(?:we|i|our\s+[\p{L}-]+|my\s+[\p{L}-]+)\s+)\b(?:bears?|has|have)\s+(?:the\s+|a\s+|an\s+)?(?:(?:full|primary|special|clear|legal|moral|international)\s+)?(?:responsibility|obligation)\s+to\s+(?:ensure|protect|guarantee|respect|prevent|provide|allow|secure|safeguard|uphold|stop|end|comply|facilitate)\b|\bit\s+(?:is|was)\s+(?:\w+ly\s+)?(?:important|essential|vital|crucial|necessary|imperative)\s+(?:for\s+[^.;]{1,60}?\s+)?to\b|^\W*please\b|\b(?:should|must(?!\s+(?:\w+ly\s+)?have\s+(?:been|had|[a-z]+ed|known|seen|felt|thought|gone|done|heard|made|taken|left|lost|come|become|found|got|gotten|meant|fallen|given|run|hit|struck|led|sent|spent|built|caught|brought|told|said|begun|driven)\b)|needs? to|ought to|urges?|(?<!\p{L}['’]s\s+)(?<!\b(?:(?:tele)?phone|video|conference|distress|radio)\s+)(?<!\b(?:respond\w*\s+to|response\s+to|answer\w*|heed\w*)\s+(?:(?:the|a|an|this|that|these|those|their|its|his|her)\s+)?(?:[\w-]+\s+)?)(?:calls?|calling) (?:on|upon|for)|insists? on|propos(?:e|es|ed|ing) (?:to|that))\b|\b(?:has|have)\s+to\s+(?!be\s+said\b)|(?<!\b(?:given|considering|because\s+of|due\s+to|owing\s+to|in\s+view\s+of)\s+)\bthe\s+(?:\w+\s+)?(?:need|necessity|importance|urgency)\s+(?:for|of|to)\b|\bthere\s+is\s+(?:an?\s+)?(?:\w+\s+)?need\b|\bit\s+is\s+(?:high\s+|about\s+)?time\s+(?:(?:for\s+[^.;]{1,60}?\s+)?to\b|that\b)|\b(?:we|i)\s+(?:\w+ly\s+)?(?:encourage|invite)\b|^\W*let\s+us\b|\b(?:are|is)\s+(?:\w+ly\s+)?(?:encouraged|needed)\b(?<!\b(?:long\s+as|if|when|where|wherever|whenever|until|unless)\s+(?:\w+\s+)?(?:are|is)\s+(?:\w+ly\s+)?\w+)|\b(?:was|were)\s+(?:\w+ly\s+|still\s+)?needed\b(?<!\b(?:long\s+as|if|when|where|wherever|whenever|until|unless)\s+(?:\w+\s+)?(?:was|were)\s+(?:\w+ly\s+|still\s+)?needed)|(?<!\b(?:a|an|the|their|its|his|her|our|this|that|these|those|\p{L}+['’]s)\s+)\b(?:demands?|requests?)\b|\b(?:push|press)(?:es|ed|ing)?\s+(?:[\p{L}'’-]+\s+){1,3}?to\s|\bwant(?:s|ed)?(?<!(?:\bnot|n['’]t|\bnever)\s+want\w*)\s+(?!to\b)(?:[\p{L}'’-]+\s+){1,5}?to\s|\bthe\s+(?:\w+\s+)?priority\s+(?:now|today|at\s+present)\s+(?:is|was)\s+to\s+\p{Ll}/iu;

/**
 * Words or phrases one of which every alternative of CALL holds, read with its flags: "demand",
 * "require", "call", "expect", "responsib(ility)", "obligation", "important" … "imperative", "please",
 * "should", "must", "need", "ought", "urge" (and "urgency"), "insist", "propos", "has to", "necessity", "importance", "time", "encourage",
 * "invite", "let" opening the clause, "request", "push", "press", "want", "priority". Many clauses hold
 * none; test/assemble/stance-cues.test.ts holds the list to CALL.
 */
export const CALL_CUE =
  /demand|require|call|expect|responsib|obligation|important|essential|vital|crucial|necessary|imperative|please|should|must|need|ought|urge|insist|propos|ha(?:s|ve)\s+to\s|necessit|importance|time|encourage|invite|^\W*let\s|request|push|press|want|priority/iu;

/**
 * The speaker's expectation of a side, reported (in either tense, "he expected"): "(he added) that he expects “adequate support” from the
 * government", "that they expect more help from Freedonia" (not "expects little from the talks", nor
 * "expects a ruling from the court", a thing awaited).
 */
const EXPECTS_FROM_A_SIDE =
  /^\W*(?:that\s+)?(?:he|she|they|it)\s+(?:also\s+|still\s+)?expect(?:s|ed)?\s+(?!(?:little|nothing|much)\b)(?:[\p{L}’'-]+\s+){1,4}?from\s+(?:the\s+)?(?:\p{Lu}|(?:government|authorities|state|international\s+community|world|allies|partners)\b)/u;

/**
 * Advice given in the passive, in the present: "vessels are advised to transit with caution",
 * "residents are urged to stay indoors", "passengers are asked to arrive early" (not "the crew were
 * asked to leave", a request told as past; nor "is advised by lawyers").
 */
const PASSIVE_ADVICE = /\b(?:are|is)\s+(?:\w+ly\s+|also\s+)?(?:advised|urged|asked|requested|instructed)\s+to\s/i;

/**
 * The speaker asking, in the present: "We ask that you refrain from …", "I ask all parties to respect
 * the truce", "we appeal to the authorities to release them", "we beg you to help" (not "I asked him
 * where he was", a question told; nor "we ask ourselves why", "we ask whether", a question of one's own).
 */
const ASKS_TO_ACT =
  /\b(?:we|i)\s+(?:\w+ly\s+|also\s+|again\s+|now\s+)?(?:ask|appeal\s+to|beg|implore)\s+(?!(?:ourselves|myself|why|whether|what|how|if|who|where|when|which)\b)(?:that\b|(?:[\p{L}'’-]+\s+){1,4}?to\s+\p{Ll})/iu;

/**
 * A need judged now, then what must be done, in a clause of its own: "It’s essential that the rights of
 * the displaced be respected", "it is vital that aid reaches them", "It is important that all sides
 * show restraint" (not "it was important that they came", a judgement of the past; nor "it is important
 * that the talks have resumed", of what is done already).
 */
const NEEDED_THAT =
  /\bit(?:\s+is|['’]s)\s+(?:\w+ly\s+|also\s+|very\s+|so\s+)?(?:important|essential|vital|crucial|necessary|imperative|critical)\s+that\s+(?![^.;]{0,80}?\b(?:has|have|had|was|were|did)\b|[^.;]{0,80}?\p{L}['’]ve\b)/iu;

/** Whether `words` call on someone to act (CALL, PASSIVE_ADVICE, ASKS_TO_ACT, NEEDED_THAT), asked only where a cue is. */
function callsToAct(words: string): boolean {
  return (CALL_CUE.test(words) && CALL.test(words)) || (/ed\s+to\s/i.test(words) && PASSIVE_ADVICE.test(words)) || (/\b(?:ask|appeal|beg|implore)\s/i.test(words) && ASKS_TO_ACT.test(words)) || (words.includes(' that ') && NEEDED_THAT.test(words));
}

/**
 * The speaker's own promise: "we will continue to support", "I will not abandon", "remains committed" (reported,
 * "remained committed"),
 * "we are sending a team to …" (the speaker's own help under way),
 * "will never forget", "will always stand with", reported "would never abandon", "would stand by", "would
 * remain committed" (not a forecast: "costs will continue to rise", "the border will remain closed"; nor
 * "would support", "would help", which may be conditional or foretell: "the deal would help the economy"),
 * "is willing to help" (reported, "was willing to", "stood ready to"), "stands firmly with", "we have always supported" (not a third party's support),
 * "(he said) he reaffirms his commitment" (another side's reaffirmation is told), "will ensure", "will
 * spare no effort", "will do its utmost", "is determined to", "will honour its commitments", "unwavering
 * (or “unconditional”) support", "its intent to", "the will to strengthen cooperation" (a noun: the
 * modal is never followed by "to"), "had decided that it would", "has given its consent to" (a decision
 * to allow, as "agreed to" is); not another's
 * readiness ("an army that is willing to fight", "an army that is loyal … and is willing to", "the
 * soldiers' willingness to", "the soldiers' discipline, courage and willingness to", a noun in a list
 * the possessive governs).
 */
export const PLEDGE =
  /\b(?:we|i)\s+(?:are|am)\s+(?:now\s+|also\s+)?(?:sending|dispatching|deploying|providing|offering|giving|delivering|extending)\b|\b(?:we|i)(?:['’]ll|\s+(?:will|shall|are(?:,[^,]{1,20},)? going to|am going to))\b|\bgoing to continue\b|\b(?:will|shall) (?:\w+ly )?(?:support|provide|help|defend|take (?:all|every|the necessary|necessary))\b|\b(?:will|shall|would) (?:\w+ly )?(?:continue(?: to)?|always|forever|never) (?:\w+ly )?(?:support|provide|help|defend|assist|back|work|stand|honou?r|remember|forget|abandon|cooperate|strengthen|develop|deepen|expand\s+(?:cooperation|ties|relations)|fight|protect|ensure|be\s+(?:with|together|by|on\s+the\s+side))\w*\b|\b(?:will|shall|would) (?:\w+ly )?stand (?:\w+ly )?(?:with|by|behind|together|shoulder)\b|\b(?:will|shall|would) (?:\w+ly )?remain (?:\w+ly )?(?:committed|ready|loyal|faithful|true|steadfast|by|with|a\s+(?:reliable|steadfast|loyal|true)|on\s+the\s+side)\b|\bremain(?:s|ed)? (?:committed|ready)\b|(?<!\b(?:that|who|which)\s(?:[^.;]{0,80}?\s(?:and|or)\s)?)\b(?:is|are|was|were|remain(?:s|ed)?|stands?|stood) (?:\w+ly )?(?:ready|willing|prepared) to\b|\bstands? (?:\w+ly )?(?:with|by|behind)\b|\b(?:we|i|it|the country)\s+(?:\w+ly\s+)?(?:supports?|(?:has|have|had) (?:\w+ly |always )?supported)\b|\b(?:promised|pledged|vowed)\s+to\b|\bspare\s+no\s+effort\b|\bdo\s+(?:everything|all)\s+(?:possible|in\s+(?:its|our|their|his|her|my)\s+power)\b|\bdo\s+(?:its|our|their|his|her|my)\s+utmost\b|\b(?:is|are|am|was|were|remain(?:s|ed)?)\s+(?:\w+ly\s+)?determined\s+to\b|\b(?:fulfil|fulfill|honou?r|meet|keep)\s+(?:its|our|their|his|her|my)\s+(?:obligations|commitments|promises?)\b|\b(?:unwavering|unconditional|steadfast|unshakable|unshakeable)[”"’]?\s+support\b|^\W*(?:that\s+)?(?:he|she|it|we|i)\s+(?:\w+\s+)?(?:re-?affirm\w*|reiterat\w*)\s+(?:\w+\s+){0,2}?(?:commitment|support|solidarity)\b|\bwill\s+(?:ensure|guarantee|protect|safeguard|secure)\b|\b(?:has|have|had)\s+(?:\w+ly\s+)?decided\s+(?:to|that\s+(?:it|they|he|she|we)\s+(?:would|will))\b|\bagreed\s+to\s+(?!a\b|an\b|the\b)|\b(?:has|have|had)\s+(?:\w+ly\s+)?given\s+(?:its|their|our|his|her|my)\s+(?:consent|approval|green\s+light|go-ahead|blessing)\s+(?:to|for)\b|(?<![a-z]s['’]\s)(?<![a-z]s['’]\s(?:(?:[\w-]+\s+)?[\w-]+,\s+){0,3}(?:[\w-]+\s+)?[\w-]+,?\s+and\s+)\b(?:readiness|intention|intent|willingness|will)\s+to\b|\b(?:has|have)\s+(?:a\s+)?(?:[\w-]+\s+)?plans?\s+to\b|(?:^\W*|\bannounc\w*\s+)(?:the\s+)?(?:[\w-]+\s+)?(?:creation|formation|establishment)\s+of\b/i;

/**
 * Words or phrases one of which every alternative of PLEDGE holds, read with its flags: the verbs of
 * help under way ("sending" … "extending"), "'ll", "will", "shall", "would" before "continue", "always",
 * "forever", "never", "stand" or "remain", "going", "commit", "ready",
 * "prepared", "stand", "support", "promise", "pledged", "vowed", "spare", "do everything" (or "all"),
 * "utmost", "determined", "obligations", "solidarity", "decided", "agreed", the nouns of consent
 * ("consent", "approval", "green light", "go-ahead", "blessing"), "readiness", "intent",
 * "plan", "creation", "formation", "establishment". test/assemble/stance-cues.test.ts holds the
 * list to PLEDGE.
 */
export const PLEDGE_CUE =
  /sending|dispatching|deploying|providing|offering|giving|delivering|extending|['’]ll|will|shall|would\s+(?:\w+ly\s+)?(?:continue|always|forever|never|stand|remain)|going|commit|ready|prepared|stand|support|promise|pledged|vowed|spare|do\s+(?:everything|all)|utmost|determined|obligations|solidarity|decided|agreed|consent|approval|green\s+light|go-ahead|blessing|readiness|intent|plan|creation|formation|establishment/i;

/** Whether `words` hold the speaker's own promise (PLEDGE), asked only where its cue is. */
function holdsPledge(words: string): boolean {
  return PLEDGE_CUE.test(words) && PLEDGE.test(words);
}

/**
 * A bond that binds the speaker's side now: "our friendship compels us to forge a partnership" (not
 * "compelled us to flee", a happening told, nor "compels them to", a force on others).
 */
const COMPELS_US = /\bcompels\s+(?:us|me)\s+to\b/i;

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
export const UNDERTAKING_CUE = /work|draft|prepar|draw|negotiat|finali/iu;

/** Duties of speech, which promise nothing but the telling: "it is my duty to inform you that …". */
const SPEECH_DUTY = String.raw`(?:inform|report|tell|say|announce|warn|note|remind|confirm|state|declare)`;

/** A duty, one's own or an act's, after its determiner and up to two words: "a brotherly duty", "our sacred obligation" (not "a dereliction of duty"). */
const A_DUTY = String.raw`(?:a|an|its|our|their|his|her|my)\s+(?:(?!of\b)[\p{L}-]+\s+){0,2}?(?:duty|obligation)`;

/**
 * A duty taken on: "considers it a “brotherly duty” to provide assistance", "we see it as our duty to
 * help", "it is our duty to defend them" (not "the duty of every state to …", a call on others, nor
 * "it is my duty to inform you that …", a duty of speech).
 */
export const DUTY_TAKEN_ON = new RegExp(String.raw`(?:\b(?:consider(?:s|ed)?|see[s]?|saw|regard(?:s|ed)?|view(?:s|ed)?)\s+it\s+(?:as\s+)?${A_DUTY}|\bit\s+is\s+(?:our|my)\s+(?:(?!of\b)[\p{L}-]+\s+){0,2}?(?:duty|obligation))\s+to\s+(?!${SPEECH_DUTY}\b)`, 'iu');

/** "duty" or "obligation", one of which DUTY_TAKEN_ON cannot match without, read with its flags. */
export const DUTY_CUE = /duty|obligation/iu;

/** What a naming verb calls a duty: "calling it a “fraternal duty”" (not "a duty of all states", "an obligation for others"). */
const NAMED_A_DUTY = new RegExp(String.raw`^\W*(?:it|this|that)\s+(?:as\s+)?${A_DUTY}\b(?!\s+(?:of|for|on|upon)\b)`, 'iu');

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
export const COMMITMENT_CUE = /commit|pledge|support|solidarity|oblig/u;

/**
 * The speaker's promise in reported speech, where the speaker is "it", "he", "she", "they", their
 * own country or their own office: "(the ministry said) it would do everything in its power", "(Berg
 * said) the country will honour the crews", "(the ombudsman added) that his office will continue its
 * fact-finding". In a quotation those words name someone else.
 */
const REPORTED_PLEDGE =
  /^\W*(?:that\s+)?(?:it|he|she|they|(?:the|his|her|its|their)\s+(?:government|country|nation|office|ministry))\s+(?:(?:also|now)\s+)?(?:(?:would|will)\s+(?!be\b|have\b|not\b|never\b|likely\b|probably\b)|plans?\s+to\b|(?:is|are|was|were)\s+(?:planning|preparing|set|ready|prepared)\s+to\b|intends?\s+to\b|(?:has|have|had)\s+(?:agreed\s+to\s+(?!a\b|an\b|the\b)|decided\s+to\b))/i;

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
 * Whether a side, speaking, keeps something going (UNDERTAKING_KEPT); a finding tells another's. Talks
 * that continue on a set date ("will continue on Friday") are an agenda told, not a promise.
 */
function keepsUndertaking(clause: string, speaker: StanceSpeaker): boolean {
  if (speaker.forASide !== true || speaker.finding === true) return false;
  return UNDERTAKING_KEPT.some(([cue, pattern, unlessDated]) => clause.includes(cue) && pattern.test(clause) && !(unlessDated === true && A_SET_DATE.test(clause)));
}

/** A name of up to four capitalised words: "Fredonburg", "Marsh City". */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;

/** A relative clause set off by commas after a name: "Sylvania, which has helped Freedonia,". */
const APPOSITIVE = String.raw`(?:,\s+(?:which|who)\s[^,;]{1,80},)`;

/**
 * Words that open with a named subject ("(that) the North", "Fredonburg", "Marsh City and Fredonburg")
 * and then `predicate`.
 */
function namedSubjectThen(predicate: string): RegExp {
  return new RegExp(String.raw`^\W*(?:that\s+)?(?:the\s+)?${NAME}(?:\s+and\s+(?:the\s+)?${NAME})?${APPOSITIVE}?\s+${predicate}`, 'u');
}

/**
 * The side named first "will", "would", "plans to" or "has decided to" act, or "will have closer ties"
 * with another (not "will have sent", a past foretold): with the speaker's own side named, a promise
 * ("Berg said Freedonia plans to name streets after the crews", "Freedonia will have stronger
 * cooperation with Sylvania"), or "supports" something now ("Berg said Freedonia fully supports the talks";
 * not "supported", told as past).
 */
const OWN_SIDE_WILL = namedSubjectThen(
  String.raw`(?:(?:also|now)\s+)?(?:(?:will|would|shall)\s+(?!be\b|have\b(?!\s+(?:stronger|closer|deeper|broader|more|greater)\s+(?:cooperation|ties|relations|partnership|contacts)\b)|not\b|never\b|likely\b|probably\b)|plans?\s+to\b|(?:is|are)\s+planning\s+to\b|intends?\s+to\b|(?:(?:has|have)\s+)?(?:agreed\s+to\s+(?!a\b|an\b|the\b)|decided\s+to\b)|(?:\w+ly\s+)?(?:supports|backs)\b)`,
);

/**
 * A named party told it will answer for an act: "(said) Sylvania and its allies would face serious
 * consequences for this act of aggression", "Fredonburg will face consequences for its actions" (not
 * "(that) they would face dire consequences upon return", a danger foretold, nor "Farmers will face
 * consequences for years", no act answered for).
 */
const CONSEQUENCES_FOR_AN_ACT = namedSubjectThen(
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

/** Whether the clause foretells the speaker's own side's bond growing (OWN_BOND_FORETOLD), read only where a modal is. */
function foretellsOwnBond(clause: string): boolean {
  return /will|would|shall/i.test(clause) && OWN_BOND_FORETOLD.test(clause) && OWN_SIDE_IN_BOND.test(clause);
}

/**
 * An offer or terms accepted, in the present: "The authorities accept the proposal … to cease fire",
 * "we accept the terms of the truce" (not "accepted", told as past, nor "do not accept").
 */
const ACCEPTS_OFFER = /^\W*(?:that\s+)?(?:[\p{L}’'-]+\s+){1,8}?(?<!\b(?:not|never)\s+)(?:accepts?|agrees?\s+to)\s+(?:the|this|these|their|its|our|your|an?)\s+(?:[\p{L}-]+\s+){0,2}?(?:proposal|offer|terms|conditions|plan|invitation|ceasefire|truce)s?\b/iu;

/** Whether the clause accepts an offer or terms now (ACCEPTS_OFFER), read only where "accept" or "agree" is. */
function acceptsOffer(clause: string): boolean {
  return /accept|agree/i.test(clause) && ACCEPTS_OFFER.test(clause);
}

/**
 * A vow a named party has made, told in the perfect: "some units of the rebel forces have pledged to
 * continue fighting", "Sylvania has vowed to retaliate" (not "it has pledged to", "the government has
 * promised to", the speaker's own side in reported words).
 */
const VOW_TOLD =
  /^\W*(?:that\s+)?(?!(?:it|he|she|they|we|i|the\s+(?:government|country|ministry|office))\s)(?:[\p{L}’'.-]+\s+){1,10}?(?:has|have|had)\s+(?:\w+ly\s+|also\s+)?(?:pledged|vowed|promised)\s+to\b/iu;

/**
 * Whether a side's reported words tell a vow another party made (VOW_TOLD), its own side not named first
 * (a private person who relays a government's promise relays it: it stays a promise).
 */
function anotherPartysVowTold(clause: string, speaker: StanceSpeaker): boolean {
  return speaker.reported && speaker.forASide === true && speaker.ownSideFirst !== true && /pledged|vowed|promised/i.test(clause) && VOW_TOLD.test(clause);
}

/** Verbs that name what they report: "called it a provocation", "labelled the claims fake", "described it as …". */
const NAMING_VERB = /^(?:call|label|brand|term|dub|describ)\w*$/i;
/** "called on", "called for": a call after all. */
const CALLS_ON = /^\s*call\w*\s+(?:on|upon|for)\b/i;
/** Words that name a claim false. */
const FALSEHOOD = /\b(?:lies?|lying|fake|false|fabricat\w*|baseless|groundless|nonsense|propaganda|disinformation|misinformation|untrue)\b/i;

/**
 * A claim or a plan named a fiction: "labelled such statements as “fantasies”", "called the reports a
 * hoax", "described the plan as a pipe dream" (not "called the park a fantasy land", "described the book
 * as science fiction": no claim is named).
 */
const CLAIM_NAMED_FICTION =
  /^\W*(?:(?:the|these|those|such|this|that|its|their|his|her|all|any|[\p{L}-]+['’]s)\s+)*(?:[\p{L}-]+\s+){0,2}?(?:statements?|claims?|reports?|allegations?|accusations?|rumou?rs?|plans?|proposals?|ideas?|initiatives?|talk|assertions?|suggestions?|stories|story|accounts?|it)\b[^.;]{0,40}?\b(?:fantas(?:y|ies)|fiction|myths?|hoax(?:es)?|pipe\s+dreams?)\b/iu;

/** A statement that opens by condemning: "We strongly denounce the actions of …". */
const CONDEMNS_FIRST = /^\W*(?:we|i)\s+(?:\w+ly\s+)?(?:condemn|denounce|deplore|decry)\b/i;

/**
 * Words that condemn what they describe: "illegal", "aggression", "ethnic cleansing", "a breach of", "is
 * to blame", "is not acceptable", "discrediting the institution", "has invariably opposed" (not "forces opposed to", a name),
 * "have put innocent lives at risk", "endangering the lives of" (danger laid at someone's door).
 */
const CONDEMNATION =
  /\b(?:illegal|unlawful|violation|violates|violating|war crimes?|crimes?|criminal|barbaric|atrocit(?:y|ies)|condemn\w*|denounc\w*|aggression|provocation|abhorrent|unacceptable|deplorable|outrageous|reprehensible|heinous|despicable|shameful|reckless|irresponsible|piracy|flagrant|blatant|unjustified|unjustifiable|appalling|egregious|indiscriminate|cowardly|wanton|senseless|insult(?:s|ing)?|humiliat\w*|cynic(?:al|ism)|unprovoked|inadmissib\w*|hegemon\w*|ethnic cleansing|genocid\w*|breach(?:es)?|massacres?|farce|interference|(?:is|are) to blame|cannot be (?:accepted|tolerated|justified)|(?:is|are|was|were|be)(?:\s+not|n['’]t)\s+(?:\w+ly\s+)?(?:acceptable|tolerable|permissible|justified|justifiable)|put(?:s|ting)?\s+(?:[\w-]+\s+){0,2}?lives\s+at\s+risk|endanger(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,2}?lives|bears? (?:the\s+)?(?:full\s+)?responsibility(?!\s+to\s+[a-z])|discredit(?:s|ed|ing)?)\b|\b(?:am|is|are|we['’]re|I['’]m)\s+(?:\w+ly\s+)?against\b|\b(?:we|i|it|they)\s+(?:\w+ly\s+)?(?:oppose[sd]?|(?:do|does)\s+not\s+support)\b|\b(?:has|have|had)\s+(?:\w+ly\s+|always\s+)?opposed\b/i;

/**
 * Judgements of something found wanting, which condemn when a verb names what it reports ("described
 * the situation as “unsustainable”", "describing the aid as “insufficient”"); elsewhere they may only
 * warn ("may translate into inadequate funding").
 */
const CENSURE = /\b(?:insufficient|inadequate|unsustainable|intolerable|disproportionate|unfair|unjust)\b/i;

/**
 * Offences counted: "the 23rd illegal attack", "25 illegal and unacceptable attacks", "numerous acts of
 * violation", "12 violations of the ceasefire".
 */
export const COUNTED_OFFENCE =
  /\b(?:\d[\d,]*(?:st|nd|rd|th)?|numerous|several|multiple|dozens\s+of|hundreds\s+of|two|three|four|five|six|seven|eight|nine|ten|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:[\p{L}-]+\s+){0,2}?(?:illegal\s+(?:and\s+[\p{L}-]+\s+)?[\p{L}-]+|violations?|acts\s+of\s+violation|breach(?:es)?|provocations?)\b/giu;

/** A side's armed units named by the usual label: "illegal armed groups", "illegal military units", "illegal formations". */
export const ILLEGAL_GROUP = /\billegal\s+(?:(?:armed|military|paramilitary)\s+)?(?:groups?|formations?|units?|detachments?)\b/gi;

/**
 * Aggression supposed, not charged: "(a pact on assistance) if either faced armed aggression", "in the
 * event of aggression against …", "should one side suffer an armed aggression" (not "the aggression",
 * "this aggression", "Sylvania's aggression", which name one).
 */
export const AGGRESSION_SUPPOSED =
  /\b(?:(?:if|should|were)\s+(?:[\p{L}-]+\s+){1,4}?(?:faces?|faced|facing|suffers?|suffered|(?:is|are|was|were|be)\s+subjected\s+to)|in\s+(?:the\s+)?(?:event|case)\s+of)\s+(?:an?\s+)?(?:(?:armed|military|external|foreign)\s+)?aggression\b/giu;

/**
 * Words one of which every match of COUNTED_OFFENCE, ILLEGAL_GROUP and AGGRESSION_SUPPOSED holds, read
 * with their flags: "illegal", "violation", "breach", "provocation", "aggression".
 * test/assemble/stance-cues.test.ts holds the list to the three.
 */
export const OFFENCE_CUE = /illegal|violation|breach|provocation|aggression/iu;

/** The words with the offences counted, the armed units labelled and the aggression supposed blanked (see CONDEMNATION). */
function withoutOffencesNamedOnly(words: string): string {
  // Most words hold none: the three patterns are not read then.
  if (!OFFENCE_CUE.test(words)) return words;
  return words.replace(COUNTED_OFFENCE, ' ').replace(ILLEGAL_GROUP, ' ').replace(AGGRESSION_SUPPOSED, ' ');
}

/** A legal process told: "criminal investigations had been initiated", "on suspicion of", "charged with". */
const LEGAL_PROCESS = /\b(?:investigations?\s+(?:\w+\s+){0,2}?(?:initiated|opened|launched|started)|criminal\s+(?:cases?|proceedings|investigations?)|on\s+suspicion\s+of|(?:charged|indicted|prosecuted)\s+(?:with|for))\b/i;

/**
 * A toll told first, the attack it came of named after it: "at least one person has been killed and
 * eight others injured in the “US-UK aggression”", "five civilians were killed in the illegal strike"
 * (not "the illegal strike killed five civilians", the blame named first, nor "three were killed, and
 * we condemn this crime", a verb of blame of its own).
 */
const TOLL_TOLD_FIRST =
  /^\W*(?:that\s+)?(?:(?:at\s+least|at\s+most|about|around|some|more\s+than|over|nearly|almost|up\s+to)\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|many)\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:have|has|had)\s+been|were|was)\s+(?:\w+ly\s+)?(?:killed|wounded|injured)\b/iu;

/** Whether the clause tells a toll before anything else (TOLL_TOLD_FIRST), with no verb of blame. */
function tollToldFirst(clause: string): boolean {
  return /killed|wounded|injured/i.test(clause) && TOLL_TOLD_FIRST.test(clause) && !BLAMING_VERB.test(clause);
}

/**
 * A side held to answer for what may yet befall others: "we hold Sylvania responsible for the fate of
 * the Freedonians", "holds the authorities fully responsible for the safety of the detainees" (not "we hold
 * Sylvania responsible for the attack", blame for a deed done, nor "who was responsible for the safety
 * of the convoy", a duty described).
 */
const HELD_TO_ANSWER_FOR_OTHERS =
  /\b(?:hold|holds|held)\s+(?:[\p{L}’'-]+\s+){1,4}?(?:\w+ly\s+)?(?:responsible|accountable)\s+for\s+(?:the\s+)?(?:fate|safety|security|lives|life|well-?being|health|survival)\s+of\b/iu;

/** Whether the clause holds a side to answer for what may befall others (HELD_TO_ANSWER_FOR_OTHERS), read only where "hold" or "held" is. */
function heldToAnswerForOthers(clause: string): boolean {
  return /\bh(?:o|e)ld/i.test(clause) && HELD_TO_ANSWER_FOR_OTHERS.test(clause);
}

/** A verb of blame, which condemns wherever it stands: "condemn", "violates", "endangers", "is to blame". */
const BLAMING_VERB = /\b(?:condemn\w*|denounc\w*|violat(?:e|es|ed|ing)|endanger\w*|discredit\w*|oppose[sd]?|(?:is|are) to blame|cannot be (?:accepted|tolerated|justified))\b|\blives\s+at\s+risk\b/i;

/**
 * An election or its count called rigged, stolen or falsified: an accusation, which condemns ("the
 * election had been stolen", "a rigged vote", "the results were falsified"; not "the vote was not
 * rigged", a denial, nor "the bomb was rigged to explode" or "the car was stolen", what happened to a
 * thing).
 */
const VOTE_CALLED_FRAUD =
  /\b(?:rigged|stolen|fraudulent|falsified|sham)\s+(?:elections?|votes?|ballots?|polls?|referend(?:um|ums|a))\b|\b(?:elections?|votes?|ballots?|polls?|referend(?:um|ums|a)|(?:election|vote|poll)\s+results?)\s+(?:[\p{L}-]+\s+){0,3}?(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:rigged|stolen|fraudulent|falsified|a\s+sham)\b/iu;

/** Whether the words call a vote rigged (VOTE_CALLED_FRAUD), read only where a word of voting is. */
function voteCalledFraud(words: string): boolean {
  return /lection|vote|ballot|poll|referend/i.test(words) && VOTE_CALLED_FRAUD.test(words);
}

/**
 * An offence feared or named as a danger, not charged: "fear ethnic cleansing", "the danger of genocide",
 * "the risk of further aggression", "the threat of renewed massacres" (not "an act of ethnic cleansing").
 */
const OFFENCE_FEARED = new RegExp(String.raw`\b(?:dangers?|risks?|threats?|threatened\s+(?:with|by)|fear(?:s|ed)?|afraid|spectre|prospects?)\s+(?:of\s+)?(?:(?:an?|the|further|new|possible|renewed|another|more)\s+)*(?:ethnic\s+cleansing|genocide|massacres?|atrocit(?:y|ies)|war\s+crimes?|aggression|persecution|reprisals?)\b`, 'giu');

/** Words one of which every match of OFFENCE_FEARED holds. */
const FEARED_CUE = /danger|risk|threat|fear|afraid|spectre|prospect/i;

/**
 * An aim laid at someone's door that is itself a wrong, each its own entry: a purpose of terror or
 * intimidation ("this was done for the purpose of terror", "in order to intimidate the population",
 * "designed to provoke a war"; not "for the purpose of ending terror", "in order to stop provocations",
 * whose aim is to end the wrong), and an act aimed at another's sovereignty ("steps aimed against
 * Freedonia’s sovereignty", "an entity created and supported by it against the sovereignty of …";
 * not "defend against any threat to our sovereignty", nor "voted against the sovereignty bill").
 */
const WRONGFUL_AIM: [string, RegExp][] = [
  ['purpose of a wrong', /\b(?:for\s+the\s+(?:sole\s+)?(?:purpose|aim|goal)\s+of|with\s+the\s+(?:aim|goal|intention|intent)\s+of|in\s+order\s+to|(?:aimed|designed|intended|meant)\s+(?:at|to))\s+(?:(?:the|a|an|further|more)\s+)?(?:terror(?:i[sz]e|i[sz]ing)?|terrori[sz]ation|intimidat(?:e|ion|ing)|provok(?:e|ing)|provocations?|sabotag(?:e|ing)|destabili[sz](?:e|ing|ation)|sow(?:ing)?\s+(?:fear|panic|terror|chaos|discord)|spread(?:ing)?\s+(?:fear|panic|terror)|ethnic\s+cleansing|genocide)\b/i],
  ['against sovereignty', /\bagainst\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+|(?:our|their|its|his|her)\s+)?(?:sovereignty|territorial\s+integrity)\b(?!\s+(?:bill|law|motion|resolution|act)\b)/u],
];

/** Whether the words lay a wrongful aim at someone's door (WRONGFUL_AIM), read only where a word of them is. */
function laysWrongfulAim(words: string): boolean {
  return /purpose|aim|goal|intent|order\s+to|designed|meant|against/i.test(words) && WRONGFUL_AIM.some(([, pattern]) => pattern.test(words));
}

/**
 * A danger laid at the door of someone's acts: "the great risk to international shipping caused by these
 * rebel actions", "the threat posed by Sylvania's attacks" (not "the threat posed by the storm", nor "the
 * risk posed by unexploded mines", no one's acts).
 */
const DANGER_FROM_ACTS =
  /\b(?:risks?|dangers?|threats?)\s+(?:to\s+[^.;,]{1,60}?\s+)?(?:caused|posed|created)\s+by\s+(?:(?:the|these|those|its|their|such|this|his|her)\s+)?(?:[\p{L}’'-]+\s+){0,2}?(?:actions?|attacks?|activities|aggression|behaviou?r|strikes|provocations?)\b/iu;

/** Whether the words lay a danger at the door of someone's acts (DANGER_FROM_ACTS), read only where "by" is. */
function dangerFromActs(words: string): boolean {
  return words.includes(' by ') && DANGER_FROM_ACTS.test(words);
}

/** Words that blame, with a count of an offence, a side's units by their usual label, a supposed aggression and a feared offence left out. */
function condemnable(words: string): boolean {
  const charged = FEARED_CUE.test(words) ? words.replace(OFFENCE_FEARED, ' ') : words;
  return CONDEMNATION.test(withoutOffencesNamedOnly(charged)) || endangersPeople(words) || voteCalledFraud(words) || laysWrongfulAim(words) || dangerFromActs(words);
}

/**
 * People put in danger by what the words name: "continue to endanger international mariners", "the
 * attacks endanger civilians", "have endangered US personnel" (not "endangered several fishing boats", nor "will not endanger our crews").
 */
const ENDANGERS_PEOPLE = /(?<!\b(?:not|never)\s+(?:\w+\s+)?)\bendanger(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,2}?(?:mariners|seafarers|sailors|crews?|civilians|people|residents|workers|passengers|families|children|personnel|staff|troops|soldiers|citizens|patients|refugees)\b/i;

/** Whether the words put people in danger (ENDANGERS_PEOPLE), read only where "endanger" is. */
function endangersPeople(words: string): boolean {
  return words.includes('ndanger') && ENDANGERS_PEOPLE.test(words);
}

/**
 * The effect an act is meant to have, foretold: "will degrade their capabilities", "would further
 * disrupt", "will deter further attacks".
 */
const EFFECT_FORETOLD = /\b(?:will|would)\s+(?:\w+ly\s+|further\s+|also\s+)?(?:degrade|disrupt|weaken|reduce|limit|curb|deter|prevent|hamper|curtail|diminish|undermine|erode)\b/i;

/** Whether the clause explains what something is for or why it was done, with no verb of blame of its own. */
function explainsPurpose(clause: string): boolean {
  return ((EXPLANATION_CUE.test(clause) && EXPLANATION.test(clause)) || EFFECT_FORETOLD.test(clause)) && !BLAMING_VERB.test(clause) && !laysWrongfulAim(clause);
}

/**
 * Money a side gives, with what it will be spent on: "The money will be used to buy food", "(he said) the
 * funds would be spent on shelters", "this aid package will be directed to the displaced" (not "the money
 * would be used by the junta to buy arms", another's use charged; said by an analyst or a private person,
 * a forecast).
 */
const MONEY_PUT_TO_USE =
  /^\W*(?:that\s+)?(?:the|this|these|that|our|its|their|such)\s+(?:[\p{L}-]+\s+){0,2}?(?:money|funds|funding|aid|assistance|grants?|loans?|package|donations?|contributions?)\s+(?:will|would|shall)\s+(?:also\s+)?be\s+(?:used|spent|allocated|directed|channell?ed)\s+(?:to|for|on)\b/iu;

/** Whether a side tells what money it gives will be spent on (MONEY_PUT_TO_USE), read only where " be " is. */
function putsMoneyToUse(clause: string, speaker: StanceSpeaker): boolean {
  return speaker.forASide === true && speaker.assesses !== true && speaker.finding !== true && clause.includes(' be ') && MONEY_PUT_TO_USE.test(clause);
}

/**
 * A side's force offered to end once the other side yields, a promise on a condition: "anti-terrorist
 * activities would end if weapons were laid down", "Marsh City will end its operation if the fighters lay
 * down their weapons", "the offensive will stop as soon as the rebels surrender" (not "attacks will stop
 * when the war in the valley ends", a forecast on no one's yielding, nor "the fighting will stop if the talks
 * succeed").
 */
const FORCE_TO_END_ON_YIELDING: [string, RegExp][] = [
  ['force named, then its end', /\b(?:operations?|activities|offensive|strikes|attacks|hostilities|campaign|fighting)\b[^.;]{0,60}?\s(?:will|would|shall)\s+(?:only\s+)?(?:stop|end|cease|halt|be\s+(?:halted|stopped|suspended|ended))\s+(?:immediately\s+)?(?:if|once|as\s+soon\s+as|when|provided)\b[^.;]{0,80}?\b(?:lays?\s+down|laid\s+down|surrender\w*|disarm\w*|hands?\s+over|handed\s+over)\b/i],
  ['its end, then the force', /\b(?:will|would|shall)\s+(?:stop|end|cease|halt|suspend)\s+(?:its|their|our|the)\s+(?:[\w-]+\s+){0,2}?(?:operations?|activities|offensive|strikes|attacks|hostilities|campaign)\b[^.;]{0,60}?\b(?:if|once|as\s+soon\s+as|when|provided)\b[^.;]{0,80}?\b(?:lays?\s+down|laid\s+down|surrender\w*|disarm\w*|hands?\s+over|handed\s+over)\b/i],
];

/** Whether the clause offers to end a side's force once the other yields (FORCE_TO_END_ON_YIELDING), read only where a word of yielding is. */
function offersEndOnYielding(clause: string): boolean {
  return /\b(?:lay|laid|surrender|disarm|hand)/i.test(clause) && FORCE_TO_END_ON_YIELDING.some(([, pattern]) => pattern.test(clause));
}

/**
 * A pledge of force against others is a threat: "vowed to target any ship", "pledged to strike back", "to
 * expand attacks", "to respond with more attacks", "will carry out drone and missile attacks", "would continue their recent aggression
 * against ships" (not "will conduct investigations into attacks", nor "will continue monitoring
 * attacks against …", an act of watching, nor "relief operations against all odds").
 */
const FORCE =
  /\b(?:to|will|would)\s+(?:continue\s+(?:to\s+)?|keep\s+(?:up\s+)?)?(?:target|attack|strike|hit|destroy|retaliate|sink|shoot|respond\s+with\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|force|missiles|drones|fire)|(?:launch|carry\s+out|conduct|mount|stage)(?:ing)?\s+(?:(?!(?:of|into|on|about|after|against|for|by)\b)[\w-]+\s+){0,3}?(?:strikes|attacks|raids|assaults)|(?:expand|escalate|intensify|step\s+up|widen)(?:ing)?\s+(?:\w+\s+)?(?:attacks|operations|strikes)|(?:(?:its|our|their|the)\s+)?(?:(?!\w+ing\b|(?:humanitarian|relief|rescue|aid|evacuation|peacekeeping)\b)[\w-]+\s+)?(?:operations|attacks|strikes|aggression|raids|assaults)\b[^.;]{0,60}?\bagainst)\b|\b(?:retaliation|revenge|reprisals?|targets?)\b/i;

/**
 * Force forsworn, with the rest of its phrase: "(pledged) not to attack civilian targets", "we will
 * never target civilians", "would not retaliate", up to a "but" or an "and" (not "will not hesitate to
 * strike", "not to stop its attacks": force held out or kept up).
 */
const RESTRAINT = /\b(?:not|never)\s+(?:to\s+)?(?:target|attack|strike|hit|shoot|fire\s+(?:on|at)|bomb|shell|retaliate|use\s+force)\b(?:(?!\b(?:but|and|or|while)\b)[^,;.])*/gi;

/**
 * Force named as what is promised, with no verb of its own: "(pledged) continued attacks on the ships",
 * "(vowed) further strikes", "(vowing) to “confront escalation with escalation”" (not "(pledged) further
 * humanitarian operations", nor "continued support").
 */
const FORCE_NAMED =
  /^\W*(?:that\s+)?(?:continued|further|more|new|fresh|renewed|additional|intensified)\s+(?!(?:humanitarian|relief|rescue|aid|evacuation|peacekeeping)\b)(?:[\w-]+\s+){0,2}?(?:attacks|strikes|raids|assaults)\b|\bescalation\s+with\s+(?:(?:more|further|greater)\s+)?escalation\b/i;

/**
 * Undertakings in the words of a threat, each its own entry: justice promised to those responsible
 * ("all those responsible will receive due punishment", "the perpetrators will be brought to justice";
 * not "the aggression will not go unpunished", force against another side), and force confined to
 * military targets ("only legitimate military installations will be targeted", "only military targets
 * would be struck"; not "any ship will be targeted", nor "not only ports but also ships will be hit").
 */
const JUSTICE_OR_RESTRAINT: [string, RegExp][] = [
  ['justice promised', /\b(?:(?:all\s+)?those|anyone|whoever\s+(?:is|was))\s+(?:\w+\s+)?(?:responsible|guilty|behind\s+(?:the|this|these|it))\b[^.;]{0,60}?\b(?:will|would|shall)\s+(?:\w+ly\s+)?(?:be\s+(?:\w+ly\s+)?(?:punished|brought\s+to\s+justice|held\s+(?:accountable|responsible)|prosecuted)|(?:receive|face|get)\s+(?:(?:due|severe|appropriate|just|fair|the\s+\w+)\s+)?(?:punishment|justice))\b|\bthe\s+(?:perpetrators|culprits|guilty|killers)\b[^.;]{0,60}?\b(?:will|would|shall)\s+(?:\w+ly\s+)?(?:be\s+(?:\w+ly\s+)?(?:punished|brought\s+to\s+justice|held\s+(?:accountable|responsible)|prosecuted)|(?:receive|face|get)\s+(?:(?:due|severe|appropriate|just|fair)\s+)?(?:punishment|justice))\b/i],
  ['force confined', /(?<!\bnot\s+)\bonly\s+(?:[\w-]+\s+){0,3}?(?:military|legitimate)\s+(?:[\w-]+\s+){0,4}?(?:will|would|shall)\s+be\s+(?:\w+ly\s+)?(?:targeted|struck|hit|attacked)\b/i],
];

/** Whether the clause promises justice or confines force (JUSTICE_OR_RESTRAINT), read only where a word of them is. */
function promisesJusticeOrRestraint(clause: string): boolean {
  return /responsible|guilty|behind|perpetrator|culprit|killer|only/i.test(clause) && JUSTICE_OR_RESTRAINT.some(([, pattern]) => pattern.test(clause));
}

/** Whether a promise promises force (FORCE, FORCE_NAMED), leaving aside force it forswears (RESTRAINT). */
function promisesForce(clause: string): boolean {
  if (FORCE_NAMED.test(clause)) return true;
  return FORCE.test(clause) && FORCE.test(clause.replace(RESTRAINT, ' '));
}

/** Blame laid: "bear responsibility for prolonging the conflict", "is to blame" (not "… for the consequences", a threat). */
const BLAME = /\b(?:bears?|bore)\s+(?:the\s+)?(?:full\s+)?responsibility\s+for\b(?!\s+(?:the\s+|all\s+)?consequences)|\b(?:is|are)\s+to\s+blame\b/i;

/** A warning of what the speaker will do unless obeyed: "warned them of consequences unless they halt …". */
const CONDITIONAL_CONSEQUENCES = /\bconsequences\b[^.;]{0,40}?\b(?:unless|if)\b/i;

/** Words of praise, honour and friendship. */
const PRAISE = /\b(?:heroi(?:c|sm)|heroes|bravery|brave|valou?r|glory|glorious|honou?r|honou?red|courage|courageous|sacred|noble|self-sacrific\w*|friendship|camaraderie|gratitude|grateful)\b/i;

/** Ill will disowned: "harbors no hostility towards …", "we bear no ill will", "has no animosity". */
const NO_ILL_WILL = /\b(?:harbou?rs?|has|have|had|bears?)\s+no\s+(?:\w+\s+)?(?:hostility|animosity|ill\s+will|enmity|hatred|grudge)\b/i;

/**
 * A motive given for what a side does, in the present or reported in the past ("they were acting in
 * solidarity with …"): "they are acting in solidarity with …", "is in
 * support of …", "their attacks are a show of support for …", "they are standing up for the valley's people"
 * (not "we stand in solidarity"; a happening
 * told with its motive, "deployed troops … in support of …", stays told).
 */
const MOTIVE = /\b(?:is|are|am|was|were)\s+(?:[\p{L}-]+\s+){0,3}?(?:in (?:solidarity with|support of)|a show of (?:support|solidarity)|standing up for)\b/iu;

/**
 * A motive given for acting at all, the verb "act" naming no happening of its own: "our friends acted
 * out of a sense of solidarity", "they are acting out of fear", "we did so out of a sense of duty" (not
 * "the troops moved out of the city", "they ran out of fuel", nor a happening told with its motive,
 * "sent troops out of a sense of duty", which stays told).
 */
const ACTED_FROM_MOTIVE = /\b(?:act(?:s|ed|ing)?|did\s+(?:so|it|this|that))\s+(?:\w+ly\s+|only\s+)?(?:out\s+of|from)\s+(?:(?:a|an|their|our|his|her|its|my|the)\s+)?(?:[\p{L}-]+\s+)?(?:sense|spirit|feeling)\s+of\b|\bact(?:s|ed|ing)?\s+(?:\w+ly\s+|only\s+)?out\s+of\s+(?:pure\s+|sheer\s+)?(?:fear|solidarity|duty|loyalty|love|friendship|desperation|necessity|conviction|compassion|gratitude|revenge|anger|self-interest)\b/iu;

/** Whether the clause gives the motive for acting (ACTED_FROM_MOTIVE), read only where "out of" or "from" is. */
function actedFromMotive(clause: string): boolean {
  return (clause.includes('out of') || clause.includes('from')) && ACTED_FROM_MOTIVE.test(clause);
}

/**
 * "reports of a withdrawal are inaccurate", "the claims were baseless", also after a frame ("told the
 * paper in an interview that reports of … are inaccurate"), and "the tanker was not flagged there as
 * claimed by …", "contrary to reports", "(the statement) distorts the facts", "misrepresented the reality on the
 * ground": the clause calls what it names false (not "the lens distorts the image", "twisted the rails").
 */
export const CLAIM_CALLED_FALSE =
  /(?:^\W*|\b(?:that|and)\s+)(?:the\s+|these\s+|such\s+)?(?:[\p{L}’'./-]+\s+){0,2}(?:reports?|claims?|allegations?|accusations?|rumou?rs?|assertions?)\b[^.;]{0,120}?\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:nothing\s+but\s+(?:an?\s+)?(?:[\p{L}-]+\s+)?)?(?:inaccurate|false|untrue|wrong|incorrect|baseless|groundless|unfounded|fabricated|fake|misleading|lies|nonsense|propaganda|disinformation)\b|\bnot\b[^.;]{0,60}?\bas\s+(?:\w+\s+)?(?:claimed|alleged|reported)\b|\bcontrary\s+to\s+(?:the\s+|what\s+)?(?:[\p{L}’'-]+\s+){0,2}?(?:claims?|claimed|reports?|reported|allegations?|alleged)\b|\b(?:distort|misrepresent|twist)(?:s|ed|ing)?\s+(?:the\s+|these\s+|those\s+)?(?:[\p{L}-]+\s+)?(?:facts|realit(?:y|ies)|truth|record|situation\s+on\s+the\s+ground)\b/iu;

/**
 * Words one of which every alternative of CLAIM_CALLED_FALSE holds, read with its flags: the claim
 * itself ("report", "claim", "alleg(ation)", "accusation", "rumo(u)r", "assertion"), which "claimed",
 * "alleged" and "reported" after "not … as" hold too, "contrary", and the verbs that call words false,
 "distort", "misrepresent", "twist". (Few words: each one more is
 * tried at every letter.) test/assemble/stance-cues.test.ts holds the list to CLAIM_CALLED_FALSE.
 */
export const FALSE_CLAIM_CUE = /report|claim|alleg|accusation|rumo|assertion|contrary|distort|misrepresent|twist/iu;

/**
 * "It is not about …", "This is not true", "No strike occurred today", "there has been no disruption
 * in …", "the threat of encirclement is absent", "there is no threat to …": the clause denies what it
 * names ("it was not possible to consult them", "it is not necessary to …" deny nothing: they judge;
 * "this is not acceptable" condemns, see CONDEMNATION).
 */
export const NEGATED_ASSERTION = /^\W*(?:that\s+)?(?:it|this|that|these|those|such (?:reports|claims))\s+(?:is|was|are|were)(?:\s+not|n['’]t)\b(?!\s+(?:\w+ly\s+)?(?:possible|impossible|easy|feasible|practical|necessary|appropriate|enough|safe|wise)\s+(?:to|for)\b)(?!\s+(?:\w+ly\s+)?(?:acceptable|tolerable|permissible|justified|justifiable)\b)|\b(?:is|are|was|were)(?: not|n['’]t) true\b|^\W*(?:that\s+)?no\s+(?:[\p{L}-]+\s+){1,5}?(?:occurred|took place|happened)\b|^\W*(?:that\s+)?there\s+(?:has|have)\s+been\s+no\b|\b(?:threats?|dangers?|risks?)\b[^.;]{0,60}?\b(?:is|are)\s+(?:\w+ly\s+)?(?:absent|non-?existent)\b|\bthere\s+(?:is|are)\s+no\s+(?:\w+\s+)?(?:threats?|dangers?|risks?)\b/iu;

/**
 * Words one of which every alternative of NEGATED_ASSERTION holds, read with its flags: "no" (of "no",
 * "not", "non-"), "n't", "absent", "existent". test/assemble/stance-cues.test.ts holds the list to NEGATED_ASSERTION.
 */
export const NEGATION_CUE = /no|n['’]t|absent|existent/iu;

/**
 * A link denied: "the strikes were “completely unrelated” to the conflict", "the fire had nothing to do
 * with the attack", "the delays are not linked to the strikes" (not "two unrelated fires broke out", an
 * adjective; nor "is related to", which explains).
 */
export const LINK_DENIED =
  /\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?(?:unrelated|unconnected)\s+(?:to|with)\b|\b(?:has|have|had)\s+(?:absolutely\s+)?nothing\s+to\s+do\s+with\b|\b(?:is|are|was|were)(?:\s+not|n['’]t)\s+(?:\w+ly\s+)?(?:related|linked|connected)\s+(?:to|with)\b/i;

/**
 * Words one of which every alternative of LINK_DENIED holds, read with its flags: "related", "connected",
 * "linked", "nothing". test/assemble/stance-cues.test.ts holds the list to LINK_DENIED.
 */
export const LINK_CUE = /related|connected|linked|nothing/i;

/**
 * Statements that predict, explain or wish rather than affirm: "is expected to grow", "is likely to
 * send", "I think they are", "he believes that …" (reported, "she believed", "they thought"; "we hoped"; not a
 * count believed, "they thought at least 1,000 had been killed", an estimate claimed), "there is a high probability", "this is because …",
 * "their operations aim to …", "Fredonburg seeks to …" (a motive), "We wish a speedy recovery", "I look forward to …",
 * "he wants to go home" (a wish of one's own; "wants them to leave" is a call), "is expected in July",
 * "it is likely that …", "assessed that probability as very high", "increased chances of a settlement",
 * "My understanding is that …", "In our view, …" (what the speaker takes to be so), "it is believed that …", "it has long
 * been thought that …" (a belief no one owns; not "it is understood that …", which tells what was learnt,
 * nor "600 sailors are believed to have died", a count claimed).
 * A forecast doubted in the speaker's own words is still a forecast: "we don't think the strikes will help",
 * "I do not believe they could win" (not "we don't believe the reports", a claim rejected).
 */
const PREDICTS_OR_EXPLAINS =
  /\b(?:is|are|was|were|be)\s+(?:\w+ly\s+)?expected\s+(?:in|by|on|within|around|between|as\s+early\s+as|later|soon|next)\b|\bit\s+is\s+(?:\w+ly\s+|very\s+|quite\s+)?(?:likely|unlikely|possible|probable|improbable|plausible)\s+that\b|\b(?:probability|likelihood|possibility|chances?|odds)\s+(?:as\s+)?(?:being\s+)?(?:\w+ly\s+|very\s+|quite\s+)?(?:high|low|slim|remote|small|good)\b|\b(?:increas|rais|improv|boost|reduc|lower|diminish)\w*\s+(?:the\s+)?(?:chances?|likelihood|probability|prospects?|odds)\b|\b(?:is|was) an indication\b|\b(?:could|may|might|would)\s+(?:indicate|suggest|signal|mean)\b|\b(?:is|are|was|were|be)\s+(?:\w+ly\s+)?(?:expected|likely|unlikely|set|projected|forecast|predicted|poised|due)\s+to\b|^\W*(?:i|we)\s+(?:think|wish|hope|pray|look\s+forward\s+to)\b|^\W*(?:my|our)\s+understanding\s+is\b|^\W*(?:that\s+)?in\s+(?:my|our|his|her|their|its)\s+(?:view|opinion|understanding)\b|\bas\s+(?:i|we)\s+understand\s+it\b|^\W*(?:that\s+)?(?:he|she|they|it)\s+(?:\w+ly\s+)?(?:believes?|believed|thinks?|thought|feels?|felt)\b(?!\s+(?:that\s+)?(?:(?:at\s+least|about|around|roughly|some|more\s+than|nearly|almost|up\s+to|over|as\s+many\s+as)\s+)?\d{1,3}(?:,\d{3})*(?![\d,.]))|^\W*(?:i|we)\s+(?:\w+ly\s+)?(?:thought|hoped|wished)\b|^\W*(?:that\s+)?it\s+(?:is|was|(?:has|had)\s+(?:\w+\s+)?been)\s+(?:\w+ly\s+)?(?:believed|thought|assumed|presumed|suspected)\s+that\b|\bthere\s+(?:is|was)\s+(?:a\s+)?(?:\w+\s+)?(?:probability|possibility|chance|likelihood)\b|^\W*(?:this|that|it)\s+(?:is|was)\s+because\b|\baims?\s+to\b|\b(?:seeks|(?:is|are)\s+seeking)\s+to\b|\b(?:wants?|wanted|wish(?:es|ed)?|longs?|longed)\s+(?:\w+ly\s+)?to\b|^\W*(?:i|we)\s+(?:do\s+not|don['’]t)\s+(?:think|believe)\b(?=[^.;]{0,80}?\b(?:will|would|can|could)\b)/i;

/**
 * A predicate that looks ahead or hedges: it asserts nothing about what happened. "I would like to
 * highlight" does what it says; "the issues can be resolved" tells what is possible, "we can confirm"
 * affirms; "approved plans for …" names plans made, unlike "plans to".
 */
const LOOKS_AHEAD = /\b(?:will|would(?! like to)|could|can(?!\s+(?:confirm|say|tell|report|see|verify)\b)|may|might|shall|expects?|expected|hopes?|plans?(?=\s+to\b)|intends?)\b|['’]ll\b/gi;

/**
 * A step of a process foretold in the passive, with no hedge: "will be held", "will be discussed at",
 * "will be established by" (not "would be", what may be; not "will likely be").
 */
const PROCESS_FORETOLD =
  /\b(?:will|shall)\s+be\s+(?:held|discussed|established|determined|identified|announced|published|signed|opened|launched|completed)\s+(?:at|by|in|on|during|after|before|within|with)\b/i;

/** A set date: "on Thursday", "by 5 March", "next week", "tomorrow", "later today", "in two weeks". */
const SET_DATE = String.raw`(?:(?:on|by)\s+(?:${WEEKDAY_PATTERN}|${MONTH_PATTERN}\s+\d|\d{1,2}\s+${MONTH_PATTERN})|next\s+(?:week|month|year|${WEEKDAY_PATTERN})|tomorrow|later\s+(?:this|today)|in\s+(?:\w+\s+)?(?:days|weeks|months))\b`;

/**
 * What a side will talk about, its first predicate after the modal: "will discuss", "would also raise",
 * "will address the prospects for …", "will talk about" (not "will send aid and discuss …").
 */
const AGENDA = /\b(?:will|would|shall)\s+(?:\w+ly\s+|also\s+|then\s+)?(?:discuss|address|raise|review|examine|explore|talk\s+(?:about|over)|touch\s+(?:on|upon))\b/i;

/** SET_DATE anywhere in a clause. */
const A_SET_DATE = new RegExp(String.raw`\b${SET_DATE}`);

/** A "will" that does not hedge: not "will likely", "would probably". */
const PLAIN_WILL = String.raw`\b(?:will|would|shall)\s+(?!(?:\w+\s+)?(?:likely|probably|possibly)\b)`;

/**
 * What will happen on a set date, named after the "will" or before it: "will be held on Thursday",
 * "would meet next week", "will arrive in two months", "the talks on October 5 will include …".
 */
const SCHEDULED = new RegExp(String.raw`${PLAIN_WILL}[^.;]*?\b${SET_DATE}|\b${SET_DATE}[^.;]*?${PLAIN_WILL}`);

/**
 * A word that judges rather than tells, with its degree: "very constructive", "“manageable”", "pleased",
 * "(was not) needed", "(it was not) possible (to …)", "frank", "premature", "tense", "fragile", "catastrophic"; or a feeling: "shocked", "deeply saddened", "struck by the sudden manner in which …"
 * (not "struck by a missile", a happening; nor "relieved of his command"); or the condition of people or of
 * a place, which describes how things stand: "many are hungry and exhausted", "the children were
 * frightened", "the town is rather deserted" (not "was deserted by its allies", a happening); or a question
 * still open or still in force: "the dispute is still unresolved", "the old accords are still relevant"; or
 * the quality of a force: "the crews are professional and disciplined", "the recruits were inexperienced"
 * (not "were disciplined for desertion", a punishment told); or what is fitting: "it is not appropriate to
 * talk through newspapers", "is both impossible and inappropriate" (a judgement coordinated after "both").
 */
const JUDGEMENT = String.raw`[“"‘]?(?:(?:\w+ly|very|quite|rather|fairly|somewhat|almost|so|too|still|also|now|both|neither|either)\s+)*(?:good|bad|appropriate|inappropriate|great|excellent|constructive|positive|negative|optimistic|pessimistic|manageable|disruptive|difficult|hard|tough|easy|complex|complicated|important|crucial|vital|essential|necessary|unnecessary|needed|unneeded|significant|possible|impossible|tired|afraid|sad|happy|pleased|delighted|glad|satisfied|proud|confident|shocked|surprised|stunned|astonished|amazed|impressed|saddened|thankful|heartbroken|horrified|relieved(?!\s+of\b)|struck\s+by\s+the\s+(?:[\p{L}-]+\s+){0,2}?(?:way|manner|fact|extent|scale|speed|sight|level|degree)|impressive|successful|productive|fruitful|useful|helpful|valuable|remarkable|historic|unprecedented|ripe|frank|candid|cordial|friendly|businesslike|substantive|encouraging|disappointing|promising|premature|realistic|unrealistic|tense|calm|fragile|volatile|precarious|catastrophic|dire|grim|bleak|desperate|chaotic|hungry|thirsty|exhausted|frightened|scared|terrified|traumati[sz]ed|anxious|distressed|deserted(?!\s+by\b)|surreal|stable|unstable|key(?=\s+to\b)|unresolved|unsettled|relevant|irrelevant|irreversible|professional|disciplined(?!\s+(?:for|by|after)\b)|motivated(?!\s+by\b)|experienced|inexperienced|skilled)\b`;

/**
 * A happening the speaker's side tells first, then a judgement joined by "and": "We delivered it
 * privately and we're confident we're well prepared", "they crossed the river and they are very tired"
 * (not "we are tired and hungry", a judgement first; nor "the talks were long and we are pleased").
 */
const HAPPENING_THEN_JUDGED =
  /^\W*(?:that\s+)?(?:we|i|they|he|she|it)\s+(?:\w+ly\s+)?(?!(?:is|are|am|was|were|has|have|had|did|does|do|remains?|remained|seems?|seemed)\b)\p{Ll}+ed\b[^,;]*?\band\s+(?:we|i|they|he|she|it)(?:['’](?:re|m|s)\b|\s+(?:are|am|is|was|were)\b)/iu;

/** Whether the clause tells its side's happening before the judgement ASSESSMENT would read (HAPPENING_THEN_JUDGED). */
function happeningBeforeJudgement(clause: string): boolean {
  return clause.includes(' and ') && HAPPENING_THEN_JUDGED.test(clause);
}

/**
 * Any quality given a degree, which weighs rather than tells: "very powerful", "extremely cold", "so
 * loud" (not "very much", "too many", an amount; nor "very badly damaged", "so heavily shelled", a
 * happening told with its degree).
 */
const DEGREE_JUDGEMENT = String.raw`(?:very|extremely|incredibly|terribly|exceptionally|really|so|too)\s+(?!(?:much|many|few|little|far)\b)(?!\p{L}+(?:ed|ly)\b)\p{L}{3,}\b`;

/**
 * A judgement, not a fact: the clause's first predicate calls something good, hard, important or the
 * like, or gives a quality its degree (DEGREE_JUDGEMENT: "the blast was very powerful") ("the talks were very constructive", "the delays are manageable", "they are not afraid", "he
 * was pleased to …", "they’re great lads", "it was a necessary and a proportionate response"; not "there was a
 * significant attack", which tells one), or the judgement stands alone and the writer's frame gives the rest ("said it
 * was 'quite constructive'"), not as a noun's adjective ("significant help came from …").
 */
const ASSESSMENT = new RegExp(
  String.raw`^\W*(?:that\s+)?(?:[\p{L}’'“”"-]+\s+){0,10}?(?:is|are|am|was|were|remains?|remained|(?:it|that|this|he|she|what)[’']s|\p{L}+[’'](?:re|m))\s+(?:not\s+)?(?:(?<!\bthere\s+\p{L}+\s+)(?:a|an)\s+)?(?:${JUDGEMENT}|${DEGREE_JUDGEMENT})|^\W*${JUDGEMENT}(?=\s*(?:$|[,.;:!”"’]|(?:that|to|and|thus|so far)\b))`,
  'iu',
);

/**
 * An explanation of why or what for, not a report of what happened: "was launched owing to …", "the
 * expectation was based on …", "guided by a sense of …", "is related to …", "was a direct response
 * to …", "is designed for …", "was aimed at strengthening …", "is part of efforts to …", "its priority was …", "the priority of the decree was …", "the strikes
 * are in response to …" (not "was in response to", a past cause told), "that is why we act", "our
 * participation is to ensure …", "the strikes are … in self-defence" (not "has had to respond in
 * self-defence", an act told), "this made the crews fight harder" (a consequence drawn from the fact
 * before), "we are talking about supporting …" (the topic named; not "we are talking about hundreds of
 * dead", a count told). "based on" explains as a predicate
 * ("the estimate is based on …", "…, based on …", "Based on …,"), not as a noun's participle ("issues
 * of reintegration based on the constitution will be discussed at the meeting" tells the meeting). A
 * purpose or cause added to a happening told ("the strikes were carried out to …", "attacked ships in
 * an effort to …", "died as a result of …") still tells the happening.
 */
export const EXPLANATION =
  /^\W*(?:that\s+)?(?:this|that)\s+(?:only\s+|also\s+)?(?:made|makes)\b|\b(?:we|i)\s+(?:are|am|were|was)\s+(?:\w+ly\s+)?talking\s+about\b(?!\s+(?:(?:at\s+least|about|around|some|more\s+than|nearly|almost|up\s+to|over)\s+)?(?:\d|(?:tens|dozens|hundreds|thousands|millions)\s+of\b))|\b(?:owing to|guided by)\b|(?:\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?|,\s*|^\W*(?:that\s+)?)based\s+on\b|\b(?:is|are)\s+[^.;]{0,60}?\bin\s+self-defen[cs]e\b|\b(?:is|are)\s+(?:\w+ly\s+)?in\s+(?:direct\s+)?(?:response|reaction|retaliation)\s+to\b|\b(?:that|this)\s+is\s+why\b|\b(?:is|are|was)\s+(?:only\s+)?to\s+(?:ensure|protect|provide|help|support|prevent|deter|defend)\b|\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:related|linked)\s+to\b|\b(?:is|are|was|were)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:response|reaction|result|consequence)\s+(?:to|of)\b|\b(?:is|are|was|were)\s+(?:designed|intended|meant)\s+(?:to|for|in order to)\b|\b(?:is|are|was|were)\s+(?:\w+ly\s+)?aimed\s+(?:at\s+\p{Ll}+ing|to)\b|\b(?:is|are|was|were)\s+(?:\w+ly\s+)?part\s+of\s+(?:(?:an?|the|its|their|our|his|her)\s+)?(?:[\p{L}-]+\s+)?(?:efforts?|push|drive|strategy|campaign|bid)\s+to\b|\b(?:priority|aim|goal|purpose|objective)\s+(?:of\s+(?:[\p{L}-]+\s+){1,3}?)?(?:is|was)\b/iu;

/**
 * Words one of which every alternative of EXPLANATION holds, read with its flags: "made", "talking",
 * "owing", "based", "guided", "self-defence", "why", the purposes ("ensure" … "defend"), "related",
 * "linked", "response", "result", "designed", "intended", "meant", "priority", "aim" (and "aimed"), "part" …. Many clauses
 * hold none; test/assemble/stance-cues.test.ts holds the list to EXPLANATION.
 */
export const EXPLANATION_CUE =
  /made|makes|talking|owing|based|guided|self-defen|response|reaction|retaliation|why|ensure|protect|provide|help|support|prevent|deter|defend|related|linked|result|consequence|designed|intended|meant|priority|aim|goal|purpose|objective|part/iu;

/**
 * A conclusion drawn or a premise stated, in the present (or, after "this", "that" or "such", reported in
 * the past: "this showed …", "such cooperation only demonstrated …"): "such cooperation only shows …", "this
 * applies to any crews captured", "this means …", "we proceed from the understanding that …".
 */
const INFERENCE =
  /^\W*(?:that\s+)?(?:this|that|it|such\s+[\p{L}-]+)\s+(?:\w+ly\s+|only\s+|once\s+again\s+|also\s+)?(?:shows|demonstrates|proves|means|applies\s+to|reflects|underlines|underscores|illustrates)\b|^\W*(?:that\s+)?(?:this|that|such\s+[\p{L}-]+)\s+(?:\w+ly\s+|only\s+|once\s+again\s+|also\s+)?(?:showed|demonstrated|proved|meant|reflected|underlined|underscored|illustrated)\b|\b(?:we|i)\s+proceed\s+from\b/iu;

/**
 * What a side's acts are for, told in the present: "the patrols are to reassure residents and restore
 * calm", "these operations are conducted to protect civilians", "the strikes are being carried out to
 * deter …" (not "the raids were carried out to disrupt …", a past act told with its purpose; nor "the
 * measures are to take effect on Monday", "troops are to withdraw by Friday", "the strikes are to stop
 * on Friday", a schedule).
 */
const ACTS_PURPOSE_NOW =
  /^\W*(?:that\s+)?(?:the|these|this|those|our|its|their|such|all)\s+(?:[\p{L}-]+\s+){0,3}?(?:actions?|strikes?|attacks?|measures?|operations?|steps?|patrols?|deployments?|missions?|raids?|sanctions?|exercises?|efforts?|checks|inspections|restrictions|curfews?)(?:\s+(?:in|on|at|against|by|near|off|across)\s+[^,;]{1,40}?)?\s+(?:is|are)\s+(?:(?:being\s+)?(?:taken|carried\s+out|conducted|launched|undertaken|made|done|imposed)\s+)?(?:only\s+|solely\s+|simply\s+|merely\s+)?(?:in\s+order\s+)?to\s+(?:\w+ly\s+)?(?:protect|ensure|secure|safeguard|defend|deter|prevent|stop|halt|de-?escalate|restore|reassure|degrade|weaken|disrupt|reduce|curb|punish|pressure|force|keep|maintain|preserve|uphold|support|help|assist|show|signal)\s+(?!(?:on|by|at|in|within|after|before|when|once|until|next|soon|immediately|today|tomorrow)\b)[\p{L}“"‘]/iu;

/** Whether the clause tells what a side's acts are for, in the present (ACTS_PURPOSE_NOW), read only where " to " is. */
function purposeOfActsNow(clause: string): boolean {
  return clause.includes(' to ') && ACTS_PURPOSE_NOW.test(clause);
}

/**
 * A conclusion drawn from what was seen, in the present: "these images suggest that the bridge is
 * being repaired", "this indicates the militia is regrouping", "the pattern points to a wider
 * campaign", "such moves signal …" (not "the records show 300 people were killed", a count told; nor
 * "the images suggested …", told in the past).
 */
const INFERRED_FROM_SIGNS =
  /^\W*(?:that\s+)?(?:this|it|(?:these|those|such|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:observations|images|imagery|movements|signs|findings|developments|patterns?|moves|preparations|indications|activit(?:y|ies)))\s+(?:\w+ly\s+|also\s+|only\s+)?(?:suggests?|indicates?|points?\s+to|hints?\s+at|signals?)\b/iu;

/** Whether the clause draws a conclusion from signs (INFERRED_FROM_SIGNS) and gives no count. */
function inferredFromSigns(clause: string): boolean {
  return /suggest|indicat|point|hint|signal/i.test(clause) && INFERRED_FROM_SIGNS.test(clause) && !/\d/.test(clause);
}

/**
 * A judgement of how something has been, the copula in the perfect: "the talks have been productive and
 * frank", "the response has been united and resolute", "it has been very difficult" (not "the port has
 * been closed", a happening; nor "there has been a significant attack", what is there).
 */
const JUDGED_SO_FAR = new RegExp(
  String.raw`^\W*(?:that\s+)?(?!(?:that\s+)?there\b)(?:[\p{L}’'“”"-]+\s+){0,10}?(?<!\bthere\s+)(?:has|have)\s+(?:(?:\w+ly|also|so\s+far|always)\s+)?been\s+(?:not\s+)?(?:${JUDGEMENT}|[“"‘]?(?:united|unanimous|resolute|firm|strong|robust|swift|measured|clear)\b)`,
  'iu',
);

/** Whether the clause judges how something has been (JUDGED_SO_FAR), read only where " been " is. */
function judgedSoFar(clause: string): boolean {
  return clause.includes(' been ') && JUDGED_SO_FAR.test(clause);
}

/**
 * What something is, in the present, rather than what happened: "Sylvania is a critical partner",
 * "Freedonia is a small country", "the deployment is Fredonburg's decision", and with "is" contracted,
 * "it’s a strange time", "she’s a nurse", "the influx is yet another burden" (not "there is a …", "there’s a …", nor "among them is a …",
 * which name what is present).
 */
const DESCRIPTION =
  /^\W*(?!(?:that\s+)?[“"]?(?:there|here|among)\b)(?:that\s+)?[“"]?(?:(?:[\p{L}’'-]+\s+){0,6}?(?:is|are)|(?:it|this|that|he|she)['’]s)\s+(?:\w+ly\s+)?(?:a|an|only|(?:yet\s+)?another|\p{L}+['’]s)\s/iu;

/**
 * What something still is, in the present, rather than what happened: "Sylvania remains Freedonia's ally,
 * a close state", "the port remains a target", "it remains an open question" (not "there remains a
 * risk", which names what is present; nor "the town remains under siege", "the toll remains at 40",
 * which tell how things stand in fact).
 */
const REMAINS_DESCRIBED =
  /^\W*(?!(?:that\s+)?[“"]?(?:there|here|among)\b)(?:that\s+)?[“"]?(?:[\p{L}’'-]+\s+){0,6}?remains?\s+(?:\w+ly\s+|still\s+)?(?:a|an|(?:yet\s+)?another|\p{L}+['’]s)\s/iu;

/** Whether the clause tells what something still is (REMAINS_DESCRIBED), read only where "remain" is. */
function remainsDescribed(clause: string): boolean {
  return clause.includes('remain') && REMAINS_DESCRIBED.test(clause);
}

/**
 * The state of things as the subject of the clause, which describes how things stand rather than tells a
 * happening: "the situation on the border remains tense", "the humanitarian situation in the region was
 * catastrophic", "the security situation had improved", "the mood in the capital is gloomy", "conditions
 * in the camps are appalling" (not "the situation room was evacuated", nor "conditions were attached to
 * the loan", nor "weather conditions have impeded the transport", which tell: after "has" only a change
 * of state describes).
 */
export const STATE_OF_THINGS =
  /^\W*(?:that\s+)?(?:the\s+|its\s+|their\s+|our\s+)?(?:[\p{L}-]+\s+){0,2}?(?:situation|atmosphere|mood|outlook|(?<=\b(?:living|humanitarian|sanitary|security|economic)\s+)conditions|conditions(?=\s+(?:in|at|inside|on)\s))\s+(?:(?:in|on|at|along|across|around|inside|near|for|of|within)\s+[^,;]{1,60}?\s+)?(?:(?:still|now|also|generally)\s+)?(?:is|are|was|were|remains?|remained|seems?|seemed|appears?|appeared|looks?|looked|continues?|continued|stays?|stayed|becomes?|became|grows?|grew|getting|got|(?:has|have|had)\s+(?:\w+ly\s+)?(?:been|become|grown|gotten|remained|improved|worsened|deteriorated|changed|stabili[sz]ed|eased|calmed))\b/iu;

/**
 * A condition of a place or of people said to be there, which describes how things stand: "there are huge
 * crowds at the registration centres", "there is congestion at the crossing", "there was panic in the
 * streets" (not "there were protests", "there are troops in the town", which tell what is there).
 */
const CONDITION_THERE =
  /^\W*(?:that\s+)?(?:and\s+)?(?:of\s+course\s+)?there\s+(?:is|are|was|were)\s+(?:(?:\w+ly|still|also|now)\s+)?(?:(?:huge|long|large|massive|big|great|growing|real|considerable|much|a\s+lot\s+of|lots\s+of|a\s+great\s+deal\s+of)\s+)*(?:congestion|crowds|queues|chaos|confusion|panic|uncertainty|tension|anxiety|calm|despair|frustration|exhaustion)\b/iu;

/**
 * Words one of which every alternative of STATE_OF_THINGS holds, read with its flags: "situation",
 * "atmosphere", "mood", "outlook", "conditions"; test/assemble/stance-cues.test.ts holds the list to the pattern.
 */
export const STATE_CUE = /situation|atmosphere|mood|outlook|conditions/iu;

/**
 * Prospects judged: "the bill had a good chance of passing", "the opposition has little chance of
 * winning", "the prospects for a deal were dim", "chances of a settlement remain slim".
 */
const PROSPECT =
  /\b(?:little|no|some|every|a\s+(?:good|real|fair|slim|strong|high)|slim|small|good|high)\s+chances?\s+of\s+\p{Ll}+ing\b|\b(?:prospects?|chances)\s+(?:(?:for|of)\s+[^,;]{1,60}?\s+)?(?:is|are|was|were|remain(?:s|ed)?|look(?:s|ed)?|seem(?:s|ed)?)\s+(?:\w+ly\s+)?(?:dim|bleak|good|poor|slim|bright|remote|uncertain|promising|high|low|small)\b/iu;

/**
 * A trend told with no figure: "the number of clashes had decreased", "the intensity of the fighting has
 * eased", "the pace of arrivals slowed", "the numbers are increasing", "the needs are also growing" (a figure given, "the number of refugees has risen to 100,000",
 * "the number of dead rose by two", is told; see trendWithoutFigure).
 */
const TREND =
  /^\W*(?:that\s+)?(?:the\s+|its\s+|their\s+)?(?:overall\s+|total\s+)?(?:(?:number|level|scale|intensity|frequency|pace|rate|volume|amount)\s+of\s+[^,;]{1,60}?|(?:numbers|needs))\s+(?:(?:has|have|had)\s+(?:been\s+)?|(?:is|are|was|were)\s+(?:(?:\w+ly|also|still)\s+)*)?(?:\w+ly\s+)?(?:increased|decreased|risen|rose|fallen|fell|dropped|declined|grown|grew|doubled|tripled|slowed|eased|diminished|surged|soared|plummeted|shrunk|shrank|reduced|increasing|decreasing|rising|falling|dropping|declining|growing|slowing|easing|diminishing|surging|soaring)\b/iu;

/** Whether the clause tells a trend (TREND) and gives no figure: a trend with a figure reports the figure. */
function trendWithoutFigure(clause: string): boolean {
  return TREND.test(clause) && !QUOTED_AMOUNT.test(clause);
}

/**
 * A wish disowned, the speaker's or another's, which asks nothing of anyone and tells no happening:
 * "Sylvania did not want the talks to succeed", "we don't want war", "they never wanted to leave", "it had no
 * interest in a war", "we have no desire to stay", "they are not interested in talks".
 */
const WISH_DISOWNED = /\b(?:(?:does|do|did)\s+not|(?:doesn|don|didn)['’]t|never)\s+(?:\w+ly\s+)?want(?:s|ed)?\b|\b(?:has|have|had)\s+no\s+(?:\w+\s+)?(?:interest|desire|wish)\s+(?:in|to)\b|\b(?:is|are|was|were)\s+not\s+interested\s+in\b/i;

/**
 * An absence judged, not a lack told: "there is no military solution", "there was no alternative to
 * talks", "there is no reason to reject …", "there is no point in waiting", "there is no room for
 * compromise", a side's own "sees no reason to reject the offer", "has had no reason to refuse" (not "there
 * is no doubt that …", which affirms, nor "sees no reason to doubt …"; nor "there is no electricity", "there
 * were no casualties", what is missing told).
 */
const NO_WAY_JUDGED =
  /^\W*(?:that\s+)?(?:[“"‘]\s*)?there\s+(?:is|was|are|were|remains)\s+(?:still\s+)?no\s+(?:[\p{L}-]+\s+)?(?:solution|alternative|way\s+(?:out|forward|back|around)|reason|point|sense|room|place|substitute|shortcut|justification|excuse)\b|^\W*(?:that\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:sees?|saw|has|have|had|finds?|found)\s+(?:had\s+)?(?:[“"‘]\s*)?no\s+(?:[\p{L}-]+\s+)?(?:reason|point|sense|justification)\s+(?:to|in)\s+(?!doubt|question|disput|believ)/iu;

/**
 * Contact kept, told as the state of things rather than as a happening: "it was in contact with the
 * tanker", "close communication with all parties", "is coordinating with the Red Cross".
 */
export const IN_CONTACT = /\b(?:in\s+(?:\w+\s+){0,2}?(?:contact|touch|communication)|coordinating)\s+with\b|\b(?:close|constant|regular|direct|continuous)\s+(?:contact|communication|coordination)\s+with\b/i;

/** Both alternatives of IN_CONTACT end in "with": a clause without it cannot match. */
export const IN_CONTACT_CUE = /with/i;

/**
 * The bond between sides described, not a happening: "the strong fraternal ties between …", "its
 * increasingly close ties with …", "brotherly regard", "relations are reaching their historic peak",
 * "cooperation between them has (or, reported, had) significantly strengthened", "relations … have developed in all aspects",
 * "relations were at their lowest point".
 */
export const TIES_DESCRIBED =
  /\b(?:close|closer|strong|stronger|fraternal|brotherly|friendly|warm|deep|deepening|growing|good)\s+(?:[\p{L}-]+\s+)?(?:ties|relations|relationship|friendship|bonds?|regard)\b|\b(?:ties|relations|relationship|cooperation|partnership)\s+(?:[\p{L}-]+\s+){0,6}?(?:has|have|had)\s+(?:\p{L}+ly\s+)?(?:strengthened|deepened|grown|improved|developed)\b|\b(?:reach\w*|at)\s+(?:their|its|a)\s+(?:historic|all-time|highest|lowest)\s+(?:peak|high|low|level|point|ebb)\b/iu;

/**
 * Words one of which every alternative of TIES_DESCRIBED holds, read with its flags: the bonds ("ties",
 * "relation(s, ship)", "friendship", "bond", "regard", "cooperation", "partnership") and the heights
 * ("historic", "all-time", "highest", "lowest"). test/assemble/stance-cues.test.ts holds the list to TIES_DESCRIBED.
 */
export const TIES_CUE = /ties|relation|friendship|bond|regard|cooperation|partnership|historic|all-time|highest|lowest/iu;

/**
 * A state assessed, a person or an outcome characterised, or a state compared with the past, rather than
 * a happening told; each pattern with the literal a clause must hold before it is tried:
 * - a superlative against history: "the floods were the worst the region had seen", "prices are the
 *   highest in a decade" (not "the worst attack since May killed 20", a happening told with its rank);
 * - potential judged: "trade had enormous potential";
 * - an outcome read as a message or a lesson: "the result was a clear message from voters", "the vote
 *   was a sign of growing anger" (not "it was a drone attack", "the target was a weapons depot", nor
 *   "there was a signal failure", whose noun names a thing; "a test" is left out: "the launch was a test
 *   of a new missile" tells one);
 * - a person characterised: "the president was a pragmatic leader" (not "he was a member of the unit");
 * - what something reflects: "the decision reflected growing frustration" (not "reflected on", a pondering);
 * - pressure borne: "the leader was under pressure from hardliners" (not "came under fire", an attack);
 * - trust lost: "the governor had lost the trust of the people" (not "had lost control of the town");
 * - an agenda's contents, or needs and priorities listed: "the agenda of the meeting included energy
 *   security", "the most urgent needs included shelter", "the most urgent needs are shelter and food";
 * - a law judged, or an act judged lawful: "the law was unconstitutional", "their cooperation conforms
 *   with international law", "the move is consistent with the charter" (not "the strikes were carried
 *   out in accordance with international law", a happening told with its warrant);
 * - an act read as a kind of act: "the strikes represented a resolute response", "the vote represented a
 *   major setback" (not "the delegates represented 40 countries");
 * - a meaning denied: "the truce does not mean the war is over", "the visit doesn't necessarily mean a change";
 * - a matter of principle, time or honour: "it was a matter of principle to help" (not "as a matter of
 *   urgency, troops were sent", an adverb of a happening told);
 * - a view of what something is: "Sylvania sees the pact as a betrayal", "the move was widely seen as a
 *   warning", "they consider the vote as void" (not "we see that the needs are huge", what is seen; nor "saw
 *   as many as 300", an amount; nor "saw the ship as it sank", a happening watched);
 * - the only or the best way: "dialogue is the only way to …", "talks remain the best option", "this is the
 *   right decision" (not "the target was the main radar site", which names a thing);
 * - importance weighed: "the treaty is of great importance", "the port plays a key role in …", "the deal is in
 *   the interests of both sides" (not "interest rates", a thing; nor "the sappers have played a vital role in
 *   clearing the area", a part in a happening told);
 * - a capability described: "the group remains capable of striking ships", "the navy has the capability to
 *   …" (not "the shelter has the capacity to house 2,000 people", a size told);
 * - a first or a turning point: "it was the first time since 1994 that …", "the visit marks a new chapter",
 *   "the vote marked a turning point" (not "for the first time, troops crossed", a happening told with its
 *   rank; nor "marks the 14th attack", a count).
 */
const CHARACTERISATION: [string, RegExp, boolean?][] = [
  ['st ', /\b(?:is|are|was|were|remains?|remained)\s+(?:the|its|their)\s+(?:\p{Ll}{3,}est|best|worst|most\s+\p{Ll}+)\s+(?:(?:the|it|they|this|that|anyone|we|i|[\p{Ll}-]+)\s+(?:[\p{L}-]+\s+){0,2}?(?:has|have|had)\s+(?:ever\s+)?(?:seen|known|experienced|witnessed|faced|been)\b|(?:in|for|of)\s+(?:(?:over|more\s+than|almost|nearly|at\s+least)\s+)?(?:a|the|\w+)\s+(?:\w+\s+)?(?:century|centuries|decades?|years?|generations?|memory|history|lifetime)\b|ever\b|on\s+record\b|since\s+records\s+began\b)/iu],
  ['potential', /\b(?:has|have|had|holds?|held)\s+(?:(?:an?|the)\s+)?(?:\w+ly\s+)?(?:enormous|great|huge|vast|real|considerable|untapped|significant|tremendous|big|immense|much|little|no)\s+(?:[\p{L}-]+\s+)?potential\b/iu],
  [' a', /(?<!\bthere\s+)\b(?:is|are|was|were)\s+(?:(?:also|only|just)\s+)?an?\s+(?:[\p{L}-]+\s+){0,2}?(?:message|signal|sign|lesson|mistake|wake-up\s+call|turning\s+point)(?=\s+(?:from|to|for|of|that|in|about)\b|\s*(?:[,.;:!”"’]|$))/iu],
  [' a', /\b(?:is|was)\s+(?:(?:also|still)\s+)?an?\s+(?:\w+ly\s+)?(?:pragmatic|reliable|trusted|strong|weak|capable|shrewd|seasoned|experienced|skilled|skilful|charismatic|popular|unpopular|honest|decent|ruthless|cautious|moderate|tough|good|great|true|able|clever|wise|hard-line|hardline)\s+(?:leader|politician|statesman|negotiator|partner|ally|friend|man|woman|person|figure|diplomat)\b/iu],
  ['reflect', /^\W*(?:that\s+)?(?:[\p{L}’'-]+\s+){1,5}?(?:\w+ly\s+)?(?:reflects|reflected|(?:has|had)\s+reflected)\s+(?!on\b|upon\b)/iu, true],
  ['pressure', /\b(?:is|are|am|was|were|remains?|remained|been)\s+(?:\w+ly\s+)?under\s+(?:(?:growing|mounting|increasing|heavy|intense|enormous|great|strong|considerable|political|international|domestic|huge)\s+)?pressure\b/iu],
  ['lost', /\b(?:has|have|had)\s+(?:\w+ly\s+)?lost\s+(?:the|its|their|his|her|all|any|much\s+of\s+(?:the|its|their|his|her))\s+(?:\w+\s+)?(?:trust|faith|respect|credibility|legitimacy|goodwill)\b/iu],
  ['agenda', /\bagenda\b[^.;]{0,60}?\b(?:includes?|included|covers?|covered|features?|featured)\b/iu],
  ['needs', /\bneeds\s+(?:[^.;]{1,40}?\s+)?(?:includes?|included)\b|\b(?:urgent|pressing|immediate|main|biggest|greatest|basic)\s+needs\s*(?::|(?:are|were|remain)\s)/iu],
  ['priorities', /\bpriorities\s+(?:[^.;]{1,40}?\s+)?(?:includes?|included)\b/iu],
  [' with ', /\b(?:conforms?|conformed|complies|complied|(?:is|are|was|were|remains?)\s+(?:\w+ly\s+)?(?:consistent|in\s+line|in\s+accordance|in\s+compliance|compatible|in\s+keeping))\s+with\s+(?:(?:international|national|the|its|their)\s+)?(?:\w+\s+)?(?:law|laws|constitution|charter|obligations|norms)\b/iu],
  ['constitutional', /\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:not\s+)?(?:unconstitutional|constitutional)\b/iu],
  ['represent', /\brepresent(?:s|ed)\s+an?\s+(?:[\p{L}-]+\s+){0,4}?(?:response|reaction|step|move|victory|success|failure|setback|blow|breakthrough)\b/iu],
  ['mean', /^\W*(?:that\s+)?(?:[\p{L}’'-]+\s+){1,10}?(?:(?:does|do|did)\s+not|(?:doesn|don|didn)['’]t)\s+(?:\w+ly\s+)?mean\b/iu],
  ['matter of', /\b(?:is|are|was|were|remains?|remained)\s+(?:(?:only|just|simply|purely|also|still|not)\s+)*a\s+matter\s+of\b/iu],
  [' as ', /^\W*(?:that\s+)?(?:[\p{L}’'-]+\s+){1,4}?(?:\w+ly\s+|also\s+|now\s+)?(?:see|sees|saw|view|views|viewed|regard|regards|regarded|consider|considers|considered)\s+(?!as\s+(?:many|much|few|little)\b)(?:[\p{L}’'-]+\s+){1,6}?as\s+(?!(?:many|much|few|little|well|soon|long|far|of|if|though|it|he|she|they|we|i|you)\b)|\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:seen|viewed|regarded|considered)\s+as\s+(?!(?:many|much|well|soon|long|far|of|if|though)\b)/iu],
  ['the ', /\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+|also\s+|not\s+)?the\s+(?:only|best|right|wrong|correct|main|key|sole|most\s+(?:important|effective|realistic|reasonable|viable))\s+(?:[\p{L}-]+\s+)?(?:way|option|solution|path|road|choice|decision|step|alternative|answer|means|priority|guarantee|guarantor|approach|course)\b/iu],
  [' of ', /\b(?:is|are|was|were|remains?)\s+(?:\w+ly\s+|also\s+|still\s+)?of\s+(?:great|particular|special|vital|crucial|utmost|paramount|key|critical|enormous|huge|little|no|major|strategic|fundamental)\s+(?:importance|significance|interest|value)\b/iu],
  ['role', /(?<!\b(?:has|have|had)\s+)\bplays?\s+(?:an?|the)\s+(?:\w+ly\s+)?(?:key|important|crucial|vital|major|significant|decisive|leading|central|essential|positive|constructive|stabili[sz]ing|pivotal|special|big|huge|great)\s+role\b/iu],
  ['interest', /\b(?:is|are|was|were|be)\s+(?:not\s+)?(?:\w+ly\s+)?in\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}?interests?\b(?!\s+(?:rates?|payments?)\b)/iu],
  ['capab', /\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+|also\s+|not\s+|fully\s+)?(?:capable|incapable)\s+of\b|\b(?:has|have|had|retains?|retained|possess(?:es|ed)?)\s+(?:(?:the|a|an|its|their)\s+)?(?:\w+\s+)?(?:capability|capabilities)\s+to\b/iu],
  ['first time', /\b(?:is|was|marks|marked|(?:has|had)\s+marked)\s+(?:also\s+|only\s+)?the\s+first\s+time\b/iu],
  ['mark', /\bmark(?:s|ed)?\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:turning\s+point|milestone|watershed|(?:new|next)\s+(?:chapter|stage|era|phase|page|level)|shift|departure|breakthrough)\b/iu],
];

/**
 * Whether the clause assesses, characterises or compares a state (CHARACTERISATION); what reflects a
 * figure ("the rise reflected 300 new arrivals") still reports it.
 */
function characterises(clause: string): boolean {
  return CHARACTERISATION.some(([cue, pattern, figureTells]) => clause.includes(cue) && pattern.test(clause) && !(figureTells === true && QUOTED_AMOUNT.test(clause)));
}

/**
 * A predicate hedged as only possible, or an impression given: "was “potentially targeted”", "the
 * strike possibly killed …", "Perhaps they were misled", "the opposition seemed determined", "it looked
 * like a war zone", "it felt like an earthquake", "it sounded as if …" (not "sent 300 troops and
 * possibly more", a hedge on an amount; nor "likely", "allegedly", "apparently", "appears to have
 * sent", "seems to have started", "it seems that …", which still tell what the speaker takes to have
 * happened; nor "appeared on radar", a happening).
 */
const HEDGE =
  /\b(?:(?:is|are|was|were|has|have|had)\s+(?:been\s+)?)?(?:potentially|possibly|perhaps|maybe|conceivably)\s+(?:\p{L}+ed|is|are|was|were|has|have|had|be|been)\b|^\W*(?:that\s+)?(?:perhaps|maybe|possibly)\b|\b(?:seem(?:s|ed)?\s+(?!to\b|that\b)|(?:look|sound|appear)(?:s|ed)?\s+(?:like|as\s+if|as\s+though)\b|fe(?:el|els|lt)\s+(?:like|as\s+if|as\s+though)\b)/iu;

/**
 * Letters one of which every word of HEDGE holds, in any case, so a clause without them has no hedge:
 * "bly" of "possibly" and "conceivably", "perhap" of "perhaps", "eem" of "seem", "like", "if",
 * "though". (No "s": HEDGE, case-insensitive with Unicode, also takes the long "ſ" for one.)
 */
const HEDGE_WORD = /potentially|bly|perhap|maybe|eem|like|if|though/i;

/** A verb told in the past: "left", "struck", "crossed" (or an adjective of that form, read cautiously as a verb). */
const PAST_VERB =
  /\b(?:went|sent|fought|took|made|came|gave|began|saw|held|left|lost|won|hit|shot|struck|brought|kept|met|rose|fell|flew|withdrew|drove|led|paid|found|got|became|built|bought|caught|ran|stood|broke|fled)\b|\b\p{Ll}{3,}ed\b/u;

/**
 * Whether the clause's first predicate is hedged (HEDGE), not a later one ("was hit and possibly
 * damaged", "left the port, which was possibly mined").
 */
function hedged(clause: string): boolean {
  // Most clauses hold no hedge word: looked for first, before the possessives are blanked.
  if (!HEDGE_WORD.test(clause)) return false;
  const plain = withoutPossessives(clause);
  const hedge = HEDGE.exec(plain);
  if (!hedge) return false;
  const before = plain.slice(0, hedge.index);
  return !TELLS_WHAT_IS.test(before) && !PAST_VERB.test(before);
}

/**
 * A feeling the speaker or the side reported has about what happened, not a report of it: "we regret
 * that the talks failed", "it deeply regretted the decision", "we appreciate their help" (not "they
 * regretted nothing and fought on", whose feeling is itself a happening told of another; read only at the
 * head of the clause).
 */
const FEELING_TOLD = /^\W*(?:that\s+)?(?:i|we|he|she|they|it)\s+(?:\w+ly\s+|also\s+)?(?:regret(?:s|ted)?|appreciate[sd]?)\s+(?!nothing\b)/i;

/** What happens as a rule, not what happened: "are often sent into battle", "usually travel at night", "tend to". */
const HABIT = /\b(?:often|usually|generally|typically|normally|tends?\s+to|tended\s+to)\b/i;

/**
 * A promise told in the passive, the promised act with no agent: "their rights will be guaranteed",
 * "a monument will be erected", "a monument will soon be erected", "a thorough investigation would be
 * conducted", "those responsible will be punished", "special measures would be taken to care for the
 * families" (not "the wounded would be taken to hospital"; nor "their bravery will be remembered", an honour
 * hoped for).
 */
const PROMISED_IN_PASSIVE =
  /\b(?:will|shall|would)\s+(?:\w+ly\s+|soon\s+)?be\s+(?:\w+ly\s+|soon\s+)?(?:guaranteed|ensured|protected|safeguarded|provided|built|erected|rebuilt|restored|carried\s+out|conducted|investigated|punished|compensated|granted|honou?red|immortali[sz]ed|commemorated|respected|upheld|fulfilled|implemented|repaired|given)\b|\b(?:measures|steps)\s+(?:will|shall|would)\s+(?:\w+ly\s+|also\s+)?be\s+taken\s+to\s+(?:care\s+for|support|help|assist|protect)\b/i;

/**
 * What someone was told or led to believe, which the clause does not affirm: "he was told he had fought
 * against Sylvanian troops", "his officers made him think …", "was misled into believing …".
 */
export const TOLD_TO_BELIEVE =
  /\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:also\s+)?(?:told|misled|deceived|led\s+to\s+believe|made\s+to\s+believe)\b|\bmade\s+(?:him|her|them|me|us)\s+(?:think|believe)\b/i;

/** Words one of which every alternative of TOLD_TO_BELIEVE holds, read with its flags (test/assemble/stance-cues.test.ts). */
export const BELIEF_CUE = /told|misled|deceived|believe|think/i;

/** The first modal of a clause: "will", "would", "shall", "'ll". */
const FIRST_MODAL = /\b(?:will|would|shall)\b|['’]ll\b/i;

/**
 * What befalls a side rather than what it does, right after a modal: "will need years", "would take
 * weeks", "will cost billions", "would face a shortfall", "will suffer" (not "will take all necessary
 * measures", "would take part", acts).
 */
const BEFALLS =
  /^\s+(?:(?:\w+ly|also|still|now|then|probably|likely)\s+)?(?:need|require|cost|face|suffer|struggle|last|depend|lose|take\s+(?:[\w-]+\s+){0,2}?(?:years|months|weeks|days|hours|decades|time|while|long))\b/i;

/** Whether the clause's first modal foretells what befalls a side (BEFALLS): a forecast, not a promise or a plan. */
function foretellsWhatBefalls(clause: string): boolean {
  const modal = FIRST_MODAL.exec(clause);
  return modal !== null && BEFALLS.test(clause.slice(modal.index + modal[0].length));
}

/** A named party's plan: "(that) Fredonburg will send", "the North is planning to send", "Sylvania plans to relist". */
const PLAN_OF_A_PARTY = namedSubjectThen(String.raw`(?:will|plans? to|is planning to|intends to)\s+(?!be\b|have\b|likely\b|probably\b)`);

/**
 * What a named party will give, send or do to help, told in a plain "will", "would" or "is set to":
 * "(that) Fredonburg will send 5,000 workers", "the North would soon start rebuilding the port",
 * "Sylvania, which has helped Freedonia, will send …", "Sylvania is set to send 6,000 personnel" (not
 * "plans to send", an intention told of; nor "will win", "would collapse", which foretell).
 */
const PARTY_WILL_PROVIDE = namedSubjectThen(
  String.raw`(?:will|would|shall|(?:is|are)\s+set\s+to)\s+(?:(?:also|soon|now|then)\s+)?(?:(?:start|begin)\s+(?:to\s+)?)?(?:send|dispatch|deploy|provide|supply|deliver|give|transfer|contribute|donate|allocate|rebuild|build|help|assist|support|train|finance|fund)`,
);

/** A predicate that tells of what is or has been: "has sent", "are in", "was believed". */
const TELLS_WHAT_IS = /\b(?:is|are|was|were|has|have|had|did|does|do|remains?|remained)\b|['’](?:s|re|ve)\b/i;

/** A sentence's end: its mark, a closing quotation mark, and a capital after (not an initial's full stop, "S.R. Secretary"). */
const SENTENCE_END = /(?<!(?:^|[\s./])\p{Lu})[.!?][”"’]?\s+(?=[“"‘]?\p{Lu})/gu;
/** SENTENCE_END, for the first only. */
const FIRST_SENTENCE_END = new RegExp(SENTENCE_END.source, 'u');

/**
 * The first clause of a statement: what a stance describes. A second sentence or a clause after
 * "while", "but" or "although" speaks of something else ("… are in the country. We don't know what
 * their mission will be").
 */
export function leadingClause(words: string): string {
  // An initial's full stop ("S.R. Secretary", "D.C. Berg") ends no sentence.
  const sentenceEnd = FIRST_SENTENCE_END.exec(words);
  // "Why are the troops there? We'll continue to pull this thread": a question the speaker answers at
  // once is judged by the answer.
  if (sentenceEnd && words[sentenceEnd.index] === '?') return leadingClause(words.slice(sentenceEnd.index + sentenceEnd[0].length));
  // A question keeps its mark: it asks, it does not assert.
  const clause = sentenceEnd ? words.slice(0, sentenceEnd.index + (words[sentenceEnd.index] === '.' ? 0 : 1)) : words;
  // "…, prompting a lawmaker to call for …": a participle after a comma tells what followed, not what was said.
  // "nothing but", "all but": a "but" that excepts, not one that turns to something else; "as though"
  // compares, it does not concede.
  const turn = /[;]|,?\s+(?:while|(?<!\b(?:nothing|anything|all|none)\s+)but|although|(?<!\bas\s)though|whereas|even as)\s|,\s+(?:prompting|leading|forcing|causing|sparking|triggering)\s/i.exec(clause);
  return turn && turn.index > 0 ? clause.slice(0, turn.index) : clause;
}

/**
 * The words without the quotation marks a writer puts around a phrase it quotes ("was a “direct
 * response” to", "are ‘limited, necessary and proportionate’"), so that the phrase reads as part of
 * its clause. An apostrophe ("don’t", "soldiers’") stays.
 */
function withoutQuotationMarks(words: string): string {
  return words.replace(/[“”"]/g, '').replace(/(^|[\s(])‘([^‘’]*?)’(?!\p{L})/gu, '$1$2');
}

/**
 * Whether the clause predicts or explains before it tells of anything that is or was ("has shipped …, and
 * were likely to …" tells; so does "arrived on Tuesday and was expected to meet …", a past verb before
 * the forecast joined to it).
 */
function predictsOrExplains(clause: string): boolean {
  const prediction = PREDICTS_OR_EXPLAINS.exec(clause);
  if (!prediction) return false;
  const is = TELLS_WHAT_IS.exec(withoutPossessives(clause));
  if (is && prediction.index > is.index) return false;
  // "arrived in the capital on Tuesday and was expected to meet …": a happening told before the forecast.
  return !/\band\s*$/i.test(clause.slice(0, prediction.index)) || !PAST_VERB.test(clause.slice(0, prediction.index));
}

/**
 * A hope told of a side or a person named first, in the third person: "Moscow hopes the meetings will
 * help ensure security", "(said) Sylvania hopes that the talks succeed", "she hoped to return soon" — a
 * hope expressed, neither a promise nor a report of anything (the first person, "we hope", is
 * PREDICTS_OR_EXPLAINS's). Not "hopes of a deal faded" (a noun), nor "it is hoped that" (no one's).
 */
const HOPE_TOLD =
  /^\W*(?:that\s+)?(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?:\p{Ll}+ly\s+|also\s+|still\s+)?(?:hopes|hoped)\s+(?:that\s|to\s+\p{Ll}|(?:the|a|an|all|this|these|such|its|their|his|her)\s|\p{Lu})/u;

/** Whether the clause opens with a hope told of a side or a person (HOPE_TOLD), read only where "hope" is. */
function hopeTold(clause: string): boolean {
  return clause.includes('hope') && HOPE_TOLD.test(clause);
}

/**
 * The speaker's own expectation or plan, told as overtaken by what happened: "We had been planning for
 * the evacuation to be a longer process", "we had expected the talks to last a week", "I had hoped to
 * stay" (not "we had sent 20 trucks", a happening; nor "we had planned the operation for months",
 * planning told as done).
 */
const EXPECTATION_OVERTAKEN =
  /^\W*(?:that\s+)?(?:we|i)\s+had\s+(?:(?:\w+ly|also|always)\s+)?(?:been\s+)?(?:expect(?:ed|ing)|hop(?:ed|ing)|plann(?:ed|ing)|anticipat(?:ed|ing)|count(?:ed|ing)\s+on)\s+(?:(?:for|that|on)\s|to\s+\p{Ll}|(?:[\p{L}'’-]+\s+){1,4}?to\s+\p{Ll})/iu;

/** Whether the clause tells the speaker's expectation or plan as overtaken (EXPECTATION_OVERTAKEN), read only where " had " is. */
function expectationOvertaken(clause: string): boolean {
  return / had /i.test(clause) && EXPECTATION_OVERTAKEN.test(clause);
}

/** The month "May", capitalised after the clause's first word ("on Friday (May 9)"), not the modal. */
function isMonthMay(clause: string, match: RegExpExecArray): boolean {
  return match[0] === 'May' && /\S[\s(]+$/.test(clause.slice(0, match.index));
}

/** A noun's possessive "'s", not a contraction of "is" ("it's", "that's"). */
const POSSESSIVE = /\b(?!(?:it|that|there|what|he|she|who|here|where)['’])\p{L}+['’]s\b/giu;

/** The clause with each possessive "'s" blanked, same length: "Freedonia's economy is expected …" has one "is". */
function withoutPossessives(clause: string): string {
  // A possessive needs its apostrophe: most clauses have none to blank.
  if (!clause.includes("'") && !clause.includes('’')) return clause;
  return clause.replace(POSSESSIVE, (word) => word.replace(/['’]s$/, '  '));
}

/** Whether the clause's first predicate looks ahead ("will augment") rather than telling what is ("has sent"). */
function looksAhead(clause: string): boolean {
  const ahead = [...clause.matchAll(LOOKS_AHEAD)].find((match) => !isMonthMay(clause, match));
  if (!ahead) return false;
  const is = TELLS_WHAT_IS.exec(withoutPossessives(clause));
  return !is || ahead.index < is.index;
}

/**
 * The stance of a statement from its reporting verb, then its words. A verb that says what it does
 * ("denied", "warned", "urged") decides; a neutral one ("said", "according to") leaves it to the
 * words: a call, a promise, a threat, a condemnation, or else, when they tell of what is or has
 * been, a confirmation of it.
 */
export function stanceOf(
  reporting: Reporting,
  words: string,
  speaker: StanceSpeaker = { forThemselves: false, reported: false },
  /** The words quoted inside reported `words`, when the statement is that partial quote. */
  quote: string | null = null,
): Stance {
  const told = quote === null ? words : reportedClauseHolding(words, quote);
  const first = firstStance(reporting, told, speaker, quote);
  // "Time has come for trust-building. Our troops will certainly help this", "This shows that they are
  // citizens. Their rights will be guaranteed": what the first sentence tells or describes is the ground
  // for the promise a later one makes; the statement makes the promise. A verb that says what it does
  // ("confirmed", "explained") still decides.
  if ((first !== 'confirms' && first !== 'other') || stanceOfVerb(reporting.verb ?? '') !== undefined) return first;
  return laterSentences(told).some((sentence) => PROMISE_CUE.test(sentence) && !NEWS_TO_COME.test(sentence) && firstStance(NO_VERB, sentence, speaker) === 'pledges') ? 'pledges' : first;
}

/**
 * "and that" between two reported clauses of one reporting verb: "said A and that B"; and ", and" before a
 * second verb of speech of the same speaker: "said A, and referred to “B”" (the second verb stays with B).
 */
const AND_THAT = /,?\s+and\s+that\s+|,\s+and\s+(?=(?:referred|described|spoke|mentioned|recalled)\b)/g;

/**
 * Of reported words that join two clauses with "and that" ("said the strikes were a “resolute” response
 * and that it would “not hesitate” to act") or with a second verb of speech ("said a monument would be
 * built, and referred to “the tombstones of the fallen soldiers”"), the clause that holds the quoted
 * words: each partial quote takes the stance of its own clause.
 */
function reportedClauseHolding(words: string, quote: string): string {
  if (!words.includes(' and ')) return words;
  const at = words.indexOf(quote);
  if (at < 0) return words;
  let start = 0;
  let end = words.length;
  for (const join of words.matchAll(AND_THAT)) {
    if (join.index + join[0].length <= at) start = join.index + join[0].length;
    else if (join.index >= at + quote.length) {
      end = join.index;
      break;
    }
  }
  return words.slice(start, end);
}

/**
 * What the speaker will learn or tell next, which promises nothing at issue: "We will know more
 * tomorrow", "I will tell you more when I can", "we will provide more details later", "we'll keep
 * monitoring the situation", "we will make the findings public", "we will publish the results".
 */
const NEWS_TO_COME =
  /\b(?:we|i)(?:['’]ll|\s+will)\s+(?:\w+ly\s+|also\s+|continue\s+to\s+|keep\s+)?(?:know|see|tell|say|update|inform|share|learn|find\s+out|look\s+into|monitor\w*|watch\w*|assess\w*|(?:provide|publish|release)\s+(?:more\s+|further\s+|an?\s+|the\s+|our\s+|its\s+)?(?:details|information|updates?|findings|results|names)|make\s+(?:the\s+|our\s+|its\s+)?(?:\w+\s+){0,2}?public|have\s+more)\b/i;

/** A reporting of no verb: the words alone decide. */
const NO_VERB: Reporting = { verb: null, negated: false, denial: false };

/** Words one of which a sentence that promises holds: PLEDGE's cue, a "would", a duty or a bond taken on. */
const PROMISE_CUE = new RegExp(`${PLEDGE_CUE.source}|would|duty|obligat|compels`, 'i');

/** The first clause of each sentence of the words after the first: "A. B, but C. D" → "B", "D". */
function laterSentences(words: string): string[] {
  return [...words.matchAll(SENTENCE_END)].map((end) => leadingClause(words.slice(end.index + end[0].length)));
}

/**
 * Whether the clause describes, judges, explains or forecasts rather than telling a happening: an
 * assessment, a prospect, a state of things, an inference, a habit, a hedge, a characterisation, a
 * feeling; each makes the stance `other`.
 */
function describesOrJudges(clause: string): boolean {
  return (
    (ASSESSMENT.test(clause) && !happeningBeforeJudgement(clause)) ||
    NO_WAY_JUDGED.test(clause) ||
    PROSPECT.test(clause) ||
    WISH_DISOWNED.test(clause) ||
    trendWithoutFigure(clause) ||
    (STATE_CUE.test(clause) && STATE_OF_THINGS.test(clause)) ||
    CONDITION_THERE.test(clause) ||
    (EXPLANATION_CUE.test(clause) && EXPLANATION.test(clause)) ||
    INFERENCE.test(clause) ||
    purposeOfActsNow(clause) ||
    inferredFromSigns(clause) ||
    judgedSoFar(clause) ||
    DESCRIPTION.test(clause) ||
    remainsDescribed(clause) ||
    HABIT.test(clause) ||
    hedged(clause) ||
    characterises(clause) ||
    FEELING_TOLD.test(clause)
  );
}

/** The stance of the words as their first clause makes it, with the reporting verb (see stanceOf). */
function firstStance(reporting: Reporting, words: string, speaker: StanceSpeaker, quote: string | null = null): Stance {
  // "does not believe she will ever return": a forecast doubted is a forecast, as "we don't think … will" is.
  if (reporting.negated && !reporting.denial) return DENYING_BELIEF.test(reporting.verb ?? '') ? (forecastInWords(words) ? 'other' : 'denies') : 'unconfirmed';
  // "did not deny", "has never rejected": a denial withheld neither denies nor confirms.
  if (denialWithheld(reporting.verb ?? '')) return 'unconfirmed';
  // "countered Sylvania's claims": a rebuttal of someone's words denies them.
  if (reporting.denial && REBUTTAL_VERB.test(reporting.verb ?? '')) return 'denies';
  // "(he added that) he was told he had fought …": what someone was told, the teller unnamed, is
  // neither the hearer's assertion nor the teller's position.
  if (PASSIVE_TELLING.test(reporting.verb ?? '')) return 'other';
  // "there was no evidence of casualties “which we took great care to avoid”": a relative clause quoted
  // inside the writer's report is read alone, as the same clause quoted alone is.
  if (quote !== null && RELATIVE_OPENING.test(quote)) return stanceOf(reporting, quote, { ...speaker, reported: false });
  const unquoted = withoutQuotationMarks(words);
  const clause = withoutSayingFramed(withoutTellingWanted(withoutFrontedClause(leadingClause(unquoted))));
  // "no evidence has been presented and the claims are nothing but propaganda": a claim called false
  // is denied, whatever evidence is missing.
  // "We do not yet know whether they will fight, but this is a highly concerning probability": the
  // doubt conceded, the danger flagged after its "but" is what the statement does.
  if (UNCONFIRMED.test(clause) || noSignSeen(clause)) return CLAIM_CALLED_FALSE.test(clause) ? 'denies' : dangerAfterBut(wordsAfter(unquoted, clause)) ? 'warns' : 'unconfirmed';
  // "called the reports lies", "branded the strikes aggression": a verb that names what it reports.
  if (NAMING_VERB.test(reporting.verb ?? '') && !CALLS_ON.test(`${reporting.verb} ${words}`)) {
    if (FALSEHOOD.test(clause) || CLAIM_NAMED_FICTION.test(clause)) return 'denies';
    return CONDEMNATION.test(clause) || CENSURE.test(clause) ? 'condemns' : NAMED_A_DUTY.test(clause) ? 'pledges' : 'other';
  }
  // "asked: 'Will I be able to live …?'", "'I plan to go. Will they accept me?' he asked": a question
  // asked calls for nothing.
  const asksAQuestion = /^ask/i.test(reporting.verb ?? '') && words.includes('?');
  // "“The number of injured exceeds 400 …,” he explained": an explanation that gives a count reports it;
  // the words decide.
  const fromVerb = asksAQuestion ? 'other' : countExplained(reporting.verb, clause) || advisedOfNews(reporting.verb, unquoted) ? undefined : (reaffirmedBond(reporting.verb ?? '', unquoted) ?? resolveStressed(reporting.verb ?? '', unquoted) ?? affirmedPromise(reporting.verb ?? '', clause, speaker) ?? citedFinding(reporting.verb ?? '', unquoted) ?? stanceOfVerb(reporting.verb ?? '') ?? expressedFeeling(reporting.verb ?? '', words) ?? feelingExpressedInWords(words) ?? courtesyInWords(unquoted) ?? announcedPlan(reporting.verb ?? '', words) ?? offerToAct(reporting.verb ?? '', words) ?? hintedAction(reporting.verb ?? '', words) ?? reportedAct(words) ?? praiseTold(unquoted, speaker));
  // "Authorities are investigating", "We do not accept such reproaches", "aid is available": a speech
  // act the clause makes plain by its own words (stance-speech-acts.ts); a verb that says more decides.
  const act = fromVerb ? undefined : speechActOf(clause, speaker.forASide === true);
  if (act && (act !== 'other' || !condemnable(unquoted))) return act;
  // "(Berg said) Sylvania will send 5,000 workers", "… is set to send": what a party will give or send,
  // relayed by a side, commits it (not on a set date: "is set to send its delegation on Thursday" is an agenda).
  const relayedProvision = speaker.forASide === true && speaker.finding !== true && PARTY_WILL_PROVIDE.test(clause) && !A_SET_DATE.test(clause);
  // "Nobody can say our crews did anything wrong, and we will never accept such reproaches": blame
  // rejected, in the future or as what no one can say, denies it; it promises nothing.
  if (!fromVerb && blameRejected(unquoted)) return 'denies';
  // "(Berg said) the friendship between her country and Sylvania would grow stronger", "our ties will
  // continue to deepen": a side foretelling its own bond with another undertakes it.
  if (!fromVerb && speaker.forASide === true && speaker.assesses !== true && speaker.finding !== true && foretellsOwnBond(clause)) return 'pledges';
  if (!fromVerb && (predictsOrExplains(clause) || expectationOvertaken(clause) || hopeTold(clause)) && !relayedProvision) return 'other';
  if (fromVerb === 'pledges' && promisesForce(clause)) return 'threatens';
  // "warned that the aggression will not go unanswered", "warned that they would launch strikes": the
  // speaker's own force foretold is a threat, not a warning of danger.
  // Read once: THREAT is the largest pattern here, and every path below asks it of the same clause.
  // "those responsible will receive due punishment", "only military installations will be targeted":
  // justice promised or force confined, in a threat's words, is an undertaking.
  const undertaking = promisesJusticeOrRestraint(clause);
  if (undertaking && !fromVerb) return 'pledges';
  const threat =
    !undertaking && ((THREAT_CUE.test(clause) && THREAT.test(clause)) || forceKeptUntil(clause) || (clause.includes('consequences for') && CONSEQUENCES_FOR_AN_ACT.test(clause)));
  const ownForce = threat || CONDITIONAL_CONSEQUENCES.test(clause) || (speaker.reported && REPORTED_PLEDGE.test(clause) && FORCE.test(clause));
  if (fromVerb === 'warns' && ownForce) return 'threatens';
  // "warning that countries supporting the war bear responsibility for prolonging it": blame laid condemns.
  if (fromVerb === 'warns' && BLAME.test(clause)) return 'condemns';
  // "warned that a vessel was hit by a missile": a maritime alert's warning verb reports a happening.
  if (fromVerb === 'warns' && happeningWarnedOf(clause)) return 'confirms';
  // "confirmed that the group will continue to prevent the ships": what is confirmed is a threat.
  if (fromVerb === 'confirms' && threat) return 'threatens';
  if (fromVerb) return fromVerb;
  if (threat) return 'threatens';
  // "If Sylvania is attacked, Freedonia will provide military assistance": help promised on a condition.
  if (CONDITIONAL.test(clause) && !NO_CONSEQUENCE.test(clause)) {
    const consequence = consequenceOf(clause);
    if (promisedHelp(consequence)) return 'pledges';
    // "If we see their troops moving in, they are co-belligerents", "if they do this, it signals
    // desperation": a consequence that names or infers, with no danger, force or anything foretold, warns
    // of nothing ("they are fair targets" still warns).
    return flagsDanger(clause) || looksAhead(consequence) || FORCE.test(consequence) ? 'warns' : 'other';
  }
  // "anti-terrorist activities would end if weapons were laid down": a side's force offered to end on the
  // other's yielding is promised; an analyst weighing it foretells.
  if (speaker.assesses !== true && offersEndOnYielding(clause)) return 'pledges';
  // "We strongly denounce … and urge …": what the speaker does first.
  if (CONDEMNS_FIRST.test(clause)) return 'condemns';
  // "We will stand with Sylvania, and others should too": what the speaker does first.
  if ((callsToAct(clause) || (speaker.reported && EXPECTS_FROM_A_SIDE.test(clause))) && !promisesFirst(clause)) return 'calls-for';
  // "does not have plans to force them out", "will never use force": a promise not to is a denial.
  if (NO_PLAN.test(clause)) return 'denies';
  // "(he added) that they would face dire consequences": a danger foretold, not a promise. "(Berg said)
  // Freedonia's president will meet them on Thursday": a date set is told, as an announcement's is.
  // "(the decree says) the republic will no longer exist": what a decree or a treaty says will be, it binds to.
  // "(the agency said) Berg will also address the prospects for peace": what a side will talk about, on no
  // set date, is an agenda; it undertakes nothing, and it is foretold, not told.
  const agenda = AGENDA.test(clause) && !SCHEDULED.test(clause);
  // "“We will need years to rebuild”", "(the ministry said) it would take weeks to restore power": what
  // befalls the side is foretold, it is neither promised nor planned.
  const befalls = foretellsWhatBefalls(clause);
  const ownWill =
    !agenda &&
    !befalls &&
    ((speaker.reported && REPORTED_PLEDGE.test(clause)) ||
      (((speaker.ownSideFirst === true && OWN_SIDE_WILL.test(clause)) || (speaker.document === true && WILL_ACT.test(clause))) && !SCHEDULED.test(clause)));
  // A private person's "intention to go home" is a wish, not a commitment of any side; a government's
  // promise they report is still one.
  if ((holdsPledge(clause) && !befalls) || (COMMITMENT_CUE.test(clause) && COMMITMENT.test(clause)) || (UNDERTAKING_CUE.test(clause) && UNDERTAKING_UNDER_WAY.test(clause)) || (DUTY_CUE.test(clause) && DUTY_TAKEN_ON.test(clause)) || (COMPELS_US.test(clause) && !speaker.forThemselves) || (ownWill && !flagsDanger(clause)) || acceptsOffer(clause) || keepsUndertaking(clause, speaker) || putsMoneyToUse(clause, speaker)) {
    // "(Sylvania's assessment says) Freedonia's navy is ready to provide arms": a report tells another's promise.
    if (speaker.finding === true) return 'confirms';
    // "(Berg said) some rebel units have vowed to fight on": another party's vow, told, is affirmed.
    // "(Michel said) the leaders agreed to take part": others' agreement, told, is affirmed.
    if (anotherPartysVowTold(clause, speaker) || othersAgreementTold(clause, speaker)) return 'confirms';
    if (speaker.forThemselves && OWN_PERSON.test(clause)) return 'other';
    // "We will continue launching missile attacks", "we will not hesitate to expand our attacks": force
    // promised is a threat, as it is when the verb promises it.
    return promisesForce(clause) ? 'threatens' : 'pledges';
  }
  // "the bravery, heroism and self-sacrificing spirit of …": praise affirms nothing at issue; nor does
  // a motive given ("they are acting in solidarity with …") or ill will disowned ("harbors no hostility").
  // An honour promised is still a promise: "a monument will be erected in honour of the heroes".
  const promisedInPassive = PROMISED_IN_PASSIVE.test(clause) && !speaker.forThemselves;
  if ((PRAISE.test(clause) && !promisedInPassive) || MOTIVE.test(clause) || actedFromMotive(clause) || NO_ILL_WILL.test(clause)) return 'other';
  if ((NEGATION_CUE.test(clause) && NEGATED_ASSERTION.test(clause)) || (FALSE_CLAIM_CUE.test(clause) && CLAIM_CALLED_FALSE.test(clause)) || (LINK_CUE.test(clause) && LINK_DENIED.test(clause))) return 'denies';
  // A condemnation anywhere in the statement is what it does: "… It is a grave violation of …".
  // "criminal investigations were opened into crimes by …", "detained on suspicion of …": a legal
  // process told names the charge; it does not condemn.
  // "the 23rd illegal attack since …", "numerous acts of violation of the ceasefire": a tally of
  // offences reports them; it does not condemn. "illegal formations" names a side's units by the usual
  // label.
  // "the strikes are intended to degrade the militia's capacity to conduct its reckless attacks", "will
  // degrade their capabilities to continue their “reckless” attacks": what the speaker's own act is for
  // names the other side's acts in words of blame or danger; the statement explains its purpose, it
  // does not condemn or warn ("this is why we condemn …", a verb of blame, still condemns).
  const givesPurpose = explainsPurpose(clause) && !condemnable(wordsAfter(unquoted, clause));
  // "at least one person has been killed … in the “US-UK aggression”": a toll told first is told, whatever
  // words of blame in its clause name the attack ("… were killed. It is a flagrant violation …" condemns).
  // "we hold Sylvania responsible for the fate of the Freedonians": what may befall them is laid at its door
  // before anything befalls them; a warning.
  if (heldToAnswerForOthers(clause)) return 'warns';
  const tollTold = tollToldFirst(clause) && !condemnable(wordsAfter(unquoted, clause));
  // "In support of …'s people and response to the aggression on our country, we targeted a ship": blame
  // only in a fronted motive; the statement tells the act.
  const afterMotive = afterFrontedMotive(unquoted);
  const blameInMotiveOnly = afterMotive !== undefined && !condemnable(afterMotive);
  if (!givesPurpose && condemnable(unquoted) && !LEGAL_PROCESS.test(clause) && !tollTold && !blameInMotiveOnly) return 'condemns';
  // "posed a threat to shipping", "began after the escalation": a danger told as past is described, not
  // warned of ("were worried the strikes might …" is a fear, and warns).
  // "We are very worried. … That's why we are calling for de-escalation": the concern is the ground
  // for the call that follows it; the statement makes the call.
  if (!givesPurpose && flagsDanger(clause) && (!TOLD_AS_PAST.test(clause) || FEARED.test(clause) || (speaker.reported && DANGER_TO_A_GOOD.test(clause)))) return callsToAct(wordsAfter(words, clause)) ? 'calls-for' : 'warns';
  if (promisedInPassive) return 'pledges';
  if (BELIEF_CUE.test(clause) && TOLD_TO_BELIEVE.test(clause)) return 'other';
  if (describesOrJudges(clause)) return 'other';
  // Contact kept describes how things stand ("said it was in contact with the tanker"); "reported that
  // its experts are in contact with …" makes it known, and so affirms it.
  if ((!ANNOUNCING_VERB.test(reporting.verb ?? '') && IN_CONTACT_CUE.test(clause) && IN_CONTACT.test(clause)) || (TIES_CUE.test(clause) && TIES_DESCRIBED.test(clause))) return 'other';
  // Analysts and experts of no side weigh what they tell ("the crews were able to learn …"); a side, or
  // a witness of what they saw, confirms it.
  // "welcomed the ceasefire", "spoke of a withdrawal": a verb that greets or mentions what it reports
  // asserts nothing of it, unless the words do more (condemn, call, promise) above.
  // "Satellite imagery shows a carrier arriving at the port", "there is evidence that …": evidence cited
  // affirms what it shows, whoever cites it.
  const told: Stance = (speaker.assesses === true && !citesEvidence(clause)) || NON_ASSERTING_VERB.test(reporting.verb ?? '') ? 'other' : 'confirms';
  // "The video has not yet been made public but is expected to be released next month": what has not
  // happened yet, then foretold, is a forecast.
  if (NOT_YET.test(clause) && forecastAfterBut(wordsAfter(unquoted, clause))) return 'other';
  // A party's provision relayed by a side (above) commits it; told by the media, or told as a plan
  // ("Sylvania plans to sell boats"), it is reported.
  if (relayedProvision) return 'pledges';
  if (PLAN_OF_A_PARTY.test(clause) && !agenda && !befalls) return told;
  // "Talks will be held on Thursday": a date set for what will happen is told as fact, unlike a forecast.
  // "The identities will be established by forensic examinations", "Issues … will be discussed at the
  // meeting": a step of a process under way, foretold by who runs it, is told as fact too.
  if (looksAhead(clause) && !SCHEDULED.test(clause) && !PROCESS_FORETOLD.test(clause)) return 'other';
  if (clause.trim().endsWith('?')) return 'other';
  // "We received basic training", "A bullet went through my arm", and reported, "(the prisoner said) his
  // unit was under the navy": a witness describes what they lived through; only a party confirms ("We
  // have sent troops").
  // "We know she was taking in water": what the speaker says they know is affirmed, as "we can confirm" is.
  if (affirmsKnown(clause)) return 'confirms';
  if (speaker.forThemselves && (FIRST_PERSON.test(clause) || (speaker.reported && OWN_PERSON.test(clause)))) return 'other';
  // "The window has opened. This opportunity must not be missed", "We are stepping up our support, but
  // more help is urgently required": a fact told as the ground for the call that follows it; the
  // statement makes the call.
  const after = wordsAfter(words, clause);
  if (OBLIGATION.test(after) || (/needed|required/i.test(after) && NEEDED_NOW.test(after))) return 'calls-for';
  // "describing what is left as “a tiny patch, practically nothing”", "the “limited” action": a phrase
  // quoted with no verb of its own names or judges; it tells no happening. Nor does a relative clause
  // quoted alone ("… “which have been the scene of conflicts”"): it describes what the writer names.
  if (!speaker.reported && onlySays(reporting.verb) && !QUOTED_AMOUNT.test(words) && ((hasNoVerb(unquoted) && !standsAsSentences(unquoted)) || RELATIVE_OPENING.test(words))) return 'other';
  // "(said) the action was done to “further degrade their capacity”": the words quoted give the
  // purpose or the reason of what the writer tells; they tell no happening of their own.
  if (quote !== null && quotedAsPurpose(words, quote)) return 'other';
  return told;
}

/**
 * The writer's words right before a quotation that give its purpose or reason: "was done to", "launched
 * the measures to uphold the accord, (“…”) and", "because of the". After a passive ("were sent to") or a
 * noun of action ("the measures to") only: "began to", "refused to", "urged them to", and passives that
 * take an infinitive ("were forced to", "were ordered to") are not purposes.
 */
const PURPOSE_FRAME =
  /(?:\b(?:is|are|was|were|been|being)\s+(?:\p{Ll}+ly\s+)?(?!(?:forced|ordered|asked|allowed|permitted|expected|supposed|trained|instructed|obliged|required|encouraged|urged|compelled|pressured|invited|authori[sz]ed|scheduled|called|told|made|set|due)\b)(?:\p{Ll}+ed|done|taken|sent|built|(?:carried|set)\s+(?:out|up))|\b(?:measures|steps|action|actions|operations?|strikes|efforts|mission))\s+(?:in\s+order\s+)?to(?:\s+\p{Ll}+\b[^.;]*?(?:,|\band))?\s*$|\b(?:because\s+of|due\s+to|owing\s+to)\s+(?:(?:the|a|an)\s+)?$/u;

/** Whether `quote`, inside the reported `words`, stands where the writer gives a purpose or a reason (PURPOSE_FRAME). */
function quotedAsPurpose(words: string, quote: string): boolean {
  const at = words.indexOf(quote);
  if (at <= 0) return false;
  const frame = withoutQuotationMarks(words.slice(0, at)).replace(/[‘]\s*$/u, '');
  // "were sent to “the front lines”": after a bare "to", a noun phrase is where, not what for.
  if (/\bto\s*$/.test(frame) && NOUN_PHRASE_OPENING.test(quote)) return false;
  return PURPOSE_FRAME.test(frame) || (PURPOSE_QUOTED.test(quote) && ACT_BEFORE_PURPOSE.test(frame));
}

/** A quotation that opens with a purpose: "to put an end to …", "in order to restore …" (not "to the south", a place). */
const PURPOSE_QUOTED = /^\W*(?:in\s+order\s+)?to\s+(?!(?:the|a|an|its|their|his|her|our|my|this|that|these|those)\b)\p{Ll}/u;

/**
 * The writer's words that end on an act, where a quotation opening with a purpose gives what it is for:
 * "was forced to start the local activities in the region (“to put an end to …”)", "launched operations
 * in the strait (“to restore …”)" (not "were sent (“to the front”)", a place, which PURPOSE_QUOTED leaves out).
 */
const ACT_BEFORE_PURPOSE =
  /\b(?:measures|steps|action|actions|operations?|activities|strikes|efforts|mission)(?:\s+(?:in|on|across|along|against)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s*$/u;

/** Words that open a noun phrase, not an infinitive's verb: "the", "a", "their", a number, a name. */
const NOUN_PHRASE_OPENING = /^\W*(?:(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|some|all|every)\b|\d|\p{Lu})/u;

/**
 * Words quoted whole, as sentences of their own, two or more: "Scenes in Kornidzor, at the border. An
 * endless stream of refugees." A witness's caption describes what they saw, as a sentence with a verb
 * does; a phrase quoted inside the writer's sentence ("a tiny patch, practically nothing") names or judges.
 */
function standsAsSentences(words: string): boolean {
  return /^\W*\p{Lu}/u.test(words) && /[.!]\W*$/.test(words) && /[.!]\s+[“"‘]?\p{Lu}/u.test(words);
}

/** A reporting verb that only says (or none at all), unlike "announced" or "reported", which tell. */
function onlySays(verb: string | null): boolean {
  return verb === null || /^(?:say|says|said|saying|tell|tells|told|telling|add|adds|added|adding|state|states|stated|stating|describ\w*|writ\w*|wrote|put it)$/i.test(verb.trim());
}

/** A verb that makes known what it reports: "reported", "announced", "disclosed", "revealed". */
const ANNOUNCING_VERB = /^(?:report|announc|disclos|reveal)\w*$/i;

/** A relative pronoun opening the words: a clause that describes what the sentence before names. */
const RELATIVE_OPENING = /^\W*(?:which|who|whose|whom)\s/i;

/** A quoted amount or count still claims it: "“tens of millions of dollars”", "“numerous acts of violation”". */
const QUOTED_AMOUNT =
  /\d|\b(?:dozens|scores|hundreds|thousands|millions|billions|numerous|several|multiple|countless|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand|million)\b/i;

/** Words that make a clause wherever they stand: auxiliaries, modals, common irregular pasts, subject pronouns. */
const CLAUSE_WORD =
  /^(?:is|are|am|was|were|be|been|being|has|have|had|do|does|did|will|would|shall|should|can|could|may|might|must|cannot|went|sent|fought|took|made|came|gave|began|saw|said|told|held|left|lost|won|hit|shot|struck|brought|kept|met|rose|fell|flew|withdrew|drove|led|paid|knew|found|got|became|built|bought|caught|ran|stood|thought|wrote|spoke|broke|fled|i|we|they|he|she|you|it|there)$/i;

/** A contraction of a verb: "don’t", "we’re", "it’s" (not a possessive, "Freedonia’s"). */
const CONTRACTION = /\p{L}['’](?:re|ve|ll|d|m|t)\b|\b(?:it|that|there|what|he|she|who|here|where)['’]s\b/iu;

/** Words after which an "-ed" or "-ing" word is an adjective: "the remaining crews", "a limited strike", "highly praised". */
const DETERMINER = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|no|any|some|every|each|very|more|most|less|least|\p{L}+ly)$/iu;

/** Words that may follow a plural noun: "tens of", "ships and crews", "troops in the region". */
const AFTER_A_NOUN = /^(?:of|and|or|in|on|at|to|for|from|with|by|as)$/i;

/**
 * Whether the words have no verb: a noun phrase ("the impact of the strikes on …"), an adjective
 * ("limited"), a phrase ("not along the border"). Read cautiously, a word that may be a verb counts as
 * one: an auxiliary, a contraction, a past form, a subject pronoun, an "-ed" or "-ing" word that leads
 * words after it ("approved operational plans"), an "-s" word before another word ("the area contains
 * mines", "the crews learn").
 */
function hasNoVerb(words: string): boolean {
  if (CONTRACTION.test(words)) return false;
  const tokens = words.split(/\s+/).filter((token) => token !== '');
  const bare = tokens.map((token) => token.replace(/^\W+|\W+$/gu, ''));
  return bare.every((word, i) => {
    if (CLAUSE_WORD.test(word)) return false;
    // A capitalised word after the first is a name.
    if (word === '' || (i > 0 && /^\p{Lu}/u.test(word))) return true;
    const endsPhrase = i === tokens.length - 1 || /[,.;:!?)]$/.test(tokens[i] ?? '');
    const previous = bare[i - 1] ?? '';
    const afterDeterminer = DETERMINER.test(previous) && !/[,.;:]$/.test(tokens[i - 1] ?? '');
    if (/\p{Ll}(?:ed|ing)$/u.test(word)) return endsPhrase || afterDeterminer;
    if (/\p{Ll}[^s'’]s$/u.test(word) && !endsPhrase) return AFTER_A_NOUN.test(bare[i + 1] ?? '');
    return true;
  });
}

/** Whether the clause promises before it calls: "we will stand with them, and others should too". */
function promisesFirst(clause: string): boolean {
  const promise = PLEDGE.exec(clause);
  const call = CALL.exec(clause);
  return promise !== null && call !== null && promise.index < call.index;
}

/** The clause `words` turn to with "but", in the same sentence (", but this is a worrying development"), or null. */
function clauseAfterBut(words: string): string | null {
  const turn = /^\s*,?\s*but\s/i.exec(words);
  return turn ? leadingClause(words.slice(turn[0].length)) : null;
}

/** Whether `words` turn with "but" to a danger: ", but this is a worrying development". */
function dangerAfterBut(words: string): boolean {
  const turned = clauseAfterBut(words);
  return turned !== null && flagsDanger(turned);
}

/** Whether `words` turn with "but" to a forecast: "but is expected to be released …". */
function forecastAfterBut(words: string): boolean {
  const turned = clauseAfterBut(words);
  return turned !== null && predictsOrExplains(turned);
}

/** What has not happened yet: "has not yet been published", "is yet to arrive". */
const NOT_YET = /\bnot\s+yet\b|\byet\s+to\b/i;

/** The statement's words after its leading clause. */
function wordsAfter(words: string, clause: string): string {
  return words.slice(words.indexOf(clause) + clause.length);
}

/** What must or should be done: "must not be missed", "needs to be protected", "we urge" (not "it must have been hard", an inference). */
const OBLIGATION = /\b(?:must(?!\s+(?:\w+ly\s+)?have\s+(?:been|had|[a-z]+ed|known|seen|felt|thought|gone|done|heard|made|taken|left|lost|come|become|found|got|gotten|meant|fallen|given|run|hit|struck|led|sent|spent|built|caught|brought|told|said|begun|driven)\b)|should|needs?\s+to|ought\s+to|urges?)\b/i;

/**
 * What is needed now, in the present: "international help is very urgently required", "more aid is
 * still needed" (not "was needed", a lack told as past; nor "no help is needed", "is not required").
 */
const NEEDED_NOW = /(?<!\b(?:no|not)\s+(?:[\w-]+\s+){0,2})\b(?:is|are)\s+(?!not\b)(?:(?:\w+ly|very|still|also|now)\s+){0,3}(?:needed|required)\b/i;

/** What the stance needs to know of the speaker. */
export interface StanceSpeaker {
  /** A named person who speaks for no government or body: a witness, a prisoner, a resident. */
  forThemselves: boolean;
  /** The words are the writer's report of what was said, not the speaker's own. */
  reported: boolean;
  /** The reported words open by naming the speaker's own side ("Berg said Freedonia will …"). */
  ownSideFirst?: boolean;
  /** A report or an assessment: a promise in its words is another's, which it tells. */
  finding?: boolean;
  /** A decree, treaty or agreement: what it says will be done it binds its parties to. */
  document?: boolean;
  /** Analysts or experts who speak for no side: what they tell is their assessment. */
  assesses?: boolean;
  /** Speaks for a government or an organisation (not the media, an analyst, a private person). */
  forASide?: boolean;
}

/**
 * Words that describe analysts and experts: "Analysts", "Many experts", "a senior analyst at the Marsh Institute",
 * "a professor at Marsh University", "a senior fellow at the Ruhl Centre", "a Fredonburg-based think tank".
 */
const ANALYST = /\b(?:analysts?|experts?|researchers?|scholars?|academics?|specialists?|economists?|historians?|strategists?|pundits?|commentators?|professors?|lecturers?|(?:research|senior|visiting|non-?resident)\s+fellows?|fellows?\s+at|think[\s-]tanks?)\b/i;

/** Words that describe a document that binds: "the decree", "the Freedonia-Sylvania Treaty on …", "the joint declaration". */
const BINDING_DOCUMENT = /^\W*(?:the\s+)?(?:[\p{L}-]+\s+){0,4}?(?:decree|treaty|agreement|accord|pact|memorandum|charter|constitution|declaration)s?\b/iu;

/** Whether a speaker so described is a document that binds, whose words say what will be done. */
export function speaksAsDocument(description: string): boolean {
  return BINDING_DOCUMENT.test(description);
}

/** Words that describe a written finding: "Freedonia’s assessment", "the report", "a CNBC report", "the study". */
const FINDING = /\b(?:assessment|report|estimate|analysis|study|survey|findings)s?\s*$/i;

/** Whether a speaker so described is a report or an assessment: it tells what others undertake, it promises nothing. */
export function speaksAsFinding(description: string): boolean {
  return FINDING.test(description);
}

/** Whether a speaker so described, speaking for `government`, is an analyst or an expert of no side. */
export function assessesForNoSide(description: string, government: string | null): boolean {
  return government === null && ANALYST.test(description);
}

/** A clause about the speaking person themselves: "his intention to …", "he wants to …". */
const OWN_PERSON = /^\W*(?:that\s+)?(?:his|her|their|my|our|i|he|she|they|we)\b/i;

/**
 * Knowledge claimed by the speaker of what is or was, a clause after it: "we know she was taking in
 * water", "I know that they were there" (not "I know how hard it is", "we don't know whether …", "we
 * know each other", "we know the area well").
 */
const KNOWN = /^\W*(?:that\s+)?(?:we|i)\s+(?:now\s+|also\s+|already\s+)?know\s+(?:that\s+)?(?!(?:how|what|why|whether|if|where|when|who)\b)(?:[\p{L}’'-]+\s+){1,4}?(?:is|are|was|were|has|have|had|did|does|\p{Ll}+ed)\b/iu;

/** Whether the clause opens by claiming to know what it tells (KNOWN), read only where "know" is. */
function affirmsKnown(clause: string): boolean {
  return clause.includes('know') && KNOWN.test(clause);
}

/**
 * Evidence that shows what the clause tells: "Satellite imagery shows a carrier arriving at …", "the
 * data showed that traffic fell by half", "there is clear evidence that …" (not "there is no evidence",
 * nor "the images suggest", a hedge).
 */
const EVIDENCE_SHOWN =
  /^\W*(?:that\s+)?(?:(?:the|new|recent|available|our|their)\s+)?(?:[\p{L}-]+\s+)?(?:imagery|images|data|evidence|footage|photos|photographs|videos?|records)\s+(?:also\s+|clearly\s+)?(?:shows?|showed|reveals?|revealed|confirms?|confirmed|proves?|proved)\b|^\W*(?:that\s+)?there\s+(?:is|was)\s+(?:(?:clear|strong|ample|new|growing|enough)\s+)?evidence\s+(?:that|of)\b/iu;

/** Whether the clause cites evidence for what it tells (EVIDENCE_SHOWN), read only where a word of it is. */
function citesEvidence(clause: string): boolean {
  return /imag|data|evidence|footage|photo|video|record/i.test(clause) && EVIDENCE_SHOWN.test(clause);
}

/** Words of a speaker's own experience. */
const FIRST_PERSON = /\b(?:I|[Ww]e|us|me|[Mm]y|[Oo]ur)\b/;

/**
 * The stance a reporting verb makes plain, from its last word that has one: "called on" (calls-for),
 * "has warned" (warns), "vowed in early December" (pledges).
 */
function stanceOfVerb(verb: string): Stance | undefined {
  // "gave a warning that …", "made a promise that …": the act's noun says what it does.
  const act = /\b(warning|promise|pledge|assurance)$/i.exec(verb.trim())?.[1]?.toLowerCase();
  if (act) return act === 'warning' ? 'warns' : 'pledges';
  // Only the verb's own words: "told the committee" names an audience, not a commitment.
  const own = verb.toLowerCase().split(/\s+(?:the|a|an|his|her|its|their|our|my|your)\s/)[0] ?? '';
  for (const word of own.split(/\s+/).reverse()) {
    const stance = STANCE_OF_STEM.find(([stem]) => word.startsWith(stem))?.[1];
    if (stance) return stance;
  }
  return undefined;
}

/** A feeling named after at most two words ("their", "deep"), quotation marks allowed: "their “deep concern”". */
function feeling(nouns: string): RegExp {
  return new RegExp(String.raw`^\W*(?:[\w“”"‘’']+\s+){0,2}?[“"‘]?(?:${nouns})\b`, 'i');
}

/**
 * "expressed concern over …", "voiced support for …": the verb says nothing, the feeling it expresses
 * is the stance.
 */
const EXPRESSED_FEELING: [RegExp, Stance][] = [
  [feeling(String.raw`concerns?|alarm|worry|worries|fears?|unease|apprehension`), 'warns'],
  [feeling(String.raw`outrage|indignation|condemnation|anger|disapproval|frustration|dismay|displeasure|disappointment|grievances?|complaints?|protests?|objections?|discontent|dissatisfaction`), 'condemns'],
  [feeling(String.raw`support|solidarity|commitment|readiness|willingness`), 'pledges'],
  [feeling(String.raw`regret|hope|gratitude|thanks|condolences|sympathy|appreciation|satisfaction|pride|joy|pleasure|happiness|delight|desire|wish|longing|sorrow|grief|sadness|remorse|greetings|wishes|congratulations`), 'other'],
];

/**
 * "reaffirmed their strong ties", "reaffirmed her country's support for …", "reaffirmed his “unconditional”
 * support" (read without its quotation marks), "reaffirmed the country's determination to guarantee …"
 * (not "the court's determination that …", a ruling): a bond or a resolve renewed is promised.
 */
function reaffirmedBond(verb: string, words: string): Stance | undefined {
  if (!/^(?:re-?affirm|reiterat|renew)\w*$/i.test(verb.trim().split(/\s+/)[0] ?? '')) return undefined;
  return /^\W*(?:their|its|his|her|our|the|\p{Lu}[\p{L}.-]*['’]s?)\s+(?:[\p{L}’'-]+\s+){0,2}(?:(?:ties|support|commitment|solidarity|alliance|friendship|cooperation|partnership)\b|(?:determination|resolve|readiness|willingness|intention)\s+to\b)/iu.test(words) ? 'pledges' : undefined;
}

/**
 * "affirmed that Sylvania will “unconditionally support” …", "affirmed that the government would
 * continue to help the displaced": a promise affirmed is made (not "affirmed that the troops had
 * arrived", a fact affirmed; a report's affirming tells another's promise).
 */
function affirmedPromise(verb: string, clause: string, speaker: StanceSpeaker): Stance | undefined {
  if (speaker.finding === true || !/^(?:re-?)?affirm\w*$/i.test(verb.trim().split(/\s+/)[0] ?? '')) return undefined;
  return holdsPledge(clause) ? 'pledges' : undefined;
}

/**
 * "I congratulate the victorious army for …", "We thank the coast guard for rescuing the crew", "I
 * salute the firefighters": the speaker's own thanks, congratulations or salute, made as they speak,
 * affirm nothing at issue, as the verb "thanked" does not (not "we thanked them and left", an act told).
 */
const COURTESY_MADE = /^\W*(?:that\s+)?(?:we|i)\s+(?:\w+ly\s+|also\s+|again\s+)?(?:congratulate|thank|salute|commend|applaud)\b/i;

function courtesyInWords(words: string): Stance | undefined {
  return COURTESY_MADE.test(words) ? 'other' : undefined;
}

function expressedFeeling(verb: string, words: string): Stance | undefined {
  if (!/^(?:express|voic|convey|shar)\w*$/i.test(verb.trim().split(/\s+/)[0] ?? '')) return undefined;
  return EXPRESSED_FEELING.find(([pattern]) => pattern.test(words))?.[1];
}

/**
 * "announced plans to name a street after the crews", "unveiled a plan to rebuild": a plan announced is
 * undertaken. So is what an announcement says will be done: "announced (that) the Courier will send a
 * team to Marsh City", "announced a joint force will be deployed", and help announced by name ("announced a
 * new housing assistance programme", HELP_ANNOUNCED) (not a date set, "will meet on
 * Thursday", told as fact; not "will not", nor a hedged "will likely").
 */
function announcedPlan(verb: string, words: string): Stance | undefined {
  if (!/^(?:announc|unveil|present|outlin)\w*$/i.test(verb.trim().split(/\s+/)[0] ?? '')) return undefined;
  if (/^\W*(?:(?:the|a|its|their|his|her|new)\s+)*plans?\s+(?:to|for)\b/i.test(words) || HELP_ANNOUNCED.test(words)) return 'pledges';
  return /^announc/i.test(verb.trim()) && announcesWhatWillBeDone(leadingClause(withoutQuotationMarks(words))) ? 'pledges' : undefined;
}

/**
 * Help or a scheme of help, named first by what is announced: "(announced) a new housing assistance
 * programme for …", "$4 million in emergency assistance", "an additional package of aid", "the
 * relief project" (not "the end of its aid programme", "the arrival of the aid convoy", what befell the
 * help, nor "the death of an aid worker", "the results of the relief effort").
 */
const HELP_ANNOUNCED =
  /^\W*(?:(?:a|an|the|its|their|his|her|our|new|additional|further|first|second|another|fresh|extra|emergency)\s+)*(?:(?!(?:end|suspension|halt|cuts?|termination|arrival|delivery|completion|failure|collapse|death|deaths|results?|closure|withdrawal|report|study|review|assessment|evaluation|on|about|into|regarding|concerning)\b)[\p{L}\d$€£.,-]+\s+){0,4}?(?:aid|assistance|relief|funding|package|programme|program|project|tranche|grant)\b(?!\s+(?:workers?|groups?|agenc(?:y|ies)|officials?|organi[sz]ations?|convoys?\s+(?:was|were|had|arrived)))/iu;

/** A plain "will" or "would" that acts: not "will not", "would never", "will likely". */
const WILL_ACT = /\b(?:will|would|shall)\s+(?!not\b|never\b|(?:\w+\s+)?(?:likely|probably|possibly)\b)\p{Ll}/u;

/** Whether the clause's first predicate is what will be done, on no set date: "the Courier will send a team". */
function announcesWhatWillBeDone(clause: string): boolean {
  const will = WILL_ACT.exec(clause);
  if (!will || SCHEDULED.test(clause)) return false;
  const is = TELLS_WHAT_IS.exec(withoutPossessives(clause));
  return !is || will.index < is.index;
}

/**
 * "cited intelligence about the preparation of two units", "citing satellite images of the port": a finding
 * cited tells what it shows, unlike a reason or a concern cited ("cited concerns for the crews' safety"),
 * which gives grounds.
 */
function citedFinding(verb: string, words: string): Stance | undefined {
  if (!/^cit\w*$/i.test(verb.trim())) return undefined;
  return /^\W*(?:(?:the|new|fresh|recent|its|their|his|her)\s+)*(?:[\p{L}-]+\s+)?(?:intelligence|data|figures|evidence|statistics|estimates|findings|satellite\s+(?:images|imagery)|imagery)\b/iu.test(words) ? 'confirms' : undefined;
}

/** "…, offering to mediate": an offer to act is an undertaking ("offered the ministry's assessment" is not). */
function offerToAct(verb: string, words: string): Stance | undefined {
  return /^offer\w*$/i.test(verb.trim()) && /^\W*to\s+\p{Ll}/u.test(words) ? 'pledges' : undefined;
}

/**
 * "hinted at retaliatory action against …", "hinted further action would be taken": action only hinted
 * at is the speaker's own force held out, a veiled threat (a hint of anything else is left to the words).
 */
function hintedAction(verb: string, words: string): Stance | undefined {
  if (!/^hint\w*$/i.test(verb.trim().split(/\s+/)[0] ?? '')) return undefined;
  return /\b(?:action|retaliat\w*|reprisals?|response|strikes?|force|measures)\b/i.test(words) ? 'threatens' : undefined;
}

/**
 * "(said) “We express deep concern over …”": the speaker's own words name the feeling they express; so
 * does a feeling shared, "(said) he shared the president's frustration with …", "we share your concern".
 */
function feelingExpressedInWords(words: string): Stance | undefined {
  const own = /^\W*(?:we|i)\s+(?:\w+ly\s+)?((?:express|voice)\w*)\s+/i.exec(words) ?? /^\W*(?:that\s+)?(?:we|i|he|she)\s+(?:\w+ly\s+|also\s+)?(shared?|shares)\s+/i.exec(words);
  // A named holder of the feeling is passed over: "shared U.S. President Jane Berg's “frustration” with …".
  if (own) return expressedFeeling(own[1] ?? '', words.slice(own[0].length).replace(/^(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}\p{Lu}[\p{L}.-]*['’]s\s+/u, ''));
  return words.includes('know how to') && FEELING_BEYOND_WORDS.test(words) ? 'other' : undefined;
}

/**
 * "I don’t know how to express my regret and apologies", "I do not know how to express the sorrow I feel", "we do not know how to thank them enough": a
 * feeling the speaker finds no words for is a feeling expressed, not something they cannot confirm (not
 * "we don't know how to stop the leak", "I don't know how it happened").
 */
const FEELING_BEYOND_WORDS =
  /\b(?:i|we)\s+(?:do\s+not|don['’]t)\s+know\s+how\s+to\s+(?:(?:express|convey|describe)\s+(?:my|our|the|this|such|all\s+the)\s+(?:[\p{L}-]+\s+){0,2}?(?:regret|sorrow|grief|gratitude|thanks|apolog(?:y|ies)|condolences|sadness|pain|joy|pride|appreciation)|thank)\b/iu;

/**
 * "(the agency reported) that Berg accused the Sylvanian leaders of bias", "Freedonia, Sylvania and
 * other parties rejected the demand": the words report a named speaker's act, and its verb says what
 * the act does. "called" and "asked" are left to the words
 * ("called the talks a success"), and so is praise or thanks reported ("Berg thanked the crews"), a
 * happening told.
 */
function reportedAct(words: string): Stance | undefined {
  const act = /^\W*(?:that\s+)?(?:the\s+)?\p{Lu}[\p{L}.'’-]*,?\s+(?:(?:\p{Lu}[\p{L}.'’-]*|and|other\s+\p{Ll}+),?\s+){0,7}(?:\p{Ll}+ly\s+)?(\p{Ll}+ed)\b/u.exec(words)?.[1];
  const stance = act && !/^(?:call|ask)/.test(act) ? stanceOfVerb(act) : undefined;
  return stance === 'other' ? undefined : stance;
}

/**
 * "(according to the agency) The Sylvanian president also congratulated and expressed gratitude to the
 * units", "(the ministry said) Berg thanked the rescue teams": a named party's thanks, congratulations
 * or praise, told in reported words by another, is a happening told, whatever words of praise it holds
 * (not "I thanked them", nor "he thanked them", the speaker's own; nor a verb that praises, "praised",
 * which says what the speaker's statement does).
 */
const PRAISE_TOLD =
  /^\W*(?:that\s+)?(?!(?:I|We)\b)\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,5}?\s+(?<!\b(?:[Ww]as|[Ww]ere|[Ii]s|[Aa]re|[Bb]een|[Bb]e|[Bb]eing)\s+)(?:also\s+|later\s+|then\s+|personally\s+)?(?:thanked|congratulated|praised|hailed|lauded|commended|saluted|expressed\s+(?:his\s+|her\s+|its\s+|their\s+)?(?:deep\s+|sincere\s+)?(?:gratitude|thanks|appreciation))\b/u;

function praiseTold(words: string, speaker: StanceSpeaker): Stance | undefined {
  return speaker.reported && !speaker.forThemselves && PRAISE_TOLD.test(words) ? 'confirms' : undefined;
}

/** A verb of telling in the passive, as readReporting writes it: "was told", "had been informed". */
const PASSIVE_TELLING = /^(?:(?:has|have|had)\s+been|was|were|is|are|being)\s+(?:\w+\s+)?(?:told|informed|assured)$/i;

/** A number in digits, not an ordinal: "400", "1,200" (not "21st-century", "the 3rd brigade"). */
const COUNT_IN_DIGITS = /\d(?![\d,.]*(?:st|nd|rd|th)\b)/iu;

/** A verb of explaining before words that give a count in digits: "explained: “… exceeds 400 people …”". */
function countExplained(verb: string | null, clause: string): boolean {
  return /^explain\w*$/i.test(verb?.trim().split(/\s+/)[0] ?? '') && COUNT_IN_DIGITS.test(clause);
}

/**
 * "advised" in the sense of "informed", before a happening told in the past: "(the Maritime Bureau) advised that a
 * bulk carrier had been hit by a drone", "advised that the port was closed on Monday" (not "advised
 * that ships avoid the strait", "advised that crews should stay below deck", "advised that vessels
 * were to keep clear", advice given; nor "advised that ships, which have been warned, avoid …", a
 * relative clause's verb).
 */
const NEWS_ADVISED = /^\W*that\s+(?:(?!\b(?:should|must|to|will|would|shall|may|might|could)\b)[^;.])*?(?<!\b(?:which|who|that)\s+(?:\w+\s+)?)\b(?:had|has|have|was|were)\b(?!\s+to\b)/i;

/** Whether `verb` is "advised" and `words` tell a happening (NEWS_ADVISED): the verb informs, the words decide. */
function advisedOfNews(verb: string | null, words: string): boolean {
  return /^advised$/i.test(verb?.trim() ?? '') && NEWS_ADVISED.test(words);
}

/**
 * A subordinate clause or phrase of time, cause or concession fronted before the main clause and closed
 * by a comma: "When we are speaking on behalf of …, (we want …)", "After the talks began, (…)", "(that,)
 * considering the month between the visit and the dispatch, (…)", "Despite the losses, (…)" (not "if" nor "should",
 * whose condition the stance reads; nor "as", which also opens an amount: "as many as 3,000 …").
 */
const FRONTED_CLAUSE =
  /^\W*(?:that\W+)?(?:when|whenever|while|since|after|before|once|although|though|whereas|because|considering|given|despite|in\s+spite\s+of|following|amid|amidst|during)\s[^,;]{3,120},\s+(?=\S)/i;

/**
 * The day that dates the reporting verb, left at the head of the words it reports: "(said) Thursday it
 * would …", "(said) on Monday morning that the ships …" (not "Monday was the worst day", whose subject
 * the day is).
 */
const SAYING_DAY = new RegExp(
  String.raw`^\W*(?:(?:on|late|early)\s+)?${WEEKDAY_PATTERN}(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?=(?:that|it|he|she|they|we|i|its|their|his|her|our|the|there)\b)`,
  'iu',
);

/**
 * A wish to tell at the head of the clause, which does what it says: "I want to note that …", "we want
 * specially to stress …" (not "I want to go home", a wish, nor "I want to thank", thanks).
 */
const TELLING_WANTED = /^\W*(?:i|we)\s+(?:\w+ly\s+|also\s+)?want\s+(?:\w+ly\s+)?to\s+(?:note|stress|emphasi[sz]e|underline|underscore|highlight|point\s+out|say|state|inform\s+you|remind\s+you|mention|confirm)\s+(?:that\s+)?(?=\S)/i;

/** The clause without a wish to tell at its head (TELLING_WANTED): what is told. */
function withoutTellingWanted(clause: string): string {
  const wish = clause.includes('want') ? TELLING_WANTED.exec(clause) : null;
  return wish ? clause.slice(wish[0].length) : clause;
}

/**
 * The speaker's own telling announced at the head of the clause, which frames what follows and promises
 * nothing: "And I will say that we note …", "I'll tell you this: …", "we must stress that …", "I have to
 * say the talks went well" (not "I will tell them tomorrow", whose telling is still to come; nor "I would
 * say", an opinion given).
 */
const SAYING_FRAMED =
  /^\W*(?:(?:and|but|so|now)\s+)?(?:i|we)(?:\s+(?:will|must|can|have\s+to)|['’]ll)\s+(?:\w+ly\s+|also\s+)?(?:say|tell\s+you|add|note|stress|point\s+out|repeat)\s+(?:(?:this|that)\s*[:,—–-]?\s*|(?=(?:the|we|they|it|he|she|there|our|their|its)\b))(?=\S)/i;

/** The clause without its speaker's telling announced at its head (SAYING_FRAMED): what is told. */
function withoutSayingFramed(clause: string): string {
  const frame = /\b(?:say|tell|add|note|stress|point|repeat)\b/i.test(clause) ? SAYING_FRAMED.exec(clause) : null;
  return frame ? clause.slice(frame[0].length) : clause;
}

/**
 * A short adverb or phrase of manner, view, time or place fronted before the main clause and closed by a
 * comma: "Unfortunately, (…)", "In our view, (…)", "Of course, (…)", "Today, (…)", "At the moment, (…)", "As
 * you know, (…)" (not a name, "Italy, Spain and France agreed", nor a phrase with a number, "At least 20
 * people, most of them children, (…)", nor "as many as …", an amount; nor a view or an understanding, "In our
 * view, (…)", "As I understand it, (…)", which makes what follows the speaker's view).
 */
const FRONTED_PHRASE =
  /^\W*(?:that\W+)?(?:\p{Lu}?\p{Ll}{3,}ly|(?:in|of|at|for|from|with|by|on|as(?!\s+(?:many|much|few|little)\b)|under|to|among|despite|unlike|beyond|today|now|yesterday|currently|meanwhile|moreover|however|therefore|thus|so|still|indeed|again|overall|firstly|secondly|finally|then|here|instead|otherwise|nevertheless|nonetheless|furthermore|besides|rather)\b(?![^,;]*\b(?:view|opinion|understand\w*|knowledge|estimat\w*|assessment|judge?ment|mind|far\s+as)\b)[^,;\d]{0,40}?),\s+(?=\S)/iu;

/**
 * A participle phrase of circumstance fronted before the main clause: "Standing before the families, (I
 * …)", "Speaking to reporters in the capital, (…)", "Looking back, (…)" (not a gerund that is the subject,
 * "Shelling of the town, which began at dawn, killed three", nor a participle with a number, "Counting
 * the wounded, 40 …").
 */
const FRONTED_PARTICIPLE =
  /^\W*(?:that\W+)?(?:standing|speaking|addressing|referring|looking|responding|commenting|writing|talking|reflecting|turning|returning|recalling)\s+(?:to|before|at|in|on|with|back|about|from|after|by|over)\b[^,;\d]{0,100},\s+(?=\S)/i;

/** A fronted phrase or clause ends in a comma and a space: a clause without one has none to take off. */
const FRONTED_PHRASE_CUE = ', ';

/**
 * The clause without a fronted subordinate clause (FRONTED_CLAUSE), a fronted phrase (FRONTED_PHRASE) or a
 * day that dates the saying (SAYING_DAY): what its main clause says.
 */
function withoutFrontedClause(clause: string): string {
  const day = SAYING_DAY.exec(clause);
  let main = day ? clause.slice(day[0].length) : clause;
  // "Of course, when the talks began, …": a phrase, then a clause, each before the main clause.
  for (let pass = 0; pass < 2 && main.includes(FRONTED_PHRASE_CUE); pass++) {
    const fronted = FRONTED_CLAUSE.exec(main) ?? FRONTED_PHRASE.exec(main) ?? FRONTED_PARTICIPLE.exec(main);
    if (!fronted) break;
    main = main.slice(fronted[0].length);
  }
  return main;
}

/**
 * Verbs that greet, mention, guess at or suggest what they report rather than assert it: "welcomed",
 * "spoke of", "speculated", "suggests (that) …". The words still decide when they condemn, call,
 * promise or warn ("suggested that the crews should leave" calls).
 */
const NON_ASSERTING_VERB = /^(?:welcom\w*|spoke\s+of|speaks\s+of|speculat\w*|suggest\w*)$/i;

/** A negated verb of denial: "did not deny", "never rejected", "would neither confirm nor deny". */
function denialWithheld(verb: string): boolean {
  return /\b(?:not|n['’]t|never|neither)\b/i.test(verb) && isDenialVerb(verb.trim().split(/\s+/).at(-1) ?? '');
}

/**
 * Words whose first predicate looks ahead: "(does not believe) she will ever be able to return", "(did not
 * think) the talks would succeed", "(does not believe) they can win" (not "the reports", a claim; nor "the
 * ship could have been hit", what may have happened; nor "the aid has arrived and will be shared", a
 * happening told first).
 */
const FORECAST_FIRST =
  /^\W*(?:that\s+)?(?:[\p{L}’'-]+\s+){1,6}?(?:will|would|could|can|might|may)\s+(?!(?:\w+\s+)?have\s+\p{Ll}+(?:ed|en|wn|ne)\b)(?:\p{Ll}+ly\s+|ever\s+|still\s+|also\s+|not\s+|never\s+)?\p{Ll}+/iu;

/** Whether the words look ahead before they tell anything (FORECAST_FIRST), with no predicate of what is or was before it. */
function forecastInWords(words: string): boolean {
  const forecast = FORECAST_FIRST.exec(words)?.[0];
  if (forecast === undefined) return false;
  const modal = /\b(?:will|would|could|can|might|may)\b/i.exec(forecast);
  return !TELLS_WHAT_IS.test(forecast.slice(0, modal?.index ?? 0));
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

/** Whether the words reject blame or a claim (BLAME_REJECTED), read only where a word of it is. */
function blameRejected(words: string): boolean {
  return /accept|agree|tolerate|recogni|nobody|no one|no-one/i.test(words) && BLAME_REJECTED.test(words);
}

/** A negated belief denies what it names: "did not consider them a threat", "does not believe". */
const DENYING_BELIEF = /\b(?:consider|consider(?:s|ed)|believe[sd]?|think|thinks|thought|regard(?:s|ed)?|see|sees|saw|view(?:s|ed)?)$/i;
