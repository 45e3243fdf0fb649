import { describe, expect, it } from 'vitest';
import { CALL, CALL_CUE } from '../../src/lib/assemble/stance/calls.ts';
import {
  AGGRESSION_SUPPOSED,
  COUNTED_OFFENCE,
  OFFENCE_PREVENTED,
  FAILING_CUE,
  FAILING_LAID,
  ILL_WILL_CUE,
  NO_ILL_WILL,
  WRONGFUL_AIM,
  WRONGFUL_AIM_CUE,
  ILLEGAL_GROUP,
  MOTIVE,
  MOTIVE_CUE,
  OFFENCE_CUE,
} from '../../src/lib/assemble/stance/condemnation.ts';
import { CueWords } from '../../src/lib/assemble/stance/cue-words.ts';
import { DANGER, DANGER_CUE } from '../../src/lib/assemble/stance/danger.ts';
import {
  CLAIM_CALLED_FALSE,
  FALSE_CLAIM_CUE,
  LINK_CUE,
  LINK_DENIED,
  NEGATED_ASSERTION,
  NEGATION_CUE,
  NO_PLAN,
  NO_PLAN_CUE,
  NOT_YET,
  NOT_YET_CUE,
  UNCONFIRMED,
  UNCONFIRMED_CUE,
} from '../../src/lib/assemble/stance/denial.ts';
import {
  BELIEF_CUE,
  CHARACTERISATION,
  EXPLANATION,
  EXPLANATION_CUE,
  IN_CONTACT,
  IN_CONTACT_CUE,
  PROSPECT,
  PROSPECT_CUE,
  STATE_CUE,
  STATE_OF_THINGS,
  TARGET_CUE,
  TARGET_OF_A_COUNTRY,
  TIES_CUE,
  TIES_DESCRIBED,
  TOLD_TO_BELIEVE,
  WISH_CUE,
  WISH_DISOWNED,
} from '../../src/lib/assemble/stance/description.ts';
import {
  COMMITMENT,
  COMMITMENT_CUE,
  DUTY_CUE,
  DUTY_TAKEN_ON,
  PLEDGE,
  PLEDGE_CUE,
  UNDERTAKING_CUE,
  UNDERTAKING_UNDER_WAY,
} from '../../src/lib/assemble/stance/pledges.ts';
import { AGENDA, AGENDA_CUE, PREDICTION_CUE, PREDICTS_OR_EXPLAINS } from '../../src/lib/assemble/stance/forecast.ts';
import { CONDITIONAL_CONSEQUENCES, CONSEQUENCES_CUE, THREAT, THREAT_CUE } from '../../src/lib/assemble/stance/threat.ts';
import { piecedTexts, type PiecedTextsOptions } from '../helpers/pieced-texts.ts';

/**
 * stanceOf asks each of its largest patterns only of words that hold one of the pattern's cue words.
 * These tests hold each cue to its pattern: wherever the pattern matches, the cue must too, or a
 * threat, an explanation, contact kept, a call or a promise would be lost.
 */

/** A clause for each alternative of THREAT, in its order. */
const THREATS = [
  'Freedonia will impose new sanctions', 'the army continues to retaliate against any provocation', 'he’d consider imposing sanctions', 'Sylvania reserved the right to react',
  'we would not hesitate to use force', 'we would not hesitate to order strikes', 'they will not tolerate attacks', 'that is why we attack', 'we can sink them', 'this will not deter Sylvania from acting', 'the raids would not dissuade Sylvania from its course',
  'the navy would continue to block the port', 'the ships have now become legitimate targets',
  'the aggression will not go unanswered', 'such attacks will not be tolerated', 'Fredonburg will pay a heavy price', 'they will bear the full consequences',
  'they would bear full responsibility for the consequences', 'the ships are now considered targets',
  'any attack would be met with force', 'of a swift military response', 'the reply will be very painful',
  'our forces will act', 'the group would keep attacking', 'the ships will be targeted', 'all hostile targets',
  'all options remain on the table', 'Freedonia will not stand idly by', 'we will not remain silent',
  'they will face a harsh response', 'there would be a firm, strong and effective response', 'the response to this attack is inevitable', 'they will regret it',
  'i will escalate', 'to expand the attacks',
  // Alternatives again, each with one cue word only.
  'us to strike', 'of reprisals', 'of retaliation', 'to intensify operations', 'to widen strikes', 'it shall not pass unanswered', 'our naval operations will not stop', 'we will not halt the attacks',
  'we won’t hesitate to strike', 'Ruhl reserves the right to take further steps', 'further action will be taken', 'we will not remain passive',
];

/** A clause for each alternative of EXPLANATION, in its order, each of its words in one clause with no other cue word. */
const EXPLANATIONS = [
  'this only made the crews fight harder', 'that makes sense', 'we are really talking about Sylvania',
  'owing to the storm', 'based on the report', 'guided by the treaty', 'the strikes are carried out in self-defense',
  'the strikes are in self-defence', 'the strikes are in direct response to the attack', 'they are in reaction to it',
  'the raids are in retaliation to the shelling', 'that is why we act', 'our participation is to ensure calm',
  'the patrol is to protect the port', 'the aid is to provide food', 'it was only to help', 'it is to support them',
  'it is to prevent a war', 'the fleet is to deter Ruhl', 'the army is to defend Fredonburg', 'the cases are related to the war',
  'the raids were closely linked to the talks', 'this is a response to the shelling', 'it was a direct reaction to it',
  'the losses are the result of the raid', 'they were a consequence of the war', 'it is designed for Ruhl',
  'they were intended for the navy', 'the drills are meant for the navy', 'the visit was aimed at easing tension',
  'the drills were aimed to deter Ruhl', 'the visit is part of efforts to end it', 'the priority of the Freedonia government is',
  'our aim is', 'the goal was', 'the purpose of the mission is', 'its objective is', 'he was only referring to Ruhl',
];

/** A clause for each alternative of IN_CONTACT, in its order. */
const CONTACTS = ['it was in contact with the tanker', 'Sylvania is in close touch with Ruhl', 'is coordinating with the Red Cross', 'in constant communication with all parties'];

/** A clause for each alternative of CALL, in its order, each word of the cue in one clause with no other. */
const CALLS = [
  'a crisis that demands collective action', 'a war which requires a response', 'a war that calls for attention',
  'we expect Ruhl to go', 'we expect a full withdrawal', 'Ruhl bears the responsibility to protect them', 'Ruhl has an obligation to end it', 'it is important to go', 'it is essential for Ruhl to go', 'it is vital to go', 'it is crucial to go',
  'it is necessary to go', 'it is imperative to go', 'Please bring us home', 'Ruhl should go', 'Ruhl must go', 'Ruhl needs to go',
  'Ruhl ought to go', 'Sylvania urges Ruhl', 'we are calling on Ruhl', 'Sylvania insists on it', 'Sylvania proposed to go',
  'Ruhl has to go', 'they have to go', 'the necessity of talks', 'the importance of talks', 'the urgency of talks',
  'there is a need', 'it is high time for Ruhl to go', 'we encourage Ruhl', 'we invite Ruhl', 'Let us go', 'talks are needed',
  'Ruhl requests it', 'Sylvania is pushing Fredonburg to go', 'Sylvania presses Ruhl to go', 'Sylvania wants them to go',
  'the priority now is to go',
];

/**
 * A clause for each alternative of PLEDGE and each word of its lists ("readiness", "intention", "willingness"
 * to), in its order; each word of the cue stands in a clause with no other.
 */
const PLEDGES = [
  'we are sending a team', 'we are now dispatching boats', 'I am deploying', 'we are providing food', 'we are offering aid',
  'we are giving aid', 'we are delivering aid', 'we are extending aid', 'we’ll go', 'we will go', 'we shall go', 'we are going to go',
  'Sylvania remains committed', 'Sylvania remained ready', 'Freedonia is prepared to help', 'Freedonia stood ready to help',
  'Freedonia was willing to help', 'Freedonia stands with Sylvania',
  'we support Sylvania', 'Ruhl promised to go', 'Ruhl pledged to go', 'Ruhl vowed to go', 'we spare no effort',
  'do everything possible', 'do all in our power', 'do our utmost', 'Sylvania is determined to go', 'fulfil its obligations',
  'that we reaffirm our solidarity', 'Freedonia has decided to go', 'Freedonia agreed to go', 'Freedonia has given its consent to it', 'Freedonia has given its agreement to it',
  'Freedonia has given its approval for it', 'Freedonia has given its green light to it', 'Freedonia had given its go-ahead to it',
  'Freedonia have given their blessing to it', 'its readiness to go', 'its intention to go', 'the willingness to go',
  'Ruhl has plans to go', 'the creation of a fund', 'announced the formation of a unit', 'the establishment of a fund',
];

/** A clause for each alternative of UNDERTAKING_UNDER_WAY and each of its verbs, each word of the cue in one clause with no other. */
const UNDERTAKINGS = [
  'Freedonia is working on a plan', 'we are now drafting a law', 'Sylvania is preparing an accord', 'we are drawing up a treaty',
  'the agreement is being drafted', 'a treaty is being prepared', 'the roadmap is being drawn up', 'a memorandum is being negotiated',
  'the package is being finalised', 'the bills are being finalized',
];

/** A clause for each alternative of DANGER, in its order, each word of the cue in one clause with no other. */
const DANGERS = [
  'it is dangerous', 'the danger is real', 'this is very serious', 'the situation is concerning', 'our concern is the port',
  'the main concerns are', 'we are worried', 'it worries us', 'a worrying trend', 'Sylvania remains concerned', 'the threat is real',
  'the risk is high', 'the escalation continues', 'it could escalate', 'the consequences are dire', 'it destabilises the region',
  'an alarming trend', 'a grave situation', 'they are playing with fire', 'we watch with great concern', 'villagers fear reprisals', 'it would be a death sentence',
  'a war would be a disaster', 'it will mean a catastrophe', 'it could be suicide', 'it would be an utter tragedy',
];

/** A clause for each alternative of COMMITMENT, in its order, each word of the cue in one clause with no other. */
const COMMITMENTS = [
  'its commitment to peace', 'Sylvania’s pledge to help', 'Our support will continue', 'its solidarity with them would not waver',
  'my commitment shall remain', 'our support for Sylvania is unwavering', 'solidarity with them remains firm',
  'Freedonia is committed to it', 'the treaty obliges both sides to act', 'it obligates them to act', 'commits the parties to talks',
];

/** A clause for each alternative of DUTY_TAKEN_ON, in its order. */
const DUTIES = ['we consider it our duty to help', 'Freedonia sees it as an obligation to act', 'it is our duty to help', 'it is my sacred obligation to serve', 'our primary duty today is to help'];

/** A clause for each alternative of NEGATED_ASSERTION, in its order. */
const NEGATIONS = [
  'it is not about Sylvania', 'this isn’t so', 'the report is not true', 'the information is completely untrue', 'no strike occurred today', 'no harm was done', 'there were no losses caused by the raid', 'there has been no disruption',
  'the threat of encirclement is absent', 'the risks are non-existent', 'there is no threat to shipping',
];

/** A clause for each alternative of CLAIM_CALLED_FALSE and each word it calls a claim, in its order. */
const FALSE_CLAIMS = [
  'the report is inaccurate', 'the reports are false', 'reports were untrue', 'the allegations are wrong', 'the claims are incorrect',
  'that such claims were completely baseless', 'the claims are groundless', 'the claims are unfounded', 'the accusations are fabricated',
  'the claims are fake', 'the assertion is misleading', 'the claims are lies', 'the rumours are nonsense',
  'the statements are nothing more than propaganda',
  'the tanker was not flagged there as claimed by Ruhl', 'it was not sent as alleged', 'it was not sent as reported', 'contrary to reports',
  'the statement distorts the facts', 'they misrepresented the reality on the ground', 'twisting the truth',
];

/** A clause for each alternative of LINK_DENIED, in its order. */
const LINKS_DENIED = [
  'the strikes were unrelated to the war', 'the fire is completely unconnected with it', 'the fire had nothing to do with the attack',
  'the delays are not linked to the strikes', 'it wasn’t related to it', 'they are not connected with it',
  'the ships had no connection to the war', 'the group has no direct links with them', 'it bears no relation to the strike',
  'there is no link between the fire and the strike',
];

/** A clause for each alternative of TOLD_TO_BELIEVE, in its order. */
const TOLD = [
  'he was told he had fought', 'they were misled', 'we had been deceived', 'he was led to believe it', 'she was made to believe it',
  'his officers made him think so', 'they made us believe it',
];

/** A clause for each alternative of TIES_DESCRIBED and each of its bonds, in its order. */
const TIES = [
  'Sylvania remains our ally', 'they are our friends', 'is my partner',
  'has always been a supporter of its actions', 'have long been allies of', 'had always been a friend of', 'has long been the main backer of', 'have always been champions of', 'has always been a partner of',
  'the strong fraternal ties between them', 'close relations', 'a warm relationship', 'deep friendship', 'strong bonds',
  'brotherly regard', 'cooperation between them has significantly strengthened', 'the partnership has grown',
  'relations are reaching their historic peak', 'ties at its all-time high', 'reached a highest level', 'at their lowest point',
  'relations between them have a special character', 'the partnership had taken on a strategic nature',
];

/** A clause for each alternative of STATE_OF_THINGS and each of its nouns, in its order. */
const STATES = [
  'the situation on the border remains tense', 'the atmosphere was calm', 'the mood in the capital is gloomy', 'the outlook has worsened',
  'living conditions had improved', 'conditions in the camps are getting worse', 'its situation seemed stable',
];

/** A clause for each offence COUNTED_OFFENCE counts, ILLEGAL_GROUP labels and AGGRESSION_SUPPOSED supposes. */
const COUNTED_OFFENCES = ['the 23rd illegal attack', '25 illegal and unacceptable attacks', 'numerous acts of violation', '12 violations of the ceasefire', 'several breaches', 'two provocations'];
/** A clause for each verb of OFFENCE_PREVENTED and each of its offences, and for each of its words of supposing. */
const OFFENCES_PREVENTED = [
  'to prevent provocations', 'to suppress large-scale violations', 'in order to stop aggression', 'to deter further breaches', 'aimed at thwarting terrorist attacks',
  'to curb the violations', 'to avert new aggression', 'to repel terrorist acts', 'for countering provocations', 'to uphold the accord, suppress provocations', 'possible provocations', 'potential terrorist acts',
];
const ILLEGAL_GROUPS = ['illegal armed groups', 'illegal formations'];
const AGGRESSIONS_SUPPOSED = ['if either faced armed aggression', 'should one side suffer an armed aggression', 'if Sylvania is subjected to aggression', 'in the event of aggression', 'in case of foreign aggression'];

/** A clause for each alternative of PREDICTS_OR_EXPLAINS and each of its words, in its order, each word of the cue in one clause with no other. */
const PREDICTIONS = [
  'the ship is expected in July', 'it is likely that Ruhl goes', 'it is possible that Ruhl goes', 'it is improbable that Ruhl goes',
  'it is plausible that Ruhl goes', 'the likelihood as high', 'the possibility being remote', 'chances very slim', 'odds quite good',
  'raised the chances', 'boosted the prospects', 'reduced odds', 'this is an indication', 'it could indicate a shift', 'it may suggest it',
  'it might signal it', 'it would mean war', 'Ruhl is set to go', 'the talks are projected to end', 'the fleet was forecast to sail',
  'it was predicted to fall', 'Ruhl is poised to win', 'the vote is due to end', 'Ruhl is unlikely to go', 'Ruhl was expected to go',
  'I think so', 'we wish them well', 'we hope so', 'we pray for them', 'we look forward to it', 'our understanding is',
  'in my view, it ends', 'in our opinion, it ends', 'as we understand it', 'he believes it', 'she thinks so', 'they thought so',
  'he feels it', 'she felt it', 'we thought so', 'I hoped so', 'we wished it', 'it is believed that', 'it has long been thought that',
  'it was assumed that', 'it is presumed that', 'it was suspected that', 'there is a chance', 'there was a possibility',
  'this is because it ends', 'their operations aim to end it', 'Ruhl seeks to end it', 'they are seeking to end it',
  'he wants to go home', 'they longed to go home', 'we don’t think it will end', 'I do not believe they could win',
];

/** A clause for each alternative of UNCONFIRMED and each of its words, in its order. */
const UNCONFIRMEDS = [
  'we cannot confirm it', 'they could not verify it', 'Ruhl has not detected any signs', 'they have not yet found evidence',
  'it has yet to identify indications', 'they had not spotted traces', 'we are looking into it', 'we will see what happens',
  'we pull this thread', 'we will find out', 'we are going to preview nothing', 'we want to speculate', 'I won’t get ahead of it',
  'we will not go into that', 'we will not comment', 'we do not intend to comment', 'we have no comment', 'it is under discussion', 'it is in review', 'it is under consideration', 'we are still assessing',
  'it is still being assessed', 'it is still being evaluated', 'we are still investigating', 'it is still being determined', 'it is still being established', 'it is still being clarified', 'we are still checking', 'it remains to be seen', 'we need to verify it', 'no evidence',
  'it is not yet known', 'it is not clear', 'it is unclear', 'we do not know', 'before we can say', 'we wait and see',
  'we wait a few days to see', 'he has no information about it', 'we have no further details on it',
];

/** A clause for each alternative of PROSPECT and each of its nouns. */
const PROSPECTS = [
  'there is now a historic opportunity', 'there is a hope of calm', 'there was a real chance', 'there are possibilities', 'there are good prospects',
  'it has little chance of passing', 'a good chance of winning', 'the prospects for a deal were dim', 'chances of a settlement remain slim', 'the prospect looks bleak',
  'the opportunity to reach a solution still exists'];

/** A clause for each alternative of MOTIVE and each of its words, in its order. */
const MOTIVES = ['they are acting in solidarity with them', 'we are here in support of Ruhl', 'the strikes are a show of support', 'it was a show of solidarity', 'they are standing up for the valley'];

/** A clause for each alternative of WISH_DISOWNED and each of its words, in its order. */
const WISHES = ['Sylvania did not want the talks', 'we don’t want war', 'they never wanted to leave', 'it had no interest in a war', 'we have no desire to stay', 'Ruhl has no real wish to go', 'they are not interested in talks'];

/** A clause for each noun of TARGET_OF_A_COUNTRY, in its order. */
const TARGETS = ['the ship was American', 'both vessels were Liberian-flagged', 'the tanker is British-owned', 'the freighter was Greek', 'the carrier is American', 'the boat was Ruritanian', 'the target was Sylvanian'];

/** A clause for each alternative of CONDITIONAL_CONSEQUENCES. */
const CONSEQUENCES = ['they warned them of consequences unless they halt', 'there will be consequences if they cross the line', 'grave consequences for Sylvania if it refuses'];

/** A clause for each verb of AGENDA, in its order. */
const AGENDAS = [
  'they will discuss the truce', 'she would also address the council', 'he will raise the issue', 'they would review the deal', 'it will examine the case',
  'they will explore options', 'we will talk about aid', 'they would talk over the plan', 'he will touch on trade', 'she shall then touch upon the issue',
];

/** A clause for each alternative of NO_PLAN and of NO_ILL_WILL, each word of their cues once. */
const NO_PLANS = ['Sylvania does not have any plans to attack', 'we did not have any intention of staying', 'they have no plan to leave', 'it had no intention to fight', 'we are not and will never be a party'];
/** A clause for each alternative of NOT_YET. */
const NOT_YETS = ['the video has not yet been made public', 'the ships are yet to arrive', 'it has not yet decided', 'the funds are yet to be paid', 'we do not yet know'];
const NO_ILL_WILLS = ['we harbour no hostility towards them', 'Sylvania has no animosity', 'they bear no ill will', 'we have no particular enmity', 'it harbors no hatred', 'I bear no grudge'];

/** A global pattern as one that tests from the start every time. */
function once(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.replace('g', ''));
}

interface Gate {
  name: string;
  pattern: RegExp;
  cue: RegExp | CueWords | { test(text: string): boolean };
  /** A clause for each alternative of the pattern; each matches as written. */
  clauses: readonly string[];
  /** Words that only come near the clauses' words, for the generated texts. */
  near: readonly string[];
  texts: PiecedTextsOptions;
}

const GATES: Gate[] = [
  { name: 'THREAT', pattern: THREAT, cue: THREAT_CUE, clauses: THREATS, near: ['said', 'the', 'Ruhl', ',', '.', 'ſ', 'é'], texts: { seed: 3, minPieces: 2, maxPieces: 8, between: ' ' } },
  { name: 'EXPLANATION', pattern: EXPLANATION, cue: EXPLANATION_CUE, clauses: EXPLANATIONS, near: ['said', 'the', 'Anna Berg', ',', '.', ';', 'ſ'], texts: { seed: 5, minPieces: 2, maxPieces: 7, between: ' ' } },
  { name: 'IN_CONTACT', pattern: IN_CONTACT, cue: IN_CONTACT_CUE, clauses: CONTACTS, near: ['within', 'withdraw', 'WITH', 'said', 'Anna Berg', ',', '.'], texts: { seed: 7, minPieces: 2, maxPieces: 7, between: 0.8 } },
  { name: 'CALL', pattern: CALL, cue: CALL_CUE, clauses: CALLS, near: ['said', 'the', 'Anna Berg', ',', '.', '“', 'ſ', '\n'], texts: { seed: 11, minPieces: 2, maxPieces: 7, between: 0.8 } },
  { name: 'PLEDGE', pattern: PLEDGE, cue: PLEDGE_CUE, clauses: PLEDGES, near: ['said', 'the', 'Anna Berg', ',', '.', "'ll", '\n'], texts: { seed: 13, minPieces: 2, maxPieces: 7, between: 0.8 } },
  { name: 'UNDERTAKING_UNDER_WAY', pattern: UNDERTAKING_UNDER_WAY, cue: UNDERTAKING_CUE, clauses: UNDERTAKINGS, near: ['said', 'the', 'Anna Berg', ',', '\n'], texts: { seed: 17, minPieces: 3, maxPieces: 9, between: 0.8 } },
  { name: 'DANGER', pattern: DANGER, cue: DANGER_CUE, clauses: DANGERS, near: ['said', 'the', 'Anna Berg', ',', '.', 'ſ', '\n'], texts: { seed: 19, minPieces: 2, maxPieces: 6, between: 0.8 } },
  { name: 'COMMITMENT', pattern: COMMITMENT, cue: COMMITMENT_CUE, clauses: COMMITMENTS, near: ['said', 'the', 'Anna Berg', ',', '.', 'Commitment', 'is committed to', 'its commitment to'], texts: { seed: 23, minPieces: 2, maxPieces: 7, between: 0.8 } },
  { name: 'DUTY_TAKEN_ON', pattern: DUTY_TAKEN_ON, cue: DUTY_CUE, clauses: DUTIES, near: ['said', 'the', 'Anna Berg', ',', 'ſ', 'consider it our duty', 'it is my', 'obligation to', 'to help'], texts: { seed: 29, minPieces: 3, maxPieces: 9, between: ' ' } },
  { name: 'NEGATED_ASSERTION', pattern: NEGATED_ASSERTION, cue: NEGATION_CUE, clauses: NEGATIONS, near: ['said', 'the', 'Anna Berg', ',', '.', 'ſ'], texts: { seed: 31, minPieces: 2, maxPieces: 7, between: 0.8 } },
  { name: 'CLAIM_CALLED_FALSE', pattern: CLAIM_CALLED_FALSE, cue: FALSE_CLAIM_CUE, clauses: FALSE_CLAIMS, near: ['said', 'the', 'Anna Berg', ',', '.', 'ſ'], texts: { seed: 47, minPieces: 3, maxPieces: 9, between: 0.8 } },
  { name: 'LINK_DENIED', pattern: LINK_DENIED, cue: LINK_CUE, clauses: LINKS_DENIED, near: ['said', 'the', 'Anna Berg', ',', '.', 'nothing to do with', 'are not linked to'], texts: { seed: 41, minPieces: 3, maxPieces: 8, between: ' ' } },
  { name: 'TOLD_TO_BELIEVE', pattern: TOLD_TO_BELIEVE, cue: BELIEF_CUE, clauses: TOLD, near: ['said', 'the', 'Anna Berg', ',', '.'], texts: { seed: 43, minPieces: 2, maxPieces: 7, between: ' ' } },
  { name: 'TIES_DESCRIBED', pattern: TIES_DESCRIBED, cue: TIES_CUE, clauses: TIES, near: ['said', 'the', 'Anna Berg', ',', '.', 'ſ'], texts: { seed: 47, minPieces: 2, maxPieces: 7, between: 0.8 } },
  { name: 'STATE_OF_THINGS', pattern: STATE_OF_THINGS, cue: STATE_CUE, clauses: STATES, near: ['said', 'the', 'Anna Berg', ',', '.', 'ſ'], texts: { seed: 67, minPieces: 2, maxPieces: 7, between: 0.8 } },
  { name: 'COUNTED_OFFENCE', pattern: once(COUNTED_OFFENCE), cue: OFFENCE_CUE, clauses: COUNTED_OFFENCES, near: ['said', 'the', 'Anna Berg', ',', 'ſ'], texts: { seed: 53, minPieces: 2, maxPieces: 6, between: 0.8 } },
  { name: 'OFFENCE_PREVENTED', pattern: once(OFFENCE_PREVENTED), cue: OFFENCE_CUE, clauses: OFFENCES_PREVENTED, near: ['said', 'the', 'Anna Berg', ',', 'to prevent', 'ſ'], texts: { seed: 97, minPieces: 2, maxPieces: 6, between: 0.8 } },
  { name: 'ILLEGAL_GROUP', pattern: once(ILLEGAL_GROUP), cue: OFFENCE_CUE, clauses: ILLEGAL_GROUPS, near: ['said', 'the', 'Anna Berg', ','], texts: { seed: 59, minPieces: 2, maxPieces: 6, between: 0.8 } },
  { name: 'AGGRESSION_SUPPOSED', pattern: once(AGGRESSION_SUPPOSED), cue: OFFENCE_CUE, clauses: AGGRESSIONS_SUPPOSED, near: ['said', 'the', 'Anna Berg', ',', 'ſ', 'armed aggression', 'in the event of'], texts: { seed: 61, minPieces: 3, maxPieces: 8, between: ' ' } },
  { name: 'PREDICTS_OR_EXPLAINS', pattern: PREDICTS_OR_EXPLAINS, cue: PREDICTION_CUE, clauses: PREDICTIONS, near: ['said', 'the', 'Anna Berg', ',', '.', 'ſ', '\n'], texts: { seed: 71, minPieces: 2, maxPieces: 6, between: 0.8 } },
  { name: 'UNCONFIRMED', pattern: UNCONFIRMED, cue: UNCONFIRMED_CUE, clauses: UNCONFIRMEDS, near: ['said', 'the', 'Anna Berg', ',', '.', 'ſ', '\n'], texts: { seed: 73, minPieces: 2, maxPieces: 6, between: 0.8 } },
  { name: 'PROSPECT', pattern: PROSPECT, cue: PROSPECT_CUE, clauses: PROSPECTS, near: ['said', 'the', 'Anna Berg', ',', 'ſ', 'chance of', 'prospects were', 'remain slim'], texts: { seed: 79, minPieces: 2, maxPieces: 5, between: ' ' } },
  { name: 'MOTIVE', pattern: MOTIVE, cue: MOTIVE_CUE, clauses: MOTIVES, near: ['said', 'the', 'Anna Berg', ',', 'ſ', 'are', 'in solidarity with', 'in support of', 'a show of'], texts: { seed: 83, minPieces: 2, maxPieces: 5, between: ' ' } },
  { name: 'TARGET_OF_A_COUNTRY', pattern: TARGET_OF_A_COUNTRY, cue: TARGET_CUE, clauses: TARGETS, near: ['said', 'the', 'Anna Berg', ',', '.', 'ſ', 'was', 'Ruhl'], texts: { seed: 97, minPieces: 2, maxPieces: 6, between: ' ' } },
  { name: 'CONDITIONAL_CONSEQUENCES', pattern: CONDITIONAL_CONSEQUENCES, cue: CONSEQUENCES_CUE, clauses: CONSEQUENCES, near: ['said', 'the', 'Anna Berg', ',', '.', ';', 'ſ', 'serious', 'consequence'], texts: { seed: 103, minPieces: 2, maxPieces: 7, between: ' ' } },
  { name: 'AGENDA', pattern: AGENDA, cue: AGENDA_CUE, clauses: AGENDAS, near: ['said', 'the', 'Anna Berg', ',', '.', 'ſ', 'will', 'also', 'widely'], texts: { seed: 107, minPieces: 2, maxPieces: 6, between: ' ' } },
  { name: 'NO_PLAN', pattern: NO_PLAN, cue: NO_PLAN_CUE, clauses: NO_PLANS, near: ['said', 'the', 'Anna Berg', ',', '.', 'ſ', 'does not have', 'has no plans to', 'had no intention of', 'is not and will never'], texts: { seed: 109, minPieces: 2, maxPieces: 5, between: ' ' } },
  { name: 'NOT_YET', pattern: NOT_YET, cue: NOT_YET_CUE, clauses: NOT_YETS, near: ['said', 'the', 'Anna Berg', ',', '.', 'ſ', 'not', 'to', 'yesterday', 'Yet'], texts: { seed: 127, minPieces: 2, maxPieces: 6, between: ' ' } },
  { name: 'NO_ILL_WILL', pattern: NO_ILL_WILL, cue: ILL_WILL_CUE, clauses: NO_ILL_WILLS, near: ['said', 'the', 'Anna Berg', ',', '.', 'ſ', 'will', 'no'], texts: { seed: 113, minPieces: 2, maxPieces: 6, between: ' ' } },
  { name: 'WISH_DISOWNED', pattern: WISH_DISOWNED, cue: WISH_CUE, clauses: WISHES, near: ['said', 'the', 'Anna Berg', ',', '.', 'ſ', 'no'], texts: { seed: 89, minPieces: 2, maxPieces: 6, between: 0.8 } },
];

describe.each(GATES)('$name: its cue', ({ pattern, cue, clauses, near, texts }) => {
  it('holds for a clause of each alternative, in any case, with look-alike letters and line breaks', () => {
    for (const clause of clauses) {
      expect(pattern.test(clause), clause).toBe(true);
      for (const text of [clause, clause.toUpperCase(), clause.replace(/s/g, 'ſ').replace(/k/g, '\u212a'), clause.replace(/ /g, '\n')]) {
        if (pattern.test(text)) expect(cue.test(text), text).toBe(true);
      }
    }
  });

  it('holds wherever the pattern matches in generated texts', () => {
    // The clauses cut into words, with words that only come near them.
    const pieces = [...new Set(clauses.flatMap((clause) => clause.split(' ')))].concat(near);
    let matched = 0;
    for (const text of piecedTexts(pieces, 50000, texts)) {
      if (!pattern.test(text)) continue;
      matched++;
      expect(cue.test(text), text).toBe(true);
    }
    expect(matched).toBeGreaterThan(100);
  });

  it.runIf(cue instanceof CueWords)('read as words through the shared walk, holds wherever it holds as written', () => {
    const { pattern: written } = cue as CueWords;
    const pieces = [...new Set(clauses.flatMap((clause) => clause.split(' ')))].concat(near);
    let held = 0;
    for (const piecedText of piecedTexts(pieces, 5000, texts)) {
      for (const text of [piecedText, piecedText.toUpperCase(), piecedText.replace(/s/g, 'ſ').replace(/k/g, '\u212a')]) {
        if (!written.test(text)) continue;
        held++;
        expect(cue.test(text), text).toBe(true);
      }
    }
    expect(held).toBeGreaterThan(100);
  });
});

describe('THREAT_CUE: a modal alone does not pass', () => {
  // Two clauses in three that the single-word cue passed held only "will" or "would"; THREAT needs more.
  it.each([
    'the delegation will meet the ministers on Tuesday',
    'the talks would resume in Geneva next month',
    'she said the report would be published soon',
    'the aid convoy will arrive at the crossing by Friday',
    'shall we say the numbers are lower?',
  ])('"%s" is not asked of THREAT', (clause) => {
    expect(THREAT.test(clause)).toBe(false);
    expect(THREAT_CUE.test(clause)).toBe(false);
  });

  it.each([
    'we will respond to this aggression',
    'those responsible would pay a heavy price',
    'the group will continue its attacks',
    'we target only military sites',
    'of a strong and painful response',
    'all options remain on the table',
  ])('"%s" still is', (clause) => {
    expect(THREAT.test(clause)).toBe(true);
    expect(THREAT_CUE.test(clause)).toBe(true);
  });
});

describe('EXPLANATION_CUE: a common word of a purpose, an effort or an aim alone does not pass', () => {
  // One clause in five passed the single-word cue, most for "help", "support", "made", "part" or "claim".
  it.each([
    'the ministry claimed the strikes hit a depot',
    'the army made gains in the north',
    'aid agencies provide help to the displaced families',
    'the ruling party won most seats in the department',
    'we will support the talks and protect the crossings',
  ])('"%s" is not asked of EXPLANATION', (clause) => {
    expect(EXPLANATION.test(clause)).toBe(false);
    expect(EXPLANATION_CUE.test(clause)).toBe(false);
  });

  it.each([
    'the deployment is to protect the crossings',
    'the visit is part of a push to end the war',
    'our aim is peace',
    'this made the crews fight harder',
    'the cuts are the result of the blockade',
  ])('"%s" still is', (clause) => {
    expect(EXPLANATION.test(clause)).toBe(true);
    expect(EXPLANATION_CUE.test(clause)).toBe(true);
  });
});

/**
 * Some patterns of CHARACTERISATION are asked only where, besides their literal (" a", "the ", " of "),
 * the clause holds words of theirs: a clause for each alternative and each such word, in their order.
 */
const CHARACTERISED: Record<string, readonly string[]> = {
  'st ': [
    'the floods were the worst the region had ever seen', 'it was the hardest anyone has known', 'they are the poorest we have experienced',
    'it is the biggest they have witnessed', 'it was the toughest it has faced', 'it is the calmest it has been', 'it was the worst in over a century',
    'they were the best for many centuries', 'prices are the highest in a decade', 'it is the lowest in 30 years', 'it was the worst in a generation',
    'the cold is the harshest in living memory', 'it was the biggest in its history', 'it is the best of a lifetime', 'it is the largest ever',
    'the heat is the worst on record', 'the rain was the heaviest since records began', 'it remains the most serious in recent decades',
  ],
  ' a|0': [
    'the result was a clear message from voters', 'the vote was a sign of growing anger', 'it is a signal to them', 'this was a lesson for all',
    'it was a mistake.', 'it is a wake-up call for us', 'it was a turning point in the war',
  ],
  ' a|1': [
    'he was a pragmatic leader', 'she is a seasoned politician', 'he was a true statesman', 'she is a tough negotiator', 'it is a reliable partner',
    'it was a strong ally', 'he is a good friend', 'he was a decent man', 'she is an able woman', 'he is an honest person', 'she was a popular figure',
    'he is a skilled diplomat',
  ],
  ' with ': [
    'their cooperation conforms with international law', 'the move is consistent with the charter', 'it complies with its obligations',
    'the deal is in line with national laws', 'the act was in accordance with the constitution', 'it remains compatible with international norms',
  ],
  ' as ': [
    'Sylvania sees the pact as a betrayal', 'they saw the vote as void', 'we view this as a threat', 'they regard the strikes as illegal',
    'they consider the vote as void', 'the move was widely seen as a warning', 'it is viewed as a success', 'it was regarded as a threat',
    'it is considered as final',
  ],
  'the ': [
    'dialogue is the only way to peace', 'talks remain the best option', 'this is the right decision', 'it was the wrong step', 'this is the correct approach',
    'it is the main priority', 'it is the key guarantee', 'it was the sole alternative', 'diplomacy is the most effective means', 'it is the only solution',
    'it is the best path', 'it is the right road', 'it was the right choice', 'it is the only answer', 'it is the main guarantor', 'it is the right course',
  ],
  'ed ': [
    'the captives are considered citizens', 'they were deemed the rightful owners', 'it is considered a betrayal', 'the islanders are recognised as nationals',
    'they were recognized as refugees', 'the two were classified as deserters', 'they are treated as residents', 'the boats are registered as fishing vessels',
  ],
  ', ': [
    'under the constitution, they are our citizens', 'according to the law, the islands are a free zone', 'per the charter, it is the duty of all',
    'under its legislation, they were their nationals', 'under the laws of Sylvania, the strait is a free passage',
  ],
  ' of ': ['the treaty is of great importance', 'it is of particular significance', 'it is of vital interest', 'it is of little value'],
};

/** The patterns of CHARACTERISATION asked behind words, named by their literal (and their place among patterns of one literal). */
const WORD_GATED = CHARACTERISATION.flatMap(([cue, pattern]) => (typeof cue === 'string' ? [] : [{ cue, pattern }])).map(({ cue, pattern }, i, all) => {
  const sameLiteral = all.filter((other) => other.cue.literal === cue.literal);
  const name = sameLiteral.length > 1 ? `${cue.literal}|${sameLiteral.findIndex((other) => other.pattern === pattern)}` : cue.literal;
  return { name, pattern, words: { test: (text: string) => cue.words.every((words) => words.test(text)) }, seed: 101 + 2 * i };
});

describe.each(WORD_GATED)('CHARACTERISATION "$name": the words it is asked behind', ({ name, pattern, words, seed }) => {
  const clauses = CHARACTERISED[name] ?? [];

  it('hold for a clause of each alternative, in any case, with look-alike letters and line breaks', () => {
    expect(clauses.length).toBeGreaterThan(3);
    for (const clause of clauses) {
      expect(pattern.test(clause), clause).toBe(true);
      for (const text of [clause, clause.toUpperCase(), clause.replace(/s/g, 'ſ').replace(/k/g, '\u212a'), clause.replace(/ /g, '\n')]) {
        if (pattern.test(text)) expect(words.test(text), text).toBe(true);
      }
    }
  });

  it('hold wherever the pattern matches in generated texts', () => {
    // The clauses whole and cut into words, with words that only come near them.
    const pieces = [...new Set(clauses.flatMap((clause) => clause.split(' ')))].concat(clauses, ['said', 'the', 'Anna Berg', ',', '.', 'ſ', 'is', 'was']);
    let matched = 0;
    for (const text of piecedTexts(pieces, 50000, { seed, minPieces: 3, maxPieces: 8, between: ' ' })) {
      if (!pattern.test(text)) continue;
      matched++;
      expect(words.test(text), text).toBe(true);
    }
    expect(matched).toBeGreaterThan(20);
  });
});

describe('CHARACTERISATION: a clause with the literal and none of the words is not asked', () => {
  // At 1,000 sources, " a", "the " and " of " passed some 3,000, 2,600 and 1,500 clauses, none of which matched.
  it.each([
    ['the ', 'the troops were sent to the border at night'],
    [' of ', 'dozens of drones were launched at the port'],
    [' a', 'the ship was hit by a drone at night'],
    [' as ', 'the convoy moved as planned'],
    [' with ', 'the minister met with his counterpart'],
    ['st ', 'the largest ship was hit last night'],
  ])('"%s" in "%s"', (literal, clause) => {
    expect(clause.includes(literal)).toBe(true);
    for (const [cue, pattern] of CHARACTERISATION) {
      if (typeof cue === 'string' || cue.literal !== literal) continue;
      expect(pattern.test(clause)).toBe(false);
      expect(cue.test(clause)).toBe(false);
    }
  });
});

/** A clause for each entry of FAILING_LAID and of WRONGFUL_AIM, by the entry's name, each word of its cue once. */
const ENTRY_CLAUSES: Record<string, readonly string[]> = {
  'a duty failed': ['the peacekeepers failed', 'the international community has failed', 'the mission failed to protect civilians', 'the guarantors had failed to keep their promises'],
  'a party failed': ['Sylvania had failed Freedonia by not sending help', 'the government failed its citizens'],
  'a duty shirked': ['the council shied away from a vote', 'they shy away from responsibility'],
  'pressure given in to': ['the court succumbed to pressure', 'it succumbs to foreign influence'],
  'a grave mistake charged': ['the leadership is making a massive mistake', 'Sylvania has made a grave error', 'they have committed a fatal blunder'],
  'purpose of a wrong': [
    'this was done for the purpose of terror', 'in order to intimidate the population', 'designed to provoke a war', 'with the aim of sowing fear',
    'aimed at destabilizing the region', 'intended to spread panic', 'meant to sabotage the talks', 'for the sole purpose of ethnic cleansing',
    'with the intent of genocide', 'in order to further provocations', 'aimed at terrorization',
  ],
  'a wrong sought': [
    'Sylvania seeks to complete the policy of ethnic cleansing', 'they want to carry out genocide', 'it aims to terrorise the villages',
    'plans to intimidate the population', 'is seeking to provoke a war', 'intends to sabotage the talks', 'wanted to destabilize the region',
    'sought to sow panic', 'aims to spread fear', 'seeks to continue its campaign of terror',
  ],
  'a wrong as cause': [
    'the exodus is the result of ethnic cleansing', 'this was a direct consequence of the policy of genocide', 'the fires are the product of terrorism',
    'the panic was the outcome of intimidation', 'the delays were the result of sabotage', 'the clashes are the result of provocations',
  ],
  'against sovereignty': ['steps aimed against Freedonia’s sovereignty', 'acts against our territorial integrity', 'against the sovereignty of the state'],
};

describe.each([
  ...FAILING_LAID.map(([name, pattern], i) => ({ list: 'FAILING_LAID', name, pattern, cue: FAILING_CUE, seed: 201 + i })),
  ...WRONGFUL_AIM.map(([name, pattern], i) => ({ list: 'WRONGFUL_AIM', name, pattern, cue: WRONGFUL_AIM_CUE, seed: 211 + i })),
])('$list "$name": its cue', ({ name, pattern, cue, seed }) => {
  const clauses = ENTRY_CLAUSES[name] ?? [];

  it('holds for a clause of each alternative, in any case, with look-alike letters and line breaks', () => {
    expect(clauses.length).toBeGreaterThan(1);
    for (const clause of clauses) {
      expect(pattern.test(clause), clause).toBe(true);
      for (const text of [clause, clause.toUpperCase(), clause.replace(/s/g, 'ſ').replace(/k/g, '\u212a'), clause.replace(/ /g, '\n')]) {
        if (pattern.test(text)) expect(cue.test(text), text).toBe(true);
      }
    }
  });

  it('holds wherever the pattern matches in generated texts', () => {
    const pieces = [...new Set(clauses.flatMap((clause) => clause.split(' ')))].concat(clauses, ['said', 'the', 'Anna Berg', ',', '.', 'ſ', 'we', 'not']);
    let matched = 0;
    for (const text of piecedTexts(pieces, 20000, { seed, minPieces: 2, maxPieces: 7, between: ' ' })) {
      if (!pattern.test(text)) continue;
      matched++;
      expect(cue.test(text), text).toBe(true);
    }
    expect(matched).toBeGreaterThan(20);
  });
});

describe('FAILING_CUE and WRONGFUL_AIM_CUE: a ship, a claim or a vote against is not asked', () => {
  // "sh[iy]" passed every "ship", "aim" every "claim", "against" every vote against.
  it.each(['the ship was hit near the port', 'the claim was denied', 'the delegates voted against the motion', 'shipping resumed on Monday'])('"%s"', (clause) => {
    expect(FAILING_LAID.some(([, pattern]) => pattern.test(clause)) || WRONGFUL_AIM.some(([, pattern]) => pattern.test(clause))).toBe(false);
    expect(FAILING_CUE.test(clause)).toBe(false);
    expect(WRONGFUL_AIM_CUE.test(clause)).toBe(false);
  });
});

describe('NOT_YET_CUE: a clause with no "yet" is not asked', () => {
  // At 1,000 sources some 7,000 clauses were searched for NOT_YET; about 1 in 20 holds a "yet".
  it.each(['the ships have not arrived', 'the funds are to be paid next week', 'it was not decided yesterday', 'we do not know', 'the talks are set to resume'])('"%s"', (clause) => {
    expect(NOT_YET.test(clause)).toBe(false);
    expect(NOT_YET_CUE.test(clause)).toBe(false);
  });
});
