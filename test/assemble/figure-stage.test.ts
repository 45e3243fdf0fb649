import { describe, expect, it } from 'vitest';
import { figureBounds } from '../../src/lib/assemble/figure-bounds.ts';
import { figureStage, forecastOfCounted, grownTo, stageWords, totalAroundClause } from '../../src/lib/assemble/figure-stage.ts';

/** The stage of the figure `figure` in `clause`. */
const stage = (clause: string, figure: string, forecastDate = false) =>
  figureStage(stageWords(clause, clause.indexOf(figure) + figure.length), clause, forecastDate);

describe('figureStage: tense and modality of the clause', () => {
  it('reads done, running totals, plans and forecasts', () => {
    expect(stage('Freedonia has sent 3,000 sailors to the port', '3,000 sailors')).toBe('reported');
    expect(stage('a total of 300 boats have crossed so far', '300 boats')).toBe('cumulative');
    // "a total of" with no period sums one event, not a running total.
    expect(stage('A total of 17 sailors were killed in the strikes', '17 sailors')).toBe('reported');
    // An announced package is promised; an amount set beside it keeps its own words.
    const aid = 'The Council announced an additional package of EUR 10 million on top of the EUR 20 million already provided since 2020';
    expect(stage(aid, 'EUR 10 million')).toBe('planned');
    expect(stage(aid, 'EUR 20 million')).toBe('cumulative');
    expect(stage('They have launched dozens of drones at ships since mid-November', 'dozens of drones')).toBe('cumulative');
    expect(stage('bringing the total to 900 sailors', '900 sailors')).toBe('cumulative');
    expect(stage('Freedonia plans to send 3,000 sailors', '3,000 sailors')).toBe('planned');
    expect(stage('Freedonia is set to send 6,000 sailors to the port', '6,000 sailors')).toBe('planned');
    // "is to", "are to" arrange what is still to happen, whatever the verb.
    expect(stage('The rebels are to hand over 800 boats', '800 boats')).toBe('planned');
    expect(stage('Freedonia is to receive 5,000 sailors', '5,000 sailors')).toBe('planned');
    expect(stage('The toll is set to rise above 600 sailors', '600 sailors')).toBe('expected');
    expect(stage('Freedonia has decided to send around 12,000 sailors', '12,000 sailors')).toBe('planned');
    expect(stage('with 10,000 sailors expected to be deployed', '10,000 sailors')).toBe('expected');
    expect(stage('10,000 sailors by December', '10,000 sailors', true)).toBe('expected');
    expect(stage('Rescuers expect the toll to rise above 50 sailors', '50 sailors')).toBe('expected');
    // A comparison with a forecast is no forecast.
    expect(stage('The figure of 900 sailors was higher than expected', '900 sailors')).toBe('reported');
    expect(stage('As anticipated, 900 sailors arrived', '900 sailors')).toBe('reported');
  });

  it.each([
    // A superlative ranked against everything before is no running total of the number beside it.
    ['The navy shot down 12 drones in the heaviest barrage to date', '12 drones', 'reported'],
    ['In the largest raid so far, the rebels fired 21 drones at the fleet', '21 drones', 'reported'],
    ['Jets struck 30 targets in one of the most intense waves of strikes to date', '30 targets', 'reported'],
    // A running total stays one, beside a superlative or not.
    ['The rebels have fired 120 drones so far', '120 drones', 'cumulative'],
    ['The rebels have fired 120 drones so far, the largest number of any group', '120 drones', 'cumulative'],
    ['The largest group, 900 sailors, has arrived so far', '900 sailors', 'cumulative'],
  ])('reads "to date", "so far" after a superlative as its rank, not a total: %j', (clause, figure, expected) => {
    expect(stage(clause, figure)).toBe(expected);
  });

  it.each([
    ['13 sailors could not be identified', 'reported'],
    ['Of the dead, 13 sailors could not be identified, officials said', 'reported'],
    ['Rescuers could not reach 300 sailors trapped in the port', 'reported'],
    // "may not", "might not" still look ahead; "could" alone is a forecast.
    ['Up to 300 sailors may not survive the winter', 'expected'],
    ['Up to 300 sailors could be trapped in the port', 'expected'],
    ['Up to 300 sailors could die', 'expected'],
  ])('reads "could not" as what was beyond reach, not a forecast: %j → %s', (clause, expected) => {
    expect(stage(clause, clause.match(/\d+ sailors/)?.[0] ?? '')).toBe(expected);
  });

  it('reads what may happen as a forecast, and offers, threats, aims and considered moves as plans', () => {
    expect(stage('Freedonia could send up to 3,000 sailors', '3,000 sailors')).toBe('expected');
    expect(stage('Up to 3,000 sailors could be killed if the port falls', '3,000 sailors')).toBe('expected');
    // An irregular participle is a participle too.
    expect(stage('Up to 3,000 sailors could be sent to the port', '3,000 sailors')).toBe('expected');
    expect(stage('Up to 120,000 sailors may flee the port', '120,000 sailors')).toBe('expected');
    // The month May is no modal; "may have fled" estimates what happened.
    expect(stage('They exchanged 1,000 sailors each between May 23 and 25', '1,000 sailors')).toBe('reported');
    expect(stage('As many as 1,000 sailors may have fled', '1,000 sailors')).toBe('reported');
    // A readiness, a capacity and a promise to take people in are plans; "in all" before a number is no total.
    expect(stage('Freedonia is ready to receive 40,000 sailors', '40,000 sailors')).toBe('planned');
    expect(stage('Freedonia can accommodate 40,000 sailors', '40,000 sailors')).toBe('planned');
    expect(stage('Freedonia said it would take in all 120,000 sailors', '120,000 sailors')).toBe('planned');
    // What is due, and a decision to send, are plans.
    expect(stage('A further 3,000 sailors are due to arrive', '3,000 sailors')).toBe('planned');
    expect(stage('The decision to send 5,000 sailors was taken on Friday', '5,000 sailors')).toBe('planned');
    for (const clause of [
      'Freedonia is considering sending 3,000 sailors',
      'Freedonia offered to send 3,000 sailors',
      'Freedonia threatened to send 3,000 sailors',
      'Freedonia aims to send 3,000 sailors',
      'Freedonia is due to send 3,000 sailors',
      '3,000 sailors will be sent to the port',
    ]) {
      expect(stage(clause, '3,000 sailors'), clause).toBe('planned');
    }
  });

  it('reads a request, a push to send, a hope to get, a move due and a dispatch considered as not done', () => {
    const cases: [string, string, string][] = [
      ['Sylvania has asked Fredonburg for 10,000 more sailors', '10,000 more sailors', 'planned'],
      ['Sylvania requested an additional 5,000 sailors', '5,000 sailors', 'planned'],
      ['Sylvania has made a request for 20,000 more sailors', '20,000 more sailors', 'planned'],
      ['Sylvania is requesting a few thousand more sailors from Freedonia', 'a few thousand more sailors', 'planned'],
      ['Sylvania asked for several hundred boats', 'several hundred boats', 'planned'],
      // A few thousand told as done stay done.
      ['Sylvania received a few thousand more sailors from Freedonia', 'a few thousand more sailors', 'reported'],
      ['Berg called for the deployment of 3,000 sailors to the port', '3,000 sailors', 'planned'],
      ['Sylvania wants Freedonia to send 30,000 more sailors', '30,000 more sailors', 'planned'],
      ['Berg urged the allies to supply 50 more boats', '50 more boats', 'planned'],
      ['Sylvania hopes to recruit 5,000 more sailors', '5,000 more sailors', 'planned'],
      ['A further 1,000 sailors are due to leave for the port', '1,000 sailors', 'planned'],
      ['Freedonia was readying 15,000 sailors for a new deployment', '15,000 sailors', 'planned'],
      ['Freedonia was considering the dispatch of 10,000 more sailors', '10,000 more sailors', 'planned'],
      ['The agency appealed for $97 million to help the sailors', '$97 million', 'planned'],
      ['The agency launched an emergency appeal for EUR 20 million', 'EUR 20 million', 'planned'],
      ['The agency is seeking $97 million for the response', '$97 million', 'planned'],
      ['The agency launched an appeal for funds for an amount of $97 million', '$97 million', 'planned'],
      ['The agency appealed for aid worth EUR 20 million', 'EUR 20 million', 'planned'],
      // What is held, done or merely hoped to be checked is no request; nor is seeking something else for them.
      ['Sylvania is seeking to drive out the 20,000 remaining sailors', '20,000 remaining sailors', 'reported'],
      ['Some 2,000 sailors had sought shelter at the base', 'Some 2,000 sailors', 'reported'],
      ['Freedonia demanded the release of 25 sailors', '25 sailors', 'reported'],
      ['The agency appealed for aid for the 25 sailors', '25 sailors', 'reported'],
      ['The agency issued an appeal for funds for the 5,000 displaced sailors', '5,000 displaced sailors', 'reported'],
      ['Sylvania requested and received 5,000 sailors', '5,000 sailors', 'reported'],
      ['Freedonia has sent the 5,000 sailors Sylvania requested', '5,000 sailors', 'reported'],
      ['The UN called for the evacuation of 5,000 sailors', '5,000 sailors', 'reported'],
      ['Fredonburg pressed Sylvania to release the 300 sailors', '300 sailors', 'reported'],
      ['Berg hopes to verify reports that 3,000 sailors were killed', '3,000 sailors', 'reported'],
      ['Berg asked about the 3,000 sailors that were killed', '3,000 sailors', 'reported'],
      // An adverb before "have" still estimates what happened.
      ['As many as 1,000 sailors may already have fled', '1,000 sailors', 'reported'],
      ['As many as 1,000 sailors may possibly have fled', '1,000 sailors', 'reported'],
    ];
    for (const [clause, figure, wanted] of cases) expect(stage(clause, figure), clause).toBe(wanted);
  });

  it('reads the modality that governs the figure, not that of the next clause', () => {
    expect(stage('Freedonia has shipped 1,500 sailors to the coast and is likely to deploy them', '1,500 sailors')).toBe('reported');
  });
});

describe('figureBounds: what the words imply, never a made-up value', () => {
  it('bounds by the qualifier', () => {
    expect(figureBounds(3000, 'at least', null)).toEqual({ min: 3000, max: null });
    expect(figureBounds(12000, 'possibly up to', null)).toEqual({ min: null, max: 12000 });
    expect(figureBounds(3000, 'around', null)).toEqual({ min: null, max: null });
    expect(figureBounds(3000, null, null)).toEqual({ min: 3000, max: 3000 });
    expect(figureBounds(10000, 'between', null, 12000)).toEqual({ min: 10000, max: 12000 });
    expect(figureBounds(200, 'above', null)).toEqual({ min: 200, max: null });
    expect(figureBounds(200, 'below', null)).toEqual({ min: null, max: 200 });
  });

  it('bounds a vague amount by its words', () => {
    expect(figureBounds(1000, 'thousands', 'thousands')).toEqual({ min: 1000, max: 9999 });
    expect(figureBounds(12, 'dozens', 'dozens')).toEqual({ min: 12, max: null });
  });
});

describe('figureStage: totals', () => {
  const stageOf = (clause: string, figure: string, forecastDate = false, sentence = '') => {
    const end = clause.indexOf(figure) + figure.length;
    return figureStage(stageWords(clause, end), clause, forecastDate, sentence);
  };

  it('keeps a total the figure’s own words state, whatever a later date looks ahead to', () => {
    expect(stageOf('Sylvania has sent around 300 sailors in total to train at the port that will probably join the fleet', '300 sailors', true)).toBe('cumulative');
    expect(stageOf('Sylvania has sent around 300 sailors to the port that will join the fleet', '300 sailors', true)).toBe('expected');
  });

  it('reads an approval, a deal, a proposal, talks, a target and troops readied for deployment as planned', () => {
    expect(stage('Freedonia approved the dispatch of 3,000 sailors', '3,000 sailors')).toBe('planned');
    // A sale or delivery approved is still to be made.
    expect(stage('Sylvania approved the sale of 400 missiles to Freedonia', '400 missiles')).toBe('planned');
    expect(stage('The council authorised the possible sale of 40 boats', '40 boats')).toBe('planned');
    expect(stage('Freedonia ordered the delivery of 300 drones', '300 drones')).toBe('planned');
    // A sale or delivery told as made is done, approved or not.
    expect(stage('Sylvania completed the sale of 400 missiles to Freedonia', '400 missiles')).toBe('reported');
    expect(stage('The approved delivery of 300 drones arrived on Monday', '300 drones')).toBe('reported');
    expect(stage('Freedonia signed a deal to send 3,000 sailors', '3,000 sailors')).toBe('planned');
    expect(stage('Berg proposed sending 3,000 sailors', '3,000 sailors')).toBe('planned');
    expect(stage('Talks on sending 2,000 sailors began', '2,000 sailors')).toBe('planned');
    expect(stage('The navy has a target of 10,000 sailors', '10,000 sailors')).toBe('planned');
    expect(stage('Freedonia set a recruitment target of 10,000 sailors', '10,000 sailors')).toBe('planned');
    // What a thing was the target of befell it.
    expect(stage('The ship was the target of three attacks', 'three attacks')).toBe('reported');
    expect(stage('The port has become the main target of 20 strikes', '20 strikes')).toBe('reported');
    expect(stage('About 3,000 sailors are being trained for deployment', '3,000 sailors')).toBe('planned');
    // A participle that only names the group does not make the main verb a plan.
    expect(stage('The 3,000 sailors trained for deployment arrived last week', '3,000 sailors')).toBe('reported');
  });

  it.each([
    ['Freedonian forces destroyed four missiles that were prepared to launch', 'four missiles', 'reported'],
    ['The strikes hit four missiles being readied to fire', 'four missiles', 'reported'],
    ['The navy struck two drones, which were poised to be launched', 'two drones', 'reported'],
    // Someone's preparing or plan before the number is still a plan.
    ['The rebels were preparing to launch four missiles', 'four missiles', 'planned'],
    ['The rebels plan to fire 10 missiles', '10 missiles', 'planned'],
    ['Freedonia has 3,000 sailors ready to deploy', '3,000 sailors', 'planned'],
    // A relative clause of weapons others were readying to fire, after the number, tells of the weapons.
    ['Jets carried out two strikes on missiles that the rebels in the hills were preparing to launch', 'two strikes', 'reported'],
    ['The navy sank three boats which the rebels were getting ready to fire from', 'three boats', 'reported'],
    // People someone is preparing to deploy are still a plan.
    ['Freedonia has 3,000 sailors that it is preparing to deploy', '3,000 sailors', 'planned'],
  ])('reads weapons made ready to fire, right after the number, as their state, not a plan: %j', (clause, figure, expected) => {
    expect(stage(clause, figure)).toBe(expected);
  });

  it.each([
    // Strikes made on weapons that were ready: the readiness is the weapons', the strikes were carried out.
    ['Freedonian forces conducted seven strikes against four boats that were prepared to launch', 'seven strikes', 'reported'],
    ['Freedonian forces conducted seven strikes against four boats that were prepared to launch', 'four boats', 'reported'],
    ['The navy struck one land attack cruise missile (LACM) that was prepared to launch', 'one land attack cruise missile', 'reported'],
    ['Jets made three strikes on two launchers which were poised to fire at ships', 'three strikes', 'reported'],
    // Near misses: a readiness of the counted themselves, or a plan told before the number, stays a plan.
    ['Freedonia has 3,000 sailors (marines) ready to deploy', '3,000 sailors', 'planned'],
    ['The rebels prepared to launch seven drones at boats that were docked', 'seven drones', 'planned'],
    ['Freedonia plans three strikes against boats that were prepared to launch', 'three strikes', 'planned'],
    ['The rebels are preparing to fire four missiles at ships that were anchored', 'four missiles', 'planned'],
  ])('reads a relative clause of weapons made ready, later in the clause, as their state, not a plan of the number: %j', (clause, figure, expected) => {
    expect(stage(clause, figure)).toBe(expected);
  });

  it.each([
    // An adverb between the modal and the verb of giving or sending: still what is to be given or sent.
    ['The Commission said it will also allocate 15 million euros', '15 million euros', 'planned'],
    ['Freedonia will soon send 3,000 sailors', '3,000 sailors', 'planned'],
    ['Freedonia would also deploy 3,000 sailors', '3,000 sailors', 'planned'],
    ['Marsh City will temporarily house 2,000 sailors', '2,000 sailors', 'planned'],
    // Near misses: an adverb and a modal with no verb of giving, or a past told before the modal.
    ['Berg will also recall that Freedonia sent 3,000 sailors', '3,000 sailors', 'reported'],
    ['Freedonia will hardly notice the 3,000 sailors sent last year', '3,000 sailors', 'reported'],
    ['Freedonia sent 3,000 sailors and will soon send more', '3,000 sailors', 'reported'],
    ['It was widely reported that 3,000 sailors arrived', '3,000 sailors', 'reported'],
  ])('reads a modal of giving or sending with an adverb after it as planned: %j', (clause, figure, expected) => {
    expect(stage(clause, figure)).toBe(expected);
  });

  it('reads room readied for people still to come as planned, and a need or bracing for them as expected', () => {
    expect(stage('The government has readied shelters for 40,000 sailors', '40,000 sailors')).toBe('planned');
    expect(stage('Marsh City has room for 30,000 sailors', '30,000 sailors')).toBe('planned');
    expect(stage('The camps are designed to hold 20,000 sailors', '20,000 sailors')).toBe('planned');
    expect(stage('Fredonburg allocated funds to resettle 10,000 sailors', '10,000 sailors')).toBe('planned');
    expect(stage('Aid agencies are bracing for 100,000 sailors', '100,000 sailors')).toBe('expected');
    expect(stage('Officials said they would need housing for 100,000 sailors', '100,000 sailors')).toBe('expected');
    // People already given a place, and a stay's length, are no capacity.
    expect(stage('The state provided accommodation for 2,000 sailors', '2,000 sailors')).toBe('reported');
    expect(stage('Some 4,000 sailors have lived in camps for 5 years', '4,000 sailors')).toBe('reported');
  });

  it('reads two counts joined by "and" as one clause, and a clause joined after them as another', () => {
    const both = 'Freedonia said 1,000 sailors and 5,000 boats will be dispatched';
    expect(stage(both, '1,000 sailors')).toBe('planned');
    expect(stage(both, '5,000 boats')).toBe('planned');
    expect(stage('Freedonia has shipped 1,500 sailors and 200 boats, and is likely to deploy them', '1,500 sailors')).toBe('reported');
  });

  it.each([
    // A plan told before a reporting verb does not reach into the clause it reports.
    ['The decision to close the port followed a raid in which Sylvania claimed that six sailors were killed', 'six sailors', 'reported'],
    ['Freedonia plans new patrols after officials said that 40 sailors had been wounded', '40 sailors', 'reported'],
    ['Freedonia is set to review the mission, the envoy told reporters that 300 sailors had arrived', '300 sailors', 'reported'],
    // The reported clause's own plan or forecast still counts.
    ['The envoy said that Freedonia plans to send 3,000 sailors', '3,000 sailors', 'planned'],
    ['Officials said that they expected 100,000 sailors', '100,000 sailors', 'expected'],
    ['Freedonia decided to send 3,000 sailors, officials said', '3,000 sailors', 'planned'],
  ])('reads a clause reported with "that" by its own tense: %j', (clause, figure, expected) => {
    expect(stage(clause, figure)).toBe(expected);
  });

  it('reads what the counted people wish as no plan for them', () => {
    expect(stage('Two sailors captured by Sylvania wanted to defect', 'Two sailors')).toBe('reported');
    expect(stage('Some 3,000 sailors hope to return home', '3,000 sailors')).toBe('reported');
    // Their own request is no plan for them either.
    expect(stage('Two sailors held by Sylvania have asked to be transferred to Freedonia', 'Two sailors')).toBe('reported');
    expect(stage('The two sailors made the request to be sent home', 'two sailors')).toBe('reported');
    expect(stage('Freedonia wants Sylvania to send 3,000 sailors', '3,000 sailors')).toBe('planned');
    expect(stage('Freedonia wants to send 3,000 sailors', '3,000 sailors')).toBe('planned');
    // Money announced, approved or set aside is promised; money provided is given.
    expect(stage('The Union announced $10 million in aid', '$10 million')).toBe('planned');
    expect(stage('The Union earmarked EUR 5 million for the sailors', 'EUR 5 million')).toBe('planned');
    expect(stage('The Union has provided $10 million in aid', '$10 million')).toBe('reported');
    expect(stage('Freedonia announced 300 sailors had arrived', '300 sailors')).toBe('reported');
  });

  it('reads a sentence that opens by totting up as a total', () => {
    const sentence = 'In all, more than eight million rounds have been shipped to Freedonia, it said.';
    expect(stageOf('more than eight million rounds have been shipped to Freedonia', 'eight million rounds', false, sentence)).toBe('cumulative');
    expect(stageOf('more than eight million rounds have been shipped to Freedonia', 'eight million rounds')).toBe('reported');
    const since = 'Since October last year, Freedonia has sent around 13,000 sailors to the port.';
    expect(stageOf('Freedonia has sent around 13,000 sailors to the port', '13,000 sailors', false, since)).toBe('cumulative');
    const weeks = 'In the last four weeks, Sylvanian boats have seized ships 12 times, the Courier said.';
    expect(stageOf('Sylvanian boats have seized ships 12 times', '12 times', false, weeks)).toBe('cumulative');
    expect(stage('Some 400 boats crossed in the past three days', '400 boats')).toBe('cumulative');
    // "last week" names a calendar week, not a period up to now.
    expect(stage('Some 400 boats crossed last week', '400 boats')).toBe('reported');
  });

  it('reads a sentence that opens by totting up as no total of a relative clause in it', () => {
    const sentence = 'Since then, an uneasy peace has prevailed in the region, where Freedonia has deployed around 2,000 sailors.';
    expect(stageOf('where Freedonia has deployed around 2,000 sailors.', '2,000 sailors', false, sentence)).toBe('reported');
    const main = 'Since then, Freedonia has deployed around 2,000 sailors, the ministry said.';
    expect(stageOf('Freedonia has deployed around 2,000 sailors', '2,000 sailors', false, main)).toBe('cumulative');
  });

  it.each([
    // "since" as an adverb, or marking a record, opens no period the number sums.
    ['Almost all the 120,000 inhabitants of the region have since fled to Freedonia', '120,000 inhabitants', 'reported'],
    ['Sylvania has sent thousands of its sailors, its first deployment abroad since the war of 1990', 'thousands of its sailors', 'reported'],
    ['Freedonia sent 3,000 sailors to the port for the first time since 2020', '3,000 sailors', 'reported'],
    ['The port has received 200 boats, the largest convoy since the blockade began', '200 boats', 'reported'],
    // "since" a day or a happening still opens the period of a running total.
    ['At least 27 people have been killed since the army launched its operation on Tuesday', 'At least 27 people', 'cumulative'],
    ['Some 19,000 refugees had crossed into Freedonia since the rebels surrendered', '19,000 refugees', 'cumulative'],
    ['Sylvania has suffered thousands of casualties since joining the war', 'thousands of casualties', 'cumulative'],
    ['Freedonia has sent 13,000 sailors since May', '13,000 sailors', 'cumulative'],
    // A record whose words run long, within one clause; "and" ends the record's reach.
    ['Berg made the first official visit to the country by a Western official since the exodus of at least 100,000 people last week', '100,000 people', 'reported'],
    ['Freedonia sent its first sailors in March and since then more than 3,000 have arrived', '3,000', 'cumulative'],
  ])('reads "since" as a period only where it opens one: %j', (clause, figure, expected) => {
    expect(stage(clause, figure)).toBe(expected);
  });

  it('counts over a war only when the war scopes the figure, not a later clause', () => {
    expect(stageOf('Sylvania has suffered 6,000 casualties of killed and wounded sailors in the 2 1/2 year old war', '6,000 casualties')).toBe('cumulative');
    expect(stageOf('Freedonia has shipped 1,500 sailors to the port and they were likely to be deployed for combat in the war', '1,500 sailors')).toBe('reported');
    // A place the war marks is no count over it.
    expect(stageOf('At least 20 people were killed in a depot explosion in the conflict-hit Marsh region', 'At least 20 people')).toBe('reported');
    expect(stageOf('Twelve sailors were wounded in the war-torn port of Marsh City', 'Twelve sailors')).toBe('reported');
    // Those taking part in the war: a state of the forces, not a sum over it.
    expect(stageOf('Freedonia has deployed 11,000 sailors to Marsh City to bolster forces engaged in the Sylvanian conflict', '11,000 sailors')).toBe('reported');
    expect(stageOf('Freedonia has 2,000 sailors involved in the war', '2,000 sailors')).toBe('reported');
    // The purpose they were sent for: to take part in the war.
    expect(stageOf('Freedonia has deployed around 11,000 sailors to assist Sylvania in the conflict', 'around 11,000 sailors')).toBe('reported');
    expect(stageOf('Freedonia sent 3,000 sailors to help its ally in the war', '3,000 sailors')).toBe('reported');
    // What befell them in the war is still counted over it.
    expect(stageOf('Freedonia has lost 3,000 sailors in the war', '3,000 sailors')).toBe('cumulative');
    expect(stageOf('Freedonia has lost 3,000 sailors in the war it joined to help its ally', '3,000 sailors')).toBe('cumulative');
    // Taking part named, the war may still scope the count.
    expect(stageOf('Sylvania has lost 6,000 sailors in the war, many of them fighting in the war at sea', '6,000 sailors')).toBe('cumulative');
  });

  it('reads a count up to a day gone by as a running total, and one that will arrive by a day as no total', () => {
    expect(stageOf('"100,483 displaced persons arrived in Freedonia" by Sunday morning', '100,483 displaced persons')).toBe('cumulative');
    expect(stageOf('By 31 December, 2,000 sailors had crossed into Sylvania', '2,000 sailors')).toBe('cumulative');
    expect(stageOf('3,000 sailors will arrive by December', '3,000 sailors')).not.toBe('cumulative');
    expect(stageOf('3,000 sailors arrived on Sunday', '3,000 sailors')).toBe('reported');
  });

  it.each([
    ['By the morning of September 28 more than 65,000 people arrived in Freedonia', 'more than 65,000 people', 'cumulative'],
    ['2,000 sailors had crossed into Sylvania by the late evening of Monday', '2,000 sailors', 'cumulative'],
    // A time of day that dates the count is no deadline.
    ['On the morning of September 28, 500 people arrived in Freedonia', '500 people', 'reported'],
    // "As of" reads as "by", a time of day before the day left out.
    ['Sylvania said 4,850 people fled to Freedonia as of midday on Sept. 25', '4,850 people', 'cumulative'],
    ['As of 1600 GMT on Tuesday, 28,120 people had crossed into Freedonia', '28,120 people', 'cumulative'],
    ['As of Monday, 300 sailors have arrived in Freedonia', '300 sailors', 'cumulative'],
    ['As of Monday, 300 sailors will be sent to Freedonia', '300 sailors', 'planned'],
    // A weekday with no "by" or "as of" dates the count, no deadline.
    ['At 1600 GMT on Tuesday, 300 people arrived in Freedonia', '300 people', 'reported'],
  ])('reads a count up to a time of a day gone by as a running total: %j', (clause, figure, stage) => {
    expect(stageOf(clause, figure)).toBe(stage);
  });

  it('reads a held count inside a sentence that opens by totting up as what is held now', () => {
    const weeks = 'In the last four weeks, Sylvanian boats have seized ships 12 times and still hold 25 sailors hostage, the Courier said.';
    const clause = 'Sylvanian boats have seized ships 12 times and still hold 25 sailors hostage';
    expect(stageOf(clause, '25 sailors', false, weeks)).toBe('reported');
    expect(stageOf(clause, '12 times', false, weeks)).toBe('cumulative');
  });

  it('reads a count up to a deadline that has passed, and the size of all that was sent, as totals', () => {
    const lead = 'The Courier reports that, by 31st December, ';
    expect(totalAroundClause(lead, '262 boats had used the southern route', '')).toBe(true);
    // A deadline still ahead, and a clause with no past perfect, total nothing.
    expect(totalAroundClause(lead, '262 boats will use the southern route', '')).toBe(false);
    expect(totalAroundClause('The Courier reports that ', '262 boats had used the southern route', '')).toBe(false);
    // "Until" reads like "by"; with no past perfect it totals nothing either.
    expect(totalAroundClause('Until early January, ', '262 boats had already been rerouted', '')).toBe(true);
    expect(totalAroundClause('Until Monday, ', '262 boats sailed north', '')).toBe(false);
    const sentence = 'About 600 sailors have been killed out of a total deployment of 15,000';
    expect(totalAroundClause('', sentence, sentence.slice(0, sentence.indexOf('15,000')))).toBe(true);
    expect(totalAroundClause('', sentence, '')).toBe(false);
  });

  it.each([
    // "As of" before the clause sums it as it does after it, with the present perfect of all done up to then.
    ['As of Tuesday, ', '4,000 people have fled the valley', true],
    ['Minister Berg said as of Feb. 20, ', 'Sylvania has carried out 32 air strikes', true],
    ['As of 10 a.m. Friday, ', '88,000 people have entered Freedonia', true],
    ['Berg said that as of now, ', '6,300 people have been registered at the camps', true],
    ['As of Monday, ', '300 sailors have already arrived in Freedonia', true],
    // Not a present perfect: what a side holds, a plan, a state, or a past with no perfect.
    ['As of Tuesday, ', 'Sylvania has three frigates in the strait', false],
    ['As of Tuesday, ', '4,000 people will be moved to the camps', false],
    ['As of Tuesday, ', '4,000 people are in the camps', false],
    ['As of Tuesday, ', '4,000 people fled the valley', false],
    // "As of" not closing the words before the clause, or a "has" of no participle.
    ['As of Tuesday the camps were full and ', '4,000 people have fled the valley', false],
    ['As of Tuesday, ', 'Sylvania has to take in 4,000 people', false],
  ])('reads a count after a fronted "as of" as a running total in the present perfect only: %j %j', (lead, clause, total) => {
    expect(totalAroundClause(lead, clause, '')).toBe(total);
  });
});

describe('grownTo: a count grown to the number', () => {
  it.each([
    ['The death toll from the blast on Monday has jumped to ', true],
    ['the number of people wounded during the shelling has increased to ', true],
    ['Casualties among the crews have surpassed ', true],
    ['Casualties among the crews have now risen to more than ', true],
    ['By then the toll had reached ', true],
    ['the losses of the regiment already amount to ', true],
    ['The tally of arrivals already stands at ', true],
    // A force sent grows as more are sent: its deployment or contingent grown to the number.
    ['he said the troop deployment had reached approximately ', true],
    ['The Sylvanian contingent has grown to ', true],
    ['The deployment rose to ', false],
    ['The deployment of 300 sailors has begun, and rescuers have reached ', false],
    // A toll above the number now, in the present: it has grown there.
    ['Casualties among the crews surpass ', true],
    ['The death toll from the blasts now exceeds ', true],
    ['Losses of the regiment top ', true],
    // A present size of something that need not grow is no total.
    ['The number of sailors in the port exceeds ', false],
    ['The fleet surpasses ', false],
    // A sum in the perfect, whatever is summed; in the simple past, the size of one thing.
    ['Humanitarian help from Fredonia has already totaled ', true],
    ['Deliveries of fuel have amounted to more than ', true],
    ['The aid package totalled ', false],
    // Told in the simple past, a toll is that of one happening (the corpus reads "climbed to 68" so).
    ['The death toll from the blast rose to ', false],
    ['the injured reached ', false],
    // A presumed total is an estimate of where the count stands.
    ['the number of supplied shells is presumed to have reached more than ', false],
    // No count grows: people reached, things sent, a decline.
    ['Rescuers have reached ', false],
    ['Freedonia has sent ', false],
    ['The number of ships crossing the strait has fallen to ', false],
    // The verb is not right before the number: the count is something else.
    ['The toll has risen sharply since 40 sailors ', false],
  ])('%j → %s', (before, expected) => {
    expect(grownTo(before)).toBe(expected);
  });
});

describe('figureStage: plans', () => {
  it.each([
    // A second predicate after the count ("and vowed to …") is a plan of its own, not the count's.
    ['Freedonia carried out 48 air strikes on the port and vowed to retaliate', '48 air strikes', 'reported'],
    ['The rebels said they fired 12 missiles and pledged to fire more', '12 missiles', 'reported'],
    // A plan that governs the count still does; participles joined by "and" still describe it.
    ['Freedonia vowed to carry out 48 air strikes on the port', '48 air strikes', 'planned'],
    ['Freedonia plans to send 300 sailors and decided to add more', '300 sailors', 'planned'],
    ['Some 300 sailors were killed and wounded to the south of the port', '300 sailors', 'reported'],
  ])('%j: %s is %s', (clause, figure, expected) => {
    expect(stage(clause, figure)).toBe(expected);
  });

  it.each([
    ['Sylvania is increasing its aid to Freedonia to a total of 3.9 million dollars', '3.9 million dollars'],
    ['Freedonia is raising its contribution to 12 million euros', '12 million euros'],
    ['Ruritania is doubling its garrison in Marsh City to 4,000 sailors', '4,000 sailors'],
    ['The ministry said it is now boosting the fund to about €40 million', '€40 million'],
  ])('reads a change under way told with the number it goes up to as planned: %j', (clause, figure) => {
    expect(stage(clause, figure)).toBe('planned');
  });

  it.each([
    // The perfect and the past tell the number reached.
    ['Sylvania has increased its aid to a total of 3.9 million dollars', '3.9 million dollars'],
    ['Freedonia raised its contribution to 12 million euros', '12 million euros'],
    // The number is not where the change goes.
    ['Ruritania is doubling its efforts after 4,000 sailors fled', '4,000 sailors'],
    ['Sylvania is increasing pressure on the rebels, who sent 300 sailors to the port', '300 sailors'],
  ])('leaves %j as told', (clause, figure) => {
    expect(stage(clause, figure)).not.toBe('planned');
  });

  it('reads a second reported clause by its own tense, not by the plan of the first', () => {
    const both = 'Berg said Freedonia planned to send another 6,000 sailors to the port and that 1,000 had already arrived';
    expect(stage(both, '6,000 sailors')).toBe('planned');
    expect(stage(both, '1,000')).toBe('reported');
  });

  it('reads a task of moving people as planned, and a task about people already counted as no plan', () => {
    expect(stage('This reflects the large-scale task of moving tens of thousands of sailors across Sylvania', 'tens of thousands of sailors')).toBe('planned');
    expect(stage('Rescuers faced the grim task of burying 200 dead sailors', '200 dead sailors')).toBe('reported');
  });

  it('keeps a decided number planned when its date is a forecast: the forecast is of when', () => {
    expect(stage('Freedonia plans to send 6,000 sailors to the port by December', '6,000 sailors', true)).toBe('planned');
    expect(stage('The dispatch of these additional 6,000 sailors is projected to begin in July or August', '6,000 sailors', true)).toBe('planned');
    expect(stage('The deployment of 3,000 sailors is likely to occur as early as July', '3,000 sailors', true)).toBe('planned');
    // A forecast of the happening itself, not of an act someone carries out, stays a forecast.
    expect(stage('The exodus of 100,000 sailors is expected to begin on Monday', '100,000 sailors', true)).toBe('expected');
    expect(stage('10,000 sailors by December', '10,000 sailors', true)).toBe('expected');
  });

  it('reads room to take people in, an intention told with "going to" and a move still to come as planned', () => {
    for (const [clause, figure] of [
      ['Freedonia is able to receive 40,000 sailors', '40,000 sailors'],
      ['Freedonia will be able to accommodate 40,000 sailors', '40,000 sailors'],
      ['Fredonburg has the capacity to take in 40,000 sailors', '40,000 sailors'],
      ['Freedonia is going to evacuate 5,000 sailors', '5,000 sailors'],
      ['Freedonia has yet to send 3,000 sailors', '3,000 sailors'],
      ['Freedonia is about to send 3,000 sailors', '3,000 sailors'],
      ['Freedonia is on the verge of sending 3,000 sailors', '3,000 sailors'],
      ['A further 3,000 sailors are awaiting deployment', '3,000 sailors'],
      ['Some 3,000 sailors are on standby for deployment', '3,000 sailors'],
    ] as const) {
      expect(stage(clause, figure), clause).toBe('planned');
    }
    // A past ability says it was done; a pending confirmation is no move still to come.
    expect(stage('Freedonia was able to evacuate 5,000 sailors', '5,000 sailors')).toBe('reported');
    expect(stage('Sylvania has yet to confirm that 300 sailors were killed', '300 sailors')).toBe('reported');
  });

  it.each([
    // An order to send, and an aim, offer or threat told in "-ing", decide or intend the number.
    ['Berg has ordered the dispatch of 6,000 sailors to the port', '6,000 sailors', 'planned'],
    ['Freedonia ordered the deployment of 3,000 sailors', '3,000 sailors', 'planned'],
    ['The navy is growing fast, aiming to increase its strength by an estimated 150,000 sailors', '150,000 sailors', 'planned'],
    ['Sylvania is offering to send 3,000 sailors', '3,000 sailors', 'planned'],
    ['Fredonburg is threatening to deploy 5,000 sailors', '5,000 sailors', 'planned'],
    // Must not fire: an order or aim that is not of the count, and a dispatch that was ordered and done.
    ['Berg ordered 3,000 sailors home', '3,000 sailors', 'reported'],
    ['The order came after the dispatch of 3,000 sailors', '3,000 sailors', 'reported'],
    ['Drones aimed at 30 boats were shot down', '30 boats', 'reported'],
    ['The dispatch of 3,000 sailors, ordered in May, is complete', '3,000 sailors', 'reported'],
    ['Gunners aiming at the port sank 30 boats', '30 boats', 'reported'],
  ])('reads an order to send and an aim told in "-ing" as planned: %j', (clause, figure, expected) => {
    expect(stage(clause, figure)).toBe(expected);
  });

  it('reads what is scheduled, and leave that will be allowed, as planned', () => {
    expect(stage('Officials said 5,000 sailors were scheduled to leave on Monday', '5,000 sailors')).toBe('planned');
    expect(stage('Sylvania said 5,000 sailors would be allowed to leave', '5,000 sailors')).toBe('planned');
  });
});

describe('forecastOfCounted: the counted as the subject of a future', () => {
  it('reads "120,000 sailors will leave" and "would be forced to flee" as forecasts', () => {
    expect(forecastOfCounted('Freedonia estimates that ', ' will leave the port')).toBe(true);
    expect(forecastOfCounted('Freedonia warned that ', ' would be forced to flee')).toBe(true);
    expect(forecastOfCounted('', ' more will follow')).toBe(true);
  });

  it('reads no forecast of people already counted, a negation, an estimate of the past, or a counted after a preposition', () => {
    expect(forecastOfCounted('Freedonia has sent ', ' who will join the fleet')).toBe(false);
    expect(forecastOfCounted('', ' will not leave')).toBe(false);
    expect(forecastOfCounted('', ' would have died')).toBe(false);
    expect(forecastOfCounted('', ' a day would normally pass through the strait')).toBe(false);
    expect(forecastOfCounted('', ' would usually pass through the strait')).toBe(false);
    expect(forecastOfCounted('The identities of ', ' will be established by examinations')).toBe(false);
    expect(forecastOfCounted('Freedonia has sent ', ' to the port')).toBe(false);
  });
});

describe('figureStage: a period that runs up to now is a running total', () => {
  it.each([
    ['Officials said 48 barges took the northern route during the period from 3 May until today', '48 barges', 'cumulative'],
    ['Some 4,000 families have received vouchers from March up to now', '4,000 families', 'cumulative'],
    ['Between January and today, the agency registered 12,000 asylum requests', '12,000 asylum requests', 'cumulative'],
    ['The clinic treated 900 patients from the first week of the flood to the present day', '900 patients', 'cumulative'],
    // Must not fire: a period that starts now or ends elsewhere, or "today" alone.
    ['Five ships are expected to pass between now and Friday', 'Five ships', 'expected'],
    ['The guards held 40 prisoners from dawn to dusk', '40 prisoners', 'reported'],
    ['The port handled 77 ships today', '77 ships', 'reported'],
    ['The convoy of 30 trucks went from the border to the capital', '30 trucks', 'reported'],
  ])('%s', (clause, figure, expected) => {
    expect(stage(clause, figure)).toBe(expected);
  });
});
