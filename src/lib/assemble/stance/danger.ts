/** Stance `warns`: a danger flagged that the speaker does not threaten itself. Generic English. */
import { clauseAfterBut } from './clause.ts';
import { CueWords } from './cue-words.ts';

/**
 * Words that flag a danger without threatening it: "incredibly dangerous", "very serious", "our concern
 * is …", "playing with fire", "is following with great concern", a harm foretold ("sending them back
 * would be a death sentence", "would be essentially a death sentence", "a war would be a catastrophe", "the cargo could spill into the sea and worsen this environmental disaster"), a fear of harm ("residents fear reprisals",
 * "fear of ethnic cleansing"; not "fled in fear of reprisals", a motive) (not "war risk insurance", a kind of
 * cover; nor "concerned" right after a plural noun, "ships concerned about crossing", "the countries
 * concerned", which describes others, unless a verb such as "remains" stands there).
 */
export const DANGER = /\b(?:dangerous|danger|serious|concerning|(?:our|my|the|main|major|biggest|greatest)\s+concerns?|worried|worries|worrying|(?<!\b(?!(?:remains|seems|appears|looks|feels|grows|becomes)\s)[a-z]{2,}[^s\W]s\s)(?<!\bparty\s)concerned|threat|risks?(?!\s+(?:insurance|premiums?|cover)\b)|(?<!de-)escalat\w*|consequences|destabili[sz]\w*|alarming|grave|playing\s+with\s+fire|with\s+(?:\w+\s+)?concern|(?<!\b(?:in|for|of)\s+)fear(?:s|ed)?\s+(?:of\s+)?(?:(?:an?|the|further|new|possible|renewed|another|more)\s+)*(?:ethnic\s+cleansing|genocide|massacres?|atrocit(?:y|ies)|war\s+crimes?|aggression|persecution|reprisals?|violence|attacks?|war)|(?:would|will|could)\s+(?:\w+ly\s+)?(?:be|mean)\s+(?:\w+ly\s+)?(?:an?\s+)?(?:[\w-]+\s+)?(?:death\s+sentence|disaster|catastrophe|suicide|tragedy)|(?:would|will|could|may|might)\s+(?:[^.;,]{0,60}?\s)?(?:worsen|aggravate|exacerbate|deepen)\s+(?:the|this|that|an?|its|their)\s+(?:[\w-]+\s+)?(?:disaster|catastrophe|tragedy))\b/i;

/**
 * A danger the speaker's side sets itself against: "defend it against any threat", "to counter the
 * threat", "protect the crews from escalation", "to cope with the dangerous situation", "respond to any
 * threat", "proposing mechanisms to exclude such risks", "to prevent an escalation", "to avoid the risk",
 * "mitigating the danger". Acting against it promises protection; it warns of nothing.
 */
const DANGER_OPPOSED =
  /\b(?:against|counter(?:s|ed|ing)?|eliminat\w*|repel\w*|avert\w*|exclud\w*|prevent\w*|avoid\w*|mitigat\w*|minimi[sz]\w*|from|(?:cope|deal|grapple)\s+with|respond\s+to|in\s+the\s+face\s+of)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:threats?|dangers?|dangerous|risks?|(?<!de-)escalation)\b/giu;

/**
 * Words one of which every alternative of DANGER holds, read with its flags: "danger", "serious",
 * "concern", "worr(ied)", "threat", "risk", "escalat(ion)", "consequences", "destabili(se)", "alarming",
 * "grave", "fire", "fear", and the harms foretold ("death", "disaster", "catastrophe", "suicide", "tragedy").
 * Blanking what DANGER_OPPOSED matches leaves no word that was not there, so a clause without these has
 * no danger to flag; test/assemble/stance-cues.test.ts holds the list to DANGER.
 */
export const DANGER_CUE = new CueWords(/danger|serious|concern|worr|threat|risk|escalat|consequences|destabili|alarming|grave|fire|fear|death|disaster|catastrophe|suicide|tragedy/i);

/**
 * A danger named only, not flagged: a time marked by it ("before the recent escalation", "since the
 * escalation began", "in the wake of the crisis"), its absence ("the absence of any threat to …",
 * "poses no threat"), an escalation disowned ("we do not seek escalation", "neither Marsh City nor Fredonburg
 * seeks an escalation", "Sylvania is not interested in military escalation", "has no interest in a confrontation";
 * "they want escalation" is still flagged), or the matter of a meeting or a settlement ("(a meeting will be held) in connection
 * with the escalation", "(talks) to resolve the escalating conflict"; not "warned of an escalating
 * conflict", nor "worried about the escalation", whose worry is still flagged), or the state of the wounded
 * told ("scores of them remain in grave condition", "three sailors suffered serious injuries"; not "the
 * situation is serious", "is in grave danger").
 */
const DANGER_NAMED_ONLY =
  /\b(?:(?:before|after|since|following|prior\s+to|in\s+the\s+wake\s+of)\s+(?:the\s+|this\s+|that\s+|last\s+\w+['’]s\s+)?(?:[\p{L}-]+\s+){0,2}?(?:escalation|threats?|crisis)|(?:absence|lack)\s+of\s+(?:any\s+)?(?:[\p{L}-]+\s+)?(?:threats?|dangers?|risks?)|(?:poses?|posed|posing|is|was|are|were)\s+no\s+(?:[\p{L}-]+\s+)?(?:threats?|dangers?|risks?)|(?:(?:do|does|did)\s+not|don['’]t|doesn['’]t|never|nor\s+[^.;,]{1,40}?)\s+(?:\w+ly\s+)?(?:seeks?|wants?|desires?)\s+(?:an?\s+|any\s+|further\s+)*(?:escalation|confrontation)|(?:(?:is|are|was|were)\s+not\s+interested|(?:has|have|had)\s+no\s+(?:\w+\s+)?interest)\s+in\s+(?:an?\s+|any\s+|further\s+)*(?:(?:military|armed|regional|new)\s+)?(?:escalation|confrontation)|(?:in\s+connection\s+with|to\s+(?:discuss|resolve|settle|end|stop|halt))\s+(?:the\s+|this\s+|that\s+)?(?:[\p{L}-]+\s+){0,2}?(?:escalation|escalating\s+(?:[\p{L}-]+\s+)?(?:conflict|crisis|tensions?|situation|fighting)|crisis|threats?)|in\s+(?:a\s+)?(?:very\s+|extremely\s+)?(?:grave|serious)\s+condition|(?:suffered|sustained|received)\s+(?:[\p{L}-]+\s+)?(?:grave|serious)\s+(?:injuries|wounds|burns))\b/giu;

/**
 * An escalation said to be kept out of an act: "would handle the sale responsibly without escalating
 * tensions", "the talks ended without any escalation" — restraint or calm told, no danger flagged (not "the
 * crisis could escalate without urgent talks", where the escalation is the danger and "without" names
 * what would avert it).
 */
const ESCALATION_FORSWORN = /\b(?:without|with\s+no)\s+(?:any\s+|further\s+|an?\s+)*escalat\w*/gi;

/** Whether the clause flags a danger, leaving aside one the speaker acts against one named only and one forsworn. */
export function flagsDanger(clause: string): boolean {
  return (DANGER_CUE.test(clause) && DANGER.test(clause.replace(DANGER_OPPOSED, ' ').replace(DANGER_NAMED_ONLY, ' ').replace(ESCALATION_FORSWORN, ' '))) || unrestForetold(clause) || deathForetold(clause);
}

/**
 * Death foretold as what an act would bring about: "returning them would likely result in their
 * deaths", "crossing the pass could lead to many deaths", "would equate to a “death sentence”",
 * "would result in an effective death sentence". The modal of a hypothetical ("would",
 * "could", "might") governs a verb of bringing about whose object is a death; not "will" or "may"
 * (a threat or a forecast), nor a death told in a clause of its own ("would honour those killed").
 */
const DEATH_BROUGHT_ABOUT =
  /\b(?:would|could|might)\s+(?:(?:\p{Ll}+ly|also|then|even|well)\s+)*(?:result\s+in|lead\s+to|mean|cause|bring|equate\s+to|amount\s+to)\s+(?:(?:their|his|her|our|my|your|the|an?|certain|many|more|further)\s+)*(?:(?!(?:fewer|less|no|zero)\s)\p{Ll}+\s+)?[“"‘']?deaths?\b/iu;

/**
 * Death foretold on a condition: "I would not survive if I went back", "if handed over, they could be
 * killed". The hypothetical governs dying itself, and an "if" names the act it would follow; without
 * one it is a forecast ("600 sailors could die in the coming weeks"), which predicts.
 */
const DEATH_ON_CONDITION = /\b(?:would|could|might)\s+(?:(?:\p{Ll}+ly|also|then|even|well)\s+)*(?:be\s+(?:\p{Ll}+ly\s+)?killed|die|not\s+survive)\b/iu;

/** The cue of both: every match holds one of these words. */
const DEATH_CUE = new CueWords(/death|killed|die|survive/i);

/** Whether the clause foretells a death that an act would bring about, or that would follow on a condition it names. */
export function deathForetold(clause: string): boolean {
  return DEATH_CUE.test(clause) && (DEATH_BROUGHT_ABOUT.test(clause) || (/\bif\b/i.test(clause) && DEATH_ON_CONDITION.test(clause)));
}

/**
 * Unrest foretold as what something will bring: "these strikes will only fuel insecurity", "the move would
 * contribute to instability in the region", "could lead to more chaos", "will further inflame tensions" (not
 * "will help reduce tensions", "would ease the unrest", nor "contribute to stability", a good foretold; nor
 * "has fuelled instability", a past effect told).
 */
const UNREST_FORETOLD =
  /\b(?:will|would|could|may|might|can\s+only)\s+(?:\w+ly\s+|only\s+|further\s+|also\s+|just\s+)*(?:fuel|feed|stoke|inflame|breed|heighten|deepen|spread|increase|contribute\s+to|lead\s+to|add\s+to|result\s+in|sow)\s+(?:(?:the|more|further|greater|new|wider|regional)\s+)*(?:insecurity|instability|chaos|unrest|tensions?|turmoil|violence|bloodshed)\b/i;

/** UNREST_FORETOLD's cue: every match holds one of these words. */
const UNREST_CUE = new CueWords(/insecurity|instability|chaos|unrest|tension|turmoil|violence|bloodshed/i);

/** Whether the clause foretells unrest that something will bring (UNREST_FORETOLD), read only where a word of unrest is. */
export function unrestForetold(clause: string): boolean {
  return UNREST_CUE.test(clause) && UNREST_FORETOLD.test(clause);
}

/** A fear felt: "were worried", "was concerned". */
export const FEARED = /\b(?:worried|concerned|afraid|feared)\b/i;

/**
 * A danger to a common good said, in reported speech, to be posed: "(Berg said) the drought posed a
 * serious threat to food security", "the militias represented a danger to regional stability", "(she
 * said) the drought was a threat to food security". The reporting shifts the speaker's "poses" to the
 * past; the danger is still warned of (not "presented an imminent threat to merchant vessels", what a
 * weapon shot down was, told as past).
 */
export const DANGER_TO_A_GOOD =
  /\b(?:posed|presented|represented|constituted|was|were|remained)\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}?(?:threat|danger|risk)\s+to\s+(?:(?:the|its|their|our|his|her|regional|global|international|national|public|food|energy|world|economic|political)\s+)*(?:security|stability|peace|health|economy|livelihoods|environment|democracy|sovereignty|future|order|independence)\b/iu;

/** A clause told in the past: "was", "posed", "represented", "began". */
export const TOLD_AS_PAST = /\b(?:was|were|had|did|posed|presented|represented|constituted|began|caused|made|came|became)\b/i;

/**
 * An offence feared or named as a danger, not charged: "fear ethnic cleansing", "the danger of genocide",
 * "the risk of further aggression", "the threat of renewed massacres" (not "an act of ethnic cleansing").
 */
export const OFFENCE_FEARED = new RegExp(String.raw`\b(?:dangers?|risks?|threats?|threatened\s+(?:with|by)|fear(?:s|ed)?|afraid|spectre|prospects?)\s+(?:of\s+)?(?:(?:an?|the|further|new|possible|renewed|another|more)\s+)*(?:ethnic\s+cleansing|genocide|massacres?|atrocit(?:y|ies)|war\s+crimes?|aggression|persecution|reprisals?)\b`, 'giu');

/** Words one of which every match of OFFENCE_FEARED holds. */
export const FEARED_CUE = new CueWords(/danger|risk|threat|fear|afraid|spectre|prospect/i);

/**
 * A danger laid at the door of someone's acts: "the great risk to international shipping caused by these
 * rebel actions", "the threat posed by Sylvania's attacks" (not "the threat posed by the storm", nor "the
 * risk posed by unexploded mines", no one's acts).
 */
const DANGER_FROM_ACTS =
  /\b(?:risks?|dangers?|threats?)\s+(?:to\s+[^.;,]{1,60}?\s+)?(?:caused|posed|created)\s+by\s+(?:(?:the|these|those|its|their|such|this|his|her)\s+)?(?:[\p{L}’'-]+\s+){0,2}?(?:actions?|attacks?|activities|aggression|behaviou?r|strikes|provocations?)\b/iu;

/** Whether the words lay a danger at the door of someone's acts (DANGER_FROM_ACTS), read only where "by" is. */
export function dangerFromActs(words: string): boolean {
  return words.includes(' by ') && DANGER_FROM_ACTS.test(words);
}

/**
 * People put in danger by what the words name: "continue to endanger international mariners", "the
 * attacks endanger civilians", "have endangered US personnel" (not "endangered several fishing boats", nor "will not endanger our crews").
 */
const ENDANGERS_PEOPLE = /(?<!\b(?:not|never)\s+(?:\w+\s+)?)\bendanger(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,2}?(?:mariners|seafarers|sailors|crews?|civilians|people|residents|workers|passengers|families|children|personnel|staff|troops|soldiers|citizens|patients|refugees)\b/i;

/** Whether the words put people in danger (ENDANGERS_PEOPLE), read only where "endanger" is. */
export function endangersPeople(words: string): boolean {
  return words.includes('ndanger') && ENDANGERS_PEOPLE.test(words);
}

/** Whether `words` turn with "but" to a danger: ", but this is a worrying development". */
export function dangerAfterBut(words: string): boolean {
  const turned = clauseAfterBut(words);
  return turned !== null && flagsDanger(turned);
}
