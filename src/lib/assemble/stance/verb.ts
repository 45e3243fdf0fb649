/** What the reporting verb itself makes plain ("denied", "praised", "expressed regret"), read with the words it reports. Generic English. */
import type { Stance } from '../../model.ts';
import { firstTellingPredicate, leadingClause, withoutDaySetOff, withoutQuotationMarks } from './clause.ts';
import { scheduled } from './forecast.ts';
import { opensWithActsOfForce } from './happening-named.ts';
import { holdsPledge } from './pledges.ts';
import type { StanceSpeaker } from './speaker.ts';

/** Verb stems and the stance they make plain; the first stem that starts the verb wins. */
const STANCE_OF_STEM: [string, Stance][] = [
  ['confirm', 'confirms'], ['acknowledg', 'confirms'], ['admit', 'confirms'], ['affirm', 'confirms'],
  ['reaffirm', 'confirms'], ['recogni', 'confirms'], ['concede', 'confirms'], ['conceded', 'confirms'], ['verif', 'confirms'],
  ['deni', 'denies'], ['deny', 'denies'], ['reject', 'denies'], ['dismiss', 'denies'], ['refut', 'denies'],
  ['rebuff', 'denies'], ['disput', 'denies'],
  // "said it “categorically” disagreed with the criticism": disagreeing with a claim rejects it.
  ['disagre', 'denies'],
  // Doubt cast on another's stance criticises it: "questioned Berg's commitment to the talks".
  ['question', 'condemns'],
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
 * Verbs that name what they report: "called it a provocation", "labelled the claims fake", "described it
 * as …", and those that cast it as something: "framing the move as a show of the alliance", "portraying
 * the strikes as self-defence", "characterising the talks as constructive", "cast as an act of self-defence"
 * ("cast" alone: "castigated" condemns).
 */
export const NAMING_VERB = /^(?:(?:call|label|brand|term|dub|describ|fram|portray|characteri[sz])\w*|cast(?:s|ing)?)$/i;

/**
 * A claim that casts its object as something: "(claiming) these actions as support for the valley's
 * people", "(claimed) the attack as retaliation". The object is a noun phrase with no verb before "as"
 * (not "claimed the navy fired as the ship passed", "claimed responsibility for the attack as …", a happening
 * owned, nor "claimed victory").
 */
const OBJECT_CAST_AS =
  /^\W*(?!(?:that|responsibility|credit|victory)\b)(?:the|these|this|those|its|their|his|her|our|such)\s+(?:(?![\p{L}’'-]*ed\b|(?:is|are|was|were|has|have|had|will|would|could|did)\b)[\p{L}’'-]+\s+){1,3}?as\s+(?!(?:many|much|few|little|well|soon|long|far|if|though|it|he|she|they|we|i|you)\b|a\s+result\b)/iu;

/**
 * A naming verb's words with no object of their own, which open on "as": the thing named is the writer's
 * ("against what they described as a British tanker", "strikes that the command described as
 * self-defense"), not "described the talks as constructive" (an object, then its name).
 */
const AS_NAMED = /^\W*as\s+(?!(?:many|much|few|little|well|soon|long|far|of|if|though|it|he|she|they|we|i|you)\b)/i;

/** Whether a naming verb's words name the writer's thing (AS_NAMED). */
export function namesWhatTheWriterTells(words: string): boolean {
  return AS_NAMED.test(words);
}

/** Whether a claim verb casts its object as something (OBJECT_CAST_AS), so names it as NAMING_VERB does. */
export function claimsAs(verb: string, words: string): boolean {
  return /^claim/i.test(verb) && words.includes(' as ') && OBJECT_CAST_AS.test(words);
}

/** "called on", "called for": a call after all. */
export const CALLS_ON = /^\s*call\w*\s+(?:on|upon|for)\b/i;

/** A reporting verb that only says (or none at all), unlike "announced" or "reported", which tell. */
export function onlySays(verb: string | null): boolean {
  return verb === null || /^(?:say|says|said|saying|tell|tells|told|telling|add|adds|added|adding|state|states|stated|stating|describ\w*|writ\w*|wrote|put it)$/i.test(verb.trim());
}

/** A verb that makes known what it reports: "reported", "announced", "disclosed", "revealed". */
export const ANNOUNCING_VERB = /^(?:report|announc|disclos|reveal)\w*$/i;

/** A clause about the speaking person themselves: "his intention to …", "he wants to …". */
export const OWN_PERSON = /^\W*(?:that\s+)?(?:his|her|their|my|our|i|he|she|they|we)\b/i;

/**
 * Knowledge claimed by the speaker of what is or was, a clause after it: "we know she was taking in
 * water", "I know that they were there" (not "I know how hard it is", "we don't know whether …", "we
 * know each other", "we know the area well").
 */
const KNOWN = /^\W*(?:that\s+)?(?:we|i)\s+(?:now\s+|also\s+|already\s+)?know\s+(?:that\s+)?(?!(?:how|what|why|whether|if|where|when|who)\b)(?:[\p{L}’'-]+\s+){1,4}?(?:is|are|was|were|has|have|had|did|does|\p{Ll}+ed)\b/iu;

/** Whether the clause opens by claiming to know what it tells (KNOWN), read only where "know" is. */
export function affirmsKnown(clause: string): boolean {
  return clause.includes('know') && KNOWN.test(clause);
}

/**
 * Evidence that shows what the clause tells: "Satellite imagery shows a carrier arriving at …", "the
 * data showed that traffic fell by half", "there is clear evidence that …" (not "there is no evidence";
 * "the images suggest …" and the like, unhedged, evidenceCited reads before the speaker is weighed).
 */
const EVIDENCE_SHOWN =
  /^\W*(?:that\s+)?(?:(?:the|new|recent|available|our|their)\s+)?(?:[\p{L}-]+\s+)?(?:imagery|images|data|evidence|footage|photos|photographs|videos?|records)\s+(?:also\s+|clearly\s+)?(?:shows?|showed|reveals?|revealed|confirms?|confirmed|proves?|proved)\b|^\W*(?:that\s+)?there\s+(?:is|was)\s+(?:(?:clear|strong|ample|new|growing|enough)\s+)?evidence\s+(?:that|of)\b/iu;

/** Whether the clause cites evidence for what it tells (EVIDENCE_SHOWN), read only where a word of it is. */
export function citesEvidence(clause: string): boolean {
  return /imag|data|evidence|footage|photo|video|record/i.test(clause) && EVIDENCE_SHOWN.test(clause);
}

/** Words of a speaker's own experience. */
export const FIRST_PERSON = /\b(?:I|[Ww]e|us|me|[Mm]y|[Oo]ur)\b/;

/**
 * The stance a reporting verb makes plain, from its last word that has one: "called on" (calls-for),
 * "has warned" (warns), "vowed in early December" (pledges).
 */
export function stanceOfVerb(verb: string): Stance | undefined {
  // A statement's verb is read two or three times over (its stance, then its words' stance), and a few
  // verbs ("said", "told", "added") report most statements: each is read once, until the memo is full.
  if (VERB_STANCES.has(verb)) return VERB_STANCES.get(verb);
  if (VERB_STANCES.size >= REMEMBERED_VERBS) VERB_STANCES.clear();
  const stance = readStanceOfVerb(verb);
  VERB_STANCES.set(verb, stance);
  return stance;
}

/** The stances stanceOfVerb gave, by verb; at most REMEMBERED_VERBS, so that it never grows without bound. */
const VERB_STANCES = new Map<string, Stance | undefined>();
const REMEMBERED_VERBS = 1000;

function readStanceOfVerb(verb: string): Stance | undefined {
  // "gave a warning that …", "made a promise that …", "launched an appeal for …": the act's noun says what it does.
  const act = /\b(warning|promise|pledge|assurance|appeal)$/i.exec(verb.trim())?.[1]?.toLowerCase();
  if (act) return act === 'warning' ? 'warns' : act === 'appeal' ? 'calls-for' : 'pledges';
  // Only the verb's own words: "told the committee" names an audience, not a commitment.
  const own = verb.toLowerCase().split(/\s+(?:the|a|an|his|her|its|their|our|my|your)\s/)[0] ?? '';
  // "ruled out": a verb of two words, neither of which has a stance alone.
  if (/\brul(?:e|es|ed|ing)\s+out$/.test(own.trim())) return 'denies';
  for (const word of own.split(/\s+/).reverse()) {
    const stance = STANCE_OF_STEM.find(([stem]) => word.startsWith(stem))?.[1];
    if (stance) return stance;
  }
  return undefined;
}

/** A feeling named after at most two words ("their", "deep"), quotation marks allowed: "their “deep concern”". */
export function feeling(nouns: string): RegExp {
  return new RegExp(String.raw`^\W*(?:[\w“”"‘’']+\s+){0,2}?[“"‘]?(?:${nouns})\b`, 'i');
}

/** A speech act named as the verb's object, as a feeling is, not inside a clause: "threats to attack …" (not "that the threats against the crew had stopped"). */
function actNamed(nouns: string): RegExp {
  return new RegExp(String.raw`^\W*(?!that\b)(?:[\w“”"‘’']+\s+){0,2}?[“"‘]?(?:${nouns})\b`, 'i');
}

/**
 * "expressed concern over …", "raised concerns over …", "voiced support for …", "declared support for …",
 * "declared solidarity with …": the verb says nothing, the feeling it expresses is the stance ("declared
 * victory", "declared a state of emergency": no feeling, the words decide). A verb that restates does the
 * same with a speech act it names: "reiterated her “strong concern”" warns, "renewed calls for talks" calls,
 * "reiterated threats to attack the warships" threatens (not "repeated the threat to shipping", a danger named).
 */
const EXPRESSED_FEELING: [RegExp, Stance][] = [
  [feeling(String.raw`concerns?|alarm|worry|worries|fears?|unease|apprehension`), 'warns'],
  [feeling(String.raw`outrage|indignation|condemnation|anger|disapproval|frustration|dismay|displeasure|disappointment|grievances?|complaints?|protests?|objections?|discontent|dissatisfaction`), 'condemns'],
  [feeling(String.raw`support|solidarity|commitment|readiness|willingness`), 'pledges'],
  [actNamed(String.raw`calls?\s+for|appeals?\s+for|demands?\s+(?:for|that)`), 'calls-for'],
  [actNamed(String.raw`threats?\s+(?:to\s+(?:attack|strike|target|hit|sink|seize|retaliate|respond|expand|escalate|use\s+force)|against)`), 'threatens'],
  [feeling(String.raw`regret|hope|gratitude|thanks|condolences|sympathy|appreciation|satisfaction|pride|joy|pleasure|happiness|delight|desire|wish|longing|sorrow|grief|sadness|remorse|greetings|wishes|congratulations`), 'other'],
];

/**
 * "reaffirmed their strong ties", "reaffirmed her country's support for …", "reaffirmed his “unconditional”
 * support" (read without its quotation marks), "reaffirmed the country's determination to guarantee …"
 * "reaffirming Marsh City's commitment to …" (a side named in more than one word; not "the court's
 * determination that …", a ruling): a bond or a resolve renewed is promised.
 */
export function reaffirmedBond(verb: string, words: string): Stance | undefined {
  if (!/^(?:re-?affirm|reiterat|renew)\w*$/i.test(verb.trim().split(/\s+/)[0] ?? '')) return undefined;
  return /^\W*(?:their|its|his|her|our|the|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}['’]s?)\s+(?:[\p{L}’'-]+\s+){0,2}(?:(?:ties|support|commitment|solidarity|alliance|friendship|cooperation|partnership)\b|(?:determination|resolve|readiness|willingness|intention)\s+to\b)/iu.test(words) ? 'pledges' : undefined;
}

/**
 * "assured reporters that the fire had been put out", "assured that “the clinics are insufficient …”": "assure"
 * before a that-clause that tells a state or a happening, with nothing promised or made safe in it, is
 * "affirm"; the words decide. A promise, a readiness or a safety after it ("assured that the aid would
 * arrive", "… that they are safe") and a noun object ("assured Sylvania of its support") still pledge.
 */
const ASSURANCE_GIVEN = /\b(?:will|would|shall|won['’]t|going\s+to|willing|ready|prepared|commit\w*|continu\w*|guarantee\w*|ensur\w*|protect\w*|support\w*|help\w*|never|remain\w*|stand\w*|safe\w*|secur\w*|unharmed)\b|['’]ll\b/i;

/** Whether an "assure" verb reports a that-clause that promises nothing (ASSURANCE_GIVEN absent). */
export function assuredOfState(verb: string | null, words: string): boolean {
  return /^assur/i.test(verb?.trim() ?? '') && /\bthat\b/i.test(words) && !ASSURANCE_GIVEN.test(words);
}

/**
 * "affirmed that Sylvania will “unconditionally support” …", "affirmed that the government would
 * continue to help the displaced": a promise affirmed is made (not "affirmed that the troops had
 * arrived", a fact affirmed; a report's affirming tells another's promise).
 */
export function affirmedPromise(verb: string, clause: string, speaker: StanceSpeaker): Stance | undefined {
  if (speaker.finding === true || !/^(?:re-?)?affirm\w*$/i.test(verb.trim().split(/\s+/)[0] ?? '')) return undefined;
  return holdsPledge(clause) ? 'pledges' : undefined;
}

/**
 * "I congratulate the victorious army for …", "We thank the coast guard for rescuing the crew", "I
 * salute the firefighters", "I would like to thank you on behalf of …", "On behalf of the people, I would
 * like to thank you", "we want to commend the crews": the speaker's own thanks, congratulations or
 * salute, made as they speak (or said to be wished), affirm nothing at issue, as the verb "thanked" does
 * not (not "we thanked them and left", an act told).
 */
const COURTESY_MADE = /^\W*(?:that\s+)?(?:on\s+behalf\s+of\s+[^,;.]{1,60},\s+)?(?:we|i)(?:['’]d\s+like\s+to\s+|\s+(?:\w+ly\s+|also\s+|again\s+)?(?:(?:would\s+like|want|wish)\s+to\s+)?)(?:\w+ly\s+)?(?:congratulate|thank|salute|commend|applaud)\b/i;

/**
 * "I ask you to convey my warmest words of gratitude to …", "please pass on our condolences": a request
 * whose only act is to carry the speaker's courtesy on, the courtesy's own stance, not a call to act.
 */
const COURTESY_CARRIED = /^\W*(?:(?:i|we)\s+(?:would\s+)?(?:also\s+)?(?:ask|request|beg)\s+(?:you|them|him|her)\s+to\s+|please\s+)(?:convey|pass\s+on|transmit|extend|relay|deliver)\s+(?:my|our)\s+(?:[\p{L}-]+\s+){0,4}?(?:gratitude|thanks|greetings|regards|condolences|congratulations|wishes|appreciation|respects|sympathy)\b/iu;

export function courtesyInWords(words: string): Stance | undefined {
  return COURTESY_MADE.test(words) || COURTESY_CARRIED.test(words) ? 'other' : undefined;
}

export function expressedFeeling(verb: string, words: string): Stance | undefined {
  if (!/^(?:express|voic|convey|shar|declar|rais|reiterat|repeat|renew|restat)\w*$/i.test(verb.trim().split(/\s+/)[0] ?? '')) return undefined;
  return EXPRESSED_FEELING.find(([pattern]) => pattern.test(words))?.[1];
}

/**
 * An appeal or a call named first by what is announced or launched: "(announced) an emergency appeal for
 * 20 million francs to help those fleeing", "(launched) a fresh appeal to donors", "(issued) a call for
 * calm" — the noun says what the act does, as "launched an appeal" does (not "announced a ceasefire",
 * "announced the results of the appeal", the appeal only named).
 */
const APPEAL_NAMED = actNamed(String.raw`(?:calls?|appeals?)\s+(?:for|to)`);

/** The stance of an appeal named as what was announced, launched or issued (APPEAL_NAMED): calls-for. */
export function appealAnnounced(verb: string, words: string): Stance | undefined {
  if (!/^(?:announc|launch|issu)\w*$/i.test(verb.trim().split(/\s+/)[0] ?? '')) return undefined;
  return APPEAL_NAMED.test(words) ? 'calls-for' : undefined;
}

/**
 * A side's support, named first by what is announced: "(announced on Wednesday) its public support for the
 * government in its steps to …", "(announced) full solidarity with the flood victims" — support declared,
 * as "declared support for" is (not "announced the end of support for the scheme", nor "announced support
 * payments", a scheme named).
 */
const SUPPORT_ANNOUNCED =
  /^\W*(?:on\s+\p{Lu}\p{Ll}+day\s+)?(?:(?:its|their|his|her|our|full|public|strong|firm|continued|unwavering|undivided|total)\s+)*(?:support|backing|solidarity)\s+(?:for|to|with)\b/iu;

/**
 * "announced plans to name a street after the crews", "unveiled a plan to rebuild": a plan announced is
 * undertaken. So is what an announcement says will be done: "announced (that) the Courier will send a
 * team to Marsh City", "announced a joint force will be deployed", and help announced by name ("announced a
 * new housing assistance programme", HELP_ANNOUNCED) (not a date set, "will meet on
 * Thursday", told as fact; not "will not", nor a hedged "will likely").
 */
export function announcedPlan(verb: string, told: string): Stance | undefined {
  if (!/^(?:announc|unveil|present|outlin)\w*$/i.test(verb.trim().split(/\s+/)[0] ?? '')) return undefined;
  // "(announced,) this Tuesday, 12 March, new aid for …": the day dates the announcing; what follows is announced.
  const words = withoutDaySetOff(told);
  if (/^\W*(?:(?:the|a|its|their|his|her|new)\s+)*plans?\s+(?:to|for)\b/i.test(words) || HELP_ANNOUNCED.test(words) || SUPPORT_ANNOUNCED.test(words)) return 'pledges';
  return /^announc/i.test(verb.trim()) && announcesWhatWillBeDone(leadingClause(withoutQuotationMarks(words))) ? 'pledges' : undefined;
}

/**
 * Help or a scheme of help, named first by what is announced: "(announced) a new housing assistance
 * programme for …", "$4 million in emergency assistance", "an additional package of aid", "the
 * relief project", and after the amount it comes to (AMOUNT_OF): "more than $4.5 million in urgently
 * needed relief" (not "the end of its aid programme", "the arrival of the aid convoy", what befell the
 * help, nor "the death of an aid worker", "the results of the relief effort").
 */
const HELP_ANNOUNCED =
  /^\W*(?:(?:(?:(?:more|less)\s+than|over|about|around|nearly|almost|some|up\s+to|at\s+least)\s+)?[$€£]?\d[\d.,]*\s*(?:million|billion|thousand|m|bn)?\s+(?:\p{Ll}+\s+)?(?:in|of)\s+)?(?:(?:a|an|the|its|their|his|her|our|new|additional|further|first|second|another|fresh|extra|emergency)\s+)*(?:(?!(?:end|suspension|halt|cuts?|termination|arrival|delivery|completion|failure|collapse|death|deaths|results?|closure|withdrawal|report|study|review|assessment|evaluation|on|about|into|regarding|concerning)\b)[\p{L}\d$€£.,-]+\s+){0,4}?(?:aid|assistance|relief|funding|package|programme|program|project|tranche|grant)\b(?!\s+(?:workers?|groups?|agenc(?:y|ies)|officials?|organi[sz]ations?|convoys?\s+(?:was|were|had|arrived)))/iu;

/** A plain "will" or "would" that acts: not "will not", "would never", "will likely". */
export const WILL_ACT = /\b(?:will|would|shall)\s+(?!not\b|never\b|(?:\w+\s+)?(?:likely|probably|possibly)\b)\p{Ll}/u;

/** Whether the clause's first predicate is what will be done, on no set date: "the Courier will send a team". */
function announcesWhatWillBeDone(clause: string): boolean {
  const will = WILL_ACT.exec(clause);
  if (!will || scheduled(clause)) return false;
  const is = firstTellingPredicate(clause);
  return !is || will.index < is.index;
}

/**
 * "cited intelligence about the preparation of two units", "citing satellite images of the port": a finding
 * cited tells what it shows, and so do acts of force cited ("cited “systematic” shelling"), unlike a reason
 * or a concern cited ("cited concerns for the crews' safety"), which gives grounds.
 */
export function citedFinding(verb: string, words: string): Stance | undefined {
  if (!/^cit\w*$/i.test(verb.trim())) return undefined;
  return /^\W*(?:(?:the|new|fresh|recent|its|their|his|her)\s+)*(?:[\p{L}-]+\s+)?(?:intelligence|data|figures|evidence|statistics|estimates|findings|satellite\s+(?:images|imagery)|imagery)\b/iu.test(words) || ((opensWithActsOfForce(words) || SOURCE_CITED.test(words) || CITED_AS_SCENE.test(words)) && !CITED_AS_CAUSE.test(words)) ? 'confirms' : undefined;
}

/** "(cited) officials who had detected signs that …": the people who found it, so what they found is told. */
const SOURCE_CITED =
  /^\W*(?:(?:the|its|their|unnamed|senior|several)\s+)*(?:[\p{L}-]+\s+){0,3}?(?:officials|sources|observers|monitors|witnesses|reports?)\s+(?:who|which|that)\s+(?:(?:have|had|has)\s+)?(?:\w+ly\s+)?(?:detected|found|observed|seen|saw|confirmed|reported|said|recorded|spotted)\b/iu;
/** "(cited) the port as the site where the drones were launched": a place cited as where a happening took place. */
const CITED_AS_SCENE = /\bas\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:sites?|places?|locations?|points?|routes?|areas?|hubs?|bases?)\s+(?:where|through\s+which|from\s+which|at\s+which)\s+(?:[\p{L}’'-]+\s+){1,4}?\p{Ll}+ed\b/iu;
/** "(cited) the attacks as the reason for the rerouting": a cause given, which explains rather than tells. */
const CITED_AS_CAUSE = /\bas\s+(?:the|a|an|one|its|their)\s+(?:\p{Ll}+\s+)?(?:reasons?|causes?|results?|grounds?|justification|pretext|explanation|motive)\b/iu;

/**
 * "(crediting) them with helping to “free” the valley", "(credited) the crews for repelling the raid": an act
 * someone is credited with took place, unlike a cause credited ("(credited) the rise to higher prices"),
 * which gives grounds.
 */
export function creditedAct(verb: string, words: string): Stance | undefined {
  return /^credit\w*$/i.test(verb.trim()) && /^\W*(?:[\p{L}'’-]+\s+){1,4}?(?:with|for)\s+\p{Ll}+ing\b/u.test(words) ? 'confirms' : undefined;
}

/** "…, offering to mediate": an offer to act is an undertaking ("offered the ministry's assessment" is not). */
export function offerToAct(verb: string, words: string): Stance | undefined {
  return /^offer\w*$/i.test(verb.trim()) && /^\W*to\s+\p{Ll}/u.test(words) ? 'pledges' : undefined;
}

/**
 * "hinted at retaliatory action against …", "hinted further action would be taken": action only hinted
 * at is the speaker's own force held out, a veiled threat (a hint of anything else is left to the words).
 */
export function hintedAction(verb: string, words: string): Stance | undefined {
  if (!/^hint\w*$/i.test(verb.trim().split(/\s+/)[0] ?? '')) return undefined;
  return /\b(?:action|retaliat\w*|reprisals?|response|strikes?|force|measures)\b/i.test(words) ? 'threatens' : undefined;
}

/**
 * Grief or pity told in the heart's figure: "my heart breaks and aches at the sight of …", "our hearts go
 * out to the families", "his heart bleeds for them", "(said) his “heart breaks” for the children" (not "a
 * heart attack", "the heart of the city was hit").
 */
const HEART_FELT =
  /^\W*(?:that\s+)?(?:my|our|his|her|their)\s+[“"‘]?hearts?\s+(?:\w+ly\s+|still\s+|truly\s+)?(?:breaks?|broke|aches?|ached|bleeds?|bled|goes\s+out|go\s+out|went\s+out|sinks?|sank|(?:is|are|was|were)\s+(?:heavy|broken|full\s+of\s+(?:sorrow|grief|pain)))\b/iu;

/**
 * "(said) “We express deep concern over …”": the speaker's own words name the feeling they express; so
 * does a feeling shared, "(said) he shared the president's frustration with …", "we share your concern",
 * and one told in the heart's figure (HEART_FELT).
 */
export function feelingExpressedInWords(words: string): Stance | undefined {
  if (words.includes('heart') && HEART_FELT.test(words)) return 'other';
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

/** What follows "committed" when it tells a commitment: "to", or the party committing itself. */
const COMMITTED_TO = /^\s+(?:to|itself|themselves|himself|herself|ourselves)\b/;

/**
 * "(the agency reported) that Berg accused the Sylvanian leaders of bias", "Freedonia, Sylvania and
 * other parties rejected the demand": the words report a named speaker's act, and its verb says what
 * the act does. "called" and "asked" are left to the words
 * ("called the talks a success"), and so is praise or thanks reported ("Berg thanked the crews"), a
 * happening told, and a plea or call of others a pronoun names ("They pleaded with her to …", OTHERS_ASKED).
 */
export function reportedAct(words: string): Stance | undefined {
  const found = /^\W*(?:that\s+)?(?:the\s+)?\p{Lu}[\p{L}.'’-]*,?\s+(?:(?:\p{Lu}[\p{L}.'’-]*|and|other\s+\p{Ll}+),?\s+){0,7}(?:\p{Ll}+ly\s+)?(\p{Ll}+ed)\b/u.exec(words);
  const act = found?.[1];
  // "Sylvania committed violations of the truce": a deed committed is no commitment ("committed to", "committed itself").
  if (act === 'committed' && !COMMITTED_TO.test(words.slice((found?.index ?? 0) + (found?.[0].length ?? 0)))) return undefined;
  const stance = act && !/^(?:call|ask)/.test(act) ? stanceOfVerb(act) : undefined;
  if (stance === 'calls-for' && OTHERS_ASKED.test(words)) return 'confirms';
  return stance === 'other' ? undefined : stance;
}

/**
 * Others' plea or call told by the speaker, a third person its subject: "They pleaded with the
 * interviewer to promise …", "He begged the guards to let him go", "She urged them to leave" (what they
 * asked is a happening told, as "Berg thanked the crews" is; not "We urged the sides to …", the
 * speaker's own call).
 */
const OTHERS_ASKED = /^\W*(?:that\s+)?(?:They|He|She)\s/u;

/**
 * "(according to the agency) The Sylvanian president also congratulated and expressed gratitude to the
 * units", "(the ministry said) Berg thanked the rescue teams": a named party's thanks, congratulations
 * or praise, told in reported words by another, is a happening told, whatever words of praise it holds
 * (not "I thanked them", nor "he thanked them", the speaker's own; nor a verb that praises, "praised",
 * which says what the speaker's statement does).
 */
const PRAISE_TOLD =
  /^\W*(?:that\s+)?(?!(?:I|We)\b)\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,5}?\s+(?<!\b(?:[Ww]as|[Ww]ere|[Ii]s|[Aa]re|[Bb]een|[Bb]e|[Bb]eing)\s+)(?:also\s+|later\s+|then\s+|personally\s+)?(?:thanked|congratulated|praised|hailed|lauded|commended|saluted|expressed\s+(?:his\s+|her\s+|its\s+|their\s+)?(?:deep\s+|sincere\s+)?(?:gratitude|thanks|appreciation))\b/u;

export function praiseTold(words: string, speaker: StanceSpeaker): Stance | undefined {
  return speaker.reported && !speaker.forThemselves && PRAISE_TOLD.test(words) ? 'confirms' : undefined;
}

/** A verb of telling in the passive, as readReporting writes it: "was told", "had been informed". */
export const PASSIVE_TELLING = /^(?:(?:has|have|had)\s+been|was|were|is|are|being)\s+(?:\w+\s+)?(?:told|informed|assured)$/i;

/**
 * A count given in digits, not an ordinal ("21st-century", "the 3rd brigade"), nor a count referred back
 * to: "the 125" names people already counted ("explained the 125 were war-related deaths" says what they
 * were; "explained that 125 people died" gives the count).
 */
const COUNT_GIVEN = /(?<![\d,.]|\bthe\s+)\d(?![\d,.]*(?:st|nd|rd|th)\b)/iu;

/** A verb of explaining before words that give a count in digits: "explained: “… exceeds 400 people …”". */
export function countExplained(verb: string | null, clause: string): boolean {
  return /^explain\w*$/i.test(verb?.trim().split(/\s+/)[0] ?? '') && COUNT_GIVEN.test(clause);
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
export function advisedOfNews(verb: string | null, words: string): boolean {
  return /^advised$/i.test(verb?.trim() ?? '') && NEWS_ADVISED.test(words);
}
