/**
 * A statement's stance in the fixed vocabulary of the data contract (DESIGN.md), from its reporting
 * verb and the clause together. Generic English, not topic knowledge.
 */
import type { Stance } from '../model.ts';
import { REBUTTAL_VERB, type Reporting } from './reporting.ts';
import { blameInPurposeOnly } from './stance/blame-in-purpose.ts';
import { blameShiftRejected } from './stance/blame-shift-rejected.ts';
import { servicePauseAnnounced } from './stance/service-pause-announced.ts';
import { blameOnCondition } from './stance/blame-on-condition.ts';
import { displacementDisowned } from './stance/displacement-disowned.ts';
import { callsToAct, EXPECTS_FROM_A_SIDE, NEEDED_NOW, OBLIGATION, ownRequestTold, principalsCallQuoted, withoutDecisionContent } from './stance/calls.ts';
import {
  clauseAfterBut,
  hasNoVerb,
  laterSentences,
  leadingClause,
  NOUN_PHRASE_OPENING,
  QUOTED_AMOUNT,
  OWN_VERB_OPENING,
  RELATIVE_OPENING,
  reportedClauseHolding,
  standsAsSentences,
  withoutFrontedClause,
  withoutQuotationMarks,
  withoutSayingFramed,
  withoutTellingWanted,
  wordsAfter,
} from './stance/clause.ts';
import {
  actedFromMotive,
  actedUnderCompulsion,
  BLAME,
  blameInHindsight,
  CENSURE,
  chargeLaid,
  CLAIM_NAMED_FICTION,
  condemnable,
  laysWrongfulAim,
  CONDEMNATION,
  CONDEMNS_FIRST,
  failingLaid,
  FALSEHOOD,
  heldToAnswerForOthers,
  LEGAL_PROCESS,
  MOTIVE,
  MOTIVE_CUE,
  ILL_WILL_CUE,
  NO_ILL_WILL,
  PRAISE,
  tollToldFirst,
} from './stance/condemnation.ts';
import { wrongDisowned } from './stance/wrong-disowned.ts';
import { quoteNamesNoneOf } from './stance/none-quoted.ts';
import { DANGER_TO_A_GOOD, dangerAfterBut, FEARED, flagsDanger, TOLD_AS_PAST } from './stance/danger.ts';
import {
  assertsNothing,
  countToldDone,
  blameDisclaimed,
  blameRejected,
  CLAIM_CALLED_FALSE,
  claimDismissed,
  denialWithheld,
  DENYING_BELIEF,
  factsSought,
  FALSE_CLAIM_CUE,
  calledFalseThat,
  hostilityDisowned,
  LINK_CUE,
  LINK_DENIED,
  NEGATED_ASSERTION,
  NEGATION_CUE,
  NO_PLAN,
  NO_PLAN_CUE,
  noSignSeen,
  NOT_YET,
  NOT_YET_CUE,
  onlyReportsKnown,
  ownIgnoranceTold,
  presenceDenied,
  UNCONFIRMED,
  UNCONFIRMED_CUE,
} from './stance/denial.ts';
import {
  actTakenForPurpose,
  BELIEF_CUE,
  describesOrJudges,
  explainsPurpose,
  IN_CONTACT,
  IN_CONTACT_CUE,
  judgesHowThingsAre,
  ownServicePaused,
  ownSideFeelingTold,
  putsMoneyToUse,
  quotedAsBacking,
  quotedAsJudgement,
  TIES_CUE,
  TIES_DESCRIBED,
  TOLD_TO_BELIEVE,
} from './stance/description.ts';
import {
  A_SET_DATE,
  AGENDA,
  AGENDA_CUE,
  expectationDisowned,
  expectationOvertaken,
  forecastAfterBut,
  forecastInWords,
  foretellsWhatBefalls,
  gatheringScheduled,
  hopeTold,
  looksAhead,
  meetingForetold,
  opportunityOpened,
  perceptionForetold,
  predictsOrExplains,
  PROCESS_FORETOLD,
  prospectNamed,
  scheduled,
  supportCountedOn,
  timingForeseen,
} from './stance/forecast.ts';
import { consequenceJudged } from './stance/consequence-judged.ts';
import { forceUntilWrongEnds } from './stance/force-until-wrong-ends.ts';
import { opensWithHarmSuffered } from './stance/happening-named.ts';
import { harmToldAsState } from './stance/harm-state.ts';
import { honourPaidTold } from './stance/honour-paid.ts';
import { matterUnknown } from './stance/matter-unknown.ts';
import { meritRecognised } from './stance/merit-recognised.ts';
import { quotedAsPartOfResponse } from './stance/part-of-frame.ts';
import {
  acceptsOffer,
  actForsworn,
  anotherPartysVowTold,
  careTakenOn,
  COMMITMENT,
  COMMITMENT_CUE,
  COMPELS_US,
  CONSEQUENCES_FOR_AN_ACT,
  DUTY_CUE,
  DUTY_TAKEN_ON,
  ownSidesDutyNamed,
  engagedToAct,
  foretellsOwnBond,
  holdsPledge,
  keepsUndertaking,
  NAMED_A_DUTY,
  offeredOnCondition,
  offersRefuge,
  OWN_SIDE_WILL,
  PARTY_WILL_PROVIDE,
  PLAN_OF_A_PARTY,
  planBelieved,
  PLEDGE_CUE,
  PROMISED_IN_PASSIVE,
  promisesFirst,
  raisesOwnAid,
  REPORTED_PLEDGE,
  UNDERTAKING_CUE,
  UNDERTAKING_UNDER_WAY,
} from './stance/pledges.ts';
import { returnAllowed } from './stance/return-allowed.ts';
import { readinessOffered } from './stance/readiness-offered.ts';
import { planRejected } from './stance/plan-rejected.ts';
import { NEWS_TO_COME, onlyNewsPromised } from './stance/news-to-come.ts';
import { ownAttentionKept, ownAttentionTold } from './stance/own-attention.ts';
import { commitmentOfAnotherCredited } from './stance/commitment-credited.ts';
import { weighsOwnAct } from './stance/own-intent.ts';
import type { StanceSpeaker } from './stance/speaker.ts';
import { absenceReproached } from './stance/absence-reproached.ts';
import { effortKeptUp } from './stance/effort-kept-up.ts';
import { evidenceCited } from './stance/evidence-cited.ts';
import { ownForceDeployed } from './stance/force-deployed.ts';
import { stepAnnounced } from './stance/step-announced.ts';
import { yieldRequired } from './stance/yield-required.ts';
import { witnessedHappening } from './stance/witnessed.ts';
import { actToldDone } from './stance/act-done.ts';
import { actNamedNeeded } from './stance/act-needed.ts';
import { termBindsParties } from './stance/term-binds.ts';
import { partTakenBeforePraise } from './stance/deed-praised.ts';
import {
  afterFrontedMotive,
  happeningWarnedOf,
  othersAgreementTold,
  resolveStrengthened,
  resolveStressed,
  speechActOf,
} from './stance/speech-acts.ts';
import {
  CONDITIONAL,
  CONDITIONAL_CONSEQUENCES,
  CONSEQUENCES_CUE,
  consequenceOf,
  FORCE,
  forceKeptUntil,
  forceGoesOn,
  NO_CONSEQUENCE,
  offersEndOnYielding,
  ownForceOnCondition,
  noActUnanswered,
  promisedHelp,
  promisesForce,
  promisesJusticeOrRestraint,
  THREAT,
  THREAT_CUE,
  veiledThreat,
  actsNotSuffered,
} from './stance/threat.ts';
import {
  advisedOfNews,
  affirmedPromise,
  appealAnnounced,
  affirmsKnown,
  announcedPlan,
  assuredOfState,
  ANNOUNCING_VERB,
  CALLS_ON,
  citedFinding,
  citesEvidence,
  claimsAs,
  namesWhatTheWriterTells,
  countExplained,
  courtesyInWords,
  creditedAct,
  expressedFeeling,
  feelingExpressedInWords,
  FIRST_PERSON,
  hintedAction,
  NAMING_VERB,
  offerToAct,
  onlySays,
  OWN_PERSON,
  PASSIVE_TELLING,
  praiseTold,
  reaffirmedBond,
  reportedAct,
  stanceOfVerb,
  WILL_ACT,
} from './stance/verb.ts';

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

/** A reporting of no verb: the words alone decide. */
const NO_VERB: Reporting = { verb: null, negated: false, denial: false };

/** Words one of which a sentence that promises holds: PLEDGE's cue, a "would", a duty or a bond taken on. */
const PROMISE_CUE = new RegExp(`${PLEDGE_CUE.source}|would|duty|obligat|compels`, 'i');

/** The stance of the words as their first clause makes it, with the reporting verb (see stanceOf). */
function firstStance(reporting: Reporting, words: string, speaker: StanceSpeaker, quote: string | null = null): Stance {
  // "does not believe she will ever return": a forecast doubted is a forecast, as "we don't think … will" is.
  if (reporting.negated && !reporting.denial) return DENYING_BELIEF.test(reporting.verb ?? '') ? (forecastInWords(words) ? 'other' : 'denies') : 'unconfirmed';
  // "did not deny", "has never rejected": a denial withheld neither denies nor confirms.
  if (denialWithheld(reporting.verb ?? '')) return 'unconfirmed';
  // "(a pact that) obliges each side to help": a document's term commits its parties.
  if (termBindsParties(reporting.verb, speaker)) return 'pledges';
  // "countered Sylvania's claims": a rebuttal of someone's words denies them.
  if (reporting.denial && REBUTTAL_VERB.test(reporting.verb ?? '')) return 'denies';
  // "(he added that) he was told he had fought …": what someone was told, the teller unnamed, is
  // neither the hearer's assertion nor the teller's position.
  if (PASSIVE_TELLING.test(reporting.verb ?? '')) return 'other';
  // "there was no evidence of casualties “which we took great care to avoid”": a relative clause quoted
  // inside the writer's report is read alone, as the same clause quoted alone is.
  if (quote !== null && RELATIVE_OPENING.test(quote)) return stanceOf(reporting, quote, { ...speaker, reported: false });
  // "(told Al Jazeera) there were no injuries or “material damage”": the quote names what there was none
  // of; shown alone as told, it would read as the harm confirmed.
  if (quote !== null && quoteNamesNoneOf(words, quote)) return 'denies';
  // "(expressed solidarity with … and) “considers that the situation amounts to …”": a quotation that opens
  // with the speaker's own verb is read alone; the report's object before it does nothing to it.
  if (quote !== null && OWN_VERB_OPENING.test(quote)) return stanceOf(NO_VERB, quote, { ...speaker, reported: false });
  const unquoted = withoutQuotationMarks(words);
  const clause = withoutSayingFramed(withoutTellingWanted(withoutFrontedClause(leadingClause(unquoted))));
  // "no evidence has been presented and the claims are nothing but propaganda": a claim called false
  // is denied, whatever evidence is missing.
  // "We do not yet know whether they will fight, but this is a highly concerning probability": the
  // doubt conceded, the danger flagged after its "but" is what the statement does.
  // "is working to ascertain the full details": the facts still sought are not yet confirmed.
  if (((UNCONFIRMED_CUE.test(clause) && UNCONFIRMED.test(clause)) || noSignSeen(clause) || factsSought(clause) || onlyReportsKnown(clause)) && !ownIgnoranceTold(clause, speaker)) return CLAIM_CALLED_FALSE.test(clause) ? 'denies' : dangerAfterBut(wordsAfter(unquoted, clause)) ? 'warns' : 'unconfirmed';
  // "the fate of the 40 passengers is still unknown", "there's no current evidence of it": a matter told as
  // not yet known is left open, as "it is not known" leaves it; a claim called false is still denied.
  if (matterUnknown(clause)) return CLAIM_CALLED_FALSE.test(clause) ? 'denies' : 'unconfirmed';
  // "called the reports lies", "branded the strikes aggression": a verb that names what it reports.
  if ((NAMING_VERB.test(reporting.verb ?? '') || claimsAs(reporting.verb ?? '', words)) && !CALLS_ON.test(`${reporting.verb} ${words}`)) {
    if (FALSEHOOD.test(clause) || CLAIM_NAMED_FICTION.test(clause)) return 'denies';
    if (CONDEMNATION.test(clause) || CENSURE.test(clause)) return 'condemns';
    if (NAMED_A_DUTY.test(clause)) return 'pledges';
    // "(a missile attack against what they) described as a British oil tanker", "(strikes that the command
    // has) described as self-defense": the speaker's name for what the writer tells affirms it, unless it
    // praises or judges ("(for what he called) “heroic” conduct").
    // ("as a great success", "as a turning point") judged as "it was a great success" would be.
    return namesWhatTheWriterTells(words) && !PRAISE.test(clause) && !describesOrJudges(clause.replace(/^\W*as\s+/i, 'it was ')) ? 'confirms' : 'other';
  }
  // "Where is Freedonia? Where is the Council?", "… but where are they?": a party's absence reproached
  // in a question condemns it, whatever the verb that asks.
  if (absenceReproached(unquoted)) return 'condemns';
  // "“He called on President Berg to provide assurances that their rights will be protected”", a spokesman's
  // readout: the principal's call told is what the quotation does (not another's plea told, as the writer's
  // "She urged them to …" is); what it asks for is not promised. A verb that says what it does still decides.
  if (stanceOfVerb(reporting.verb ?? '') === undefined && principalsCallQuoted(clause, speaker)) return 'calls-for';
  // "asked: 'Will I be able to live …?'", "'I plan to go. Will they accept me?' he asked": a question
  // asked calls for nothing.
  const asksAQuestion = /^ask/i.test(reporting.verb ?? '') && words.includes('?');
  // "“The number of injured exceeds 400 …,” he explained": an explanation that gives a count reports it;
  // the words decide.
  const fromVerb = asksAQuestion ? 'other' : countExplained(reporting.verb, clause) || advisedOfNews(reporting.verb, unquoted) || assuredOfState(reporting.verb, unquoted) ? undefined : (reaffirmedBond(reporting.verb ?? '', unquoted) ?? resolveStressed(reporting.verb ?? '', unquoted) ?? affirmedPromise(reporting.verb ?? '', clause, speaker) ?? citedFinding(reporting.verb ?? '', unquoted) ?? creditedAct(reporting.verb ?? '', unquoted) ?? meritRecognised(reporting.verb ?? '', unquoted) ?? stanceOfVerb(reporting.verb ?? '') ?? expressedFeeling(reporting.verb ?? '', words) ?? appealAnnounced(reporting.verb ?? '', words) ?? feelingExpressedInWords(words) ?? courtesyInWords(unquoted) ?? announcedPlan(reporting.verb ?? '', words) ?? stepAnnounced(reporting.verb ?? '', words) ?? offerToAct(reporting.verb ?? '', words) ?? hintedAction(reporting.verb ?? '', words) ?? reportedAct(words) ?? praiseTold(unquoted, speaker));
  // "Authorities are investigating", "We do not accept such reproaches", "aid is available": a speech
  // act the clause makes plain by its own words (stance/speech-acts.ts); a verb that says more decides.
  // "Sylvania should not be blamed for the decisions taken elsewhere": blame disclaimed denies it; it calls for nothing.
  if (!fromVerb && blameDisclaimed(clause)) return 'denies';
  // "(said) operations through the strait would be suspended for 48 hours", "(said Sunday) it halted its
  // sailings": a company's own service paused or rerouted is its decision announced, an undertaking.
  if ((!fromVerb || fromVerb === 'confirms' || fromVerb === 'other') && servicePauseAnnounced(clause, speaker)) return 'pledges';
  // "the issues of our displaced brothers and sisters will continuously remain in our focus": a side's
  // attention kept from now on is an undertaking, as "will always remember" is.
  if (!fromVerb && ownAttentionKept(clause, speaker)) return 'pledges';
  // "We can appreciate the emotions, but we strongly oppose attempts to blame the situation on Sylvania":
  // attempts to lay blame turned away deny the charge, wherever in the statement; they condemn no one.
  if (!fromVerb && blameShiftRejected(unquoted)) return 'denies';
  // "(said) people leaving the town haven’t been forced from their homes", "Sylvania does not aim to force
  // the residents to leave": a charge of expulsion turned away denies it; it tells no absence.
  if (!fromVerb && displacementDisowned(clause)) return 'denies';
  // "As the agency, our focus is on the well-being of civilians", "I'm here to express the full solidarity of
  // the bloc": where the side's attention lies, or what its presence shows, describes it; it neither tells
  // a happening nor undertakes anything.
  if (!fromVerb && ownAttentionTold(clause, speaker)) return 'other';
  // "Freedonia has demonstrated its commitment to peace by …", "(noted) the President's public commitments to
  // help rebuild …": another party's commitment, credited or noted, describes where it stands; the speaker
  // undertakes nothing.
  if (!fromVerb && commitmentOfAnotherCredited(clause, speaker, reporting.verb)) return 'other';
  // "international support is however crucial to maintain this welcome", "confidence and trust are critical
  // before any returns": an act or a state named as crucial for something is called for, no one named.
  if (!fromVerb && actNamedNeeded(clause)) return 'calls-for';
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
  // "their doors are open to the prisoners if they seek asylum", "(said) Freedonia would accept all soldiers if
  // they wished to come": a side's offer to take people in, on a condition or none, undertakes it;
  // it foretells nothing.
  if (!fromVerb && offersRefuge(clause, speaker)) return 'pledges';
  // "satellite imagery of the port indicates renewed activity", "there is a sign that the crews have been
  // learning …": evidence or signs cited affirm what they show; no forecast, inference or judgement is read into
  // it (a condemnation or a danger in the same words is still read below).
  if (!fromVerb && evidenceCited(clause) && !condemnable(unquoted) && !flagsDanger(clause)) return 'confirms';
  // "(said) they did not expect to ever return": an expectation disowned is a forecast doubted.
  // "(signalled) a possible peace treaty": a thing named only as a prospect is foretold, not told.
  // "This decision has been taken to assure the safety of our crews": an act named again with its purpose explains it.
  // "Sylvania seeks to “complete the policy of ethnic cleansing”": a wrong sought is laid at its door, not foretold.
  // "those who left will be able to return": people let back are an undertaking, not a forecast.
  if (!fromVerb && ((predictsOrExplains(clause) && !laysWrongfulAim(clause)) || actTakenForPurpose(clause) || expectationOvertaken(clause) || hopeTold(clause) || supportCountedOn(clause) || expectationDisowned(clause) || prospectNamed(clause)) && !relayedProvision && !returnAllowed(clause)) return 'other';
  if (fromVerb === 'pledges' && promisesForce(clause)) return 'threatens';
  // "warned that the aggression will not go unanswered", "warned that they would launch strikes": the
  // speaker's own force foretold is a threat, not a warning of danger.
  // Read once: THREAT is the largest pattern here, and every path below asks it of the same clause.
  // "those responsible will receive due punishment", "only military installations will be targeted":
  // justice promised or force confined, in a threat's words, is an undertaking.
  const undertaking = promisesJusticeOrRestraint(clause);
  if (undertaking && !fromVerb) return 'pledges';
  const threat =
    !undertaking && ((THREAT_CUE.test(clause) && THREAT.test(clause)) || forceKeptUntil(clause) || forceUntilWrongEnds(clause, speaker) || veiledThreat(clause) || noActUnanswered(clause) || actsNotSuffered(clause) || (clause.includes('consequences for') && CONSEQUENCES_FOR_AN_ACT.test(clause)));
  const ownForce = threat || (CONSEQUENCES_CUE.test(clause) && CONDITIONAL_CONSEQUENCES.test(clause)) || (speaker.reported && REPORTED_PLEDGE.test(clause) && FORCE.test(clause)) || ownForceOnCondition(clause, speaker);
  if (fromVerb === 'warns' && ownForce) return 'threatens';
  // "vowed that the group would continue blocking ships": a vow in a threat's words threatens (not "vowed
  // that its forces would protect the civilians", help promised); so does a promise that the attacks
  // will go on or grow ("promised the attacks would not only continue but expand").
  if (fromVerb === 'pledges' && (threat || forceGoesOn(clause)) && !promisedHelp(clause)) return 'threatens';
  // "warning that countries supporting the war bear responsibility for prolonging it": blame laid condemns.
  if (fromVerb === 'warns' && BLAME.test(clause)) return 'condemns';
  // "warned that a vessel was hit by a missile": a maritime alert's warning verb reports a happening.
  if (fromVerb === 'warns' && happeningWarnedOf(clause)) return 'confirms';
  // "confirmed that the group will continue to prevent the ships": what is confirmed is a threat.
  if (fromVerb === 'confirms' && threat) return 'threatens';
  if (fromVerb) return fromVerb;
  if (threat) return 'threatens';
  // "Had Sylvania accepted the truce, the losses would have been smaller", "if the council had listened …,
  // the dam would not have burst": blame in hindsight, not a condition weighed.
  if (blameInHindsight(unquoted)) return 'condemns';
  // "If Sylvania is attacked, Freedonia will provide military assistance": help promised on a condition.
  if (CONDITIONAL.test(clause) && !NO_CONSEQUENCE.test(clause)) {
    const consequence = consequenceOf(clause);
    // "if they can be classified so, even for them we are envisaging an amnesty": an act of the side's own
    // weighed, on a condition, is offered as help is.
    if (promisedHelp(consequence) || returnAllowed(clause) || ((offeredOnCondition(consequence, speaker) || readinessOffered(consequence, speaker)) && !FORCE.test(consequence)) || (weighsOwnAct(clause, speaker) && !FORCE.test(clause))) return 'pledges';
    // "If we see their troops moving in, they are co-belligerents", "if they do this, it signals
    // desperation": a consequence that names or infers, with no danger, force or anything foretold, warns
    // of nothing ("they are fair targets" still warns).
    // "(declared that) if Freedonia attacked them, they would target its warships": the side's own force,
    // on a condition, threatens; another's force ("they would be fair targets") is a danger foretold.
    if (ownForceOnCondition(clause, speaker)) return 'threatens';
    // "if new fighting breaks out, Sylvania would be responsible for causing it": blame laid in advance
    // for a harm the condition foretells condemns, as a warning that judges does.
    if (blameOnCondition(consequence)) return 'condemns';
    // "I would be extremely grateful if they accepted me", "if such a meeting were convened, it would not be
    // effective": a consequence that only judges or feels foretells no danger.
    if (consequenceJudged(consequence) && !flagsDanger(clause) && !FORCE.test(consequence)) return 'other';
    return flagsDanger(clause) || looksAhead(consequence) || FORCE.test(consequence) ? 'warns' : 'other';
  }
  // "anti-terrorist activities would end if weapons were laid down": a side's force offered to end on the
  // other's yielding is promised; an analyst weighing it foretells.
  if (speaker.assesses !== true && offersEndOnYielding(clause)) return 'pledges';
  // "We strongly denounce … and urge …": what the speaker does first.
  // "Sylvania must now take responsibility for extending the conflict": a charge, in a call's words.
  // "Sylvania had failed Freedonia by not sending help", "the leadership is making a massive mistake": a
  // failing laid on another party.
  if (CONDEMNS_FIRST.test(clause) || chargeLaid(clause) || failingLaid(clause)) return 'condemns';
  // "We will stand with Sylvania, and others should too": what the speaker does first.
  // "(she revealed) that she had requested the bloc's diplomat to expand the mission": a side's own request, told.
  // "all weapons are to be surrendered", "(stated) their units had to disarm": terms put on a party.
  // "the decision that Fredonburg must become part of Sylvania was made …": a decision's content is told, not asked.
  if ((callsToAct(withoutDecisionContent(clause)) || yieldRequired(clause, speaker) || (speaker.reported && (EXPECTS_FROM_A_SIDE.test(clause) || (speaker.forASide === true && ownRequestTold(clause))))) && !promisesFirst(clause)) return 'calls-for';
  // "does not have plans to force them out", "will never use force": a promise not to is a denial.
  if (NO_PLAN_CUE.test(clause) && NO_PLAN.test(clause)) return 'denies';
  // "I am going to publicly explain this soon", "(added) the government will soon make a statement": what a
  // side will tell next promises nothing at issue, as a later sentence of the same kind does (NEWS_TO_COME).
  if (onlyNewsPromised(clause)) return 'other';
  // "(he added) that they would face dire consequences": a danger foretold, not a promise. "(Berg said)
  // Freedonia's president will meet them on Thursday": a date set is told, as an announcement's is.
  // "(the decree says) the republic will no longer exist": what a decree or a treaty says will be, it binds to.
  // "(the agency said) Berg will also address the prospects for peace": what a side will talk about, on no
  // set date, is an agenda; it undertakes nothing, and it is foretold, not told.
  // "(said) she will speak directly with those affected": a meeting foretold is an agenda too.
  const agenda = ((AGENDA_CUE.test(clause) && AGENDA.test(clause)) || meetingForetold(clause)) && !scheduled(clause);
  // "“We will need years to rebuild”", "(the ministry said) it would take weeks to restore power": what
  // befalls the side is foretold, it is neither promised nor planned.
  // "one day we will wake up and see that …": what the side will come to see is foretold too.
  const befalls = foretellsWhatBefalls(clause) || perceptionForetold(clause);
  // "it would not recognise the rigged election": an act forsworn over a wrong it names rebukes the
  // wrong (condemns, below); one that names no wrong is undertaken.
  const forswornOverWrong = actForsworn(clause) && condemnable(unquoted);
  const ownWill =
    !agenda &&
    !befalls &&
    !forswornOverWrong &&
    ((speaker.reported && REPORTED_PLEDGE.test(clause)) ||
      (speaker.ownSideFirst === true && OWN_SIDE_WILL.test(clause) && !scheduled(clause)) ||
      // "(the decree says) the republic will cease to exist on 1 January": a date set for what a document
      // decrees binds as the undated "will" does; a day it sets for a meeting is told (gatheringScheduled).
      (speaker.document === true && WILL_ACT.test(clause) && !gatheringScheduled(clause)));
  // A private person's "intention to go home" is a wish, not a commitment of any side; a government's
  // promise they report is still one. "(said) it is now prepared to send a ship", "Freedonia is open to
  // discussions with …": a side's readiness told offers to act, as "ready to" does.
  if ((holdsPledge(clause) && !befalls) || (COMMITMENT_CUE.test(clause) && COMMITMENT.test(clause)) || (UNDERTAKING_CUE.test(clause) && UNDERTAKING_UNDER_WAY.test(clause)) || (DUTY_CUE.test(clause) && (DUTY_TAKEN_ON.test(clause) || ownSidesDutyNamed(clause, speaker))) || (COMPELS_US.test(clause) && !speaker.forThemselves) || (ownWill && !flagsDanger(clause)) || (weighsOwnAct(clause, speaker) && !befalls) || acceptsOffer(clause) || careTakenOn(clause) || returnAllowed(clause) || engagedToAct(clause) || raisesOwnAid(clause, speaker) || keepsUndertaking(clause, speaker) || putsMoneyToUse(clause, speaker) || effortKeptUp(clause, speaker) || ownForceDeployed(clause, speaker) || resolveStrengthened(clause, speaker) || readinessOffered(clause, speaker)) {
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
  // "they took part in the battle and showed great courage": a part taken, told before the praise, is told;
  // a quotation of the praise alone ("… and “showed great courage”") still praises.
  const partTaken = partTakenBeforePraise(clause) && !(quote !== null && PRAISE.test(quote));
  // "(the agency reported) Berg has publicly honored the fallen soldiers": honour paid by a party is a
  // happening told; its words of honour name the act, they praise nothing of the speaker's own.
  if (honourPaidTold(clause) && !(quote !== null && PRAISE.test(quote))) return speaker.assesses === true ? 'other' : 'confirms';
  if ((PRAISE.test(clause) && !promisedInPassive && !partTaken) || (MOTIVE_CUE.test(clause) && MOTIVE.test(clause)) || actedFromMotive(clause) || actedUnderCompulsion(clause) || (ILL_WILL_CUE.test(clause) && NO_ILL_WILL.test(clause))) return 'other';
  // "Fredonburg is against any change in the region", "the imposition of another status would never be
  // accepted": a plan or a change rejected is denied (a war opposed is condemned, below).
  if ((NEGATION_CUE.test(clause) && NEGATED_ASSERTION.test(clause)) || presenceDenied(clause, speaker) || hostilityDisowned(clause) || calledFalseThat(clause) || (FALSE_CLAIM_CUE.test(clause) && CLAIM_CALLED_FALSE.test(clause)) || claimDismissed(clause) || wrongDisowned(clause) || planRejected(clause) || (LINK_CUE.test(clause) && LINK_DENIED.test(clause))) return 'denies';
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
  // "the operation has been launched in order to ensure … suppression of provocations": blame only in what
  // a told act was for or put an end to; the statement tells the act.
  const blameInPurpose = blameInPurposeOnly(unquoted);
  if (!givesPurpose && condemnable(unquoted) && !LEGAL_PROCESS.test(clause) && !tollTold && !blameInMotiveOnly && !blameInPurpose) return 'condemns';
  // "posed a threat to shipping", "began after the escalation": a danger told as past is described, not
  // warned of ("were worried the strikes might …" is a fear, and warns).
  // "We are very worried. … That's why we are calling for de-escalation": the concern is the ground
  // for the call that follows it; the statement makes the call.
  // "(the spokesman said) the ferry is now in danger of sinking": the state a struck thing is in is told.
  const stateTold = harmToldAsState(clause);
  if (!givesPurpose && !stateTold && flagsDanger(clause) && (!TOLD_AS_PAST.test(clause) || FEARED.test(clause) || (speaker.reported && DANGER_TO_A_GOOD.test(clause)))) return callsToAct(wordsAfter(words, clause)) ? 'calls-for' : 'warns';
  if (promisedInPassive) return 'pledges';
  if (BELIEF_CUE.test(clause) && TOLD_TO_BELIEVE.test(clause)) return 'other';
  // "(the shipping line said) it was suspending all shipments": a business's own routing decision is described.
  // "(Berg said) Freedonia appreciated the fact that …": the side's own feeling, as "we appreciate" is.
  // "the victory has opened a “window of opportunity” to normalise relations": a prospect opened, unless a
  // call follows it ("… This opportunity must not be missed" calls, below).
  if (opportunityOpened(clause) && !OBLIGATION.test(wordsAfter(words, clause))) return 'other';
  // "The situation is complex, but our crews continue to escort the convoys": a judgement conceded, then
  // a happening told after its "but", tells it, as "while the situation remains complex, …" does.
  if ((describesOrJudges(clause) && !(judgesHowThingsAre(clause) && happeningAfterBut(wordsAfter(unquoted, clause), speaker))) || ownServicePaused(clause, speaker) || ownSideFeelingTold(clause, speaker)) return 'other';
  // Contact kept describes how things stand ("said it was in contact with the tanker"); "reported that
  // its experts are in contact with …" makes it known, and so affirms it.
  if ((!ANNOUNCING_VERB.test(reporting.verb ?? '') && IN_CONTACT_CUE.test(clause) && IN_CONTACT.test(clause)) || (TIES_CUE.test(clause) && TIES_DESCRIBED.test(clause))) return 'other';
  // Analysts and experts of no side weigh what they tell ("the crews were able to learn …"); a side, or
  // a witness of what they saw, confirms it.
  // "welcomed the ceasefire", "spoke of a withdrawal": a verb that greets or mentions what it reports
  // asserts nothing of it, unless the words do more (condemn, call, promise) above.
  // "Satellite imagery shows a carrier arriving at the port", "there is evidence that …": evidence cited
  // affirms what it shows, whoever cites it; so does an act of force told as done, with no hedge ("(experts
  // say) two other tankers were also attacked").
  // A count told as done ("(analysts say) Sylvania sent about 3,000 sailors") is claimed, not weighed, too.
  const told: Stance = (speaker.assesses === true && !citesEvidence(clause) && !actToldDone(clause) && !countToldDone(clause)) || assertsNothing(reporting.verb, clause) ? 'other' : 'confirms';
  // "The video has not yet been made public but is expected to be released next month": what has not
  // happened yet, then foretold, is a forecast.
  if (NOT_YET_CUE.test(clause) && NOT_YET.test(clause) && forecastAfterBut(wordsAfter(unquoted, clause))) return 'other';
  // A party's provision relayed by a side (above) commits it; told by the media, or told as a plan
  // ("Sylvania plans to sell boats"), it is reported.
  if (relayedProvision) return 'pledges';
  if ((PLAN_OF_A_PARTY.test(clause) || planBelieved(clause)) && !agenda && !befalls) return told;
  // "Talks will be held on Thursday": a date set for what will happen is told as fact, unlike a forecast.
  // "The identities will be established by forensic examinations", "Issues … will be discussed at the
  // meeting": a step of a process under way, foretold by who runs it, is told as fact too.
  if (looksAhead(clause) && !scheduled(clause) && !PROCESS_FORETOLD.test(clause)) return 'other';
  // "the possible timeline for the deployment is as early as July": a hedged timing named is a forecast.
  if (timingForeseen(clause)) return 'other';
  if (clause.trim().endsWith('?')) return 'other';
  // "We received basic training", "A bullet went through my arm", and reported, "(the prisoner said) his
  // unit was under the navy": a witness describes what they lived through; only a party confirms ("We
  // have sent troops"). What they saw befall others or break out around them ("six of them died", "her
  // son was arrested", "we heard that a war had broken out") is a happening told.
  // "We know she was taking in water": what the speaker says they know is affirmed, as "we can confirm" is.
  if (affirmsKnown(clause)) return 'confirms';
  if (speaker.forThemselves && (FIRST_PERSON.test(clause) || (speaker.reported && OWN_PERSON.test(clause))) && !witnessedHappening(unquoted, speaker)) return 'other';
  // "The window has opened. This opportunity must not be missed", "We are stepping up our support, but
  // more help is urgently required": a fact told as the ground for the call that follows it; the
  // statement makes the call.
  const after = wordsAfter(words, clause);
  if (OBLIGATION.test(after) || (/needed|required/i.test(after) && NEEDED_NOW.test(after))) return 'calls-for';
  // "describing what is left as “a tiny patch, practically nothing”", "the “limited” action": a phrase
  // quoted with no verb of its own names or judges; it tells no happening. Nor does a relative clause
  // quoted alone ("… “which have been the scene of conflicts”"): it describes what the writer names.
  if (!speaker.reported && onlySays(reporting.verb) && !QUOTED_AMOUNT.test(words) && ((hasNoVerb(unquoted) && !standsAsSentences(unquoted)) || RELATIVE_OPENING.test(words))) return 'other';
  // "(said) the action was done to “further degrade their capacity”", "(the attack was) “part of our
  // response to …”": the words quoted give the purpose, the reason or the motive of what the writer
  // tells; they tell no happening of their own.
  if (quote !== null && quotedAsPurpose(words, quote)) return 'other';
  // "(the strikes came) “in response to the attacks on shipping”": a quotation alone that takes up the
  // writer's sentence with a reason gives why what the writer tells was done; it tells nothing of its own.
  if (quote === null && !speaker.reported && reasonQuotedAlone(words)) return 'other';
  // "(targeting) a Freedonian ship “aiding” Sylvania": the words quoted say whom the thing named helps.
  if (quote !== null && quotedAsBacking(words, quote)) return 'other';
  // "(the strikes carried out today against targets in the north) were “necessary and proportionate”": the
  // words quoted are the judgement the writer's copula leads to, however long its subject.
  if (quote !== null && quotedAsJudgement(words, quote)) return 'other';
  return told;
}

/**
 * Whether `words` turn with "but" to a happening told: a subject of its own, not "it", "this" or "that"
 * ("…, but our crews continue to escort the convoys"), whose words the stance reads as told (not "…, but
 * we are proud of them", "…, but it was worth it", "…, but calm", judgements again).
 */
function happeningAfterBut(words: string, speaker: StanceSpeaker): boolean {
  const turned = clauseAfterBut(words);
  return turned !== null && !hasNoVerb(turned) && !/^\W*(?:it|this|that|there)\b/i.test(turned) && firstStance(NO_VERB, turned, speaker) === 'confirms';
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
  // "(a third drone crashed) due to an “in-flight failure”", "due to the “extensive damage” the ship had
  // sustained": harm the thing suffered, given as the cause, is told as what it caused is.
  if (CAUSE_BEFORE.test(frame) && opensWithHarmSuffered(words.slice(at))) return false;
  return PURPOSE_FRAME.test(frame) || (PURPOSE_QUOTED.test(quote) && ACT_BEFORE_PURPOSE.test(frame)) || REASON_QUOTED.test(quote) || quotedAsPartOfResponse(frame, quote);
}

/** The writer's words that give a cause right before a quotation: "due to an", "because of the", "owing to". */
const CAUSE_BEFORE = /\b(?:because\s+of|due\s+to|owing\s+to)\s+(?:(?:the|a|an)\s+)?$/;

/** The words that give a reason, in lower case: "due to", "because of", "in light of", "in response to", "in retaliation for". */
const REASON_WORDS = String.raw`(?:(?:due|owing)\s+to|because\s+of|in\s+(?:the\s+)?light\s+of|as\s+a\s+(?:direct\s+)?result\s+of|in\s+(?:direct\s+)?(?:response|reply)\s+to|in\s+retaliation\s+for)`;

/**
 * A quotation that opens with a reason, after whatever the writer tells: "(the decision was made) “due to
 * the difficult situation …”", "(they left) “because of the shelling”", "(the talks were put off) “in light
 * of the new circumstances”", "(the strikes came) “in response to the raids”" (not "“due to arrive on
 * Monday”", a schedule; nor "“because we were ordered to”", a reason with a happening of its own, which
 * is told).
 */
const REASON_QUOTED = new RegExp(String.raw`^\W*${REASON_WORDS}\s+(?:the|a|an|its|their|his|her|our|this|that|these|those|\p{Ll}+(?:ing|ness|ion|ity|ment|ance|ence)\b)`, 'u');

/**
 * A quotation that opens with a reason in lower case, taking up the writer's sentence, and says nothing
 * after it in a clause of its own: "“in response to the attacks on shipping”" (not "“in response to the
 * attacks, we struck the sites”", whose clause after the reason tells the act; nor "“In response to …”",
 * a sentence of the speaker's own).
 */
function reasonQuotedAlone(words: string): boolean {
  if (!REASON_QUOTED.test(words) || /,\s+(?:and\s+)?(?:we|they|he|she|it|i|our|its|their|his|her|the)\s+\p{Ll}/u.test(words)) return false;
  // "“due to extensive damage the ship had sustained”": harm suffered, given as the cause, is told (as in quotedAsPurpose).
  const cause = words.slice(REASON_OPENING.exec(words)?.[0].length ?? 0);
  return !opensWithHarmSuffered(cause);
}

/** REASON_QUOTED's opening words alone, before what the reason names. */
const REASON_OPENING = new RegExp(String.raw`^\W*${REASON_WORDS}\s+(?:(?:the|a|an)\s+)?`, 'u');

/** A quotation that opens with a purpose: "to put an end to …", "in order to restore …" (not "to the south", a place). */
const PURPOSE_QUOTED = /^\W*(?:in\s+order\s+)?to\s+(?!(?:the|a|an|its|their|his|her|our|my|this|that|these|those)\b)\p{Ll}/u;

/**
 * The writer's words that end on an act, where a quotation opening with a purpose gives what it is for:
 * "was forced to start the local activities in the region (“to put an end to …”)", "launched operations
 * in the strait (“to restore …”)" (not "were sent (“to the front”)", a place, which PURPOSE_QUOTED leaves out).
 */
const ACT_BEFORE_PURPOSE =
  /\b(?:measures|steps|action|actions|operations?|activities|strikes|efforts|mission)(?:\s+(?:in|on|across|along|against)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s*$/u;
