import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { reportedClauseHolding } from '../../src/lib/assemble/stance/clause.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` reported with `verb` (null: no verb) by a side, or by a private person. */
function stance(verb: string | null, words: string, reported: boolean, forASide = true): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: !forASide, reported, forASide });
}

/** [the verb, the words, whether they are the writer's report (else a quotation), the stance]. */
type Case = [string | null, string, boolean, Stance];

describe('a speech act the clause makes plain by its own words', () => {
  const cases: Case[] = [
    // An inquiry under way leaves the matter open.
    [null, 'Authorities are investigating. Vessels are advised to transit with caution.', false, 'unconfirmed'],
    ['said', 'police are investigating the cause of the fire', true, 'unconfirmed'],
    ['said', 'The coast guard is still investigating whether the ferry was overloaded', false, 'unconfirmed'],
    ['said', 'investigators found that the pipeline was cut on purpose', true, 'confirms'],
    // Results being assessed: what the act did is not known yet; a review of anything else, or an
    // assessment done, tells.
    ['said', 'The ministry is assessing detailed results of the strikes on the depots', true, 'unconfirmed'],
    ['said', 'the navy is still reviewing the damage to the pier', true, 'unconfirmed'],
    ['said', 'the Ostmark agency is evaluating the impact of the storm on the harbour', true, 'unconfirmed'],
    ['said', 'the cabinet is reviewing its shipping policy', true, 'confirms'],
    ['said', 'the ministry has assessed the damage to the pier', true, 'confirms'],
    ['said', 'lawmakers are examining the bill on port fees', true, 'confirms'],
    // News awaited: nothing is known yet; a wait for anything else tells where things stand.
    [null, 'More details are awaited.', false, 'unconfirmed'],
    ['said', 'further information is expected from the port authority', true, 'unconfirmed'],
    ['said', 'We are waiting for more information from the embassy', false, 'unconfirmed'],
    ['said', 'We are waiting for the terms of the call to be agreed. As soon as it takes place, we will inform you', false, 'other'],
    ['said', 'it is awaiting a reply from the ministry', true, 'other'],
    ['said', 'thousands of refugees are waiting for transport at the border', true, 'confirms'],
    // A reproach refused is denied; a refusal of anything else is not.
    ['said', 'We do not accept such reproaches. They are groundless', false, 'denies'],
    ['said', 'the ministry cannot accept these accusations', true, 'denies'],
    ['said', 'We do not accept refugees from the north', false, 'confirms'],
    // Help on offer from a side pledges it; help not on offer, or a place described, does not.
    ['according to', 'military aid is also available based on Sylvania’s requirements', true, 'pledges'],
    ['according to', 'the country’s minister of defense, military aid is also available on request', true, 'pledges'],
    ['said', 'Emergency assistance remains available to the flood victims', false, 'pledges'],
    ['said', 'no aid is available to the villages cut off by the floods', true, 'confirms'],
    ['said', 'shelters are available in the city centre', true, 'confirms'],
    // A reading of the law is an assessment.
    ['said', 'the actions of Freedonia in the valley are de jure taking place on its territory', true, 'other'],
    // A claim about what a ship is, negated, denies nothing.
    [null, 'It is not an Indian-flagged vessel.', false, 'other'],
    ['said', 'the tanker was not a Greek-owned ship', true, 'other'],
    ['said', 'It is not true that the ship was hit', false, 'denies'],
    // A side's measure taking effect binds it.
    ['said', 'the decision would take effect within a month', true, 'pledges'],
    ['said', 'the new export restrictions will come into force next week', true, 'pledges'],
    // A cancellation told is a fact; one on a condition, or a feeling about it, is not told as one.
    ['announced', 'The expected meeting between the leaders of Sylvania and Freedonia will not be held at the end of October', true, 'confirms'],
    ['said', 'the summit in Marsh has been called off', true, 'confirms'],
    ['said', 'The talks will not take place until their troops withdraw', false, 'other'],
    // A judgement held is an assessment; one that blames still condemns.
    ['said', 'they find it useful and do not consider it inconsistent with any format', true, 'other'],
    ['said', 'we consider it premature to speak of a settlement', false, 'other'],
    ['said', 'We consider it a crime against the people of the island', false, 'condemns'],
  ];
  it.each(cases)('%s: %s', (verb, words, reported, expected) => {
    expect(stance(verb, words, reported)).toBe(expected);
  });

  it('tells no cancellation where the speaker regrets it', () => {
    expect(stance('added', 'Of course, we regret that the meeting will not take place, but we hope that the document will be signed', false)).not.toBe('confirms');
  });

  it('leaves help described by a private person as described', () => {
    expect(stance('said', 'help is available at the town hall', true, false)).not.toBe('pledges');
  });

  it('leaves a measure foretold by one of no side a forecast', () => {
    expect(stance('said', 'the new tariffs would take effect too late to matter', true, false)).not.toBe('pledges');
  });
});

describe('a warning verb that reports a happening', () => {
  const cases: Case[] = [
    ['warned', 'a vessel was hit from above by a missile, with damage to its port side', true, 'confirms'],
    ['warned', 'a cargo ship had been boarded by armed men off the coast', true, 'confirms'],
    ['warned', 'ships could be hit by missiles in the strait', true, 'warns'],
    ['warned', 'the vessels were at risk of attack', true, 'warns'],
    ['warned', 'the tanker was struck and more attacks would follow', true, 'warns'],
  ];
  it.each(cases)('%s: %s', (verb, words, reported, expected) => {
    expect(stance(verb, words, reported)).toBe(expected);
  });
});

describe("others' agreement told by a side", () => {
  const cases: Case[] = [
    ['said', 'the leaders of Sylvania and Freedonia agreed to take part in a meeting in Marsh at the end of October', true, 'confirms'],
    ['said', 'the rebel commanders have agreed to lay down their arms', true, 'confirms'],
    // A party's provision relayed commits it; the speaker's own side undertakes.
    ['said', 'Sylvania agreed to send 5,000 construction workers', true, 'pledges'],
    ['said', 'it had agreed to host the talks', true, 'pledges'],
  ];
  it.each(cases)('%s: %s', (verb, words, reported, expected) => {
    expect(stance(verb, words, reported)).toBe(expected);
  });
});

describe('a resolve stressed', () => {
  const cases: Case[] = [
    ['stressed', 'the determination to do huge work towards the normalization of ties', true, 'pledges'],
    ['emphasised', 'their readiness to help rebuild the port', true, 'pledges'],
  ];
  it.each(cases)('%s: %s', (verb, words, reported, expected) => {
    expect(stance(verb, words, reported)).toBe(expected);
  });

  it('leaves an importance stressed unpledged', () => {
    expect(stance('stressed', 'the importance of dialogue between the two sides', true)).not.toBe('pledges');
  });
});

describe('the operations against a side, kept up until it yields', () => {
  const cases: Case[] = [
    ['said', 'The operations against Sylvania in the strait will continue until it stops its war on the island', false, 'threatens'],
    ['said', 'The strikes against the militia will continue until the attacks on shipping stop', false, 'threatens'],
  ];
  it.each(cases)('%s: %s', (verb, words, reported, expected) => {
    expect(stance(verb, words, reported)).toBe(expected);
  });

  it.each(['The talks will continue until an agreement is reached', 'The attacks against our ships will continue until the world acts'])('threatens nothing: %s', (words) => {
    expect(stance('said', words, false)).not.toBe('threatens');
  });
});

describe('blame only in a fronted motive', () => {
  const cases: Case[] = [
    ['said', 'In support of the people of the island and response to the aggression on our country, we targeted a commercial ship heading to Marsh', false, 'confirms'],
    ['said', 'In solidarity with the people of the island and in response to the criminal blockade, our forces struck the port of Marsh', false, 'confirms'],
    // A main clause that blames still condemns; one that promises force still threatens.
    ['said', 'In response to the aggression, we condemn these barbaric crimes', false, 'condemns'],
    ['said', 'In retaliation for the brutal aggression, the army shelled the villages indiscriminately, killing civilians in a war crime', false, 'condemns'],
    ['said', 'In response to the criminal aggression, we will strike their bases', false, 'threatens'],
  ];
  it.each(cases)('%s: %s', (verb, words, reported, expected) => {
    expect(stance(verb, words, reported)).toBe(expected);
  });
});

describe('a partial quote after a second verb of speech takes the stance of its own clause', () => {
  /** [the reported words, the words quoted inside them, the stance]. */
  const cases: [string, string, Stance][] = [
    ['a monument to the heroes would soon be built in the capital, and referred to “the graves of the fallen soldiers”', 'the graves of the fallen soldiers', 'confirms'],
    ['a monument to the heroes would soon be built in the capital, and referred to “the graves of the fallen soldiers”', 'the heroes', 'pledges'],
  ];
  it.each(cases)('%s (%s)', (words, quote, expected) => {
    expect(stanceOf({ verb: 'added', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true }, quote)).toBe(expected);
  });

  it('does not lend the first clause’s promise to a quote after “and described”', () => {
    const words = 'the port would be rebuilt by spring, and described the damage as “the worst in decades”';
    expect(stanceOf({ verb: 'added', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true }, 'the worst in decades')).not.toBe('pledges');
  });
});

describe('a partial quote after "while" and another named subject takes the stance of its own clause', () => {
  /** [the reported words, the words quoted inside them, the stance]. */
  const cases: [string, string, Stance][] = [
    ['Sylvania was now “complicit” with Marsh while Freedonia’s ally Ruhl “has always been a supporter of its actions”', 'has always been a supporter of its actions', 'other'],
    ['Sylvania was now “complicit” with Marsh while Freedonia’s ally Ruhl “has always been a supporter of its actions”', 'complicit', 'condemns'],
    ['the port would be “rebuilt by spring” whereas the Ruhl government “has long been a backer of the plan”', 'has long been a backer of the plan', 'other'],
  ];
  it.each(cases)('%s (%s)', (words, quote, expected) => {
    expect(stanceOf({ verb: 'added', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true }, quote)).toBe(expected);
  });

  /** [the reported words, the words quoted inside them, the clause that holds them]. */
  const clauses: [string, string, string][] = [
    ['Sylvania was “complicit” while the Ruhl government “stood aside”', 'stood aside', 'the Ruhl government “stood aside”'],
    ['Sylvania was “complicit”, whereas Ruhl “stood aside”', 'complicit', 'Sylvania was “complicit”'],
    // "while" of a time, before no subject named: the clause is one.
    ['the troops “shelled the villages” while occupying Marsh', 'shelled the villages', 'the troops “shelled the villages” while occupying Marsh'],
    ['the troops were “exhausted” while in Marsh', 'exhausted', 'the troops were “exhausted” while in Marsh'],
  ];
  it.each(clauses)('%s (%s)', (words, quote, clause) => {
    expect(reportedClauseHolding(words, quote)).toBe(clause);
  });
});

describe('a side’s standing bond with another described', () => {
  const cases: [string, Stance][] = [
    ['Ruhl has always been a supporter of Sylvania’s actions', 'other'],
    ['the two countries have long been allies of the Freedonian government', 'other'],
    // A bond taken up now, or support given: told.
    ['Ruhl became a supporter of the plan on Monday', 'confirms'],
    ['Ruhl has sent arms to Sylvania', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
