import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';
import { reportingIn } from './stance.fixture.ts';

/**
 * Statements that take no position on the matter (`other`) against those that affirm it (`confirms`):
 * each table holds sentences of one class, with look-alikes the rule must leave alone.
 */

interface Case {
  /** The sentence as written. */
  sentence: string;
  /** The reporting verb as it stands in the sentence. */
  verb: string;
  /** The reported words after it. */
  words: string;
  stance: Stance;
  /** The verb readReporting writes, when checked. */
  written?: string;
}

/** The stance of `words`, read with the reporting of `verb` in `sentence`. */
function stanceIn({ sentence, verb, words }: Case): { written: string | null; stance: Stance } {
  const reporting = reportingIn(sentence, verb);
  return { written: reporting.verb, stance: stanceOf(reporting, words, { forThemselves: false, reported: true }) };
}

describe('what someone was told: the passive of a verb of telling', () => {
  const cases: Case[] = [
    { sentence: 'She was told the flights had been cancelled.', verb: 'told', words: 'the flights had been cancelled', stance: 'other', written: 'was told' },
    { sentence: 'He added that he was also told the port was closed.', verb: 'told', words: 'the port was closed', stance: 'other', written: 'was also told' },
    { sentence: 'The crews had been informed that the convoy crossed the strait.', verb: 'informed', words: 'that the convoy crossed the strait', stance: 'other', written: 'had been informed' },
    { sentence: 'Residents were repeatedly assured the water was safe.', verb: 'assured', words: 'the water was safe', stance: 'other', written: 'were repeatedly assured' },
    // The active voice tells: the teller affirms it.
    { sentence: 'The navy told reporters the convoy had crossed the strait.', verb: 'told', words: 'the convoy had crossed the strait', stance: 'confirms', written: 'told' },
    { sentence: 'Berg told the Courier that the port was closed.', verb: 'told', words: 'that the port was closed', stance: 'confirms', written: 'told' },
    // A passive of another verb is not turned round: "was quoted as saying" still says.
    { sentence: 'The minister was quoted as saying the port was closed.', verb: 'saying', words: 'the port was closed', stance: 'confirms', written: 'saying' },
  ];
  it.each(cases)('$sentence', (c) => {
    const { written, stance } = stanceIn(c);
    expect(stance).toBe(c.stance);
    if (c.written) expect(written).toBe(c.written);
  });

  it('keeps a negated passive negated: "was not told" withholds, it does not tell', () => {
    const sentence = 'He was not told where the boats were going.';
    expect(reportingIn(sentence, 'told')).toEqual({ verb: 'was not told', negated: true, denial: false });
  });
});

describe('a predicate hedged as only possible', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['the frigate was “potentially targeted” by the drones', 'other'],
    ['the strike possibly killed 20 fishermen', 'other'],
    ['Perhaps the crew left the port early', 'other'],
    ['the convoy had maybe crossed the border before dawn', 'other'],
    // Any case, and the long "ſ" the case-insensitive pattern takes for an "s"; a word whole for each hedge.
    ['the strike POSSIBLY killed 20 fishermen', 'other'],
    ['the strike poſſibly killed 20 fishermen', 'other'],
    ['the drones had conceivably crossed the line', 'other'],
    ['PERHAPS the crew left the port early', 'other'],
    // The hedge on an amount, or on a second predicate, leaves the first one told.
    ['Sylvania sent 300 sailors and possibly more', 'confirms'],
    ['the tanker was hit and possibly damaged', 'confirms'],
    ['the boats left the port, which was possibly mined', 'confirms'],
    // "likely" and "allegedly" still tell what the speaker takes to have happened.
    ['more than 600 sailors have likely been killed', 'confirms'],
    ['the crew allegedly left the port', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words)).toBe(expected);
  });
});

describe('a feeling described, not a happening told', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['they were shocked by the scale of the destruction', 'other'],
    ['that the observers were struck by the sudden manner in which the villagers left', 'other'],
    ['she was surprised that the border was open', 'other'],
    ['the residents were deeply saddened by the loss', 'other'],
    ['the crews were relieved to be home', 'other'],
    // A ship struck, a commander relieved: happenings, told.
    ['the tanker was struck by a missile', 'confirms'],
    ['the tanker was struck by the same missile', 'confirms'],
    ['the commander was relieved of his duties', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true })).toBe(expected);
  });
});

describe('a verb that greets, mentions, guesses at or suggests what it reports', () => {
  /** [verb, words, the stance]. */
  const cases: [string, string, Stance][] = [
    ['welcomed', 'the ceasefire agreement', 'other'],
    ['welcomes', 'the decision to reopen the port', 'other'],
    ['spoke of', 'regular forces withdrawing from the border', 'other'],
    ['speculated', 'that the boats were sent to the islands', 'other'],
    ['suggests', 'Sylvania is ready for a new round of drills', 'other'],
    ['suggested', 'the boats had been sold abroad', 'other'],
    // An order directs an act and affirms nothing ("was quoted as ordering …": quoted-as-participle.ts).
    ['ordering', 'the deployment of troops to secure the valley and drive out the occupiers', 'other'],
    ['instructing', 'the army to build a museum for the returning units', 'other'],
    // The words still decide when they do more than the verb.
    ['welcomed', 'the release, but called the detention a violation of the law', 'condemns'],
    ['spoke of', 'a massacre of civilians', 'condemns'],
    ['suggested', 'that the crews should leave the port', 'calls-for'],
    // A verb that tells is untouched.
    ['said', 'the boats were sent to the islands', 'confirms'],
    ['said', 'the deployment of troops secured the valley', 'confirms'],
  ];
  it.each(cases)('%s %s', (verb, words, expected) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true })).toBe(expected);
  });
});

describe('a judgement with its article: "was a necessary response", "is an important step"', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['It was a necessary and a proportionate response to the attacks', 'other'],
    ['the talks were a very productive exchange', 'other'],
    ['the minister’s visit was an important step', 'other'],
    // "there was a significant attack" tells the attack.
    ['there was a significant attack on the port', 'confirms'],
    ['there were a great many boats in the harbour', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true })).toBe(expected);
  });
});

describe('words quoted where the writer gives a purpose or a reason', () => {
  /** [the reported words, the words quoted inside them, the stance]. */
  const cases: [string, string, Stance][] = [
    ['the joint strike was done to “degrade their capacity to attack ships”', 'degrade their capacity to attack ships', 'other'],
    ['the sailors were sent to “help the Sylvanian navy”', 'help the Sylvanian navy', 'other'],
    ['it launched the operation to restore order, “disarm the militias” and “secure the roads”', 'disarm the militias', 'other'],
    ['it launched the operation to restore order, “disarm the militias” and “secure the roads”', 'secure the roads', 'other'],
    ['the decree was issued because of the “difficult situation” in the region', 'difficult situation', 'other'],
    // An infinitive after a verb that takes one is no purpose: the quote tells what was done.
    ['the crews refused to “sail into the strait”', 'sail into the strait', 'confirms'],
    ['the navy began to “withdraw its boats”', 'withdraw its boats', 'confirms'],
    ['Sylvania agreed to “stop the raids”', 'stop the raids', 'pledges'],
    ['the sailors were forced to “fight on the front lines”', 'fight on the front lines', 'confirms'],
    ['the sailors were ordered to “hold the port”', 'hold the port', 'confirms'],
    // After a bare "to", a noun phrase is a destination: "were sent to “the front lines”".
    ['the sailors were sent to “the most dangerous sectors”', 'the most dangerous sectors', 'confirms'],
    ['the boats were “crossing the strait” at dawn', 'crossing the strait', 'confirms'],
  ];
  it.each(cases)('%s (%s)', (words, quote, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true }, quote)).toBe(expected);
  });
});

describe('contact kept: described when said, affirmed when announced', () => {
  /** [verb, words, the stance]. */
  const cases: [string, string, Stance][] = [
    ['said', 'it was in contact with the tanker', 'other'],
    ['added', 'the ministry is coordinating with the Red Cross', 'other'],
    ['noted', 'it remains in close communication with all parties', 'other'],
    ['reported', 'its experts are in contact with their counterparts in Marsh City', 'confirms'],
    ['announced', 'its envoys are in contact with the crews', 'confirms'],
  ];
  it.each(cases)('%s %s', (verb, words, expected) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true })).toBe(expected);
  });
});

describe('a step of a process foretold in the passive', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['the identities of the dead will be established by forensic examinations', 'confirms'],
    ['the terms of the handover will be discussed at the meeting', 'confirms'],
    ['the talks will be held in Geneva', 'confirms'],
    // What would be, what will likely be, and a judgement of what will be, stay other.
    ['the results would be published in May', 'other'],
    ['the fighting will likely be discussed at the summit', 'other'],
    ['the port will be difficult to reopen', 'other'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true })).toBe(expected);
  });
});

describe('an explanation that gives a count reports it', () => {
  /** [verb, words, the stance]. */
  const cases: [string, string, Stance][] = [
    ['explained', 'The number of wounded civilians exceeds 400 people, of whom 13 are children', 'confirms'],
    ['explained in a post', 'the crews lost some 30 percent of their boats and withdrew', 'confirms'],
    // Without a count, explaining stays other.
    ['explained', 'the delay by the storms in the strait', 'other'],
    ['explained', 'the crews were tired and the port was closed', 'other'],
  ];
  it.each(cases)('%s %s', (verb, words, expected) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words)).toBe(expected);
  });
});

describe('a fronted subordinate clause: the main clause decides', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['When the talks were held, we wanted to give the most accurate account', 'other'],
    ['Since the port was closed, he hopes to sail home in spring', 'other'],
    ['After the talks were over, the crews were released', 'confirms'],
    ['that, considering the gap between the visit and the sailing was a month, the next convoy is expected in July', 'other'],
    ['Despite the losses that were suffered, they hope to return home', 'other'],
    ['During the raid, three boats were sunk', 'confirms'],
    // "as many as" opens an amount, not a clause.
    ['as many as 3,000 sailors were sent, and more will follow', 'confirms'],
    // A condition is read as a condition.
    ['If they were sent, we would respond with force', 'threatens'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words)).toBe(expected);
  });
});

describe('"concerned" after a plural noun describes others; it warns of nothing', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['the northern route could give safe passage to ships concerned about crossing the strait', 'other'],
    ['officials concerned about the raids met on Monday', 'confirms'],
    // The speaker's own concern still warns.
    ['we are concerned about the raids', 'warns'],
    ['the ministry remains concerned about the raids', 'warns'],
    ['Freedonia is deeply concerned about the tensions', 'warns'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words)).toBe(expected);
  });
});

describe('a relative clause quoted inside the writer’s report is read alone', () => {
  /** [the reported words, the relative clause quoted inside them, the stance]. */
  const cases: [string, string, Stance][] = [
    ['there was no evidence yet of civilian casualties “which we took great care to avoid”', 'which we took great care to avoid', 'other'],
    ['the raids hit the port “which has been the scene of many clashes”', 'which has been the scene of many clashes', 'other'],
    // What the quoted clause does itself still counts.
    ['the crews showed a courage “which we will never forget”', 'which we will never forget', 'pledges'],
    // A quote that is no relative clause is read with its report, as before.
    ['there was no evidence yet of “civilian casualties”', 'civilian casualties', 'unconfirmed'],
  ];
  it.each(cases)('%s', (words, quote, expected) => {
    expect(stanceOf({ verb: 'added', negated: false, denial: false }, words, { forThemselves: false, reported: true }, quote)).toBe(expected);
  });
});

describe('"based on" explains as a predicate, not as a noun’s participle', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    // A noun's participle: the clause tells what will happen or happened.
    ['Issues of reintegration based on the constitution will be discussed at the meeting', 'confirms'],
    ['talks based on the 2020 agreement will be held in Geneva', 'confirms'],
    ['sanctions based on the resolution were imposed on the shipping firms', 'confirms'],
    // A predicate, or a phrase set off by a comma or opening the clause, explains.
    ['the estimate is based on satellite images of the port', 'other'],
    ['the decision was largely based on the safety of the crews', 'other'],
    ['that, based on the radar tracks, the boats came from the north', 'other'],
    ['Based on the radar tracks, the boats came from the north', 'other'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true })).toBe(expected);
  });
});

describe('a condition whose consequence names or infers warns of nothing', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['If we see their boats moving towards the port, I mean, they are co-belligerents', 'other'],
    ['But we do know that if they do this, it signals the regime’s growing weakness', 'other'],
    // A danger named, or a consequence foretold, still warns.
    ['If they join the war, that is a very serious matter', 'warns'],
    ['If the talks fail, the fighting will go on for years', 'warns'],
    ['If they cross the river, they are fair targets', 'warns'],
    // Help promised on a condition still pledges.
    ['If Sylvania is attacked, Freedonia will provide military assistance', 'pledges'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words)).toBe(expected);
  });
});

describe('a purpose or an effect of an act, which names the other side’s acts in words of blame', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['the strikes are intended to disrupt the capabilities of the militia to conduct their reckless and destabilising attacks', 'other'],
    ['the raids are designed to stop the rebels’ illegal attacks on shipping', 'other'],
    ['the blockade is meant to deter further aggression against the island', 'other'],
    ['that the sanctions will degrade the regime’s ability to carry out its illegal crackdown', 'other'],
    ['This makes them a dangerous enemy.', 'other'],
    // A verb of blame in the clause, or blame in a later sentence, still condemns.
    ['that is why we condemn the illegal occupation', 'condemns'],
    ['the strikes are a response to the illegal attacks, which endanger innocent sailors', 'condemns'],
    ['the patrols are meant to protect the ships. These attacks are illegal and unacceptable.', 'condemns'],
    // Blame or danger with no purpose given is untouched.
    ['the annexation is illegal and will not be recognised', 'condemns'],
    ['the deployment is a dangerous escalation', 'warns'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true })).toBe(expected);
  });
});

describe('a quality given its degree weighs; it tells no happening', () => {
  /** [words quoted with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['The explosion was very powerful', 'other'],
    ['The winter there is extremely cold', 'other'],
    ['the border post was very close to the city', 'other'],
    ['the fighting is so fierce', 'other'],
    // A happening told with its degree, an amount, or a degree inside the noun phrase of a happening: told.
    ['the ship was very badly damaged', 'confirms'],
    ['the town was so heavily shelled that nobody stayed', 'confirms'],
    ['there was a very powerful explosion at the depot', 'confirms'],
    ['a very powerful explosion killed 20 people', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words)).toBe(expected);
  });
});

describe('a belief no one owns: "it is believed that …"', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['it is believed that the drone came from the coast and was launched at the port', 'other'],
    ['that it has long been thought that Sylvania could seek boats in exchange for that support', 'other'],
    ['It was widely assumed that the convoy had turned back', 'other'],
    ['it is suspected that the crews were moved at night', 'other'],
    // What was learnt, and a count claimed, are still told.
    ['It is understood that the crews were freed on Monday', 'confirms'],
    ['Some 600 sailors are believed to have been killed in the strait', 'confirms'],
    ['the ministry believed that the convoy had crossed', 'confirms'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true })).toBe(stance);
  });
});

describe('what has not happened yet, then foretold after "but"', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['The video has not yet been made public but is expected to be released in the coming weeks', 'other'],
    ['the report has not yet been published, but it is likely to appear next month', 'other'],
    ['The convoy is yet to leave the port but is set to sail at dawn', 'other'],
    // A "but" that tells, or a "not yet" with nothing foretold, is still told.
    ['The video has not yet been made public but copies were shown to the crews', 'confirms'],
    ['the sailors have not yet been paid', 'confirms'],
    ['The ship left the port but is expected to return', 'confirms'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true })).toBe(stance);
  });
});

describe('the state of things described: "the situation remains tense"', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['the situation on the border remains tense', 'other'],
    ['the situation in the capital remained calm', 'other'],
    ['the humanitarian situation in the region was catastrophic', 'other'],
    ['the security situation had improved significantly since the spring', 'other'],
    ['the situation in the flooded districts was under control', 'other'],
    ['that the mood in the capital is gloomy', 'other'],
    ['conditions in the camps were getting worse', 'other'],
    ['living conditions had worsened over the winter', 'other'],
    // A danger flagged still warns.
    ['the situation on the border is very dangerous', 'warns'],
    ['the situation has escalated sharply since Monday', 'warns'],
    // "situation" or "conditions" that is not the subject's state: what happened is told.
    ['the situation room was evacuated after the alarm', 'confirms'],
    ['conditions were attached to the loan', 'confirms'],
    ['weather conditions have impeded the transport of the injured', 'confirms'],
    ['the situation has forced thousands to flee their homes', 'confirms'],
    ['troops had entered the town despite the situation', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true })).toBe(expected);
  });
});

describe('a judgement of how talks went or how things stand: "frank", "tense", "fragile", "catastrophic"', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['the talks were frank and at times difficult', 'other'],
    ['the meeting was cordial', 'other'],
    ['the results so far were encouraging', 'other'],
    ['it was premature to speak of a deal', 'other'],
    ['the ceasefire remains fragile', 'other'],
    ['the border was calm overnight', 'other'],
    ['the front line is tense', 'other'],
    ['the damage in the villages was catastrophic', 'other'],
    ['the families are desperate', 'other'],
    // The same words naming a happening, or a noun's adjective, tell it.
    ['there was a tense standoff at the border crossing', 'confirms'],
    ['a tense standoff took place at the border crossing', 'confirms'],
    ['the calm was broken by shelling at dawn', 'confirms'],
    ['the wounded were in critical condition', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true })).toBe(expected);
  });
});

describe('an impression given: "seemed determined", "looked like a war zone"', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['the opposition seemed determined to block the reform', 'other'],
    ['the crowd seemed calm', 'other'],
    ['it looked like a war zone', 'other'],
    ['it felt like an earthquake', 'other'],
    ['it sounded as if the whole building was collapsing', 'other'],
    ['the square looks as though a storm had passed', 'other'],
    // A happening hedged by "appears to have", "seems to have", "it seems that", "apparently" is still
    // told; so is "appeared" of what came into view.
    ['the troops appear to have withdrawn from the border', 'confirms'],
    ['the fire seems to have started in the engine room', 'confirms'],
    ['it seems that the convoy left before dawn', 'confirms'],
    ['the convoy appeared on radar at 3 a.m.', 'confirms'],
    ['the tanker was hit and looked like it was sinking', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true })).toBe(expected);
  });
});

describe('a purpose given as the predicate: "was aimed at strengthening", "is part of efforts to"', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['the visit was aimed at strengthening bilateral ties', 'other'],
    ['the new rules are aimed at curbing smuggling', 'other'],
    ['the visit was part of efforts to strengthen ties', 'other'],
    ['the talks are part of a wider push to end the war', 'other'],
    // What was aimed at a place, or part of a group, is told.
    ['the missiles were aimed at the port', 'confirms'],
    ['the strikes were aimed at weapons depots', 'confirms'],
    ['the troops were deployed as part of a UN mission', 'confirms'],
    ['the ship was part of a convoy', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true })).toBe(expected);
  });
});

describe('an absence judged: "there is no military solution"', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['there is no military solution to this conflict', 'other'],
    ['there was no alternative to talks', 'other'],
    ['“There is no reason to reject this offer”', 'other'],
    ['there is still no way out of the crisis', 'other'],
    ['there was no room for compromise on the border', 'other'],
    // What is missing told, a doubt ruled out, a threat or evidence absent: not judged.
    ['there is no electricity in the city', 'confirms'],
    ['there were no casualties on board', 'confirms'],
    ['there is no doubt that they crossed the border', 'confirms'],
    ['there is no threat to shipping', 'denies'],
    ['there is no evidence of an attack', 'unconfirmed'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true })).toBe(expected);
  });
});

describe('a wish disowned: "did not want the talks to succeed"', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['the Sylvanian government did not want the talks to succeed', 'other'],
    ['Sylvania doesn’t want the refugees to return', 'other'],
    ['Sylvania never wanted the refugees to return', 'other'],
    ['“We do not want war”', 'other'],
    // A wish that someone act still calls on them; a wish of one's own is still a wish.
    ['Sylvania wants them to go', 'calls-for'],
    ['we want the world to know what happened', 'calls-for'],
    ['he wants to go home', 'other'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true })).toBe(expected);
  });
});

describe('a trend told with no figure: "the number of clashes had decreased"', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['the number of clashes in the area had decreased', 'other'],
    ['the number of attacks had fallen sharply', 'other'],
    ['the intensity of the fighting has eased', 'other'],
    ['the pace of arrivals slowed over the weekend', 'other'],
    // A figure given is reported.
    ['the number of refugees had risen to 100,000', 'confirms'],
    ['the number of dead rose by two', 'confirms'],
    ['the rate of inflation fell to 3 percent', 'confirms'],
    ['the number of casualties has risen to several hundred', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true })).toBe(expected);
  });
});

describe('prospects and levels judged: "a good chance of passing", "at their lowest point"', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['the bill had a good chance of passing', 'other'],
    ['the opposition has little chance of winning the runoff', 'other'],
    ['the prospects for a deal were dim', 'other'],
    ['chances of a settlement remain slim', 'other'],
    ['relations were at their lowest point in decades', 'other'],
    // A chance missed, a bill passed, prospects discussed: told.
    ['the crew had no chance to escape', 'confirms'],
    ['the bill passed by a large margin', 'confirms'],
    ['the prospects were discussed at the meeting', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true })).toBe(expected);
  });
});

describe('a purpose described with an adverb before "designed", "intended" or "meant"', () => {
  /** [words reported with "reported" by the media, the stance]. */
  const cases: [string, Stance][] = [
    ['The visit was officially designed to launch the construction of a railway, but the two leaders were also due to discuss the border', 'other'],
    ['the checkpoints are primarily intended to stop smuggling', 'other'],
    ['the shelters were initially meant for families with children', 'other'],
    // A happening told with an adverb stays told.
    ['the bridge was badly damaged by the flood', 'confirms'],
    ['the visit was officially opened by the governor', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'reported', negated: false, denial: false }, words)).toBe(expected);
  });
});

describe('a likelihood weighed as the predicate', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['initial information suggested that sabotage was unlikely', 'other'],
    ['a second landslide is highly unlikely', 'other'],
    ['an early deal seemed increasingly probable, officials said', 'other'],
    // A likely cause or a happening hedged with "likely" is still told.
    ['the most likely cause was a gas leak', 'confirms'],
    ['the ship was likely hit by a drone', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words)).toBe(expected);
  });
});

describe('more of the same foretold in a "with" aside after a happening told', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['a helicopter brought some of the wounded from the blast, with more airlifts expected.', 'confirms'],
    ['the first convoy reached the town, with further convoys planned for next week', 'confirms'],
    // What the clause itself foretells is still foretold.
    ['more airlifts are expected in the coming days', 'other'],
    ['the aid ship may arrive on Monday, with more expected later', 'other'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words)).toBe(expected);
  });
});

describe('a state of things said to have changed', () => {
  /** [words said with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['Due to events in the north, Sylvania’s capabilities have changed', 'other'],
    ['the balance of power has shifted', 'other'],
    ['the situation has fundamentally changed since the ceasefire', 'other'],
    // An act, or a thing changed by someone, is told.
    ['the ship changed course after the attack', 'confirms'],
    ['the route has changed', 'confirms'],
    ['the rules were changed last year', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words)).toBe(expected);
  });
});

describe('a watch kept on how things go', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['the ministry is closely monitoring Sylvanian military activities', 'other'],
    ['we are following developments carefully', 'other'],
    ['officials have been watching the situation in the strait', 'other'],
    // A thing tracked or watched is an act told.
    ['the navy was tracking the vessel', 'confirms'],
    ['troops were watching the road', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words)).toBe(expected);
  });
});

describe('a side’s claim about whose a target is (corpus README, twenty-second batch)', () => {
  /** [the verb, the words reported, the stance]. */
  const cases: [string, string, Stance][] = [
    ['announced', 'the targeted Sea Lark ship was American', 'other'],
    ['said', 'the vessel is British-owned', 'other'],
    ['said', 'the tanker was Freedonian, insisting the hits were precise', 'other'],
    // What happened to the target is told.
    ['said', 'the ship was hit', 'confirms'],
    ['said', 'the vessel was American-made and sank', 'confirms'],
  ];
  it.each(cases)('%s %s', (verb, words, expected) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words)).toBe(expected);
  });
});
