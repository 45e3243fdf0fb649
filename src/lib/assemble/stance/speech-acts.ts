/**
 * Speech acts a clause makes plain by its own words, whatever verb reports it: an inquiry under way, news
 * awaited, a wait, a reproach refused, help on offer, a legal standing stated, a ship's identity disowned,
 * a measure taking effect, a cancellation told, a judgement held. Each entry is one class of English, with
 * a cheap literal gate read before its pattern. After them, acts read with the reporting verb or the speaker: a warning verb that
 * reports a happening, others' agreement told, a resolve stressed, a motive fronted before an act. Generic
 * English, not topic knowledge.
 */
import type { Stance } from '../../model.ts';
import { CueWords } from './cue-words.ts';

/** One speech act: its name, a literal one of which every match holds, its pattern and the stance it makes. */
interface SpeechAct {
  name: string;
  cue: CueWords | RegExp;
  pattern: RegExp;
  stance: Stance;
}

/**
 * The speech acts, tried in order; the first that matches decides.
 *
 * - *inquiry under way*: "Authorities are investigating", "Police are investigating the cause of the fire",
 *   "the navy is still investigating whether …" leave the matter open, as "is looking into" does (not
 *   "investigators found that …", a finding; nor "are investigating war crimes by …", a charge named).
 * - *results being assessed*: "The ministry is assessing detailed results of the strikes", "the navy is
 *   reviewing the damage": what the act did is not known yet, as an inquiry under way leaves it open (not
 *   "is reviewing its policy", "are examining the bill", no outcome pending; nor "has assessed the damage").
 * - *news awaited*: "More details are awaited", "further information is expected", "details are still
 *   awaited", "we are waiting for more information": nothing is known yet.
 * - *a wait*: "We are waiting for the terms to be agreed", "(the ministry said) it is awaiting a reply
 *   from …": the speaker tells where its own side stands, asserting nothing at issue (not "thousands of
 *   refugees are waiting for transport at the border", a state of things reported).
 * - *a reproach refused*: "We do not accept such reproaches", "we cannot accept these accusations": the
 *   charge is denied (not "do not accept refugees", nor "do not accept the terms", no charge named).
 * - *help on offer*: "military aid is also available based on …'s requirements", "assistance remains
 *   available to …": a side puts its help at another's disposal (not "no aid is available", "aid is not
 *   available", nor "shelters are available in the city", no help given). It may follow a comma: reported
 *   words can open with an apposition the speaker's name left behind ("the country's minister of defense,
 *   military aid is …").
 * - *a legal standing*: "the actions are de jure taking place on its territory", "the waters are, under
 *   international law, part of …": a reading of the law, an assessment.
 * - *a ship's identity disowned*: "It is not an Indian-flagged vessel", "the tanker was not a US-owned
 *   ship": a claim about what a ship is, as "announced the ship was American" is (not "it is not true").
 * - *a measure taking effect*: "(the administration said) the decision would take effect within a month",
 *   "the new sanctions will come into force next week": a side binds itself to its measure, as a decree
 *   does (a side's only: "the tariffs would take effect too late", from an analyst, foretells).
 * - *a cancellation told*: "The expected meeting … will not be held at the end of October", "the summit has
 *   been called off": what will not happen is told as fact, as a date set is (not "the talks will not take
 *   place until they withdraw", a condition; nor "we regret that the meeting will not take place", where
 *   the clause's subject is the speaker, not the meeting).
 * - *a judgement held*: "they find it useful", "we consider it premature": an assessment (a judgement that
 *   blames, "we consider it a crime", still condemns).
 */
const SPEECH_ACTS: SpeechAct[] = [
  {
    name: 'inquiry under way',
    cue: new CueWords(/investigating|probing/i),
    pattern:
      /^\W*(?:that\s+)?(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:is|are)\s+(?:now\s+|still\s+|currently\s+|also\s+)?(?:investigating|probing)\b(?:\s*(?:$|[.,;:!])|\s+(?:whether|what|how|why|who|if)\b|\s+(?:the|this|that|these|those|an?)\s+(?:[\p{L}-]+\s+){0,2}?(?:incident|cause|causes|circumstances|report|reports|claims?|matter|attack|blast|explosion|fire|crash|collision|sinking|damage|accident|case)\b)/iu,
    stance: 'unconfirmed',
  },
  {
    name: 'results being assessed',
    cue: new CueWords(/assessing|reviewing|evaluating|examining/i),
    pattern:
      /^\W*(?:that\s+)?(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:is|are)\s+(?:now\s+|still\s+|currently\s+|also\s+)?(?:assessing|reviewing|evaluating|examining)\s+(?:the\s+)?(?:(?:detailed|full|initial|first|latest|final)\s+)?(?:results?|damage|impact|outcome|effects?|extent)\b/iu,
    stance: 'unconfirmed',
  },
  {
    name: 'news awaited',
    cue: new CueWords(/await|expected|wait/i),
    pattern:
      /\b(?:more|further|additional|fuller|the)\s+(?:details|information|updates?|news)\s+(?:(?:are|is)\s+(?:still\s+|now\s+)?(?:awaited|expected|pending)|(?:are|is)\s+to\s+follow)\b|\b(?:is|are|am)\s+(?:still\s+)?(?:waiting\s+for|awaiting)\s+(?:more\s+|further\s+|additional\s+|the\s+)?(?:details|information|updates?|results?|confirmation|clarification|findings)\b/i,
    stance: 'unconfirmed',
  },
  {
    name: 'a wait',
    cue: new CueWords(/wait/i),
    pattern: /^\W*(?:that\s+)?(?:we|i|it)\s+(?:is|are|am|was|were)\s+(?:still\s+|now\s+)?(?:waiting\s+for|awaiting)\b/iu,
    stance: 'other',
  },
  {
    name: 'a reproach refused',
    cue: new CueWords(/accept/i),
    pattern:
      /\b(?:(?:do|does|did|will|can|could|would)\s*(?:not|n['’]t)|cannot|never)\s+accept\s+(?:(?:such|these|those|the|any|this|that|their|his|her|its|your)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:reproach(?:es)?|accusations?|allegations?|charges|criticism|insinuations?|assertions|claims)\b/iu,
    stance: 'denies',
  },
  {
    name: 'help on offer',
    cue: new CueWords(/available/i),
    pattern:
      /(?:^\W*(?:that\s+)?|,\s+)(?!no\s)(?:[\p{L}’'-]+\s+){0,3}?(?:aid|assistance|help|support|funding|equipment|weapons|arms)\s+(?:is|are|remains?|will\s+be)\s+(?:also\s+|still\s+|readily\s+|now\s+)?available\b/iu,
    stance: 'pledges',
  },
  {
    name: 'a legal standing',
    cue: new CueWords(/de jure|under international law/i),
    pattern: /^\W*(?:that\s+)?(?:[\p{L}’'-]+\s+){1,10}?(?:is|are|was|were)\s+(?:,\s*)?(?:de\s+jure|under\s+international\s+law)\b/iu,
    stance: 'other',
  },
  {
    name: "a ship's identity disowned",
    cue: new CueWords(/vessel|ship|tanker|carrier/i),
    pattern:
      /^\W*(?:that\s+)?(?:it|the\s+(?:vessel|ship|tanker|carrier))\s+(?:is|was)\s*(?:not|n['’]t)\s+(?:an?\s+)(?:[\p{L}-]+\s+){0,2}?(?:vessel|ship|tanker|carrier)\b/iu,
    stance: 'other',
  },
  {
    name: 'a measure taking effect',
    cue: new CueWords(/effect|force/i),
    pattern:
      /^\W*(?:that\s+)?(?:the|its|our|their|this|these|new)\s+(?:[\p{L}-]+\s+){0,2}?(?:decision|ban|measures?|designation|sanctions|restrictions|order|decree|law|tariffs|regulations?|rules?)\s+(?:will|would|shall)\s+(?:take\s+effect|come\s+into\s+force|enter\s+into\s+force)\b/iu,
    stance: 'pledges',
  },
  {
    name: 'a cancellation told',
    cue: new CueWords(/not\s+(?:be\s+held|take\s+place|go\s+ahead)|cancell?ed|called\s+off/i),
    pattern:
      /^\W*(?:that\s+)?(?![^.;]*\b(?:until|unless|if)\b)(?:the|a|an|this|its|their|our|next|today['’]s)\s[^.;]*?\b(?:(?:will|would)\s+not\s+(?:be\s+held|take\s+place|go\s+ahead)|(?:has|have|had)\s+been\s+(?:cancell?ed|called\s+off))\b/i,
    stance: 'confirms',
  },
  {
    name: 'a judgement held',
    cue: new CueWords(/find|found|consider|deem|regard/i),
    pattern:
      /^\W*(?:that\s+)?(?:we|i|they|he|she|it|(?:the\s+)?[\p{L}-]+)\s+(?:(?:also|still)\s+)?(?:find|finds|found|consider|considers|considered|deem|deems|deemed|regard|regards|regarded)\s+(?:it|this|that|them|these|those)\s+(?:as\s+)?(?:\w+ly\s+|very\s+|quite\s+)?(?:useful|helpful|important|constructive|positive|productive|valuable|necessary|appropriate|premature|promising|encouraging|consistent|inconsistent|possible|impossible|realistic|unrealistic)\b/iu,
    stance: 'other',
  },
];

/** The stance a speech act in the clause makes plain (SPEECH_ACTS), or undefined when it makes none. */
export function speechActOf(clause: string, forASide: boolean): Stance | undefined {
  for (const act of SPEECH_ACTS) {
    // Help on offer is a side's: a private person's "help is available" describes.
    if (act.stance === 'pledges' && !forASide) continue;
    if (act.cue.test(clause) && act.pattern.test(clause)) return act.stance;
  }
  return undefined;
}

/**
 * A warning verb that reports a happening: "warned that a vessel was hit by a missile", "warned that a
 * ship had been boarded" tell what happened, as a maritime alert does (not "warned that ships could be
 * hit", "warned that vessels were at risk", a danger; nor "warned that the ship was hit and more attacks
 * would follow", which foretells).
 */
const HAPPENING_WARNED =
  /^\W*(?:that\s+)?(?:an?|the|one|two|three|another|\d+)\s+(?:[\p{L}-]+\s+){0,4}?(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:hit|struck|attacked|targeted|damaged|seized|boarded|hijacked|sunk|fired\s+(?:on|upon|at)|approached|set\s+ablaze)\b/iu;

/** Words that turn a report into a danger foretold: "could", "may", "will", "risk", "threat". */
const DANGER_AHEAD = /\b(?:could|may|might|will|would|risk|risks|threat|threats|danger|dangers|likely)\b/i;

/** Whether a warning verb's clause reports a happening (HAPPENING_WARNED) and foretells no danger. */
export function happeningWarnedOf(clause: string): boolean {
  return /\b(?:was|were|been)\b/i.test(clause) && HAPPENING_WARNED.test(clause) && !DANGER_AHEAD.test(clause);
}

/**
 * An agreement of others told by a side: "(Michel said) the leaders of Sylvania and Freedonia agreed to
 * take part in a meeting", "(the ministry said) the rebels have agreed to lay down arms": the speaker
 * tells what others agreed, it undertakes nothing (not "it agreed to", "we agreed to", the speaker's own
 * side; nor "the sides agreed to", "both parties agreed to", an agreement the speaker may be party to;
 * nor "Sylvania agreed to send 5,000 workers", a party's provision relayed, which commits it).
 */
const OTHERS_AGREED =
  /^\W*(?!(?:that\s+)?(?:it|he|she|they|we|i|the\s+(?:government|country|ministry|office))\s)(?:that\s+)?(?![^.;]*\b(?:sides|parties)\s+(?:\w+\s+)?agreed\b)(?:[\p{L}’'.-]+\s+){1,10}?(?:(?:has|have|had)\s+(?:\w+ly\s+|also\s+)?)?agreed\s+to\b(?!\s+(?:send|provide|supply|deliver|give|transfer|deploy|dispatch|sell|lend|grant)\b)/iu;

/**
 * Whether a side's reported words tell another party's agreement (OTHERS_AGREED), its own side not named
 * first, read only where "agreed to" is (the media's telling is left to the words, as a vow told is).
 */
export function othersAgreementTold(clause: string, speaker: { reported: boolean; forASide?: boolean; ownSideFirst?: boolean }): boolean {
  return speaker.reported && speaker.forASide === true && speaker.ownSideFirst !== true && clause.includes('agreed to') && OTHERS_AGREED.test(clause);
}

/**
 * "stressed the determination to do huge work towards …", "emphasised their readiness to help": a
 * resolve stressed is undertaken, as a resolve reaffirmed is (not "stressed the importance of …", nor "the
 * court's determination that …", a ruling).
 */
const RESOLVE_STRESSED = /^\W*(?:the|their|its|his|her|our|\p{Lu}[\p{L}.-]*['’]s?)\s+(?:[\p{L}’'-]+\s+){0,2}?(?:determination|resolve|readiness|willingness|intention)\s+to\b/iu;

/** The stance of a resolve stressed (RESOLVE_STRESSED) under a verb of emphasis, or undefined. */
export function resolveStressed(verb: string, words: string): Stance | undefined {
  if (!/^(?:stress|emphasi[sz]|underlin|underscor)\w*$/i.test(verb.trim().split(/\s+/)[0] ?? '')) return undefined;
  return RESOLVE_STRESSED.test(words) ? 'pledges' : undefined;
}

/**
 * A side's resolve to act said to have grown: "the attack only strengthened his country's resolve to deploy
 * a frigate", "the shelling has reinforced our determination to rebuild" — the resolve is stated, and the
 * act undertaken, as a resolve stressed is (not "strengthened the rebels' hand", no resolve; nor
 * "weakened their resolve", a resolve lost).
 */
const RESOLVE_STRENGTHENED =
  /\b(?:strengthen(?:ed|s)?|reinforc(?:ed|es)?|harden(?:ed|s)?|deepen(?:ed|s)?|redoubl(?:ed|es)?|steel(?:ed|s)?)\s+(?:the|their|its|his|her|our|my|\p{Lu}[\p{L}.-]*['’]s?)\s+(?:[\p{L}’'-]+\s+){0,2}?(?:resolve|determination)\s+to\s+\p{Ll}/iu;

/** Whether a side says its resolve to act has grown (RESOLVE_STRENGTHENED); analysts and findings tell another's. */
export function resolveStrengthened(clause: string, speaker: { forASide?: boolean; assesses?: boolean; finding?: boolean }): boolean {
  return speaker.forASide === true && speaker.assesses !== true && speaker.finding !== true && /resolve|determination/i.test(clause) && RESOLVE_STRENGTHENED.test(clause);
}

/**
 * A motive fronted before the speaker's act: "In support of the people of Marsh City and response to the
 * aggression on our country, we targeted a commercial ship", "In solidarity with …, our forces struck …",
 * "In retaliation for the raids, …". The motive may name the other side's acts in words of blame; the
 * statement tells the act after it (a main clause that blames, "…, we condemn …", still condemns).
 */
const MOTIVE_FRONTED =
  /^\W*(?:that\s+)?(?:in\s+(?:support\s+of|solidarity\s+with|response\s+to|retaliation\s+for|revenge\s+for))\b[^;.]{0,160}?,\s+(?=(?:we|our|the|its|their)\s)/i;

/** The words after a fronted motive (MOTIVE_FRONTED), or undefined when they open with none. */
export function afterFrontedMotive(words: string): string | undefined {
  if (!/^\W*(?:that\s+)?in\s/i.test(words)) return undefined;
  const motive = MOTIVE_FRONTED.exec(words);
  return motive ? words.slice(motive[0].length) : undefined;
}
