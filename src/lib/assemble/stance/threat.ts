/** Stance `threatens`: the speaker's own force promised, on a condition or outright. Generic English. */
import { ownSideActs } from './own-intent.ts';
import { holdsPledge } from './pledges.ts';
import type { StanceSpeaker } from './speaker.ts';
import { CueWords } from './cue-words.ts';

/**
 * Clauses that threaten the speaker's own response, whatever the verb: "… will respond with force", "will
 * not hesitate to target", "will pay a heavy price", "are legitimate targets", "will be met with
 * escalation", "our response will be painful", "its forces would target", "the group would continue its
 * attacks", "will be targeted", "all options are on the table", "will not stand idly by", "will face a
 * strong response", "there would be a “firm, strong and effective response”" (not "there will be a
 * coordinated humanitarian response"), "will regret", "(warned) of a strong response", "would pay dearly", "we will
 * escalate", "(vowed) to expand attacks to …", "(the strikes) would not dissuade Sylvania from …", "will bear responsibility for the consequences", "will
 * receive a crushing response", "will continue to degrade" (or "continue attacking"), "will pay for this", "will be answered",
 * "we will not remain passive" (or "idle", "indifferent"; not "the markets will not remain passive"),
 * "will not hesitate to take action" (or "to direct further measures"), "will not tolerate attacks on our
 * personnel", "our operations will not stop", "they would not halt attacks" (not
 * another's force that "will not stop the attacks"), "will bear the consequences" (or "will continue to bear further consequences"), "will not be left
 * unpunished", "will have to pay a high price and bear all the terrible consequences", "(the) response
 * (to any attack) would be greater", "will impose further sanctions", "he’d consider imposing new sanctions", "(a clear message
 * that the attacks) would not be tolerated", "we will make sure we respond" (not "will make sure the
 * hospitals respond", another's response, nor "the humanitarian response would be greater", help). A response to needs, requests, questions or a crisis ("will
 * respond to the needs of the families") is help or an answer, no threat; nor is care taken on ("our army will
 * take full responsibility for them", "its forces will look after the wounded"), an undertaking. Force taken
 * as a measure is a threat: "will take all necessary military measures" (not "will take all necessary
 * measures to protect civilians", a pledge). Retaliation kept up, in the present: "the armed forces continue
 * to retaliate to any aggression against our country" (not "continue to respond to any requests", no act).
 * "We won’t hesitate to take further action" threatens as "will not hesitate" does. A response held in
 * reserve: "reserves the right to take further steps" (not a bare "reserves the right to take part").
 * Action foretold in the passive, with no one else to take it: "further action will be taken", "(warned)
 * that “action will be taken” if …" (not "legal action will be taken", a process; nor "action will be
 * taken to restore power", help with its purpose; nor "… against those responsible", justice promised).
 */
export const THREAT =
  /(?:\b(?:will|would|shall)\s+(?:\w+ly\s+)?|['’]d\s+)(?:consider\s+)?impos(?:e|ing)\s+(?:[\w-]+\s+)?sanctions\b|\b(?:(?:will|would|shall)(?:\s+make\s+sure(?:\s+that)?\s+(?:we|they|it|he|she))?|reserved? the right to)\s+(?:respond|retaliate|react|strike|hit back|take (?:countermeasures|measures|action))\b(?!\s+(?:\w+ly\s+)?to\s+(?:the\s+|their\s+|its\s+|our\s+|any\s+|all\s+|these\s+|such\s+)?(?:[\w-]+\s+)?(?:needs?|requests?|questions?|queries|calls?|concerns?|appeals?|inquiries|enquiries|emergenc\w*|crisis|disasters?|situation|demand)\b)|\b(?:(?:will|would|shall)\s+not|won['’]t|wouldn['’]t)\s+hesitate\s+to\s+(?:\w+\s+){0,4}?(?:targets?|attacks?|strikes?|hit|respond|retaliate|use|force|(?:take|direct|order|impose)\s+(?:\w+\s+)?(?:action|measures|steps)(?!\s+to\s+(?:support|help|assist|aid|boost|ease|relieve)\b))\b|\b(?:will|would|shall)\s+not\s+(?:\w+ly\s+)?(?:tolerate|allow|permit)\s+(?:any\s+)?(?:further\s+|more\s+|new\s+)?(?:attacks?|aggression|provocations?|incursions?|violations?)\b|\b(?:we|us)\s+(?:will\s+|would\s+|to\s+|can\s+)?(?:target|attack|strike|sink)\b|\b(?:will\s+not\s+(?:deter|dissuade|stop)|would\s+not\s+(?:deter|dissuade))\s+(?:\w+\s+){1,2}?from\b|\b(?:will|would)\s+continue\s+(?:to\s+(?:prevent|block|bar|target|attack|strike|degrade|disrupt)|(?:prevent|block|barr|target|attack|strik|degrad|disrupt)ing)\b|\b(?:have|has)\s+(?:now\s+)?(?:also\s+)?become\s+(?:legitimate\s+)?targets\b|\b(?:will|would|shall)\s+not\s+(?:go|pass|remain|be\s+left)\s+(?:unanswered|unpunished|without\s+(?:a\s+)?(?:response|reply|punishment|retaliation))\b|\b(?:will|would|shall)\s+not\s+be\s+tolerated\b(?!\s+by\b)|\b(?:will|would)\s+(?:\w+ly\s+)?(?:have\s+to\s+(?:prepare\s+to\s+)?)?pay\s+(?:(?:a|the)\s+(?:\w+\s+)?price|dearly|for)\b|\b(?:will|would)\s+(?:\w+ly\s+)?(?:have\s+to\s+|continue\s+to\s+)?bear\s+(?:all\s+)?(?:the\s+)?(?:(?:full|further|terrible|grave|dire|serious|severe|heavy)\s+)?consequences\b|\b(?:will|would)\s+bear\s+(?:the\s+|full\s+)*responsibility\s+(?:for|of)\s+(?:the\s+|all\s+)?consequences\b|\b(?:are|is|be|become|became|remain)\s+(?:now\s+)?(?:considered\s+)?(?:legitimate\s+)?targets\b|\b(?:will|would)\s+be\s+met\s+with\b|^\W*of\s+(?:a\s+|an\s+)?(?!(?:[\w-]+\s+){0,2}?(?:humanitarian|diplomatic|international|global|political|coordinated|joint|collective|legal)\b)(?:[\w-]+\s+){0,3}?(?:response|retaliation|reprisals?)\b|(?<!\b(?:humanitarian|international|global|public|market|immune|emergency|medical|official|diplomatic|policy)\s+)\b(?:response|retaliation|reply)\s+(?:to\s+[^,;.]{1,60}?\s+)?(?:will|would)\s+(?:\w+ly\s+)?be\s+(?:\w+\s+)?(?:strong|painful|harsh|decisive|severe|swift|forceful|crushing|firm|greater|bigger|larger|stronger|harsher|tougher|heavier)\b|\b(?:its|our|their|the group['’]s)\s+(?:armed\s+)?(?:forces|fighters|army|navy|missiles|drones|operations|attacks)\s+(?:will|would|shall)\s+(?!not\b|(?:\w+ly\s+|also\s+)?(?:take\s+(?:full\s+)?(?:responsibility|care)\s+(?:for|of)|look\s+after|care\s+for)\b)|\b(?:the group|the movement)\s+(?:will|would)\s+(?:continue\s+(?:to\s+|its\s+)?|keep\s+)?(?:target|attack|strike|hit|sink|escalat|expand)\w*|\b(?:will|would)\s+be\s+(?:\w+ly\s+)?(?:targeted|attacked|struck|sunk|destroyed|dealt\s+with|answered|avenged)\b(?!\s+by\b)|\b(?:hostile|legitimate)\s+targets?\b|\ball\s+options\s+(?:are|remain)\s+(?:on\s+the\s+table|open)\b|\bwill\s+not\s+(?:stand|sit)\s+idly\b|\bwill\s+not\s+(?:remain|stay|keep)\s+silent\b|\b(?:we|i)\s+(?:will\s+not|shall\s+not|won['’]t)\s+(?:remain|stay|be)\s+(?:passive|idle|indifferent)\b|\bwill\s+(?:face|receive|get)\s+(?:a\s+)?(?:\w+\s+)?(?:response|retaliation|punishment)\b|\bthere\s+(?:will|would|shall)\s+be\s+(?:an?\s+)?(?:(?:very|most)\s+)?(?:firm|strong|effective|harsh|decisive|severe|swift|forceful|crushing|painful|appropriate|resolute|tough|robust|fitting)(?:(?:,\s*|\s+and\s+|\s+)(?:firm|strong|effective|harsh|decisive|severe|swift|forceful|crushing|painful|appropriate|resolute|tough|robust|fitting|military))*\s+(?:response|retaliation|reply|reprisals?)\b|\bresponse\s+(?:[\p{L}-]+\s+){0,4}?is\s+(?:inevitable|coming|certain)\b|\bwill\s+regret\b|\b(?:we|i)\s+will\s+(?:expand|escalate|intensify|step\s+up|widen)\b|^\W*to\s+(?:expand|escalate|intensify|step\s+up|widen)\s+(?:\w+\s+)?(?:attacks|operations|strikes)\b|\b(?:our|their|its|the\s+group['’]s)\s+(?:[\w-]+\s+)?(?:operations|attacks|strikes)\s+(?:will|would|shall)\s+not\s+(?:stop|cease|end|halt)\b(?!\s+(?:the|a|an|\p{Lu}))|\b(?:we|they|it|the\s+group)\s+(?:will|would)\s+not\s+(?:stop|halt|cease|end|suspend)\s+(?:(?:its|their|our|the)\s+)?(?:[\w-]+\s+)?(?:attacks|operations|strikes)\b|\b(?:will|would|shall)\s+(?:\w+ly\s+)?take\s+(?:all\s+|every\s+|any\s+|further\s+)?(?:(?:necessary|appropriate|required|needed|possible|decisive)\s+)?(?:military|armed|retaliatory|punitive)\s+(?:measures|action|steps)\b|\bcontinu(?:es?|ing)\s+to\s+(?:retaliate|respond)\s+(?:to|against)\s+(?:any|every|all)\s+[^.;]{0,40}?\b(?:aggression|attacks?|provocations?|violations?)\b|\breserv(?:e|es|ed|ing)\s+the\s+right\s+to\s+take\s+(?:(?:further|additional|other|all|any|appropriate|necessary)\s+){1,2}(?:measures|action|steps)\b|(?<!\b(?:legal|disciplinary|criminal|corrective|remedial|urgent|humanitarian)\s+)\b(?:(?:further|military|firm|decisive|direct|appropriate)\s+)?action\s+(?:will|would|shall)\s+be\s+taken\b(?!\s+(?:\w+ly\s+)?(?:to|by|for)\b|\s+against\s+(?:those|anyone|whoever|the\s+(?:perpetrators|culprits))\b)/iu;

/**
 * The speaker's side's force kept up until the other side yields: "our strikes will continue until the
 * blockade is lifted", "their military operations against the enemy will continue until its aggression
 * ceases", and with no owner named, "the operations against Sylvania will continue until it stops its
 * war", "Operations against its ships will continue until …" (operations or strikes "against" a side
 * that open the clause or follow "the", told by the side that carries them out; not "Freedonian
 * operations against …", another side's, nor "the attacks
 * against our ships will continue …", another's attacks, nor "talks will continue until …", nor "its
 * relief operations will continue until …").
 */
const FORCE_UNTIL =
  /\b(?:(?:its|our|their|the\s+group['’]s)\s+(?:(?!(?:humanitarian|relief|rescue|aid|evacuation|peacekeeping|search)\b)[\w-]+\s+)?(?:operations|attacks|strikes|raids)|(?:^\W*|\bthe\s+)(?:military\s+)?(?:operations|strikes)\s+against)\b[^.;]{0,60}?\b(?:will|would|shall)\s+(?:continue|go\s+on|not\s+(?:stop|cease|end))\s+(?:until|unless|as\s+long\s+as)\b/i;

/**
 * Operations or strikes with no owner named, opening the clause, kept up as long as the other side's act
 * goes on: "operations will continue as long as the aggression and the siege persist", "strikes will not
 * stop until the occupation ends" (not "operations will continue until all survivors are found", no act of
 * the other side; nor "rescue operations will continue until …", help).
 */
const FORCE_UNTIL_UNOWNED =
  /^\W*(?:that\s+)?(?:the\s+)?(?:military\s+)?(?:operations|strikes)\s+(?:will|would|shall)\s+(?:continue|go\s+on|not\s+(?:stop|cease|end))\s+(?:until|unless|as\s+long\s+as)\b[^.;]{0,80}?\b(?:aggression|siege|blockade|occupation|war|attacks|stops|ends|is\s+lifted|are\s+lifted|withdraw\w*|halts)\b/i;

/** Words one of which every alternative of FORCE_UNTIL and FORCE_UNTIL_UNOWNED holds. */
const UNTIL_CUE = new CueWords(/until|unless|as long as/i);

/** Whether the clause keeps the speaker's force up until the other side yields (FORCE_UNTIL, FORCE_UNTIL_UNOWNED), read only where "until", "unless" or "as long as" is. */
export function forceKeptUntil(clause: string): boolean {
  return UNTIL_CUE.test(clause) && (FORCE_UNTIL.test(clause) || FORCE_UNTIL_UNOWNED.test(clause));
}

/**
 * Attacks said to go on or grow, with "the" or a possessive before them: "the attacks would not only
 * continue but expand", "its strikes will continue and intensify", "our operations would escalate" (not
 * "the talks would continue", no force; nor "the rescue operations would continue", help; nor "the
 * attacks on our ships will continue", another's force; nor "the attacks would stop", force ended). Whose
 * attacks they are the words do not say: the caller asks it only of a promise, and a side promises its
 * own force, not the other's.
 */
const FORCE_GOES_ON =
  /\b(?:the|its|their|our)\s+(?!(?:rescue|relief|humanitarian|aid|evacuation|search|peacekeeping|demining|recovery)\b)(?:[\p{L}-]+\s+)?(?:attacks|operations|strikes|raids)\b(?!\s+(?:on|against)\s+(?:our|us)\b)[^.;]{0,60}?\b(?:will|would|shall)\s+(?:not\s+only\s+)?(?:continue|go\s+on|expand|escalate|intensify|widen)\b/iu;

/** Whether the clause tells attacks going on or growing (FORCE_GOES_ON), read only where a verb of it is. */
export function forceGoesOn(clause: string): boolean {
  return /continue|go on|expand|escalate|intensify|widen/i.test(clause) && FORCE_GOES_ON.test(clause);
}

/**
 * THREAT's cue. A cue of single words ("will", "target", "response" …) passed a clause in three, most
 * of them for their "will" or "would" alone, and THREAT is slow to try at every word. Each alternative
 * of THREAT holds one of these:
 * - a word of its own that needs no modal: "targets", "hostile", "legitimate", "options", "reserve(s) the
 *   right", "sanctions", "(response is) inevitable, coming, certain" (THREAT_WORD);
 * - "will", "would", "shall" or "won(’t)" (or "’d", which comes with "sanctions") with a word of what follows it:
 *   "respond", "retaliate", "hesitate", "attacks", "pay", "consequences", "met (with)", "forces",
 *   "group", "regret", "escalate" … (MODAL, AFTER_MODAL);
 * - "we" or "us" before a verb of force: "we target", "us to strike" (FORCE_VERB);
 * - "of" or "to" opening the clause: "(warned) of a strong response", "(vowed) to expand attacks".
 * - retaliation kept up, with no modal: "continue to retaliate", "continues to respond".
 * test/assemble/stance-cues.test.ts holds the cue to THREAT.
 */
const THREAT_WORD = new CueWords(/targets|hostile|legitimate|option|reserve|sanction|inevitable|coming|certain/iu);
const MODAL = new CueWords(/will|would|shall|won/iu);
const AFTER_MODAL = new CueWords(
  /respon|retaliat|react|strike|hit back|measures|action|hesitat|attack|aggression|provocation|incursion|violation|deter|dissuade|stop|continue|unanswered|unpunished|without|tolerated|pay|consequence|met|reply|forces|fighters|army|navy|missiles|drones|operation|group|movement|target|struck|sunk|destroyed|dealt|answered|avenged|idly|silent|passive|idle|indifferent|punishment|regret|expand|escalat|intensif|step|widen/iu,
);
const FORCE_VERB = new CueWords(/target|attack|strike|sink/iu);

export const THREAT_CUE = {
  /** Whether the clause may hold a threat (see above); false only where THREAT cannot match. */
  test(clause: string): boolean {
    return (
      THREAT_WORD.test(clause) ||
      (MODAL.test(clause) && AFTER_MODAL.test(clause)) ||
      (FORCE_VERB.test(clause) && /\b(?:we|us)\s/iu.test(clause)) ||
      /^\W*(?:of|to)\s/iu.test(clause) ||
      /\bcontinu\w*\s+to\s+(?:retaliate|respond)\b/iu.test(clause)
    );
  },
};

/**
 * A consequence drawn from a condition: "If they deploy, they are fair targets", and its inverted
 * form, "Should their troops be used, …".
 */
export const CONDITIONAL = /^\W*(?:(?:but|and|so|that)\W+)?(?:if\b|should\s+(?!\w+\s+(?:be\s+)?(?:done|taken|considered)\b)[\w.’'-]+(?:\s+[\w.’'-]+){0,3}\s+(?:be|have|go|move|enter|cross|attack|fight|face|come|suffer)\b)|\bif (?:they|it|he|she|we|you|this|that)\b/i;

/**
 * The first clause after a condition's comma: "If …, [they're fair targets], and …"; after the last
 * of several: "if …, if …, [I will consider it a duty]".
 */
export function consequenceOf(conditional: string): string {
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
export function promisedHelp(consequence: string): boolean {
  return AID_PROMISED.test(consequence) || (holdsPledge(consequence) && !FORCE.test(consequence));
}

/**
 * Conditions that foretell no consequence: a concession ("Even if they are prisoners, …"), a
 * counterfactual past ("If I had a rifle, I would have fought"), a way of counting ("If calculated
 * in shells, …") or a name hedged ("the fighters, if they can be so called, …", "if they can be
 * classified as such").
 */
export const NO_CONSEQUENCE =
  /\beven if\b|\b(?:would|could|might)(?:\s+\w+ly)?\s+have\b|^\W*if\s+\p{Ll}+ed\b|\bif\s+(?:they|it|he|she|this|that|these|those)\s+(?:can|could|may|might)\s+(?:even\s+|really\s+|properly\s+)?be\s+(?:so\s+)?(?:called|classified|described|termed|labell?ed|considered|regarded|counted)\b/iu;

/**
 * A side's force offered to end once the other side yields, a promise on a condition: "anti-terrorist
 * activities would end if weapons were laid down", "Marsh City will end its operation if the fighters lay
 * down their weapons", "the offensive will stop as soon as the rebels surrender", "anti-terror measures will be stopped if the weapon is
 * laid down" (not "attacks will stop
 * when the war in the valley ends", a forecast on no one's yielding, nor "the fighting will stop if the talks
 * succeed").
 */
const FORCE_TO_END_ON_YIELDING: [string, RegExp][] = [
  ['force named, then its end', /\b(?:operations?|activities|measures|offensive|strikes|attacks|hostilities|campaign|fighting)\b[^.;]{0,60}?\s(?:will|would|shall)\s+(?:only\s+)?(?:stop|end|cease|halt|be\s+(?:halted|stopped|suspended|ended))\s+(?:immediately\s+)?(?:if|once|as\s+soon\s+as|when|provided)\b[^.;]{0,80}?\b(?:lays?\s+down|laid\s+down|surrender\w*|disarm\w*|hands?\s+over|handed\s+over)\b/i],
  ['its end, then the force', /\b(?:will|would|shall)\s+(?:stop|end|cease|halt|suspend)\s+(?:its|their|our|the)\s+(?:[\w-]+\s+){0,2}?(?:operations?|activities|measures|offensive|strikes|attacks|hostilities|campaign)\b[^.;]{0,60}?\b(?:if|once|as\s+soon\s+as|when|provided)\b[^.;]{0,80}?\b(?:lays?\s+down|laid\s+down|surrender\w*|disarm\w*|hands?\s+over|handed\s+over)\b/i],
];

/** The words of yielding, one of which FORCE_TO_END_ON_YIELDING holds (read anywhere in a word). */
const YIELDING_CUE = new CueWords(/\b(?:lay|laid|surrender|disarm|hand)/i);

/** Whether the clause offers to end a side's force once the other yields (FORCE_TO_END_ON_YIELDING), read only where a word of yielding is. */
export function offersEndOnYielding(clause: string): boolean {
  return YIELDING_CUE.test(clause) && FORCE_TO_END_ON_YIELDING.some(([, pattern]) => pattern.test(clause));
}

/**
 * A pledge of force against others is a threat: "vowed to target any ship", "pledged to strike back", "to
 * expand attacks", "to respond with more attacks", "will carry out drone and missile attacks", "would continue their recent aggression
 * against ships", "(its commitment) to continuing operations … against Sylvanian ships" (not "will conduct investigations into attacks", nor "will continue monitoring
 * attacks against …", an act of watching, nor "relief operations against all odds"); force kept up,
 * "(promised) to continue attacks until …", "(vowed) not to stop attacking ships until …", "(vowed) to
 * continue attacking ships", "(said) they would also attack US vessels", "would then retaliate", "would start
 * firing missiles at warships" (not "to continue talks", nor
 * "not to stop helping"). Action held ready against another side: "(is ready) to take additional
 * measures against the group", "(willing) to take direct action" (not "to take measures against the
 * spread of the disease", a danger; nor "against illegal fishing", "against terrorism", an activity; nor
 * "to take action against those responsible", justice).
 */
export const FORCE =
  /\b(?:to|will|would)\s+(?:also\s+|then\s+)?(?:continue\s+(?:to\s+)?|continuing\s+|keep\s+(?:up\s+)?|(?:start|begin)\s+)?(?:target|attack|strike|hit|destroy|retaliate|fight\s+back|sink|shoot|fir(?:e|ing)\s+(?:[\w-]+\s+){0,2}?(?:missiles|rockets|drones|shells)\s+(?:at|on|into)|respond\s+with\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|force|missiles|drones|fire)|(?:launch|carry\s+out|conduct|mount|stage)(?:ing)?\s+(?:(?!(?:of|into|on|about|after|against|for|by)\b)[\w-]+\s+){0,3}?(?:strikes|attacks|raids|assaults)|(?:expand|escalate|intensify|step\s+up|widen)(?:ing)?\s+(?:\w+\s+)?(?:attacks|operations|strikes)|(?:(?:its|our|their|the)\s+)?(?:(?!\w+ing\b|(?:humanitarian|relief|rescue|aid|evacuation|peacekeeping)\b)[\w-]+\s+)?(?:operations|attacks|strikes|aggression|raids|assaults)\b[^.;]{0,60}?\bagainst)\b|\b(?:retaliation|revenge|reprisals?|targets?)\b|\b(?:to|will|would)\s+(?:continue|keep\s+up)\s+(?:(?:its|their|our|the)\s+)?(?:attacks|strikes|raids|assaults)\b|\bnot\s+to\s+(?:stop|halt|cease|end|suspend)\s+(?:attacking|targeting|striking|(?:(?:its|their|our|the)\s+)?(?:attacks|strikes|raids|assaults))\b|\b(?:to|will|would)\s+(?:also\s+)?(?:continue|keep(?:\s+on)?)\s+(?:targeting|attacking|striking|hitting|sinking|bombing|shelling)\b|\btake\s+(?:(?:further|additional|more|direct|decisive|firm|military|tough|punitive|retaliatory)\s+){0,2}(?:action|measures|steps)\s+against\s+(?!(?:the\s+)?(?:spread|disease|epidemic|pandemic|virus|poverty|corruption|hunger|famine|fires?|floods?|smuggling|trafficking|crime)\b|(?:those|anyone|whoever)\b|(?:the\s+)?(?:perpetrators|culprits)\b|(?:[\w-]+\s+)?[\w-]+(?:ing|ism|tion)\b)|\btake\s+(?:further\s+)?direct\s+action\b/i;

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
 * would be struck", "only military infrastructure would be disabled"; not "any ship will be targeted", nor
 * "not only ports but also ships will be hit"), and civilians spared ("civilian facilities would not be
 * targeted", "the civilian population will not be harmed").
 */
const JUSTICE_OR_RESTRAINT: [string, RegExp][] = [
  ['justice promised', /\b(?:(?:all\s+)?those|anyone|whoever\s+(?:is|was))\s+(?:\w+\s+)?(?:responsible|guilty|behind\s+(?:the|this|these|it))\b[^.;]{0,60}?\b(?:will|would|shall)\s+(?:\w+ly\s+)?(?:be\s+(?:\w+ly\s+)?(?:punished|brought\s+to\s+justice|held\s+(?:accountable|responsible)|prosecuted)|(?:receive|face|get)\s+(?:(?:due|severe|appropriate|just|fair|the\s+\w+)\s+)?(?:punishment|justice))\b|\bthe\s+(?:perpetrators|culprits|guilty|killers)\b[^.;]{0,60}?\b(?:will|would|shall)\s+(?:\w+ly\s+)?(?:be\s+(?:\w+ly\s+)?(?:punished|brought\s+to\s+justice|held\s+(?:accountable|responsible)|prosecuted)|(?:receive|face|get)\s+(?:(?:due|severe|appropriate|just|fair)\s+)?(?:punishment|justice))\b/i],
  ['force confined', /(?<!\bnot\s+)\bonly\s+(?:[\w-]+\s+){0,3}?(?:military|legitimate)\s+(?:[\w-]+\s+){0,4}?(?:will|would|shall)\s+be\s+(?:\w+ly\s+)?(?:targeted|struck|hit|attacked|disabled|neutrali[sz]ed|destroyed)\b/i],
  ['civilians spared', /\bcivilians?\s+(?:[\w-]+\s+){0,3}?(?:will|would|shall)(?:\s+not|n['’]t)\s+be\s+(?:\w+ly\s+)?(?:targeted|struck|hit|attacked|harmed|affected|shelled)\b/i],
];

/** Words one of which every pattern of JUSTICE_OR_RESTRAINT holds. */
const JUSTICE_OR_RESTRAINT_CUE = new CueWords(/responsible|guilty|behind|perpetrator|culprit|killer|only|civilian/i);

/** Whether the clause promises justice or confines force (JUSTICE_OR_RESTRAINT), read only where a word of them is. */
export function promisesJusticeOrRestraint(clause: string): boolean {
  return JUSTICE_OR_RESTRAINT_CUE.test(clause) && JUSTICE_OR_RESTRAINT.some(([, pattern]) => pattern.test(clause));
}

/**
 * The speaker's own response weighed, a hedged vow of force: "(vowed) to consider all appropriate
 * responses", "(pledged) to weigh every possible response", "(promised) to examine all military options"
 * (not "to consider all options to help the refugees", nor bare "all options", which may be any course;
 * nor "all appropriate responses to the flood", help in a disaster; nor "the responses of the survey").
 */
const RESPONSE_WEIGHED =
  /\b(?:consider|weigh|examine|study|review)(?:ing)?\s+(?:all|every|any)\s+(?:(?:appropriate|necessary|possible|available|proportionate|potential)\s+){0,2}(?:responses?|response\s+options|military\s+options)\b(?!\s+(?:to|for|in)\s+(?:the\s+|a\s+|an\s+|this\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:help|support|assist|aid|protect|reliev|eas|rescu|evacuat|humanitarian|relief|needs?|requests?|crisis|disasters?|emergenc|pandemic|outbreak|floods?|earthquakes?|storms?|fires?)\w*)/i;

/**
 * A response vowed to the other side's force, which answers force with force: "(vowed) to respond to the
 * strikes", "(pledged) to respond to any aggression", "will respond to these attacks" (not "to respond to
 * the needs of the victims", "to the crisis", help or an answer; nor "not to respond to the provocation",
 * restraint).
 */
const RESPONSE_TO_FORCE =
  /(?<!\b(?:not|never)\s+)\b(?:to|will|would|shall)\s+(?:\w+ly\s+)?respond\s+to\s+(?:the|any|these|this|those|their|such|every|all|further|its)?\s*(?:[\p{L}-]+\s+){0,2}?(?:strikes?|attacks?|aggression|bombing|bombardment|raids?|assaults?|airstrikes?|air\s+strikes?|shelling)\b/iu;

/** Whether the clause vows a response to the other side's force (RESPONSE_TO_FORCE), read only where "respond to" is. */
export function responseToForceVowed(clause: string): boolean {
  return clause.includes('respond to') && RESPONSE_TO_FORCE.test(clause);
}

/**
 * An idiom that holds out action to come against whoever is warned: "watch this space" (said to the
 * other side: "(warned the group to) watch this space"). Read only where "space" is.
 */
const VEILED_THREAT = /\bwatch\s+this\s+space\b/i;

/**
 * The side's own words held ready to be followed by acts, said to those it has warned or told to stop:
 * "we remain prepared to back our words with actions", "Freedonia stands ready to back its words with
 * deeds", "(vowed to) back our words with actions" — action held out, as "watch this space" holds it out.
 * Only the speaker's readiness or will, or the vow's bare words (not "Sylvania must back its words with
 * actions", a call; "failed to back its words with action", a failing laid; "had backed its words with
 * deeds", a thing told; "to back their words with aid", help named).
 */
const WORDS_BACKED_BY_ACTS =
  /(?:^\W*(?:to\s+)?|\b(?:prepared|ready|willing|determined|will|would|shall)\s+(?:to\s+)?)back\s+(?:up\s+)?(?:our|its|their|his|her|my)\s+(?:\w+\s+)?words\s+with\s+(?:\w+\s+)?(?:actions?|deeds)\b/i;

/** Whether the clause holds the side's words ready to be backed by acts (WORDS_BACKED_BY_ACTS), read only where "words" is. */
function wordsBackedByActs(clause: string): boolean {
  return clause.includes('words') && WORDS_BACKED_BY_ACTS.test(clause);
}

/**
 * Passivity forsworn on the other side's act, an idiom of retaliation: "(emphasized that) the group would not
 * remain passive if Sylvania escalated its involvement", "we will not stand idly by if they attack the
 * islands" (not "would not remain passive in the talks", "will not remain silent", with no act of the other
 * side to answer; nor "would not stand idly by while the crews starve", help held out).
 */
const PASSIVITY_FORSWORN_ON_CONDITION =
  /\b(?:will|would|shall)\s+not\s+(?:remain|stay|stand|sit)\s+(?:passive|idle|idly\s+by|by\s+idly|with\s+(?:its|their|our|his|folded)\s+(?:arms|hands)\s+folded)\s+if\b/i;

/** Whether the clause holds out action to come in an idiom (VEILED_THREAT, WORDS_BACKED_BY_ACTS, PASSIVITY_FORSWORN_ON_CONDITION). */
export function veiledThreat(clause: string): boolean {
  return (clause.includes('space') && VEILED_THREAT.test(clause)) || wordsBackedByActs(clause) || (clause.includes('if') && PASSIVITY_FORSWORN_ON_CONDITION.test(clause));
}

/**
 * No act of the other side let pass, told with "no" before the act: "no attack will pass without a
 * response", "no strike on our cities will go unpunished", "no violation shall be left unanswered" — the
 * speaker's response vowed, as "the aggression will not go unpunished" is; "no manifestation of Sylvanian
 * aggression will go unanswered", the act named after up to three words (not "no request will go
 * unanswered", a service promised; nor "no crime went unpunished", a past told).
 */
const NO_ACT_UNANSWERED =
  /\bno\s+(?:[\p{L}.-]+\s+){0,3}?(?:attacks?|aggression|strikes?|provocations?|violations?|crimes?|assaults?|raids?|acts?\s+of\s+(?:aggression|terror))(?:\s+(?:on|against|by|from)\s+[^,;.]{1,40}?)?\s+(?:will|would|shall)\s+(?:\w+ly\s+)?(?:go|pass|remain|be\s+left)\s+(?:unanswered|unpunished|without\s+(?:a\s+)?(?:response|reply|punishment|retaliation))\b/iu;

/** Whether the clause vows that no act of the other side goes unanswered (NO_ACT_UNANSWERED), read only where "no " is. */
export function noActUnanswered(clause: string): boolean {
  return /\bno\s/i.test(clause) && /unanswered|unpunished|without/i.test(clause) && NO_ACT_UNANSWERED.test(clause);
}

/**
 * The other side's acts not to be suffered to go on, the clause ending there: "these attacks cannot be
 * allowed to continue", "this cannot continue and cannot be allowed to continue", "such behaviour will not
 * be allowed to go on", "we will not allow these attacks to continue" — the speaker's side will stop them,
 * as "will not go unanswered" vows (not "the talks cannot be allowed to fail", a call; "the refugees will
 * not be allowed to continue their journey", a restriction told; "the situation cannot continue like
 * this", a judgement).
 */
const ACTS_NOT_SUFFERED =
  /(?:^\W*(?:this|that|it)\s+(?:[^.;]{0,40}?\s+)?|\b(?:attacks?|strikes?|aggression|provocations?|behaviou?r|acts?|raids?|violations?|threats?)\s+(?:[^.;]{0,40}?\s+)?)(?:cannot|can['’]t|must\s+not|mustn['’]t|will\s+not|won['’]t|shall\s+not|should\s+not)\s+be\s+(?:allowed|permitted|tolerated)\s+to\s+(?:continue|go\s+on|persist)\s*(?:$|[.;!]|,?\s+and\b)|\b(?:will|shall)\s+not\s+(?:allow|permit|tolerate)\s+(?:these|such|this|the|their|its|any|further)\s+(?:[\p{L}-]+\s+){0,2}?(?:attacks?|strikes?|aggression|provocations?|behaviou?r|acts?|raids?|violations?)\s+to\s+(?:continue|go\s+on|persist)\s*(?:$|[.;!]|,?\s+and\b)/iu;

/** Whether the clause holds that the other side's acts will not be suffered to go on (ACTS_NOT_SUFFERED), read only where "allow", "permit" or "tolerat" is. */
export function actsNotSuffered(clause: string): boolean {
  return /allow|permit|tolerat/i.test(clause) && ACTS_NOT_SUFFERED.test(clause);
}

/** Whether a promise promises force (FORCE, FORCE_NAMED, RESPONSE_WEIGHED, RESPONSE_TO_FORCE), leaving aside force it forswears (RESTRAINT). */
export function promisesForce(clause: string): boolean {
  if (FORCE_NAMED.test(clause) || (/option|respons/i.test(clause) && RESPONSE_WEIGHED.test(clause)) || responseToForceVowed(clause) || wordsBackedByActs(clause)) return true;
  return FORCE.test(clause) && FORCE.test(clause.replace(RESTRAINT, ' '));
}

/** A warning of what the speaker will do unless obeyed: "warned them of consequences unless they halt …". */
export const CONDITIONAL_CONSEQUENCES = /\bconsequences\b[^.;]{0,40}?\b(?:unless|if)\b/i;

/** The word CONDITIONAL_CONSEQUENCES holds: in few clauses, while the pattern was asked of every one. */
export const CONSEQUENCES_CUE = new CueWords(/consequences/i);

/**
 * Whether the side's own force is the consequence of a condition: "(declared that) if Freedonia attacked
 * them, they would target its warships", "“If they strike us, we will then retaliate”": a threat, whatever
 * verb reports it ("warned" too).
 */
export function ownForceOnCondition(clause: string, speaker: StanceSpeaker): boolean {
  if (!CONDITIONAL.test(clause)) return false;
  const consequence = consequenceOf(clause);
  return FORCE.test(consequence) && ownSideActs(consequence, clause.slice(0, Math.max(0, clause.indexOf(consequence))), speaker);
}
