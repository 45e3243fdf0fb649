/** Stance `condemns`: offences named, blame laid, motives accused. Generic English. */
import { dangerFromActs, endangersPeople, FEARED_CUE, OFFENCE_FEARED } from './danger.ts';
import { feeling } from './verb.ts';
import { CueWords } from './cue-words.ts';

/** Words that name a claim false. */
export const FALSEHOOD = /\b(?:lies?|lying|fake|false|fabricat\w*|baseless|groundless|nonsense|propaganda|disinformation|misinformation|untrue)\b/i;

/**
 * A claim or a plan named a fiction: "labelled such statements as “fantasies”", "called the reports a
 * hoax", "described the plan as a pipe dream" (not "called the park a fantasy land", "described the book
 * as science fiction": no claim is named).
 */
export const CLAIM_NAMED_FICTION =
  /^\W*(?:(?:the|these|those|such|this|that|its|their|his|her|all|any|[\p{L}-]+['’]s)\s+)*(?:[\p{L}-]+\s+){0,2}?(?:statements?|claims?|reports?|allegations?|accusations?|rumou?rs?|plans?|proposals?|ideas?|initiatives?|talk|assertions?|suggestions?|stories|story|accounts?|it)\b[^.;]{0,40}?\b(?:fantas(?:y|ies)|fiction|myths?|hoax(?:es)?|pipe\s+dreams?)\b/iu;

/** A statement that opens by condemning: "We strongly denounce the actions of …". */
export const CONDEMNS_FIRST = /^\W*(?:we|i)\s+(?:\w+ly\s+)?(?:condemn|denounce|deplore|decry)\b/i;

/**
 * Words that condemn what they describe: "illegal", "aggression", "provocations", "violations" (offences
 * named in the plural; COUNTED_OFFENCE keeps a tally apart), an act named by a word of blame ("an aggressive
 * attack", "terrorist acts", "brazen"), "ethnic cleansing", "a breach of", "deplores"
 * (the verb, whoever is its subject: "the bloc deplores the loss of lives"), "is
 * to blame", "is not acceptable", "discrediting the institution", "has invariably opposed" (not "forces opposed to", a name),
 * "have put innocent lives at risk", "endangering the lives of" (danger laid at someone's door), "violated
 * the resolutions", "complicit", words of disgust ("the filthiest coalition", "disgraceful"), "had poisoned
 * the minds of the population", a treacherous act ("a treacherous attack"; not "treacherous waters", a
 * danger of a place), an act said to make "a mockery of" the law or to undermine peace, stability or a
 * truce (not "would undermine", an effect foretold), "piracy" (not "an anti-piracy patrol", the mission that
 * counters it named).
 */
export const CONDEMNATION =
  /\b(?:illegal|unlawful|violations?|violates|violated|violating|complicit|complicity|filthiest|vilest|disgraceful|war crimes?|crimes?|criminal|barbaric|atrocit(?:y|ies)|condemn\w*|denounc\w*|aggression|aggressive\s+(?:attacks?|acts?|actions?|strikes?|war)|terrorist\s+(?:attacks?|acts?)|provocations?|abhorrent|unacceptable|deplor(?:able|es?|ed|ing)|outrageous|reprehensible|heinous|despicable|shameful|reckless|irresponsible|(?<!\b(?:anti|counter)[\s-]?)piracy|flagrant|blatant|brazen|unjustified|unjustifiable|appalling|egregious|indiscriminate|cowardly|perfidious|treacherous\s+(?:[\w-]+\s+)?(?:attacks?|aggression|acts?|strikes?|assaults?|raids?|shelling|killings?|murders?|betrayal)|wanton|senseless|insult(?:s|ing)?|humiliat\w*|cynic(?:al|ism)|unprovoked|inadmissib\w*|hegemon\w*|ethnic cleansing|genocid\w*|breach(?:es)?|massacres?|farce|mockery|(?<!\b(?:will|would|could|may|might|can|to)\s+(?:\w+ly\s+)?)undermin(?:es|ed|ing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:peace|stability|security|sovereignty|ceasefire|truce|talks|efforts)|interference|(?:is|are) to blame|cannot be (?:accepted|tolerated|justified)|(?:is|are|was|were|be)(?:\s+not|n['’]t)\s+(?:\w+ly\s+)?(?:acceptable|tolerable|permissible|justified|justifiable)|put(?:s|ting)?\s+(?:[\w-]+\s+){0,2}?lives\s+at\s+risk|endanger(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,2}?lives|bears? (?:the\s+)?(?:full\s+)?responsibility(?!\s+to\s+[a-z])|discredit(?:s|ed|ing)?|poison(?:s|ed|ing)?\s+(?:[\w’'-]+\s+){0,3}?minds)\b|\b(?:am|is|are|we['’]re|I['’]m)\s+(?:\w+ly\s+)?against\b|\b(?:we|i|it|they)\s+(?:\w+ly\s+)?(?:oppose[sd]?|(?:do|does)\s+not\s+support)\b|\b(?:has|have|had)\s+(?:\w+ly\s+|always\s+)?opposed\b/i;

/**
 * Judgements of something found wanting, which condemn when a verb names what it reports ("described
 * the situation as “unsustainable”", "describing the aid as “insufficient”"); elsewhere they may only
 * warn ("may translate into inadequate funding").
 */
export const CENSURE = /\b(?:insufficient|inadequate|unsustainable|intolerable|disproportionate|unfair|unjust)\b/i;

/**
 * Offences counted: "the 23rd illegal attack", "25 illegal and unacceptable attacks", "numerous acts of
 * violation", "12 violations of the ceasefire", and none: "no violations of the truce were recorded".
 */
export const COUNTED_OFFENCE =
  /\b(?:\d[\d,]*(?:st|nd|rd|th)?|no|zero|numerous|several|multiple|dozens\s+of|hundreds\s+of|two|three|four|five|six|seven|eight|nine|ten|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:[\p{L}-]+\s+){0,2}?(?:illegal\s+(?:and\s+[\p{L}-]+\s+)?[\p{L}-]+|violations?|acts\s+of\s+violation|breach(?:es)?|provocations?)\b/giu;

/**
 * A side's armed units named by the usual label: "illegal armed groups", "illegal military units", "illegal
 * formations", with the side's name or demonym between ("illegal Sylvanian armed groups").
 */
export const ILLEGAL_GROUP = /\billegal\s+(?:\p{Lu}[\p{L}-]*\s+)?(?:(?:armed|military|paramilitary)\s+)?(?:groups?|formations?|units?|detachments?)\b/giu;

/**
 * Aggression supposed, not charged: "(a pact on assistance) if either faced armed aggression", "in the
 * event of aggression against …", "should one side suffer an armed aggression" (not "the aggression",
 * "this aggression", "Sylvania's aggression", which name one).
 */
export const AGGRESSION_SUPPOSED =
  /\b(?:(?:if|should|were)\s+(?:[\p{L}-]+\s+){1,4}?(?:faces?|faced|facing|suffers?|suffered|(?:is|are|was|were|be)\s+subjected\s+to)|in\s+(?:the\s+)?(?:event|case)\s+of)\s+(?:an?\s+)?(?:(?:armed|military|external|foreign)\s+)?aggression\b/giu;

/**
 * A breach supposed, not charged: "(the centre) is informed of any case of violation of the ceasefire",
 * "every instance of a breach is logged" (not "any violation will be punished", which names none either
 * but is read by its threat; nor "this violation", "the breaches", which name one).
 */
export const BREACH_SUPPOSED = /\b(?:any|every|each)\s+(?:cases?|instances?|incidents?)\s+of\s+(?:an?\s+|the\s+)?(?:violations?|breach(?:es)?)\b/giu;

/**
 * Offences an act is meant to stop or only supposed, not charged: "(launched the measures to) suppress large-scale
 * provocations", "to uphold the accord, suppress provocations" (a second purpose in a list), "to prevent possible
 * provocations by …", "in order to stop violations of the truce",
 * "to deter further aggression" — the act's purpose, as the speaker gives it (not "the provocations
 * continued", "stop these provocations!", which charge them); and offences only supposed ("is monitoring
 * Sylvania's possible provocations", "potential violations").
 */
export const OFFENCE_PREVENTED =
  /\b(?:to|of|at|for)\s+(?:[^,.;]{1,60}?,\s+(?:and\s+)?)?(?:\w+ly\s+)?(?:prevent(?:ing)?|suppress(?:ing)?|stop(?:ping)?|deter(?:ring)?|thwart(?:ing)?|curb(?:ing)?|avert(?:ing)?|repel(?:ling)?|counter(?:ing)?)\s+(?:(?:possible|potential|further|any|new|future|large-scale|renewed|more)\s+)*(?:[\p{L}-]+\s+)?(?:provocations?|violations?|aggression|breach(?:es)?|terrorist\s+(?:attacks?|acts?))\b|\b(?:possible|potential)\s+(?:[\p{L}-]+\s+)?(?:provocations?|violations?|breach(?:es)?|terrorist\s+(?:attacks?|acts?))\b/giu;

/**
 * Words one of which every match of COUNTED_OFFENCE, ILLEGAL_GROUP, AGGRESSION_SUPPOSED and OFFENCE_PREVENTED
 * holds, read with their flags: "illegal", "violation", "breach", "provocation", "aggression", "terrorist".
 * test/assemble/stance-cues.test.ts holds the list to the four.
 */
export const OFFENCE_CUE = new CueWords(/illegal|violation|breach|provocation|aggression|terrorist/iu);

/** The words with the offences counted or prevented, the armed units labelled and the aggression or breach supposed blanked (see CONDEMNATION). */
function withoutOffencesNamedOnly(words: string): string {
  // Most words hold none: the three patterns are not read then.
  if (!OFFENCE_CUE.test(words)) return words;
  return words.replace(COUNTED_OFFENCE, ' ').replace(ILLEGAL_GROUP, ' ').replace(AGGRESSION_SUPPOSED, ' ').replace(BREACH_SUPPOSED, ' ').replace(OFFENCE_PREVENTED, ' ');
}

/**
 * A legal process told: "criminal investigations had been initiated", "on suspicion of", "charged with",
 * "looking for war crimes suspects" (the charge names whom the search is for).
 */
export const LEGAL_PROCESS = /\b(?:crimes?\s+suspects?|investigations?\s+(?:\w+\s+){0,2}?(?:initiated|opened|launched|started)|criminal\s+(?:cases?|proceedings|investigations?)|on\s+suspicion\s+of|(?:charged|indicted|prosecuted)\s+(?:with|for))\b/i;

/**
 * A toll told first, the attack it came of named after it: "at least one person has been killed and
 * eight others injured in the “US-UK aggression”", "five civilians were killed in the illegal strike"
 * (not "the illegal strike killed five civilians", the blame named first, nor "three were killed, and
 * we condemn this crime", a verb of blame of its own).
 */
const TOLL_TOLD_FIRST =
  /^\W*(?:that\s+)?(?:(?:at\s+least|at\s+most|about|around|some|more\s+than|over|nearly|almost|up\s+to)\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|many)\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:have|has|had)\s+been|were|was)\s+(?:\w+ly\s+)?(?:killed|wounded|injured)\b/iu;

/** Words one of which every toll TOLL_TOLD_FIRST reads holds. */
const TOLL_CUE = new CueWords(/killed|wounded|injured/i);

/** Whether the clause tells a toll before anything else (TOLL_TOLD_FIRST), with no verb of blame. */
export function tollToldFirst(clause: string): boolean {
  return TOLL_CUE.test(clause) && TOLL_TOLD_FIRST.test(clause) && !BLAMING_VERB.test(clause);
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
export function heldToAnswerForOthers(clause: string): boolean {
  return /\bh(?:o|e)ld/i.test(clause) && HELD_TO_ANSWER_FOR_OTHERS.test(clause);
}

/** A verb of blame, which condemns wherever it stands: "condemn", "violates", "endangers", "is to blame". */
export const BLAMING_VERB = /\b(?:condemn\w*|denounc\w*|violat(?:e|es|ed|ing)|endanger\w*|discredit\w*|oppose[sd]?|(?:is|are) to blame|cannot be (?:accepted|tolerated|justified))\b|\blives\s+at\s+risk\b/i;

/**
 * An election or its count called rigged, stolen or falsified: an accusation, which condemns ("the
 * election had been stolen", "a rigged vote", "the results were falsified"; not "the vote was not
 * rigged", a denial, nor "the bomb was rigged to explode" or "the car was stolen", what happened to a
 * thing).
 */
const VOTE_CALLED_FRAUD =
  /\b(?:rigged|stolen|fraudulent|falsified|sham)\s+(?:elections?|votes?|ballots?|polls?|referend(?:um|ums|a))\b|\b(?:elections?|votes?|ballots?|polls?|referend(?:um|ums|a)|(?:election|vote|poll)\s+results?)\s+(?:[\p{L}-]+\s+){0,3}?(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:rigged|stolen|fraudulent|falsified|a\s+sham)\b/iu;

/** Words of voting, one of which every alternative of VOTE_CALLED_FRAUD holds. */
const VOTE_CUE = new CueWords(/lection|vote|ballot|poll|referend/i);

/** Whether the words call a vote rigged (VOTE_CALLED_FRAUD), read only where a word of voting is. */
function voteCalledFraud(words: string): boolean {
  return VOTE_CUE.test(words) && VOTE_CALLED_FRAUD.test(words);
}

/**
 * An aim laid at someone's door that is itself a wrong, each its own entry: a purpose of terror or
 * intimidation ("this was done for the purpose of terror", "in order to intimidate the population",
 * "designed to provoke a war"; not "for the purpose of ending terror", "in order to stop provocations",
 * whose aim is to end the wrong), a wrong a party seeks ("Sylvania seeks to “complete the policy of ethnic
 * cleansing”", "aims to terrorise the villages"; not "seeks to end the ethnic cleansing", "plans to prevent
 * provocations"), a wrong given as the cause of what happened ("the exodus is the result of ethnic
 * cleansing carried out by …"; not "the result of fears of …", "the result of the fighting"), and an act
 * aimed at another's sovereignty ("steps aimed against
 * Freedonia’s sovereignty", "an entity created and supported by it against the sovereignty of …";
 * not "defend against any threat to our sovereignty", nor "voted against the sovereignty bill").
 */
export const WRONGFUL_AIM: [string, RegExp][] = [
  ['purpose of a wrong', /\b(?:for\s+the\s+(?:sole\s+)?(?:purpose|aim|goal)\s+of|with\s+the\s+(?:aim|goal|intention|intent)\s+of|in\s+order\s+to|(?:aimed|designed|intended|meant)\s+(?:at|to))\s+(?:(?:the|a|an|further|more)\s+)?(?:terror(?:i[sz]e|i[sz]ing)?|terrori[sz]ation|intimidat(?:e|ion|ing)|provok(?:e|ing)|provocations?|sabotag(?:e|ing)|destabili[sz](?:e|ing|ation)|sow(?:ing)?\s+(?:fear|panic|terror|chaos|discord)|spread(?:ing)?\s+(?:fear|panic|terror)|ethnic\s+cleansing|genocide)\b/i],
  ['a wrong sought', /\b(?:seeks?|seeking|sought|aims?|aiming|wants?|wanted|intends?|intended|plans?|planned|planning)\s+to\s+(?:(?:complete|continue|carry\s+out|finish|pursue|commit|implement|conduct)\s+(?:(?:the|its|their|a|an)\s+)?(?:(?:policy|campaign|process)\s+of\s+)?(?:ethnic\s+cleansing|genocide|terror)\b|(?:terrori[sz]e|intimidate|provoke|sabotage|destabili[sz]e|sow\s+(?:fear|panic|terror|chaos|discord)|spread\s+(?:fear|panic|terror))\b)/i],
  ['a wrong as cause', /\b(?:is|are|was|were)\s+(?:(?:the|a)\s+)?(?:direct\s+|inevitable\s+)?(?:result|consequence|outcome|product)\s+of\s+(?:(?:the|a|an)\s+)?(?:deliberate\s+|systematic\s+)?(?:(?:policy|campaign|act|process)\s+of\s+)?(?:ethnic\s+cleansing|genocide|terror(?:ism)?|intimidation|sabotage|provocations?)\b/i],
  ['against sovereignty', /\bagainst\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+|(?:our|their|its|his|her)\s+)?(?:sovereignty|territorial\s+integrity)\b(?!\s+(?:bill|law|motion|resolution|act)\b)/u],
];

/**
 * The wrongs one of which every entry of WRONGFUL_AIM names ("terror", "intimidat…", "provo…", …, "sovereignty",
 * "territorial"): "aim" (of "claim") and "against" are in one clause in ten, these in few.
 */
export const WRONGFUL_AIM_CUE = new CueWords(/terror|intimidat|provo|sabotag|destabili|sow|spread|cleansing|genocide|sovereignty|territorial/i);

/** Whether the words lay a wrongful aim at someone's door (WRONGFUL_AIM), read only where a word of them is. */
export function laysWrongfulAim(words: string): boolean {
  return WRONGFUL_AIM_CUE.test(words) && /purpose|aim|goal|intent|intend|order\s+to|designed|meant|against|seek|sought|want|plan|result|consequence|outcome|product/i.test(words) && WRONGFUL_AIM.some(([, pattern]) => pattern.test(words));
}

/**
 * Meddling charged, the verb form of "interference": "Sylvania is rudely interfering in the internal
 * affairs of our country", "they keep interfering in our internal affairs", "had interfered in its domestic
 * affairs" (not "we do not interfere in the internal affairs of others", "has never interfered", a
 * principle or a denial).
 */
const MEDDLING_CHARGED =
  /(?<!\b(?:not|never|n['’]t|no\s+one|nobody|to)\s+(?:\w+ly\s+)?)\binterfer(?:e|es|ed|ing)\s+in\s+(?:the\s+|our\s+|its\s+|their\s+|his\s+|her\s+|my\s+)?(?:[\p{L}-]+\s+)?(?:internal|domestic)\s+affairs\b/iu;

/** Whether the words charge meddling in another's affairs (MEDDLING_CHARGED), read only where "interfer" is. */
function meddlingCharged(words: string): boolean {
  return words.includes('interfer') && MEDDLING_CHARGED.test(words);
}

/**
 * A state's sovereignty said to be called into question or challenged by another ("some allies have called
 * into question the country's sovereignty", "is challenging our territorial integrity"): a charge laid, as
 * "undermines our sovereignty" is (not "would call into question …", a danger foretold, nor "called into
 * question the figures").
 */
const SOVEREIGNTY_QUESTIONED =
  /(?<!\b(?:will|would|could|may|might|can|to)\s+(?:\w+ly\s+)?)\b(?:call(?:s|ed|ing)?\s+into\s+question|challeng(?:es|ed|ing))\s+(?:(?!(?:about|on|over|for|with|in)\b)[\p{L}’'-]+\s+){0,3}?(?:sovereignty|independence|territorial\s+integrity|statehood)\b/iu;

/** Whether the words lay a charge of sovereignty called into question (SOVEREIGNTY_QUESTIONED), read only where "question" or "challeng" is. */
function sovereigntyQuestioned(words: string): boolean {
  return /question|challeng/i.test(words) && SOVEREIGNTY_QUESTIONED.test(words);
}

/**
 * An offence named as what another side alleges, not charged by the speaker: "(the administration will use the
 * statement to deny) Sylvanian accusations of ethnic cleansing", "allegations of war crimes against the
 * unit", "the charges of aggression" (not "our accusations of war crimes", the speaker's own charge; nor
 * "accused them of war crimes", a charge laid). The offence is read up to three words, ending before a verb
 * or a linking word, so "allegations of torture are unacceptable" still condemns.
 */
const OFFENCE_ALLEGED = /(?<!\b(?:our|my)\s+(?:[\p{L}-]+\s+)?)\b(?:accusations?|allegations?|charges|claims)\s+of(?:\s+(?!(?:is|are|was|were|be|been|by|in|on|at|against|and|but|or|that|which|as|to|from|for|has|have|had|will|would)\b)[\p{L}-]+){1,3}/giu;

/** The nouns of alleging, one of which OFFENCE_ALLEGED holds. */
const ALLEGED_CUE = new CueWords(/accusation|allegation|charges|claims/iu);

/** The words with the offences others allege blanked (OFFENCE_ALLEGED), read only where a noun of alleging is. */
function withoutOffencesAlleged(words: string): string {
  return ALLEGED_CUE.test(words) ? words.replace(OFFENCE_ALLEGED, ' ') : words;
}

/**
 * Opposition told of a named side, as "we do not support" and "they oppose" are read: "(adding that) Fredonburg
 * does not support any action against these principles", "Sylvania opposes any change to the borders" (not
 * "the system does not support any other language", a thing's capability, whose subject names no side).
 */
const NAMED_SIDE_OPPOSES = /(?:^\W*|\bthat\s+)\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:\p{Ll}+ly\s+)?(?:(?:does|do)\s+not\s+support|opposes)\s+any\b/u;

/** Whether the words tell a named side's opposition to anything of a kind (NAMED_SIDE_OPPOSES), read only where " any " is. */
function opposedByNamedSide(words: string): boolean {
  return words.includes(' any ') && NAMED_SIDE_OPPOSES.test(words);
}

/**
 * Harm charged as meant: another party said to have done harm on purpose — "such a step deliberately
 * jeopardized the relations", "Sylvania is deliberately escalating the conflict", "the rebels intentionally
 * targeted the hospital" — the intent is the charge (not "we deliberately chose a quiet route", the
 * speaker's own act; nor "deliberately slowed down", no harm named).
 */
const HARM_MEANT =
  /^\W*(?:that\s+)?(?!(?:we|i|our|my)\b)(?:[\p{L}’'-]+\s+){1,6}?(?:(?:is|are|was|were|has|have|had)\s+(?:been\s+)?)?(?:deliberately|intentionally|knowingly|purposely|purposefully|wilfully|willfully|consciously)\s+(?:jeopardi[sz]|escalat|target|attack|shell|bomb|destroy|undermin|provok|provoc|sabotag|mislead|misled|obstruct|disrupt|kill|starv|endanger|inflam|sever|wreck|damag|harm)\p{Ll}*/iu;

/** Whether the words charge another party with harm done on purpose (HARM_MEANT), read only where an adverb of intent is. */
function harmMeant(words: string): boolean {
  return /deliberate|intentional|knowingly|purpose|wilful|willful|conscious/i.test(words) && HARM_MEANT.test(words);
}

/**
 * Criticism of a side's conduct in words of bad faith or bias, as the copula's judgement or before the conduct
 * judged: "(said that including Freedonia in the text) was “wrong” and “anti-Freedonia”", "his statements about
 * readiness … are insincere", "the destructive position of Sylvania", "a one-sided resolution" (not "nothing
 * wrong", "the report was wrong", a claim called false; nor "an anti-Sylvania coalition", "anti-ship
 * missiles", names of a side's forces or arms).
 */
const CRITICISM =
  /(?<!\b(?:reports?|information|claims?|data|figures?|numbers?|allegations?|assumptions?|estimates?|forecasts?|translation|address|spelling|date)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+)\b(?:is|are|was|were|been)\s+(?:\p{Ll}+ly\s+|also\s+)?[“"'‘]?(?:wrong|insincere|hypocritical|biased|one-sided|anti-\p{Lu}[\p{L}-]*)\b|\b(?:destructive|biased|one-sided|insincere|hypocritical|anti-\p{Lu}[\p{L}-]*)\s+(?:position|policy|policies|stance|statements?|approach|rhetoric|behaviou?r|conduct|resolution|decision)\b/u;

/** Whether the words criticise a side's conduct (CRITICISM), read only where one of its words is. */
function criticised(words: string): boolean {
  return /wrong|insincere|hypocritical|biased|one-sided|destructive|anti-\p{Lu}/u.test(words) && CRITICISM.test(words);
}

/** Words that blame (harm charged as meant among them), with a count of an offence, a side's units by their usual label, a supposed aggression, a feared offence and an offence others allege left out. */
export function condemnable(words: string): boolean {
  const charged = FEARED_CUE.test(words) ? words.replace(OFFENCE_FEARED, ' ') : words;
  return CONDEMNATION.test(withoutOffencesNamedOnly(withoutOffencesAlleged(charged))) || endangersPeople(words) || voteCalledFraud(words) || laysWrongfulAim(words) || dangerFromActs(words) || meddlingCharged(words) || sovereigntyQuestioned(words) || opposedByNamedSide(words) || harmMeant(words) || criticised(words);
}

/**
 * Blame laid: "bear responsibility for prolonging the conflict", "is to blame" (not "… for the
 * consequences", a threat), and bad faith charged, an attempt to evade a crime or the blame: "are trying
 * to distance themselves from this crime", "is seeking to evade responsibility" (not "are trying to
 * regroup", a danger).
 */
export const BLAME =
  /\b(?:bears?|bore)\s+(?:the\s+)?(?:full\s+)?responsibility\s+for\b(?!\s+(?:the\s+|all\s+)?consequences)|\b(?:is|are)\s+to\s+blame\b|\b(?:trying|seeking|attempting)\s+to\s+(?:[\p{L}-]+\s+){0,5}?(?:distance|absolve|evade|dodge|shirk|escape)\s+(?:(?:themselves|itself|himself|herself)\s+)?(?:from\s+)?(?:(?:the|this|that|these|its|their|his|her|any)\s+)?(?:[\p{L}-]+\s+)?(?:crimes?|responsibility|blame|accountability|guilt)\b/iu;

/**
 * A charge laid as what a side must answer for: "Sylvania must now take responsibility for extending the
 * conflict", "Sylvania should bear full responsibility for the deaths" (not "must take responsibility for
 * the safety of the crews", "for rebuilding the town", a duty called for).
 */
const CHARGE_LAID =
  /\b(?:must|should|has\s+to|have\s+to|will\s+have\s+to)\s+(?:now\s+|\w+ly\s+)?(?:take|bear|assume|accept)\s+(?:the\s+)?(?:full\s+)?responsibility\s+for\s+(?:(?:prolong|extend|escalat|caus|start|provok|fuel|worsen|kill|destroy|destabili[sz]|wag)\w*ing\b|(?:the|its|their|these|this|all\s+the)\s+(?:[\p{L}-]+\s+)?(?:deaths|killings?|escalation|destruction|attacks?|aggression|bloodshed|crimes|violence|suffering|casualties)\b)/iu;

/** Whether the clause lays a charge a side must answer for (CHARGE_LAID), read only where "responsibility" is. */
export function chargeLaid(clause: string): boolean {
  return clause.includes('responsibility') && CHARGE_LAID.test(clause);
}

/**
 * A judgement that a party failed in what it was there to do: "the peacekeeping mission had failed", "the
 * mediators have failed", "the international community has failed", "the guarantors failed to protect the
 * villagers", "the coalition has failed to keep its promises" (corpus README, thirty-second batch). Not a
 * side's own failure ("we have failed to protect them", "our mission failed"), which is told; nor an act
 * that failed ("the rescue mission failed", "the attack failed to reach its target", "the offensive has
 * failed"), an outcome told.
 */
const DUTY_FAILED =
  /^\W*(?:that\s+)?(?!(?:we|i|our|my)\b)(?:(?:the|its|their|his|her)\s+)?(?:[\p{L}-]+\s+)?(?:peacekeep\w*(?:\s+(?:mission|force|forces|contingent|operation))?|guarantors?|mediators?|(?:monitoring|observer)\s+mission|international\s+community)\s+(?:has|have|had)?\s*(?:\w+ly\s+)?failed\b|^\W*(?:that\s+)?(?!(?:we|i|our|my)\b)(?:[\p{L}’'-]+\s+){1,4}?(?:has|have|had)?\s*(?:\w+ly\s+)?failed\s+to\s+(?:protect|fulfil|fulfill|honou?r|uphold|live\s+up\s+to|keep\s+(?:its|their|his|her)\s+(?:promises?|commitments?|word|obligations))\b/iu;

/** A verb's subject that is the speaker's own side, or the verb negated: "we have …", "I …", "has never …", "did not …". */
const OWN_OR_NEGATED = String.raw`(?<!\b(?:we|i|not|never|n['’]t)\s+(?:(?:have|has|had|are|am|is|was|were|did|do|does)\s+)?(?:\w+ly\s+)?)`;

/**
 * A failing laid on another party, each its own entry: a duty failed (DUTY_FAILED), a party failed ("Sylvania had failed Freedonia by
 * not sending help", "they failed their allies when it mattered"; not "the engine failed Tuesday", "the
 * bank failed the stress test"), a duty shirked ("the council had shied away from its obligations"; not
 * "has never shied away from a fight"), pressure given in to ("the minister succumbed to foreign
 * pressure"; not "the patient succumbed to his wounds"), a grave mistake charged ("the leadership is
 * making a massive mistake", "Sylvania has made a grave error"). Not the speaker's own failing ("we failed
 * our people", "we have made a serious mistake"), which is told.
 */
export const FAILING_LAID: [string, RegExp][] = [
  ['a duty failed', DUTY_FAILED],
  [
    'a party failed',
    new RegExp(
      String.raw`${OWN_OR_NEGATED}\bfailed\s+(?:(?:the|its|their|his|her)\s+)?(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}-]+|(?:people|citizens|allies|ally|partners?|refugees|victims|families|voters|nation|population|children|soldiers|troops)\b)`,
      'u',
    ),
  ],
  ['a duty shirked', new RegExp(String.raw`${OWN_OR_NEGATED}\b(?:shied|shies|shying|shy)\s+away\s+from\b`, 'iu')],
  ['pressure given in to', new RegExp(String.raw`${OWN_OR_NEGATED}\bsuccumb(?:ed|s|ing)?\s+to\s+(?:[\p{L}’'-]+\s+){0,2}?(?:pressure|influence|blackmail|dictates?|dictat)\b`, 'iu')],
  [
    'a grave mistake charged',
    new RegExp(
      String.raw`(?<!\b(?:we|i)\s+)\b(?:(?:is|are|was|were)\s+(?:\w+ly\s+)?making|(?:has|have|had)\s+(?:\w+ly\s+)?made|(?:is|are|was|were)\s+(?:\w+ly\s+)?committing|(?:has|have|had)\s+(?:\w+ly\s+)?committed)\s+an?\s+(?:grave|serious|massive|big|huge|historic|fatal|strategic|terrible|tragic|colossal|costly|dangerous|great|major|fundamental|catastrophic)\s+(?:mistake|error|blunder)s?\b`,
      'iu',
    ),
  ],
];

/** Words one of which every entry of FAILING_LAID holds: "away" of "shied away" ("sh[iy]" was in every "ship"). */
export const FAILING_CUE = new CueWords(/failed|away|succumb|mistake|error|blunder/i);

/** Whether the clause lays a failing on another party (FAILING_LAID), read only where a word of them is. */
export function failingLaid(clause: string): boolean {
  return FAILING_CUE.test(clause) && FAILING_LAID.some(([, pattern]) => pattern.test(clause));
}

/**
 * Blame in hindsight: what another party should have done, told as what would then have been ("Had
 * Sylvania accepted the truce earlier, the losses would have been smaller", "if the council had listened
 * to the engineers, the dam would not have failed"). Not the speaker's own ("had we known, we would have
 * left"), nor a deed credited ("had the army not intervened, hundreds would have died"), nor what no one
 * chose ("had the storm arrived later, …").
 */
const BLAME_IN_HINDSIGHT =
  /^\W*(?:that\s+)?(?:had\s+(?!(?:we|i)\b)(?:(?!(?:not|never)\b)[\p{L}’'.-]+\s+){1,4}?|if\s+(?!(?:we|i)\b)(?:[\p{L}’'.-]+\s+){1,4}?had\s+)(?:\w+ly\s+|only\s+)?(?:agreed|accepted|listened|heeded|acted|followed|signed|negotiated|complied|respected|implemented|withdrawn|cooperated|engaged|chosen|allowed)\b[^.;]*?\bwould(?:\s+not|n['’]t)?\s+have\b/iu;

/** Whether the words open with blame in hindsight (BLAME_IN_HINDSIGHT), read only where "would" is. */
export function blameInHindsight(words: string): boolean {
  return words.includes('would') && BLAME_IN_HINDSIGHT.test(words);
}

/** Words of praise, honour and friendship. */
export const PRAISE = /\b(?:heroi(?:c|sm)|heroes|bravery|brave|valou?r|glory|glorious|honou?r|honou?red|courage|courageous|sacred|noble|self-sacrific\w*|friendship|camaraderie|gratitude|grateful)\b/i;

/** Ill will disowned: "harbors no hostility towards …", "we bear no ill will", "has no animosity". */
export const NO_ILL_WILL = /\b(?:harbou?rs?|has|have|had|bears?)\s+no\s+(?:\w+\s+)?(?:hostility|animosity|ill\s+will|enmity|hatred|grudge)\b/i;

/** The ill will one of which NO_ILL_WILL disowns: in few clauses, while the pattern was asked of every one. */
export const ILL_WILL_CUE = new CueWords(/hostility|animosity|ill\s+will|enmity|hatred|grudge/i);

/**
 * A motive given for what a side does, in the present or reported in the past ("they were acting in
 * solidarity with …"): "they are acting in solidarity with …", "is in
 * support of …", "their attacks are a show of support for …", "they are standing up for the valley's people"
 * (not "we stand in solidarity"; a happening
 * told with its motive, "deployed troops … in support of …", stays told).
 */
export const MOTIVE = /\b(?:is|are|am|was|were)\s+(?:[\p{L}-]+\s+){0,3}?(?:in (?:solidarity with|support of)|a show of (?:support|solidarity)|standing up for)\b/iu;

/** Words one of which every alternative of MOTIVE holds, read with its flags (test/assemble/stance-cues.test.ts). */
export const MOTIVE_CUE = new CueWords(/solidarity|support|standing/iu);

/**
 * A motive given for acting at all, the verb "act" naming no happening of its own: "our friends acted
 * out of a sense of solidarity", "they are acting out of fear", "we did so out of a sense of duty", "(the
 * group, claiming) to act in solidarity with the valley" (not "the troops moved out of the city", "they
 * ran out of fuel", nor a happening told with its motive, "sent troops out of a sense of duty", which
 * stays told; nor "acted in support of the assault", a part taken in it).
 */
const ACTED_FROM_MOTIVE = /\b(?:act(?:s|ed|ing)?|did\s+(?:so|it|this|that))\s+(?:\w+ly\s+|only\s+)?(?:out\s+of|from)\s+(?:(?:a|an|their|our|his|her|its|my|the)\s+)?(?:[\p{L}-]+\s+)?(?:sense|spirit|feeling)\s+of\b|\bact(?:s|ed|ing)?\s+(?:\w+ly\s+|only\s+)?out\s+of\s+(?:pure\s+|sheer\s+)?(?:fear|solidarity|duty|loyalty|love|friendship|desperation|necessity|conviction|compassion|gratitude|revenge|anger|self-interest)\b|\bact(?:s|ed|ing)?\s+(?:\w+ly\s+|only\s+)?in\s+solidarity\s+with\b/iu;

/** Whether the clause gives the motive for acting (ACTED_FROM_MOTIVE), read only where "out of", "from" or "solidarity" is. */
export function actedFromMotive(clause: string): boolean {
  return (clause.includes('out of') || clause.includes('from') || clause.includes('solidarity')) && ACTED_FROM_MOTIVE.test(clause);
}

/**
 * A side's act told as forced on it, past or present: "Sylvania was forced to take these measures",
 * "found itself compelled to respond", "the provocations had obliged the army to launch the operation" —
 * the words give why it acted (a justification), they do not tell the act as news; so does "was forced to
 * conduct the operation", "has taken forced measures by launching …". Only a side's deliberate act (take
 * measures or steps, launch, conduct or start an operation, respond, retaliate, intervene …): people "forced to
 * flee", "forced to take shelter", ships "forced to avoid the canal" tell what befell them; "would be forced
 * to respond" foretells (a warning or a threat), and "had to respond" tells the act.
 */
const ACTED_UNDER_COMPULSION =
  /(?<!\bbe\s+(?:\w+ly\s+)?)\b(?:forced|compelled|obliged|constrained)\s+(?:(?!to\b)[\p{L}’'-]+\s+){0,3}?to\s+(?:take\s+(?:(?:the|these|those|such|all|some|certain|necessary|appropriate|adequate|urgent|further|additional|relevant|retaliatory|decisive|military|local|its|their|our|his|her)\s+){0,3}(?:measures|steps|action|countermeasures)|(?:conduct|carry\s+out|start|begin|undertake|mount|initiate)\s+(?:[\p{L}-]+\s+){0,3}?(?:operations?|measures|activities|offensive|campaign|strikes|military\s+action)|launch|respond|retaliate|resort\s+to|intervene|use\s+force|defend|strike\s+back)\b|\b(?:take|takes|took|taken|taking)\s+(?:(?:these|such|the|its|their|our)\s+)?forced\s+(?:measures|steps|action)\b/iu;

/** Whether the clause tells a side's act as forced on it (ACTED_UNDER_COMPULSION), read only where one of its verbs is. */
export function actedUnderCompulsion(clause: string): boolean {
  return /forced|compelled|obliged|constrained/i.test(clause) && ACTED_UNDER_COMPULSION.test(clause);
}
